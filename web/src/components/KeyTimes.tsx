import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, ApiError } from '../api.ts';
import { applyServerErrors, errorOf, errorProps } from '../lib/form.ts';
import { formatTime, fromLocalInput, toLocalInput } from '../lib/format.ts';
import { KEY_TIME_FIELDS, KeyTimesFormSchema, plainKeyTimeMessage, type KeyTimesValues } from '../lib/key-times-form.ts';
import { can, useUser } from '../session.ts';
import { KEY_TIMES, type Incident } from '../contract.ts';
import { FieldError } from './FieldError.tsx';
import { Notice } from './Notice.tsx';

/** One key-times panel per page: its fields are `kt-startedAt` and so on. */
const FORM_ID = 'kt';

const valuesOf = (incident: Incident): KeyTimesValues =>
  Object.fromEntries(KEY_TIMES.map(([k]) => [k, toLocalInput(incident[k])])) as KeyTimesValues;

/**
 * The key times of an incident, editable by responders (PATCH with the version). Checked in
 * order as the server checks them (acknowledged before detected is refused beside the
 * field); the server's own field problems land there too, the first one focused.
 */
export function KeyTimes({ incident, onChanged }: { incident: Incident; onChanged: (i: Incident) => void }) {
  const user = useUser();
  const [editing, setEditing] = useState(false);
  const [error, setProblem] = useState<unknown>(null);
  const { register, handleSubmit, reset, setError, formState: { errors, isSubmitting } } = useForm<KeyTimesValues>({
    resolver: zodResolver(KeyTimesFormSchema), defaultValues: valuesOf(incident),
  });
  // Keyboard focus: the first field when the form opens, the "Edit key times" button when it closes.
  const first = useRef<HTMLInputElement | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (editing && !opened.current) first.current?.focus();
    else if (!editing && opened.current) editButton.current?.focus();
    opened.current = editing;
  }, [editing]);

  const open = (): void => { reset(valuesOf(incident)); setProblem(null); setEditing(true); };
  const save = handleSubmit(async (values) => {
    setProblem(null);
    const changes: Record<string, string | null> = {};
    for (const k of KEY_TIME_FIELDS) if (values[k] !== toLocalInput(incident[k])) changes[k] = fromLocalInput(values[k]);
    try {
      onChanged(await api.patch<Incident>(`/api/v1/incidents/${incident.id}`, { ...changes, version: incident.version }));
      setEditing(false);
    } catch (e) {
      // The server names the field in its own words ("acknowledgedAt (…) is before detectedAt"): shown with the labels.
      const plain = e instanceof ApiError ? new ApiError(e.status, { ...e.problem, errors: e.errors.map((p) => ({ ...p, message: plainKeyTimeMessage(p.message) })) }) : e;
      applyServerErrors<KeyTimesValues>(plain, KEY_TIME_FIELDS, setError);
      setProblem(plain);
    }
  });

  return (
    <section className="panel" aria-labelledby="times-h">
      <h2 id="times-h">Key times</h2>
      <dl className="pairs" onKeyDown={(e) => { if (e.key === 'Escape' && editing) setEditing(false); }}>
        <div className="pair"><dt>Declared</dt><dd>{formatTime(incident.declaredAt)}</dd></div>
        {KEY_TIMES.map(([k, label], i) => {
          if (!editing) return <div key={k} className="pair"><dt>{label}</dt><dd>{formatTime(incident[k])}</dd></div>;
          const { ref, ...field } = register(k);
          const a11y = errorProps<KeyTimesValues>(FORM_ID, k, errors);
          return (
            <div key={k} className="pair">
              <dt><label htmlFor={a11y.id}>{label}</label></dt>
              <dd>
                <input {...a11y} type="datetime-local" {...field} ref={(el) => { ref(el); if (i === 0) first.current = el; }} />
                <FieldError id={a11y.id} message={errorOf<KeyTimesValues>(k, errors)} />
              </dd>
            </div>
          );
        })}
      </dl>
      {can(user, 'responder') && (editing
        ? <div className="row"><button type="button" className="primary" disabled={isSubmitting} onClick={() => void save()}>Save times</button><button type="button" onClick={() => setEditing(false)}>Cancel</button></div>
        : <button ref={editButton} type="button" onClick={open}>Edit key times</button>)}
      <Notice error={error} />
    </section>
  );
}
