import { ApiError, api } from '../api.ts';
import { EventForm } from '../components/EventForm.tsx';
import { EventTable } from '../components/EventTable.tsx';
import { FileDrop } from '../components/FileDrop.tsx';
import { Link } from '../components/Link.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { TimelineChart } from '../components/TimelineChart.tsx';
import { computeGaps } from '../lib/timeline-layout.ts';
import { useLoad } from '../lib/useLoad.ts';
import { can, useUser } from '../session.ts';
import type { Page, Timeline, TimelineEvent } from '../types.ts';

/** The analysed timeline; falls back to the raw events (gaps computed here) on a server without /timeline. */
async function loadTimeline(id: string, signal: AbortSignal): Promise<Timeline> {
  try {
    return await api.get<Timeline>(`/api/v1/incidents/${id}/timeline`, { signal });
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 404 && /no route/.test(e.message))) throw e;
    const page = await api.get<Page<TimelineEvent>>(`/api/v1/incidents/${id}/events`, { signal });
    const items = [...page.items].sort((a, b) => (a.at ?? '9').localeCompare(b.at ?? '9'));
    return { items, gaps: computeGaps(items) };
  }
}

/** The table lists excluded events too (marked), in time order; the chart only the events that count. */
function withExcluded(t: Timeline): TimelineEvent[] {
  if (!t.excluded?.length) return t.items;
  return [...t.items, ...t.excluded.map((e) => ({ ...e, excluded: true }))].sort((a, b) => (a.at ?? '9').localeCompare(b.at ?? '9'));
}

/** Visual timeline, the event table (add, edit, re-phase) and the file drop. */
export function TimelinePage({ id }: { id: string }) {
  const user = useUser();
  const load = useLoad((signal) => loadTimeline(id, signal), [id]);
  return (
    <section>
      <div className="page-head">
        <h1>Timeline <small className="muted">{id}</small></h1>
        <Link to={`/incidents/${id}`} className="button">Back to the incident</Link>
      </div>
      <Loadable load={load} what="the timeline">
        {(t) => (
          <>
            <TimelineChart events={t.items} gaps={t.gaps} />
            {can(user, 'responder') && (
              <section aria-labelledby="add-h" className="panel">
                <h2 id="add-h">Add an event</h2>
                <EventForm submitLabel="Add event" onSubmit={async (input) => { await api.post(`/api/v1/incidents/${id}/events`, input); load.reload(); }} />
              </section>
            )}
            <h2>Events</h2>
            <EventTable incidentId={id} events={withExcluded(t)} onChanged={load.reload} />
            {can(user, 'responder') && <FileDrop incidentId={id} onImported={load.reload} />}
          </>
        )}
      </Loadable>
    </section>
  );
}
