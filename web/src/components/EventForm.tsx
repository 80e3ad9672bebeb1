import { useState, type FormEvent } from 'react';
import { fromLocalInput, toLocalInput } from '../lib/format.ts';
import { PHASES, type NewEvent, type Phase, type TimelineEvent } from '../contract.ts';
import { Notice } from './Notice.tsx';

/** What the form sends: the server's new-event body, every field given. */
export type EventInput = Required<Pick<NewEvent, 'at' | 'text' | 'kind' | 'actor' | 'phase' | 'link' | 'decisionPoint'>>;

/** The phase picked in a select ('' is none). */
export const phaseOf = (v: string): Phase | null => (PHASES as readonly string[]).includes(v) ? v as Phase : null;

/** Adds or edits one timeline event; keeps the typed values when saving fails. */
export function EventForm({ event, onSubmit, onCancel, submitLabel }: {
  event?: TimelineEvent; submitLabel: string;
  onSubmit: (input: EventInput) => Promise<void>; onCancel?: () => void;
}) {
  const [f, setF] = useState({
    at: event ? toLocalInput(event.at) : toLocalInput(new Date().toISOString()), text: event?.text ?? '', kind: event?.kind ?? 'note',
    actor: event?.actor ?? '', phase: event?.phase ?? '', link: event?.link ?? '', decisionPoint: event?.decisionPoint ?? false,
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const prefix = event ? `edit-${event.id}` : 'new-event';

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit({
        at: fromLocalInput(f.at), text: f.text, kind: f.kind || 'note', actor: f.actor.trim() || null,
        phase: phaseOf(f.phase), link: f.link.trim() || null, decisionPoint: f.decisionPoint,
      });
      if (!event) setF({ ...f, text: '', link: '', decisionPoint: false });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="event-form" onSubmit={(e) => void submit(e)} aria-label={event ? 'Edit event' : 'Add an event'}>
      <label htmlFor={`${prefix}-at`}>Time<input id={`${prefix}-at`} type="datetime-local" value={f.at} onChange={(e) => setF({ ...f, at: e.target.value })} /></label>
      <label htmlFor={`${prefix}-text`} className="grow">What happened<input id={`${prefix}-text`} required value={f.text} onChange={(e) => setF({ ...f, text: e.target.value })} /></label>
      <label htmlFor={`${prefix}-phase`}>Phase
        <select id={`${prefix}-phase`} value={f.phase} onChange={(e) => setF({ ...f, phase: e.target.value })}>
          <option value="">(none)</option>
          {PHASES.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </label>
      <label htmlFor={`${prefix}-actor`}>Actor<input id={`${prefix}-actor`} value={f.actor} onChange={(e) => setF({ ...f, actor: e.target.value })} /></label>
      <label htmlFor={`${prefix}-kind`}>Kind<input id={`${prefix}-kind`} value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value })} /></label>
      <label htmlFor={`${prefix}-link`}>Evidence link<input id={`${prefix}-link`} type="url" value={f.link} onChange={(e) => setF({ ...f, link: e.target.value })} /></label>
      <label className="check"><input type="checkbox" checked={f.decisionPoint} onChange={(e) => setF({ ...f, decisionPoint: e.target.checked })} />Decision point</label>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Saving…' : submitLabel}</button>
        {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
      </div>
      <Notice error={error} />
    </form>
  );
}
