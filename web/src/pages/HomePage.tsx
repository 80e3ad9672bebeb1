import { useRef } from 'react';
import { Badge } from '../components/Badge.tsx';
import { FirstRunGuide } from '../components/FirstRunGuide.tsx';
import { Link } from '../components/Link.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { formatTime, relative } from '../lib/format.ts';
import { useMyWork, type MyWork } from '../lib/my-work.ts';
import { useApi, useChanged, type Load } from '../lib/useApi.ts';
import type { IncidentListPage } from '../../../src/domain/incident/incident-list.view.ts';
import type { WorkItem } from '../../../src/domain/work/contract.ts';

type Home = { work: MyWork; empty: boolean };

const due = (i: WorkItem) => i.dueDate ? <>{i.overdue ? <Badge kind="overdue">overdue</Badge> : null} due {i.dueDate}</> : <span className="muted">no due date</span>;

function ItemList({ items, label, showOwner }: { items: WorkItem[]; label: string; showOwner?: boolean }) {
  return (
    <ul className="work-list" aria-label={label}>
      {items.map((i) => (
        <li key={`${i.postmortemId}:${i.key}`} className={i.overdue ? 'overdue' : undefined}>
          <Link to={`/postmortems/${i.postmortemId}`}>{i.title}</Link>
          <span className="work-meta"><Badge kind={i.priority}>{i.priority}</Badge> {due(i)} · {i.postmortemId} {i.key}{showOwner ? ` · ${i.owner ?? 'no owner'}` : ''}</span>
        </li>
      ))}
    </ul>
  );
}

/** Home: what waits for the signed-in person; the first-run guide on an empty install. */
export function HomePage() {
  // Once shown, the guide stays until the page is left, so what an import answered stays readable.
  const guide = useRef(false);
  const work = useMyWork();
  const incidents = useApi<IncidentListPage>('/api/v1/incidents?limit=1');
  const changed = useChanged();
  if (incidents.data?.items.length === 0) guide.current = true;
  const load: Load<Home> = {
    data: work.data && incidents.data ? { work: work.data, empty: guide.current } : null,
    error: work.error ?? incidents.error,
    loading: work.loading || incidents.loading,
    reload: () => { work.reload(); incidents.reload(); },
    setData: () => undefined,
  };
  return (
    <section>
      <h1>My work</h1>
      <Loadable load={load} what="your work">
        {({ work, empty }) => empty ? <FirstRunGuide onImported={() => void changed({ paths: ['/api/v1/incidents', '/api/v1/postmortems', '/api/v1/me'] })} /> : (
          <div className="work-grid">
            <section aria-labelledby="w-reviews">
              <h2 id="w-reviews">Reviews requested of you <span className="count">{work.reviews.length}</span></h2>
              {work.reviews.length === 0 ? <p className="empty">Nothing to review. When someone asks you to sign off a post-mortem it shows here.</p> : (
                <ul className="work-list" aria-label="Reviews requested of you">
                  {work.reviews.map((r) => (
                    <li key={r.postmortemId}>
                      <Link to={`/postmortems/${r.postmortemId}/review`}>{r.title}</Link>
                      <span className="work-meta">as {r.role} · owner {r.owner ?? 'none'} · waiting since {formatTime(r.requestedAt)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="w-items">
              <h2 id="w-items">Your action items <span className="count">{work.actionItems.length}</span></h2>
              {work.actionItems.length === 0 ? <p className="empty">No open action items are yours. <Link to="/action-items">See all action items</Link>.</p>
                : <ItemList items={work.actionItems} label="Your action items, soonest due first" />}
            </section>
            <section aria-labelledby="w-pms">
              <h2 id="w-pms">Post-mortems you own <span className="count">{work.postmortems.length}</span></h2>
              {work.postmortems.length === 0 ? <p className="empty">You own no unpublished post-mortem.</p> : (
                <ul className="work-list" aria-label="Post-mortems you own">
                  {work.postmortems.map((p) => (
                    <li key={p.id} className={p.nextDeadline?.overdue ? 'overdue' : undefined}>
                      <Link to={`/postmortems/${p.id}`}>{p.title}</Link>
                      <span className="work-meta"><Badge kind={p.status}>{p.status.replace('_', ' ')}</Badge>{' '}
                        {p.nextDeadline ? <>next: {p.nextDeadline.label}, {p.nextDeadline.overdue ? <strong>{relative(p.nextDeadline.at).replace(' ago', '')} late</strong> : relative(p.nextDeadline.at)} ({formatTime(p.nextDeadline.at)})</> : 'no deadline set'}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="w-team">
              <h2 id="w-team">{work.team.name ? <>Overdue in team {work.team.name}</> : 'Overdue in your team'} <span className="count">{work.team.overdue.length}</span></h2>
              {!work.team.name ? <p className="empty">You are in no team yet; an admin sets your team on the Admin page.</p>
                : work.team.overdue.length === 0 ? <p className="empty">Nothing of your team is overdue.</p>
                : <ItemList items={work.team.overdue} label={`Overdue in team ${work.team.name}`} showOwner />}
            </section>
          </div>
        )}
      </Loadable>
    </section>
  );
}
