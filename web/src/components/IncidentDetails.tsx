/**
 * The incident's fields and policy flags, editable by responders: PATCH of the changed
 * fields with the version; a stale save keeps what was typed and shows the other person's values.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { api, ApiError } from '../api.ts';
import { focusFirst, INCIDENT_FIELDS, IncidentFormSchema } from '../lib/declare-form.ts';
import { applyServerErrors, errorOf } from '../lib/form.ts';
import { bodyOf, display, sameValue, FIELD_LABELS, FLAG_LABELS, formOf, mergeStale, NUMBER_LABELS, type FormKey, type IncidentForm } from '../lib/incident-form.ts';
import { formatTime } from '../lib/format.ts';
import { can, useUser } from '../session.ts';
import { INCIDENT_FLAGS, INCIDENT_NUMBERS, type Incident } from '../contract.ts';
import { IncidentFields } from './IncidentFields.tsx';
import { Notice } from './Notice.tsx';

/** What the open form was started from: the stored fields and their version (the form's values are react-hook-form's). */
type Editing = { base: IncidentForm; version: number };
type Conflict = { version: number; updatedAt: string; theirs: IncidentForm; theirChanges: FormKey[] };

const ID = 'edit-incident';
const focusFirstError = (errors: FieldErrors<IncidentForm>): void => focusFirst(ID, INCIDENT_FIELDS, Object.keys(errors));

export function IncidentDetails({ incident, onChanged }: { incident: Incident; onChanged: (i: Incident) => void }) {
  const user = useUser();
  const [editing, setEditing] = useState<Editing | null>(null);
  const { handleSubmit, reset, setValue, getValues, watch, setError: setFieldError, clearErrors, formState: { errors, isSubmitting, isSubmitted } } = useForm<IncidentForm>({
    resolver: zodResolver(IncidentFormSchema), defaultValues: formOf(incident),
  });
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const firstField = useRef(false);
  const form = watch();
  const problems = Object.fromEntries(INCIDENT_FIELDS.flatMap((k) => { const m = errorOf<IncidentForm>(k, errors); return m ? [[k, [m]]] : []; }));

  // Focus the title when the form opens, and the edit button when it closes.
  useEffect(() => {
    if (editing && !firstField.current) document.getElementById(`${ID}-title`)?.focus();
    else if (!editing && firstField.current) editButton.current?.focus();
    firstField.current = editing !== null;
  }, [editing]);

  // A change made elsewhere on this page (status, key times) moves the version on: rebase the open form onto it.
  useEffect(() => {
    if (!editing || incident.version <= editing.version) return;
    const base = formOf(incident);
    reset(mergeStale(getValues(), editing.base, base).form, { keepErrors: true, keepIsSubmitted: true });
    setEditing({ base, version: incident.version });
  }, [incident]);

  const start = (): void => {
    const base = formOf(incident);
    reset(base);
    setEditing({ base, version: incident.version });
    setError(null);
    setConflict(null);
    setOk(null);
  };
  const cancel = (): void => {
    setEditing(null);
    setConflict(null);
    clearErrors();
    setError(null);
  };
  // Once saved, a field is checked again as it is typed: its message goes when it is right.
  const change = useCallback((key: FormKey, value: IncidentForm[FormKey]): void => {
    setValue(key, value, { shouldValidate: isSubmitted, shouldDirty: true });
    if (!isSubmitted) clearErrors(key);
  }, [setValue, clearErrors, isSubmitted]);

  const save = handleSubmit(async (values) => {
    if (!editing) return;
    const { body } = bodyOf(values, editing.base);
    setError(null);
    setOk(null);
    if (Object.keys(body).length === 0) {
      cancel();
      setOk('Nothing changed.');
      return;
    }
    try {
      const updated = await api.patch<Incident>(`/api/v1/incidents/${encodeURIComponent(incident.id)}`, { ...body, version: editing.version });
      onChanged(updated);
      setEditing(null);
      setConflict(null);
      setOk(`Saved (version ${updated.version}); the post-mortem verdict below is recomputed.`);
    } catch (err) {
      const theirs = err instanceof ApiError && err.isConflict ? err.current<Incident>() : null;
      if (theirs && typeof theirs === 'object' && 'version' in theirs) {
        // Keep what I typed; take in their changes to fields I left alone.
        const theirForm = formOf(theirs);
        const merged = mergeStale(values, editing.base, theirForm);
        reset(merged.form, { keepIsSubmitted: true });
        setEditing({ base: theirForm, version: theirs.version });
        setConflict({ version: theirs.version, updatedAt: theirs.updatedAt, theirs: theirForm, theirChanges: merged.theirChanges });
        if ('policy' in theirs) onChanged(theirs);
      } else if (err instanceof ApiError && err.errors.length > 0) {
        // A 400 names the fields: each message under its field, the first focused; the rest in the summary.
        const placed = applyServerErrors<IncidentForm>(err, INCIDENT_FIELDS, setFieldError);
        if (placed) focusFirst(ID, INCIDENT_FIELDS, err.errors.map((p) => p.path.split('.')[0] ?? ''));
        const rest = err.errors.filter((p) => !INCIDENT_FIELDS.includes((p.path.split('.')[0] ?? '') as FormKey));
        setError(rest.length ? new Error(`${err.message}: ${rest.map((p) => `${p.path}: ${p.message}`).join('; ')}`) : new Error(`${err.message}. See the marked fields.`));
      } else {
        setError(err);
      }
    }
  }, focusFirstError);

  const flagsKnown = INCIDENT_FLAGS.filter((k) => incident[k] !== null && incident[k] !== undefined);
  return (
    <section className="panel" aria-labelledby="details-h">
      <h2 id="details-h">Details and policy flags</h2>
      {!editing && (
        <>
          <dl className="pairs">
            <div className="pair"><dt>Primary service</dt><dd>{incident.primaryService ?? '—'}</dd></div>
            <div className="pair"><dt>Environments</dt><dd>{incident.environments.join(', ') || '—'}</dd></div>
            <div className="pair"><dt>Incident commander</dt><dd>{incident.commander ?? '—'}</dd></div>
            {INCIDENT_NUMBERS.map((k) => <div className="pair" key={k}><dt>{NUMBER_LABELS[k]}</dt><dd>{incident[k] ?? 'not known'}</dd></div>)}
          </dl>
          <ul className="flag-list" aria-label="Policy flags">
            {flagsKnown.map((k) => <li key={k}>{FLAG_LABELS[k]}: <strong>{incident[k] ? 'yes' : 'no'}</strong></li>)}
            {flagsKnown.length < INCIDENT_FLAGS.length && <li className="muted">{INCIDENT_FLAGS.length - flagsKnown.length} not known yet</li>}
          </ul>
          {can(user, 'responder') && <button type="button" ref={editButton} onClick={start}>Edit details</button>}
        </>
      )}
      {editing && (
        <form className="incident-form" aria-label="Edit the incident" noValidate onSubmit={(e) => void save(e)}>
          {conflict && <StaleNotice conflict={conflict} mine={form} onTakeTheirs={(k) => change(k, conflict.theirs[k])} />}
          <IncidentFields id={ID} form={form} onChange={change} problems={problems} severityAs="text" />
          <Notice error={error} />
          <div className="row wrap">
            <button type="submit" className="primary" disabled={isSubmitting}>{isSubmitting ? 'Saving…' : conflict ? 'Save my version' : 'Save details'}</button>
            <button type="button" disabled={isSubmitting} onClick={cancel}>Cancel</button>
          </div>
        </form>
      )}
      <Notice ok={ok} />
    </section>
  );
}

