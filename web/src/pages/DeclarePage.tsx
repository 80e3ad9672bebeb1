import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { Notice } from '../components/Notice.tsx';
import { fromLocalInput } from '../lib/format.ts';
import { navigate } from '../router.ts';
import { INCIDENT_TYPES, type Incident } from '../types.ts';

const FLAGS = [
  ['customerVisible', 'Customer visible'], ['dataLoss', 'Data loss or corruption'], ['security', 'Security incident'],
  ['cascading', 'Cascading across services'], ['manualIntervention', 'Manual intervention needed'],
] as const;

const split = (s: string): string[] => s.split(',').map((x) => x.trim()).filter(Boolean);

/** Declare an incident: title, severity, type, services, flags; then go to its page. */
export function DeclarePage() {
  const [form, setForm] = useState({ title: '', severity: 'SEV-2', type: 'other', services: '', summary: '', startedAt: '', commander: '' });
  const [flags, setFlags] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const services = split(form.services);
    const body = {
      title: form.title, severity: form.severity, type: form.type, services,
      ...(services[0] ? { primaryService: services[0] } : {}),
      ...(form.summary.trim() ? { summary: form.summary } : {}),
      ...(form.commander.trim() ? { commander: form.commander.trim() } : {}),
      ...(fromLocalInput(form.startedAt) ? { startedAt: fromLocalInput(form.startedAt) } : {}),
      ...Object.fromEntries(FLAGS.filter(([k]) => flags[k]).map(([k]) => [k, true])),
    };
    try {
      const incident = await api.post<Incident>('/api/v1/incidents', body);
      navigate(`/incidents/${incident.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>Declare an incident</h1>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <label>Title<input name="title" required maxLength={300} value={form.title} onChange={set('title')} placeholder="Checkout errors after deploy" /></label>
        <div className="row">
          <label>Severity
            <select name="severity" value={form.severity} onChange={set('severity')}>
              <option value="SEV-1">SEV-1 (critical)</option><option value="SEV-2">SEV-2 (high)</option>
              <option value="SEV-3">SEV-3 (medium)</option><option value="SEV-4">SEV-4 (low)</option>
            </select>
          </label>
          <label>Type
            <select name="type" value={form.type} onChange={set('type')}>
              {INCIDENT_TYPES.map((t) => <option key={t} value={t}>{t.replace('_', ' ')}</option>)}
            </select>
          </label>
        </div>
        <label>Services (comma-separated, primary first)<input name="services" value={form.services} onChange={set('services')} /></label>
        <div className="row">
          <label>Started at (if before now)<input name="startedAt" type="datetime-local" value={form.startedAt} onChange={set('startedAt')} /></label>
          <label>Incident commander<input name="commander" value={form.commander} onChange={set('commander')} /></label>
        </div>
        <label>Summary<textarea name="summary" rows={3} value={form.summary} onChange={set('summary')} /></label>
        <fieldset>
          <legend>What is known so far</legend>
          {FLAGS.map(([k, label]) => (
            <label key={k} className="check"><input type="checkbox" checked={!!flags[k]} onChange={(e) => setFlags({ ...flags, [k]: e.target.checked })} />{label}</label>
          ))}
        </fieldset>
        <Notice error={error} />
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Declaring…' : 'Declare incident'}</button>
      </form>
    </section>
  );
}
