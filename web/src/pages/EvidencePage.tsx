import { Link } from '../components/Link.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { formatTime } from '../lib/format.ts';
import type { CitedEvidence } from '../contract.ts';
import { humanSize } from '../lib/evidence.ts';
import { useApi } from '../lib/useApi.ts';

/** One evidence item (where a citation leads): what it shows, its hash, who added it, where it is cited, and its bytes. */
export function EvidencePage({ id, evidenceId }: { id: string; evidenceId: string }) {
  const load = useApi<CitedEvidence>(`/api/v1/incidents/${encodeURIComponent(id)}/evidence/${encodeURIComponent(evidenceId)}`);
  return (
    <Loadable load={load} what="the evidence item">
      {(i) => (
        <article className="evidence-page">
          <p className="muted"><Link to={`/incidents/${i.incidentId}`}>{i.incidentId}</Link> · evidence <code>{i.id}</code></p>
          <h1>{i.caption}</h1>
          {i.deletedAt && <p className="banner" role="status">Deleted by {i.deletedBy} on {formatTime(i.deletedAt)}: {i.deleteReason}</p>}
          {i.supersededBy && <p className="banner" role="status">A newer version of this item exists: <Link to={`/incidents/${i.incidentId}/evidence/${i.supersededBy}`}>{i.supersededBy}</Link> (same bytes, new description).</p>}
          {i.preview && !i.deletedAt && <img src={i.links.content} alt={i.caption} className="evidence-full" />}
          <dl className="facts">
            <dt>Kind</dt><dd>{i.kind}{i.tool ? ` from ${i.tool}` : ''}{i.exitCode !== null ? ` (exit ${i.exitCode})` : ''}</dd>
            {i.url && <><dt>Link</dt><dd><a href={i.url} target="_blank" rel="noopener noreferrer">{i.title ?? i.url}</a></dd></>}
            <dt>Type and size</dt><dd>{i.contentType} · {humanSize(i.size)}</dd>
            <dt>SHA-256</dt><dd><code className="wrap">{i.sha256}</code></dd>
            <dt>Covers</dt><dd>{i.covers.from || i.covers.to ? `${formatTime(i.covers.from)} – ${formatTime(i.covers.to)}` : 'not stated'}</dd>
            <dt>Source</dt><dd>{i.source ?? 'not stated'}</dd>
            <dt>Added</dt><dd>{i.addedBy}, {formatTime(i.addedAt)}</dd>
            <dt>Public</dt><dd>{i.public ? 'may be published externally (after redaction)' : 'internal only'}</dd>
            {i.supersedes && <><dt>New version of</dt><dd><Link to={`/incidents/${i.incidentId}/evidence/${i.supersedes}`}>{i.supersedes}</Link></dd></>}
          </dl>
          {!i.deletedAt && <p><a className="button" href={`${i.links.content}?download=true`} download={i.name ?? i.id}>Download</a></p>}
          <h2>Cited in</h2>
          {i.citedBy.length === 0 ? <p className="muted">Not cited yet.</p> : (
            <ul>{i.citedBy.map((c) => (
              <li key={`${c.where}:${c.id}`}>{c.where === 'section'
                ? <Link to={`/postmortems/${i.incidentId}`}>Post-mortem: {c.label}</Link>
                : c.where === 'action'
                  ? <Link to={`/postmortems/${i.incidentId}`}>Action item {c.id}: {c.label}</Link>
                  : <Link to={`/incidents/${i.incidentId}/timeline`}>Timeline: {c.label}</Link>}</li>
            ))}</ul>
          )}
        </article>
      )}
    </Loadable>
  );
}
