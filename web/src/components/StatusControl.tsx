import { useState } from 'react';
import { api } from '../api.ts';
import { fromLocalInput } from '../lib/format.ts';
import { can, useUser } from '../session.ts';
import type { Incident, IncidentStatus } from '../contract.ts';
import { Notice } from './Notice.tsx';

const VERB: Record<IncidentStatus, string> = {
  declared: 'Declared', investigating: 'Investigating', mitigated: 'Mark mitigated', resolved: 'Mark resolved', closed: 'Close',
};

/** Buttons for the allowed status changes, with an optional "when" for back-filling (the status itself shows in the summary above). */
export function StatusControl({ incident, onChanged }: { incident: Incident; onChanged: (i: Incident) => void }) {
  const user = useUser();
  const [at, setAt] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (!can(user, 'responder') || incident.nextStatuses.length === 0) return null;

  const change = async (status: IncidentStatus): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const when = fromLocalInput(at);
      onChanged(await api.post<Incident>(`/api/v1/incidents/${incident.id}/status`, { status, version: incident.version, ...(when ? { at: when } : {}) }));
      setAt('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel status-control" aria-labelledby="status-h">
      <h2 id="status-h">Change status</h2>
      <div className="row wrap">
        {incident.nextStatuses.map((s) => (
          <button key={s} type="button" disabled={busy} className={s === 'resolved' ? 'primary' : ''} onClick={() => void change(s)}>
            {s === 'investigating' && incident.status !== 'declared' ? 'Reopen (investigating)' : VERB[s]}
          </button>
        ))}
        <label className="inline">at (optional)<input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} /></label>
      </div>
      <Notice error={error} />
    </section>
  );
}
