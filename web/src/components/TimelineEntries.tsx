import { useState } from 'react';
import { api } from '../api.ts';
import type { Postmortem } from '../contract.ts';
import { formatEntryTime } from '../lib/format.ts';
import { Notice } from './Notice.tsx';

/**
 * The post-mortem's timeline: the incident's events as the document holds them, and a
 * refresh that adds what happened since (status changes, alerts, deploys) while keeping
 * the entries the author wrote or reworded.
 */
export function TimelineEntries({ pm, canEdit, onRefreshed }: { pm: Postmortem; canEdit: boolean; onRefreshed: (pm: Postmortem) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const entries = pm.timeline?.entries ?? [];
  const behind = pm.timelineBehind ?? 0;
  const refresh = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const next = await api.post<Postmortem & { refresh: { added: number } }>(`/api/v1/postmortems/${pm.id}/timeline/refresh`, { version: pm.version });
      setNote(next.refresh.added === 0 ? 'Already up to date.' : `${next.refresh.added} event(s) added from the incident; your entries are unchanged.`);
      onRefreshed(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel timeline-entries" aria-labelledby="pm-timeline-h">
      <div className="section-head">
        <h2 id="pm-timeline-h">Timeline entries ({entries.length})</h2>
        {canEdit && (
          <button type="button" onClick={() => void refresh()} disabled={busy}>
            {busy ? 'Refreshing…' : behind > 0 ? `Add ${behind} new event${behind === 1 ? '' : 's'} from the incident` : 'Refresh from the incident'}
          </button>
        )}
      </div>
      {behind > 0 && !canEdit && <p className="muted">{behind} incident event(s) are not in this timeline yet.</p>}
      {note && <p role="status" className="muted">{note}</p>}
      {error !== null && <Notice error={error} />}
      {entries.length === 0
        ? <p className="muted">No timeline entries yet. Events from alerts, chat and status changes appear here when you refresh.</p>
        : (
          <div className="table-scroll">
            <table className="entries">
              <thead><tr><th scope="col">Time</th><th scope="col">What happened</th><th scope="col">Source</th></tr></thead>
              <tbody>
                {entries.map((e, i) => (
                  <tr key={i}>
                    <td className="nowrap" title={e.asWritten}>{formatEntryTime(e.asWritten, e.at)}</td>
                    <td className="wrap">{e.text}{e.decisionPoint ? ' (decision)' : ''}</td>
                    <td>{e.source ?? 'written'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
    </section>
  );
}
