import { api } from '../api.ts';
import { EventForm } from '../components/EventForm.tsx';
import { EventTable } from '../components/EventTable.tsx';
import { FileDrop } from '../components/FileDrop.tsx';
import { Link } from '../components/Link.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { TimelineChart } from '../components/TimelineChart.tsx';
import { useApi, useChanged } from '../lib/useApi.ts';
import { can, useUser } from '../session.ts';
import type { MergedTimelineItem, Timeline } from '../contract.ts';

/** The table lists excluded events too (marked), in time order; the chart only the events that count. */
function withExcluded(t: Timeline): MergedTimelineItem[] {
  if (t.excluded.length === 0) return t.items;
  return [...t.items, ...t.excluded.map((e) => ({ ...e, excluded: true }))].sort((a, b) => (a.at ?? '9').localeCompare(b.at ?? '9'));
}

/** Visual timeline, the event table (add, edit, re-phase) and the file drop. */
export function TimelinePage({ id }: { id: string }) {
  const user = useUser();
  // The merged timeline: events in order, duplicates folded, gaps, excluded events apart.
  const load = useApi<Timeline>(`/api/v1/incidents/${id}/timeline`);
  // An event added, edited or imported changes the incident (its counts, key times), its timeline and its post-mortem's.
  const changed = useChanged();
  const onChanged = (): void => { void changed({ incident: id }); };
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
                <EventForm submitLabel="Add event" onSubmit={async (input) => { await api.post(`/api/v1/incidents/${id}/events`, input); onChanged(); }} />
              </section>
            )}
            <h2>Events</h2>
            <EventTable incidentId={id} events={withExcluded(t)} onChanged={onChanged} />
            {can(user, 'responder') && <FileDrop incidentId={id} onImported={onChanged} />}
          </>
        )}
      </Loadable>
    </section>
  );
}
