/** Post-mortem status: Draft → In Review → Approved → Published (seeds 000, 002), back to Draft on change. */
export const POSTMORTEM_STATUSES = ['draft', 'in_review', 'approved', 'published'] as const;
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number];

export const REVIEW_DECISIONS = ['pending', 'approved', 'changes_requested'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** A reviewer slot: a role from policy, the person in it (if assigned) and their decision. */
export type Reviewer = {
  role: string;
  user: string | null;
  decision: ReviewDecision;
  comment: string | null;
  decidedAt: string | null;
  required: boolean;
  /** Who decided (`user:<id>`, or `token:<id>` for a token tied to no user): one person fills one slot. */
  signedBy?: string | null;
  /** The post-mortem version the decision was made on. */
  revision?: number | null;
  /** Digest of the content decided on: a legal sign-off holds only while the content is unchanged. */
  contentDigest?: string | null;
  /** `external`: needed before external publication only (legal review of a security incident). */
  scope?: 'all' | 'external';
};

/** The reviewer role of the legal sign-off (seed 001: "Legal review (for security incidents)"). */
export const LEGAL_ROLE = 'legal';

/** The legal slot when it approved exactly this content. */
export function currentLegalSignOff(reviewers: readonly Reviewer[], digest: string): Reviewer | null {
  const slot = reviewers.find((r) => r.role === LEGAL_ROLE);
  return slot && slot.decision === 'approved' && slot.contentDigest === digest ? slot : null;
}

/** Status after a content change: an approved or published document goes back to draft (published versions stay as they were). */
export function statusAfterEdit(status: PostmortemStatus): PostmortemStatus {
  return status === 'approved' || status === 'published' ? 'draft' : status;
}

/** Reviewer decisions reset to pending (after a change that invalidates the sign-off). */
export function resetDecisions(reviewers: readonly Reviewer[]): Reviewer[] {
  return reviewers.map((r) => ({ ...r, decision: 'pending', decidedAt: null, comment: null, signedBy: null, revision: null, contentDigest: null }));
}

/** Required reviewer roles that have not approved yet. */
export function missingSignOffs(reviewers: readonly Reviewer[]): string[] {
  return reviewers.filter((r) => r.required && r.decision !== 'approved').map((r) => r.role);
}

/** Status once a reviewer decided: any change request sends it back to draft; all required approvals make it approved. */
export function statusAfterDecision(reviewers: readonly Reviewer[]): PostmortemStatus {
  if (reviewers.some((r) => r.decision === 'changes_requested')) return 'draft';
  return missingSignOffs(reviewers).length === 0 ? 'approved' : 'in_review';
}
