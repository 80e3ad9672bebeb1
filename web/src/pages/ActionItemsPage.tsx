import { useState } from 'react';
import { query } from '../api.ts';
import { ActionItemCard } from '../components/ActionItemCard.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { useApi, useChanged } from '../lib/useApi.ts';
import { useUser } from '../session.ts';
import type { ActionItem, ActionItemStatus, ActionItemList } from '../contract.ts';

const COLUMNS: [ActionItemStatus, string][] = [['open', 'Open'], ['in_progress', 'In progress'], ['done', 'Done'], ['wont_do', "Won't do"]];
const RANK: Record<string, number> = { P0: 0, P1: 1, P2: 2, P3: 3 };

/** Action items across post-mortems: a board by status, filtered to mine, overdue or a priority. */
export function ActionItemsPage() {
  const user = useUser();
  const [mine, setMine] = useState(false);
  const [overdue, setOverdue] = useState(false);
  const [priority, setPriority] = useState('');
  const params = { owner: mine ? user.username : '', overdue: overdue ? 'true' : '', priority };
  const load = useApi<ActionItemList>(`/api/v1/action-items${query(params)}`);

  const changed = useChanged();
  const replace = (page: ActionItemList, item: ActionItem): void => {
    load.setData({ ...page, items: page.items.map((a) => (a.postmortemId === item.postmortemId && a.key === item.key ? item : a)) });
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
            <option value="">any</option>{['P0', 'P1', 'P2', 'P3'].map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
      </form>
      <Loadable load={load} what="action items">
        {(page) => page.items.length === 0 ? (mine || overdue || priority
          ? <p className="empty">No action items match these filters.</p>
          : <p className="empty">No action items yet. They are written in a post-mortem's "Action items" section, each with an owner and a due date from its priority.</p>
        ) : (
          <div className="board">
            {COLUMNS.map(([status, label]) => {
              const items = page.items.filter((a) => a.status === status)
                .sort((a, b) => (RANK[a.priority] ?? 9) - (RANK[b.priority] ?? 9) || (a.dueDate ?? '9').localeCompare(b.dueDate ?? '9'));
              return (
                <section key={status} className="column" aria-labelledby={`col-${status}`}>
                  <h2 id={`col-${status}`}>{label} <small className="muted">({items.length})</small></h2>
                  {items.map((a) => <ActionItemCard key={`${a.postmortemId}-${a.key}`} item={a} onChanged={(i) => replace(page, i)} />)}
                </section>
              );
            })}
          </div>
        )}
      </Loadable>
    </section>
  );
}
