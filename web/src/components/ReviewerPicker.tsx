/** Who reviews for each role, chosen before review is requested (or left to anyone with the role). */
import { useApi } from '../lib/useApi.ts';
import { can } from '../session.ts';
import type { UserList } from '../contract.ts';
import { Notice } from './Notice.tsx';

export type Assignment = Record<string, string>;

export function ReviewerPicker({ roles, value, onChange, disabled, owner = null }: {
  roles: string[]; value: Assignment; onChange: (next: Assignment) => void; disabled?: boolean;
  /** The post-mortem's owner (username, display name or id): never offered, the server refuses them as a reviewer. */
  owner?: string | null;
}) {
  const users = useApi<UserList>('/api/v1/users');
  if (roles.length === 0) return null;
  const owns = (u: UserList['items'][number]): boolean => owner !== null && [u.username, u.displayName, u.id].some((n) => n?.trim().toLowerCase() === owner.trim().toLowerCase());
  // Only people who can sign off: active accounts with at least the reviewer role, not the owner.
  const people = (users.data?.items ?? []).filter((u) => u.active !== false && can(u, 'reviewer') && !owns(u));
  return (
    <fieldset className="reviewer-picker" aria-busy={users.loading || undefined}>
      <legend>Reviewers to ask</legend>
      <div className="grid-form">
        {roles.map((role) => {
          const chosen = value[role] ?? '';
          // Someone assigned earlier who is no longer in the list stays choosable.
          const known = !chosen || people.some((u) => u.username === chosen);
          return (
            <label key={role}>Reviewer for {role}
              <select value={chosen} disabled={disabled} onChange={(e) => onChange({ ...value, [role]: e.target.value })}>
                <option value="">unassigned (anyone with the role)</option>
                {!known && <option value={chosen}>{chosen}</option>}
                {people.map((u) => <option key={u.username} value={u.username}>{u.displayName && u.displayName !== u.username ? `${u.displayName} (${u.username})` : u.username} · {u.role}</option>)}
              </select>
            </label>
          );
        })}
      </div>
      {users.loading && <p className="muted" role="status">Loading people…</p>}
      {users.error !== null && (
        <div className="row wrap">
          <Notice error={users.error} />
          <span className="muted">You can still request review with the roles unassigned.</span>
          <button type="button" className="small" onClick={users.reload}>Load people again</button>
        </div>
      )}
    </fieldset>
  );
}
