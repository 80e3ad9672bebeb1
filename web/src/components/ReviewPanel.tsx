import { useState } from 'react';
import { api } from '../api.ts';
import { formatTime } from '../lib/format.ts';
import { can, useUser } from '../session.ts';
import type { Postmortem } from '../contract.ts';
import { Badge } from './Badge.tsx';
import { MySignOff, myApproval } from './MySignOff.tsx';
import { Notice } from './Notice.tsx';
import { ReviewerPicker, type Assignment } from './ReviewerPicker.tsx';

/** Reviewers and their decisions; request review, approve or request changes (with the version). */
export function ReviewPanel({ pm, onChanged, reload }: { pm: Postmortem; onChanged: (pm: Postmortem) => void; reload: () => void }) {
  const user = useUser();
  const [comment, setComment] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const roles = pm.reviewers.map((r) => r.role).filter((r, i, a) => a.indexOf(r) === i);
  // The owner never reviews (the server refuses assigning them): a slot they hold, as the commander usually does, starts open.
  const ownerIs = (who: string): boolean => pm.owner !== null && who.trim().toLowerCase() === pm.owner.trim().toLowerCase();
  const [assigned, setAssigned] = useState<Assignment>(() => Object.fromEntries(pm.reviewers.filter((r) => r.user && !ownerIs(r.user)).map((r) => [r.role, r.user!])));
  const mine = pm.reviewers.filter((r) => r.user === user.username);
  // The owner never signs their own post-mortem (the server refuses it by any path).
  const owns = pm.owner !== null && [user.username, user.id, user.displayName].includes(pm.owner);
  // One person fills one slot: after their approval they see it, not a second sign-off.
  const approved = pm.status === 'draft' ? null : myApproval(pm, user);
  // Approve / request changes are offered (with their comment and role) once the post-mortem is in review, to anyone but the owner.
  const decides = pm.status !== 'draft' && !owns;

  const act = async (action: 'request' | 'approve' | 'request_changes', asRole = role): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const res = await api.post<Postmortem | Record<string, unknown>>(`/api/v1/postmortems/${pm.id}/review`, {
        action, version: pm.version, ...(comment.trim() ? { comment: comment.trim() } : {}), ...(asRole ? { role: asRole } : {}),
        ...(action === 'request' && roles.length > 0 ? { reviewers: roles.map((r) => ({ role: r, user: assigned[r] || null })) } : {}),
      });
      setComment('');
      if (res && typeof res === 'object' && 'sections' in res) onChanged(res as Postmortem);
      else reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="review-h">
      <h2 id="review-h">Review and sign-off</h2>
      {pm.reviewers.length === 0 ? <p className="empty">No reviewers yet: request a review to ask for sign-off.</p> : (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">Role</th><th scope="col">Reviewer</th><th scope="col">Decision</th><th scope="col">Comment</th><th scope="col">When</th></tr></thead>
            <tbody>
              {pm.reviewers.map((r, i) => (
                <tr key={`${r.role}-${i}`}>
                  <td>{r.role}</td><td>{r.user ?? 'anyone with the role'}</td>
                  <td><Badge kind={r.decision}>{r.decision.replace('_', ' ')}</Badge></td>
                  <td>{r.comment ?? ''}</td><td>{r.decidedAt ? formatTime(r.decidedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {/* A reviewer signs off; requesting review is an edit (editors). */}
      {approved && pm.status !== 'published' && (
        <MySignOff pm={pm} slot={approved} comment={comment} onComment={setComment} busy={busy} onRequestChanges={() => void act('request_changes', approved.role)} />
      )}
      {!approved && can(user, pm.status === 'draft' ? 'editor' : 'reviewer') && pm.status !== 'published' && (
        <div className="stack">
          {pm.status === 'draft' && <ReviewerPicker roles={roles} value={assigned} onChange={setAssigned} disabled={busy} owner={pm.owner} />}
          {/* A decision's comment and slot only once there is something to decide: on a draft the one action is requesting review; the owner never signs. */}
          {decides && <label>Comment with your decision (optional)<textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} /></label>}
          {decides && pm.reviewers.length > 0 && (
            <label>Sign as
              <select value={role} onChange={(e) => setRole(e.target.value)}>
                <option value="">{mine[0]?.role ?? 'my role (server decides)'}</option>
                {roles.map((r) => <option key={r} value={r}>{r}</option>)}
                {!roles.includes('legal') && <option value="legal">legal (external publication of a security incident)</option>}
              </select>
            </label>
          )}
          <div className="row wrap">
            {pm.status === 'draft' && <button type="button" className="primary" disabled={busy} onClick={() => void act('request')}>Request review</button>}
            {decides && <button type="button" className="primary" disabled={busy} onClick={() => void act('approve')}>Approve</button>}
            {decides && <button type="button" disabled={busy} onClick={() => void act('request_changes')}>Request changes</button>}
            {pm.status !== 'draft' && owns && <p className="muted">You own this post-mortem: each reviewer slot is signed by someone else, one slot per person.</p>}
          </div>
        </div>
      )}
      <Notice error={error} />
    </section>
  );
}
