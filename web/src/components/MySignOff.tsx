import { formatTime } from '../lib/format.ts';
import type { Postmortem, User } from '../contract.ts';

type Reviewer = Postmortem['reviewers'][number];

/** The slot this person approved: signed with their account, or (older records) assigned to them by name. */
export function myApproval(pm: Postmortem, user: User): Reviewer | null {
  const names = [user.username, user.id, user.displayName].map((n) => n.trim().toLowerCase());
  return pm.reviewers.find((r) => r.decision === 'approved'
    && (r.signedBy ? r.signedBy === `user:${user.id}` : r.user !== null && names.includes(r.user.trim().toLowerCase()))) ?? null;
}

/**
 * A reviewer's own sign-off, in place of Approve / Request changes: the server refuses a second
 * approval by the same person, and while the post-mortem is in review it takes a change request
 * (with a comment) in place of the approval; once approved, a decision can no longer be changed.
 */
export function MySignOff({ pm, slot, comment, onComment, busy, onRequestChanges }: {
  pm: Postmortem; slot: Reviewer; comment: string; onComment: (c: string) => void; busy: boolean; onRequestChanges: () => void;
}) {
  return (
    <div className="stack">
      <p><strong>You approved as {slot.role} on {formatTime(slot.decidedAt)}.</strong>{slot.comment ? ` Your comment: “${slot.comment}”` : ''}</p>
      {pm.status === 'in_review' ? (
        <>
          <label>Changed your mind? Say what should change (sends it back to draft)
            <textarea rows={2} value={comment} onChange={(e) => onComment(e.target.value)} />
          </label>
          <div className="row wrap">
            <button type="button" disabled={busy || !comment.trim()} onClick={onRequestChanges}>Request changes instead</button>
          </div>
        </>
      ) : (
        <p className="muted">Every required reviewer has approved; the post-mortem can be published. A new edit sends it back for sign-off.</p>
      )}
    </div>
  );
}
