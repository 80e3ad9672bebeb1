/** The editable fields of an incident, shared by the declare form and the edit form; each shows its own problems. */
import { useEffect, type ReactNode } from 'react';
import { NUMBER_LABELS, type FormKey, type IncidentForm } from '../lib/incident-form.ts';
import { flagChoices, severityChoices, startingChoice, typeChoices } from '../lib/policy-choices.ts';
import { usePolicy } from '../lib/usePolicy.ts';
import { INCIDENT_NUMBERS } from '../contract.ts';
import { TriStateField } from './TriStateField.tsx';

type Props = {
  /** Prefix of the ids, unique within the page. */
  id: string;
  form: IncidentForm;
  onChange: <K extends FormKey>(key: K, value: IncidentForm[K]) => void;
  /** Messages per field (from the server or checked before sending). */
  problems: Record<string, string[]>;
  /** Severity as a fixed list (declaring) or free text with suggestions (editing). */
  severityAs?: 'select' | 'text';
  disabled?: boolean;
  /** Extra fields shown after the commander (e.g. "started at" when declaring). */
  extra?: ReactNode;
};

/** A labelled control with its problems below, linked by aria-describedby. */
function Field({ id, label, error, children }: { id: string; label: string; error: string[] | undefined; children: (a11y: Record<string, unknown>) => ReactNode }) {
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined })}
      {error && <span className="field-error" id={errorId}>{error.join('; ')}</span>}
    </div>
  );
}

export function IncidentFields({ id, form, onChange, problems, severityAs = 'text', disabled = false, extra }: Props) {
  // The team's scale, types and flags (debrief.config.yaml's policy), not a fixed list.
  const policy = usePolicy();
  const severities = severityChoices(policy);
  const types = typeChoices(policy);
  const severity = severityAs === 'select' ? startingChoice(severities, form.severity) : form.severity;
  useEffect(() => {
    if (severity !== form.severity) onChange('severity', severity);
  }, [severity, form.severity, onChange]);
  const text = (key: 'title' | 'primaryService' | 'services' | 'environments' | 'commander', label: string, more: Record<string, unknown> = {}) => (
    <Field id={`${id}-${key}`} label={label} error={problems[key]}>
      {(a) => <input {...a} name={key} value={form[key]} disabled={disabled} onChange={(e) => onChange(key, e.target.value)} {...more} />}
    </Field>
  );
  return (
    <>
      {text('title', 'Title', { required: true, maxLength: 300 })}
      <div className="grid-form">
        <Field id={`${id}-severity`} label="Severity" error={problems.severity}>
          {(a) => severityAs === 'select' ? (
            <select {...a} name="severity" value={severity} disabled={disabled} onChange={(e) => onChange('severity', e.target.value)}>
              {severities.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
            </select>
          ) : (
            <>
              <input {...a} name="severity" required maxLength={40} list={`${id}-severities`} value={form.severity} disabled={disabled} onChange={(e) => onChange('severity', e.target.value)} />
              <datalist id={`${id}-severities`}>{severities.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}</datalist>
            </>
          )}
        </Field>
        <Field id={`${id}-type`} label="Type" error={problems.type}>
          {(a) => (
            <select {...a} name="type" value={form.type} disabled={disabled} onChange={(e) => onChange('type', e.target.value)}>
              {types.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
            </select>
          )}
        </Field>
        {text('commander', 'Incident commander', { maxLength: 200 })}
        {extra}
      </div>
      {text('services', 'Services (comma-separated, primary first)')}
      <div className="grid-form">
        {text('primaryService', 'Primary service (if not the first)', { maxLength: 200 })}
        {text('environments', 'Environments (comma-separated)')}
      </div>
      <Field id={`${id}-summary`} label="Summary" error={problems.summary}>
        {(a) => <textarea {...a} name="summary" rows={3} maxLength={20_000} value={form.summary} disabled={disabled} onChange={(e) => onChange('summary', e.target.value)} />}
      </Field>
      <fieldset className="flags" disabled={disabled}>
        <legend>What is known so far</legend>
        <div className="flag-grid">
          {flagChoices(policy).map(({ value: k, label }) => (
            <TriStateField key={k} name={`${id}-${k}`} label={label} value={form[k]} onChange={(v) => onChange(k, v)} error={problems[k]?.join('; ')} />
          ))}
        </div>
        <div className="grid-form">
          {INCIDENT_NUMBERS.map((k) => (
            <Field key={k} id={`${id}-${k}`} label={NUMBER_LABELS[k]} error={problems[k]}>
              {(a) => <input {...a} name={k} inputMode="decimal" placeholder="not known" value={form[k]} onChange={(e) => onChange(k, e.target.value)} />}
            </Field>
          ))}
        </div>
      </fieldset>
    </>
  );
}
