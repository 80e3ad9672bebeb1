import { useState } from 'react';
import { formatTime } from '../lib/format.ts';
import { useApi } from '../lib/useApi.ts';
import type { RevisionList } from '../contract.ts';
import { DiffView } from './DiffView.tsx';
import { Loadable } from './Loadable.tsx';

const asText = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v, null, 2));
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The diffs of one change; a map of section texts is diffed section by section. */
function ChangeDiff({ field, from, to }: { field: string; from: unknown; to: unknown }) {
  if (isRecord(from) || isRecord(to)) {
    const f = isRecord(from) ? from : {};
    const t = isRecord(to) ? to : {};
    const keys = [...new Set([...Object.keys(f), ...Object.keys(t)])].filter((k) => asText(f[k]) !== asText(t[k]));
    return <>{keys.map((k) => <ChangeDiff key={k} field={`${field}.${k}`} from={f[k]} to={t[k]} />)}</>;
  }
  return <div className="change"><h4><code>{field}</code></h4><DiffView from={asText(from)} to={asText(to)} /></div>;
}

/** Revision history of a post-mortem with a diff of each change (computed here from the full texts). */
export function RevisionHistory({ id, version }: { id: string; version: number }) {
  const load = useApi<RevisionList>(`/api/v1/postmortems/${id}/revisions`, { version });
  const [open, setOpen] = useState<number | null>(null);
  return (
    <section className="panel" aria-labelledby="revisions-h">
      <h2 id="revisions-h">Revision history</h2>
      <Loadable load={load} what="the revision history">
        {(page) => page.items.length === 0 ? <p className="empty">No revisions yet.</p> : (
          <ol className="revisions" reversed>
            {[...page.items].sort((a, b) => b.version - a.version).map((r) => (
              <li key={r.version}>
                <button type="button" className="link-button" aria-expanded={open === r.version} onClick={() => setOpen(open === r.version ? null : r.version)}>
                  v{r.version} · {r.action} · {r.actor} · {formatTime(r.at)}
                </button>
                {open === r.version && (
                  <div className="revision-diff">
                    {Object.keys(r.changes ?? {}).length === 0 && <p className="muted">No field changes recorded.</p>}
                    {Object.entries(r.changes ?? {}).map(([field, c]) => <ChangeDiff key={field} field={field} from={c.from} to={c.to} />)}
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </Loadable>
    </section>
  );
}
