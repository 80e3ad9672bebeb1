import { Loadable } from '../components/Loadable.tsx';
import { MeetingEditor } from '../components/MeetingEditor.tsx';
import { MeetingTimer } from '../components/MeetingTimer.tsx';
import { PostmortemHeader } from '../components/PostmortemHeader.tsx';
import { useApi, useChanged } from '../lib/useApi.ts';
import type { Meeting, Postmortem } from '../contract.ts';

/** The post-mortem meeting: agenda with time boxes, the facilitator's timer, notes. */
export function MeetingPage({ id }: { id: string }) {
  const pm = useApi<Postmortem>(`/api/v1/postmortems/${encodeURIComponent(id)}`);
  const meeting = useApi<Meeting>(`/api/v1/postmortems/${encodeURIComponent(id)}/meeting`);
  const changed = useChanged();
  // Holding the meeting is a milestone: the post-mortem's deadlines and "my work" change with it.
  const onSaved = (m: Meeting): void => { meeting.setData(m); void changed({ postmortem: id }); };
  return (
    <article>
      <Loadable load={pm} what="the post-mortem">{(p) => <PostmortemHeader pm={p} score={p.score?.score ?? null} current="meeting" />}</Loadable>
      <Loadable load={meeting} what="the meeting">
        {(m) => (
          <div className="columns">
            <MeetingTimer id={id} agenda={m.agenda} />
            <MeetingEditor id={id} meeting={m} onSaved={onSaved} />
          </div>
        )}
      </Loadable>
    </article>
  );
}
