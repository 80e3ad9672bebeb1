import { useState } from 'react';
import { query } from '../api.ts';
import { Badge } from '../components/Badge.tsx';
import { Link } from '../components/Link.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { formatTime } from '../lib/format.ts';
import { useApiPages } from '../lib/useApiPages.ts';
import { Notice } from '../components/Notice.tsx';
import { useUser } from '../session.ts';
import type { PostmortemSummary } from '../contract.ts';

/** Post-mortems by status, optionally only mine, newest first, a page at a time. */
export function PostmortemListPage() {
  const user = useUser();
  const [status, setStatus] = useState('');
  const [mine, setMine] = useState(false);
  const list = useApiPages<PostmortemSummary>(`/api/v1/postmortems${query({ status, owner: mine ? user.username : '', limit: 50 })}`);
  return (
    <section>
      <h1>Post-mortems</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>Status
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">any</option><option value="draft">draft</option><option value="in_review">in review</option>
            <option value="approved">approved</option><option value="published">published</option>
          </select>
        </label>
        <label className="check"><input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} />Only mine</label>
      </form>
      <Loadable load={list} what="post-mortems">
        {(page) => page.items.length === 0 ? <p className="empty">No post-mortems here. They are created when an incident that needs one resolves.</p> : (
          <><div className="table-wrap"><table className="cards">
            <thead><tr><th scope="col">Post-mortem</th><th scope="col">Status</th><th scope="col">Owner</th><th scope="col">Updated</th></tr></thead>
            <tbody>{page.items.map((p) => (
              <tr key={p.id}>
                <td><Link to={`/postmortems/${p.id}`}>{p.title}</Link><br /><small className="muted">{p.id}</small></td>
                <td data-label="Status"><Badge kind={p.status}>{p.status.replace('_', ' ')}</Badge></td><td data-label="Owner">{p.owner ?? '—'}</td><td data-label="Updated">{formatTime(p.updatedAt)}</td>
              </tr>
            ))}</tbody>
          </table></div>
          {list.hasMore && <button type="button" disabled={list.loadingMore} onClick={list.loadMore}>{list.loadingMore ? 'Loading…' : 'Load more'}</button>}
          <Notice error={list.moreError} /></>
        )}
      </Loadable>
    </section>
  );
}
