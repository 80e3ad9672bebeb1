import { api } from '../api.ts';
import { Loadable } from '../components/Loadable.tsx';
import { MeetingEditor } from '../components/MeetingEditor.tsx';
import { MeetingTimer } from '../components/MeetingTimer.tsx';
import { PostmortemHeader } from '../components/PostmortemHeader.tsx';
import { useLoad } from '../lib/useLoad.ts';
import type { Meeting, Postmortem } from '../contract.ts';

/** The post-mortem meeting: agenda with time boxes, the facilitator's timer, notes. */
export function MeetingPage({ id }: { id: string }) {
  const pm = useLoad((signal) => api.get<Postmortem>(`/api/v1/postmortems/${encodeURIComponent(id)}`, { signal }), [id]);
  const meeting = useLoad((signal) => api.get<Meeting>(`/api/v1/postmortems/${encodeURIComponent(id)}/meeting`, { signal }), [id]);
  return (
    <article>
      <Loadable load={pm} what="the post-mortem">{(p) => <PostmortemHeader pm={p} score={p.score?.score ?? null} current="meeting" />}</Loadable>
      <Loadable load={meeting} what="the meeting">
        {(m) => (
          <div className="columns">
            <MeetingTimer id={id} agenda={m.agenda} />
            <MeetingEditor id={id} meeting={m} onSaved={meeting.setData} />
          </div>
        )}
      </Loadable>
    </article>
  );
}
