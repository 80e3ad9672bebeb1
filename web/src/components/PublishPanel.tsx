import { useState } from 'react';
import { api } from '../api.ts';
import { formatTime } from '../lib/format.ts';
import { useLoad } from '../lib/useLoad.ts';
import { can, useUser } from '../session.ts';
import type { Postmortem, PublishPreview } from '../types.ts';
import { Loadable } from './Loadable.tsx';
import { MarkdownView } from './MarkdownView.tsx';
import { Notice } from './Notice.tsx';

/** Publishing: choose the audience, see what will be redacted and what blocks it, publish; read published versions. */
export function PublishPanel({ pm, onPublished }: { pm: Postmortem; onPublished: () => void }) {
  const user = useUser();
  const [audience, setAudience] = useState<'internal' | 'external'>('internal');
  const [legal, setLegal] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [ok, setOk] = useState<string | null>(null);
  const [shown, setShown] = useState<{ number: number; markdown: string } | null>(null);
  const preview = useLoad((signal) => api.get<PublishPreview>(`/api/v1/postmortems/${pm.id}/publish-preview?audience=${audience}`, { signal }), [pm.id, pm.version, audience]);

  const publish = async (): Promise<void> => {
    setError(null);
    setOk(null);
    try {
      const res = await api.post<{ number: number; audience: string }>(`/api/v1/postmortems/${pm.id}/publish`, {
        audience, version: pm.version, ...(audience === 'external' ? { legalReviewed: legal } : {}),
      });
      setOk(`Published version ${res.number} (${res.audience}).`);
      onPublished();
    } catch (e) {
      setError(e);
    }
  };
  const show = async (n: number): Promise<void> => {
    try {
      const res = await api.get<{ markdown: string }>(`/api/v1/postmortems/${pm.id}/published/${n}`);
      setShown({ number: n, markdown: res.markdown });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="panel" aria-labelledby="publish-h">
      <h2 id="publish-h">Publish</h2>
      <fieldset className="row">
        <legend>Audience</legend>
        <label className="check"><input type="radio" name="audience" checked={audience === 'internal'} onChange={() => setAudience('internal')} />Internal</label>
        <label className="check"><input type="radio" name="audience" checked={audience === 'external'} onChange={() => setAudience('external')} />External (customers)</label>
      </fieldset>
      <Loadable load={preview} what="the publish preview">
        {(p) => (
          <>
            {p.blockers.length > 0 && <><h3>Before publishing</h3><ul className="blockers">{p.blockers.map((b) => <li key={b}>{b}</li>)}</ul></>}
            <h3>Redactions ({p.redactions.length})</h3>
            {p.redactions.length === 0 ? <p className="empty">Nothing will be redacted.</p> : (
              <div className="table-wrap"><table>
                <thead><tr><th scope="col">Section</th><th scope="col">Text</th><th scope="col">Becomes</th><th scope="col">Why</th></tr></thead>
                <tbody>{p.redactions.map((r, i) => <tr key={i}><td>{r.section}</td><td><del>{r.text}</del></td><td><ins>{r.replacement}</ins></td><td>{r.reason}</td></tr>)}</tbody>
              </table></div>
            )}
            {audience === 'external' && <label className="check"><input type="checkbox" checked={legal} onChange={(e) => setLegal(e.target.checked)} />Legal has reviewed this external version</label>}
            {can(user, 'editor') && <button type="button" className="primary" disabled={!p.canPublish} onClick={() => void publish()}>Publish {audience}</button>}
          </>
        )}
      </Loadable>
      <Notice error={error} ok={ok} />
      {pm.publishedVersions.length > 0 && (
        <>
          <h3>Published versions</h3>
          <ul>{pm.publishedVersions.map((v) => (
            <li key={v.number}><button type="button" className="link-button" onClick={() => void show(v.number)}>#{v.number} {v.audience}</button> · {formatTime(v.publishedAt)} by {v.publishedBy}</li>
          ))}</ul>
        </>
      )}
      {shown && <section aria-label={`Published version ${shown.number}`} className="published"><MarkdownView text={shown.markdown} /></section>}
    </section>
  );
}
