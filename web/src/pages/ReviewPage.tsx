import { useState } from 'react';
import { Comments } from '../components/Comments.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { PostmortemHeader } from '../components/PostmortemHeader.tsx';
import { PublishPanel } from '../components/PublishPanel.tsx';
import { ReviewPanel } from '../components/ReviewPanel.tsx';
import { useApi, useChanged } from '../lib/useApi.ts';
import type { Postmortem } from '../contract.ts';
import { sectionRef } from '../contract.ts';

/** Review and publish: reviewers and decisions, comments on sections, the redaction preview and publishing. */
export function ReviewPage({ id }: { id: string }) {
  const load = useApi<Postmortem>(`/api/v1/postmortems/${encodeURIComponent(id)}`);
  const [section, setSection] = useState<string>('');
  const changed = useChanged();
  // A sign-off or a publication changes the post-mortem, the lists' badges, "my work" and the incident page.
  const onChanged = (next: Postmortem): void => { load.setData(next); void changed({ postmortem: next.id, incident: next.incidentId }); };
  const reload = (): void => { void changed({ postmortem: id, ...(load.data ? { incident: load.data.incidentId } : {}) }); };
  return (
    <Loadable load={load} what="the post-mortem">
      {(pm) => (
        <article className="review">
          <PostmortemHeader pm={pm} score={pm.score?.score ?? null} current="review" />
          <ReviewPanel pm={pm} onChanged={onChanged} reload={reload} />
          <div className="columns">
            <section className="panel" aria-labelledby="read-h">
              <h2 id="read-h">Sections</h2>
              <ul className="section-list">
                {pm.sections.map((s) => (
                  <li key={sectionRef(s)}>
                    <button type="button" className="link-button" aria-pressed={section === sectionRef(s)} onClick={() => setSection(sectionRef(s))}>{s.heading}</button>
                    {!s.body.trim() && <small className="muted"> (empty)</small>}
                  </li>
                ))}
              </ul>
            </section>
            <Comments pm={pm} section={section} onSection={setSection} />
          </div>
          <PublishPanel pm={pm} onPublished={reload} />
        </article>
      )}
    </Loadable>
  );
}
