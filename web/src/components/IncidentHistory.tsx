import { formatTime } from '../lib/format.ts';
import { useApi } from '../lib/useApi.ts';
import type { RevisionList } from '../contract.ts';
import { Loadable } from './Loadable.tsx';
import { describeChange } from '../lib/plain-words.ts';

/** Status changes and edits of an incident (its revisions), newest first. */
export function IncidentHistory({ id, version }: { id: string; version: number }) {
  const load = useApi<RevisionList>(`/api/v1/incidents/${id}/revisions`, { version });
  return (
    <section className="panel" aria-labelledby="history-h">
      <h2 id="history-h">Status changes and edits</h2>
      <Loadable load={load} what="the history">
        {(page) => (
          <ol className="history" reversed>
            {[...page.items].reverse().map((r, i) => (
              // Evidence added or deleted is recorded at the incident's current version: the position keeps keys unique.
              <li key={`${r.version}-${page.items.length - i}`}>
                <time dateTime={r.at}>{formatTime(r.at)}</time> · {r.actor} · <strong>{r.action}</strong>
                {Object.keys(r.changes ?? {}).length > 0 && (
                  <ul>{Object.entries(r.changes).map(([f, c]) => <li key={f}>{describeChange(f, c.from, c.to)}</li>)}</ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </Loadable>
    </section>
  );
}
