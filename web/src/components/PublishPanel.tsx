import { useState } from 'react';
import { api } from '../api.ts';
import { formatTime } from '../lib/format.ts';
import { useApi } from '../lib/useApi.ts';
import { can, useUser } from '../session.ts';
import type { Postmortem, Publication, PublishPreview, PublishResult } from '../contract.ts';
import { Loadable } from './Loadable.tsx';
import { MarkdownView } from './MarkdownView.tsx';
import { Notice } from './Notice.tsx';

const previewUrl = (id: string, audience: string, keep: string[], add: string[], legal: boolean): string => {
  const q = new URLSearchParams({ audience });
  for (const k of keep) q.append('keep', k);
  for (const a of add) q.append('add', a);
  if (legal) q.set('legalReviewed', 'true');
  return `/api/v1/postmortems/${id}/publish-preview?${q.toString()}`;
};

/**
 * Publishing: choose the audience, see every proposed removal with its reason and section,
 * keep an item or remove more, record the legal review, publish; read published versions.
 */
export function PublishPanel({ pm, onPublished }: { pm: Postmortem; onPublished: () => void }) {
  const user = useUser();
  const [audience, setAudience] = useState<'internal' | 'external'>('internal');
  const [legal, setLegal] = useState(false);
  const [keep, setKeep] = useState<string[]>([]);
  const [add, setAdd] = useState<string[]>([]);
  const [more, setMore] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [ok, setOk] = useState<string | null>(null);
  const [shown, setShown] = useState<{ number: number; markdown: string } | null>(null);
  const external = audience === 'external';
  // Keyed under the post-mortem: every change to it (a save, a sign-off) makes the preview stale.
  const preview = useApi<PublishPreview>(previewUrl(pm.id, audience, keep, add, external && legal));

  const publish = async (): Promise<void> => {
    setError(null);
    setOk(null);
    try {
      const res = await api.post<PublishResult>(`/api/v1/postmortems/${pm.id}/publish`, {
        audience, version: pm.version, ...(external ? { legalReviewed: legal, redaction: { keep, add } } : {}),
      });
      setOk(`Published version ${res.number} (${res.audience}).`);
      onPublished();
    } catch (e) {
      setError(e);
    }
  };
  const show = async (n: number): Promise<void> => {
    try {
      const res = await api.get<Publication>(`/api/v1/postmortems/${pm.id}/published/${n}`);
      setShown({ number: n, markdown: res.markdown });
    } catch (e) {
      setError(e);
    }
  };
  const addMore = (): void => {
    const text = more.trim();
    if (text.length >= 2 && !add.includes(text)) setAdd([...add, text]);
    setMore('');
  };

  return (
    <section className="panel" aria-labelledby="publish-h">
      <h2 id="publish-h">Publish</h2>
      <fieldset className="row">
        <legend>Audience</legend>
        <label className="check"><input type="radio" name="audience" checked={audience === 'internal'} onChange={() => setAudience('internal')} />Internal</label>
        <label className="check"><input type="radio" name="audience" checked={external} onChange={() => setAudience('external')} />External (customers)</label>
      </fieldset>
      <Loadable load={preview} what="the publish preview">
        {(p) => (
          <>
            {p.approval?.published && Object.keys(p.approval.published).length > 0 && (
              <p className="muted">From this approval: {Object.entries(p.approval.published).map(([a, n]) => `${a} #${n}`).join(', ')}.</p>
            )}
            {p.blockers.length > 0 && <><h3>Before publishing</h3><ul className="blockers">{p.blockers.map((b) => <li key={b}>{b}</li>)}</ul></>}
            {external && (
              <>
                <h3>Removed from the external version ({p.redactions.length})</h3>
                {p.redactions.length === 0 ? <p className="empty">Nothing will be removed.</p> : (
                  <div className="table-wrap"><table>
                    <thead><tr><th scope="col">Section</th><th scope="col">Line</th><th scope="col">Text</th><th scope="col">Becomes</th><th scope="col">Why</th><th scope="col">Keep</th></tr></thead>
                    <tbody>{p.redactions.map((r) => (
                      <tr key={r.id}>
                        <td>{r.section ?? '—'}</td><td>{r.line}</td>
                        <td><del>{r.detector === 'front-matter' ? 'front matter' : r.text}</del></td><td><ins>{r.replacement || '(nothing)'}</ins></td><td>{r.reason}</td>
                        <td>{r.detector !== 'front-matter' && r.detector !== 'publisher' && (
                          <button type="button" className="link-button" aria-label={`Keep ${r.text}`} onClick={() => setKeep([...keep, r.text])}>keep</button>
                        )}</td>
                      </tr>
                    ))}</tbody>
                  </table></div>
                )}
                {keep.length > 0 && (
                  <p>Kept: {keep.map((k) => (
                    <button key={k} type="button" className="link-button" aria-label={`Remove ${k} again`} onClick={() => setKeep(keep.filter((x) => x !== k))}>{k} ✕</button>
                  ))}</p>
                )}
                <div className="row">
                  <label>Also remove <input value={more} maxLength={200} onChange={(e) => setMore(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') addMore(); }} /></label>
                  <button type="button" onClick={addMore} disabled={more.trim().length < 2}>Remove this text too</button>
                </div>
                {add.length > 0 && (
                  <p>Also removed: {add.map((a) => (
                    <button key={a} type="button" className="link-button" aria-label={`Stop removing ${a}`} onClick={() => setAdd(add.filter((x) => x !== a))}>{a} ✕</button>
                  ))}</p>
                )}
                <details><summary>The external version</summary><MarkdownView text={p.markdown} /></details>
                {p.legalReview?.required && (p.legalReview.current
                  ? <p>Legal sign-off: {p.legalReview.by} (version {p.legalReview.revision}).</p>
                  : <label className="check"><input type="checkbox" checked={legal} onChange={(e) => setLegal(e.target.checked)} />I am the legal reviewer and approve this version for external publication</label>)}
              </>
            )}
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
