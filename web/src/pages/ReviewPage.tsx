import { useState } from 'react';
import { Comments } from '../components/Comments.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { PostmortemHeader } from '../components/PostmortemHeader.tsx';
import { PublishPanel } from '../components/PublishPanel.tsx';
import { ReviewPanel } from '../components/ReviewPanel.tsx';
import { useApi, useChanged } from '../lib/useApi.ts';
import type { Postmortem, Section } from '../contract.ts';
import { sectionRef } from '../contract.ts';

/**
 * What the section list says beside a heading. The timeline and action items sections hold
 * generated parts as the editor shows them (the incident's merged timeline entries, the
 * action items), so they are empty only when their text and those parts are.
 */
function sectionNote(pm: Postmortem, s: Section): string {
  const generated = sectionRef(s) === 'timeline' ? pm.timeline.entries.length : sectionRef(s) === 'actionItems' ? pm.actionItems.length : 0;
  if (generated > 0) return sectionRef(s) === 'timeline' ? ` (${generated} timeline ${generated === 1 ? 'entry' : 'entries'})` : ` (${generated} action item${generated === 1 ? '' : 's'})`;
  return s.body.trim() ? '' : ' (empty)';
}

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
                    <small className="muted">{sectionNote(pm, s)}</small>
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
