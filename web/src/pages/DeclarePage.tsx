import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api.ts';
import { IncidentFields } from '../components/IncidentFields.tsx';
import { Notice } from '../components/Notice.tsx';
import { fromLocalInput } from '../lib/format.ts';
import { useChanged } from '../lib/useApi.ts';
import { bodyOf, emptyForm, problemsByField, splitList, type FormKey, type IncidentForm } from '../lib/incident-form.ts';
import { navigate } from '../router.ts';
import type { Incident } from '../contract.ts';

/** Declare an incident: title, severity, type, services, commander, what is known; then go to its page. */
export function DeclarePage() {
  const changed = useChanged();
  const [form, setForm] = useState<IncidentForm>(emptyForm);
  const [startedAt, setStartedAt] = useState('');
  const [problems, setProblems] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const change = <K extends FormKey>(key: K, value: IncidentForm[K]): void => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setError(null);
    const { body, problems: local } = bodyOf(form, null);
    setProblems(problemsByField(local));
    if (local.length > 0) return;
    const primary = form.primaryService.trim() || splitList(form.services)[0];
    const started = fromLocalInput(startedAt);
    setBusy(true);
    try {
      const incident = await api.post<Incident>('/api/v1/incidents', {
        ...body, ...(primary ? { primaryService: primary } : {}), ...(started ? { startedAt: started } : {}),
      });
      void changed({ incident: incident.id });
      navigate(`/incidents/${incident.id}`);
    } catch (err) {
      if (err instanceof ApiError) setProblems(problemsByField(err.errors));
      setError(err);
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>Declare an incident</h1>
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <IncidentFields id="declare" form={form} onChange={change} problems={problems} severityAs="select" disabled={busy} extra={
          <div className="field">
            <label htmlFor="declare-startedAt">Started at (if before now)</label>
            <input id="declare-startedAt" name="startedAt" type="datetime-local" value={startedAt} onChange={(e) => setStartedAt(e.target.value)} />
          </div>
        } />
        <Notice error={error} />
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Declaring…' : 'Declare incident'}</button>
      </form>
    </section>
  );
}