/** The stale-save message: who won, what they set, and where we both changed a field. */
function StaleNotice({ conflict, mine, onTakeTheirs }: { conflict: Conflict; mine: IncidentForm; onTakeTheirs: (key: FormKey) => void }) {
  const { theirs, theirChanges } = conflict;
  // Fields we both changed and that still differ (taking theirs settles one).
  const clashes = theirChanges.filter((k) => !sameValue(k, mine[k], theirs[k]));
  return (
    <section className="conflict" role="alert" aria-labelledby="incident-conflict-h">
      <h3 id="incident-conflict-h">Someone else saved this incident while you were editing</h3>
      <p>
        Version {conflict.version} was saved by someone else ({formatTime(conflict.updatedAt)}). What you typed is still in the form;
        their changes to fields you did not touch are taken in.
        {clashes.length > 0 ? ' You both changed the fields marked below: take theirs, or save to keep yours.' : ' Save again to store your changes on top of theirs.'}
      </p>
      {theirChanges.length > 0 && (
        <ul className="their-values">
          {theirChanges.map((k) => (
            <li key={k}>
              <strong>{FIELD_LABELS[k]}</strong>: theirs “{display(k, theirs[k])}”
              {clashes.includes(k) && (
                <> · yours “{display(k, mine[k])}”{' '}
                  <button type="button" className="small" onClick={() => onTakeTheirs(k)}>Take their {FIELD_LABELS[k].toLowerCase()}</button></>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
