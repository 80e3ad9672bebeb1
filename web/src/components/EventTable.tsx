import { useState } from 'react';
import { api } from '../api.ts';
import { formatTime } from '../lib/format.ts';
import { can, useUser } from '../session.ts';
import { PHASES, type EventChanges, type MergedTimelineItem, type TimelineEvent } from '../contract.ts';
import { EventForm, phaseOf } from './EventForm.tsx';
import { Notice } from './Notice.tsx';

/** Every event in time order: re-phase inline, edit in place (PATCH with the event's version). */
export function EventTable({ incidentId, events, onChanged }: { incidentId: string; events: MergedTimelineItem[]; onChanged: () => void }) {
  const user = useUser();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const writable = can(user, 'responder');

  const patch = async (event: TimelineEvent, changes: EventChanges): Promise<void> => {
    await api.patch(`/api/v1/incidents/${incidentId}/events/${event.id}`, { ...changes, version: event.version });
    onChanged();
  };
  const rephase = async (event: TimelineEvent, phase: string): Promise<void> => {
    setError(null);
    try {
      await patch(event, { phase: phaseOf(phase) });
    } catch (e) {
      setError(e);
    }
  };

  const act = async (run: () => Promise<unknown>): Promise<void> => {
    setError(null);
    try {
      await run();
      setConfirming(null);
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const setExcluded = (event: TimelineEvent, excluded: boolean): Promise<void> =>
    act(() => api.post(`/api/v1/incidents/${incidentId}/events/${event.id}/exclude`, { excluded, version: event.version }));
  const remove = (event: TimelineEvent): Promise<void> =>
    act(() => api.del(`/api/v1/incidents/${incidentId}/events/${event.id}`));

  if (events.length === 0) return <p className="empty">No events yet.</p>;
  return (
    <>
      <Notice error={error} />
      <div className="table-wrap">
        <table className="events">
          <caption className="sr-only">Timeline events in time order</caption>
          <thead><tr><th scope="col">Time</th><th scope="col">Source</th><th scope="col">Phase</th><th scope="col">Event</th><th scope="col">Actor</th>{writable && <th scope="col"><span className="sr-only">Actions</span></th>}</tr></thead>
          <tbody>
            {events.map((e) => editing === e.id ? (
              <tr key={e.id}><td colSpan={6}>
                <EventForm event={e} submitLabel="Save event" onCancel={() => setEditing(null)}
                  onSubmit={async (input) => { await patch(e, input); setEditing(null); }} />
              </td></tr>
            ) : (
              <tr key={e.id} className={[e.decisionPoint ? 'decision' : '', e.excluded ? 'excluded' : ''].join(' ').trim() || undefined}>
                <td><time dateTime={e.at ?? undefined}>{formatTime(e.at)}</time>{e.precision !== 'exact' && <small className="muted"> ({e.precision})</small>}</td>
                <td>{e.source}</td>
                <td>{writable
                  ? <select aria-label={`Phase of "${e.text.slice(0, 40)}"`} value={e.phase ?? ''} onChange={(ev) => void rephase(e, ev.target.value)}>
                      <option value="">(none)</option>{PHASES.map((p) => <option key={p} value={p}>{p}</option>)}
                    </select>
                  : e.phase ?? '—'}</td>
                <td>
                  {e.excluded && <small className="badge">excluded</small>} {e.decisionPoint && <strong className="decision-mark" title="decision point">◆ </strong>}{e.text}
                  {e.link && <> · <a href={e.link} target="_blank" rel="noreferrer noopener">evidence</a></>}
                  {e.foldedIds.length > 0 && <small className="muted"> (+{e.foldedIds.length} duplicates folded)</small>}
                </td>
                <td>{e.actor ?? '—'}</td>
                {writable && <td className="row-actions">
                  {confirming === e.id ? (
                    <span role="group" aria-label={`Delete "${e.text.slice(0, 40)}"?`}>
                      Delete for good? <button type="button" className="small danger" onClick={() => void remove(e)}>Confirm delete</button>{' '}
                      <button type="button" className="small" onClick={() => setConfirming(null)}>Cancel</button>
                    </span>
                  ) : (
                    <>
                      <button type="button" className="small" onClick={() => setEditing(e.id)} aria-label={`Edit "${e.text.slice(0, 40)}"`}>Edit</button>{' '}
                      <button type="button" className="small" onClick={() => void setExcluded(e, !e.excluded)}
                        aria-label={`${e.excluded ? 'Include' : 'Exclude'} "${e.text.slice(0, 40)}"`}
                        title={e.excluded ? 'Count this event again' : 'Keep it listed but leave it out of gaps, numbers and the chart'}>{e.excluded ? 'Include' : 'Exclude'}</button>{' '}
                      <button type="button" className="small" onClick={() => setConfirming(e.id)} aria-label={`Delete "${e.text.slice(0, 40)}"`}>Delete</button>
                    </>
                  )}
                </td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
