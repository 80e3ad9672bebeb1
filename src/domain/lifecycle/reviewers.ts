/**
 * Who signs off a post-mortem (seed 000 4.2 and seed 002 "Review and Approval"):
 * incident commander, technical lead, engineering manager, and the product owner
 * when the incident was user-facing; or technical / process / business review.
 */
import type { Reviewer } from './postmortem-status.ts';

export const REVIEW_SCHEMES = {
  /** Seed 000. */
  roles: ['incident commander', 'technical lead', 'engineering manager', 'product owner'],
  /** Seed 002. */
  reviews: ['technical review', 'process review', 'business review'],
} as const;
export type ReviewScheme = keyof typeof REVIEW_SCHEMES;

/** The reviewer slots policy asks for; the product owner is required only for user-facing incidents. */
export function requiredReviewers(
  scheme: ReviewScheme,
  incident: { commander: string | null; customerVisible: boolean | null },
  assigned: Readonly<Record<string, string>> = {},
): Reviewer[] {
  return REVIEW_SCHEMES[scheme].map((role): Reviewer => {
    const required = role === 'product owner' ? incident.customerVisible !== false : true;
    const user = assigned[role] ?? (role === 'incident commander' ? incident.commander : null) ?? null;
    return { role, user, decision: 'pending', comment: null, decidedAt: null, required };
  }).filter((r) => r.required || r.user !== null);
}
