import { useState } from 'react';
import { query } from '../api.ts';
import { ActionItemCard } from '../components/ActionItemCard.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { Notice } from '../components/Notice.tsx';
import { priorityChoices } from '../lib/policy-choices.ts';
import { useChanged } from '../lib/useApi.ts';
import { useApiPages } from '../lib/useApiPages.ts';
import { usePolicy } from '../lib/usePolicy.ts';
import { useUser } from '../session.ts';
import type { ActionItem, ActionItemStatus } from '../contract.ts';

const COLUMNS: [ActionItemStatus, string][] = [['open', 'Open'], ['in_progress', 'In progress'], ['done', 'Done'], ['wont_do', "Won't do"]];

/** Action items across post-mortems: a board by status, filtered to mine, overdue or a priority of the team's policy; a page at a time. */
export function ActionItemsPage() {
  const user = useUser();
  const [mine, setMine] = useState(false);
  const [overdue, setOverdue] = useState(false);
  const [priority, setPriority] = useState('');
  const params = { owner: mine ? user.username : '', overdue: overdue ? 'true' : '', priority, limit: 100 };
  const list = useApiPages<ActionItem>(`/api/v1/action-items${query(params)}`);
  // Priorities in the team's order (most urgent first), from its policy.
  const priorities = priorityChoices(usePolicy());
  const rank = (p: string): number => { const i = priorities.findIndex((c) => c.value === p); return i < 0 ? priorities.length : i; };

  const changed = useChanged();
  const replace = (item: ActionItem): void => {
    list.mapItems((a) => (a.postmortemId === item.postmortemId && a.key === item.key ? item : a));
    void changed({ postmortem: item.postmortemId });
  };

  return (
    <section>
      <h1>Action items</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter action items">
        <label className="check"><input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} />Mine</label>
        <label className="check"><input type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.target.checked)} />Overdue</label>
        <label>Priority
          <select value={priority} onChange={(e) => setPriority(e.target.value)}>
            <option value="">any</option>{priorities.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
          </select>
        </label>
      </form>
      <Loadable load={list} what="action items">
        {(page) => page.items.length === 0 ? (mine || overdue || priority
          ? <p className="empty">No action items match these filters.</p>
          : <p className="empty">No action items yet. They are written in a post-mortem's "Action items" section, each with an owner and a due date from its priority.</p>
        ) : (
          <>
            <div className="board">
              {COLUMNS.map(([status, label]) => {
                const items = page.items.filter((a) => a.status === status)
                  .sort((a, b) => rank(a.priority) - rank(b.priority) || (a.dueDate ?? '9').localeCompare(b.dueDate ?? '9'));
                return (
                  <section key={status} className="column" aria-labelledby={`col-${status}`}>
                    <h2 id={`col-${status}`}>{label} <small className="muted">({items.length}{list.hasMore ? '+' : ''})</small></h2>
                    {items.map((a) => <ActionItemCard key={`${a.postmortemId}-${a.key}`} item={a} onChanged={replace} />)}
                  </section>
                );
              })}
            </div>
            {list.hasMore && <button type="button" disabled={list.loadingMore} onClick={list.loadMore}>{list.loadingMore ? 'Loading…' : 'Load more action items'}</button>}
            <Notice error={list.moreError} />
          </>
        )}
      </Loadable>
    </section>
  );
}
