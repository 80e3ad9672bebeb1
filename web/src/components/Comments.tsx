import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { formatTime } from '../lib/format.ts';
import { useApi } from '../lib/useApi.ts';
import { can, useUser } from '../session.ts';
import type { CommentList, Postmortem } from '../contract.ts';
import { Loadable } from './Loadable.tsx';
import { MarkdownView } from './MarkdownView.tsx';
import { Notice } from './Notice.tsx';

/** Comments on the sections of a post-mortem; the chosen section is shown with its comments. */
export function Comments({ pm, section, onSection }: { pm: Postmortem; section: string; onSection: (key: string) => void }) {
  const user = useUser();
  const load = useApi<CommentList>(`/api/v1/postmortems/${pm.id}/comments`);
  const [body, setBody] = useState('');
  const [error, setError] = useState<unknown>(null);
  const current = pm.sections.find((s) => s.key === section) ?? pm.sections[0];

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!current) return;
    setError(null);
    try {
      await api.post(`/api/v1/postmortems/${pm.id}/comments`, { section: current.key, body });
      setBody('');
      load.reload();
    } catch (err) {
      setError(err);
    }
  };

  if (!current) return null;
  return (
    <section className="panel" aria-labelledby="comments-h">
      <h2 id="comments-h">{current.heading}</h2>
      <MarkdownView text={current.body || '_Empty._'} label={`${current.heading} text`} />
      <h3>Comments</h3>
      <Loadable load={load} what="comments">
        {(page) => {
          const here = page.items.filter((c) => c.section === current.key);
          const counts = new Map<string, number>();
          page.items.forEach((c) => counts.set(c.section, (counts.get(c.section) ?? 0) + 1));
          return (
            <>
              {here.length === 0 ? <p className="empty">No comments on this section.</p> : (
                <ul className="comments">{here.map((c) => <li key={c.id}><strong>{c.author}</strong> <small className="muted">{formatTime(c.createdAt)}</small><p>{c.body}</p></li>)}</ul>
              )}
              {counts.size > 0 && (
                <p className="muted">Comments elsewhere: {[...counts].filter(([k]) => k !== current.key).map(([k, n], i) => (
                  <span key={k}>{i > 0 && ', '}<button type="button" className="link-button" onClick={() => onSection(k)}>{pm.sections.find((s) => s.key === k)?.heading ?? k} ({n})</button></span>
                ))}</p>
              )}
            </>
          );
        }}
      </Loadable>
      {can(user, 'reviewer') && (
        <form className="stack" onSubmit={(e) => void submit(e)}>
          <label>Comment on {current.heading}<textarea rows={3} required value={body} onChange={(e) => setBody(e.target.value)} /></label>
          <button type="submit">Add comment</button>
          <Notice error={error} />
        </form>
      )}
    </section>
  );
}
