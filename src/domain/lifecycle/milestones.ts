/**
 * Which post-mortem milestones are already met, so a deadline that was kept reads as done
 * rather than "due in 3 days": owner assigned, draft handed to review, meeting held,
 * post-mortem published. Pure: the caller passes what the store knows.
 */
import type { Deadline, Deadlines } from '../policy/deadlines.ts';
import type { Milestone } from '../policy/deadline-sources.ts';

/** What the store knows about a post-mortem's progress (ISO times). */
export type PostmortemProgress = {
  ownerAssignedAt: string | null;
  reviewRequestedAt: string | null;
  meetingHeldAt: string | null;
  firstPublishedAt: string | null;
};

/** A deadline with the time its milestone was met (null: not yet) and whether that was late. */
export type DeadlineProgress = Deadline & { met: { at: string; late: boolean } | null };

/** The time each milestone was met, from the post-mortem's progress. */
export function milestonesMet(p: PostmortemProgress): Partial<Record<Milestone, string>> {
  const out: Partial<Record<Milestone, string>> = {};
  if (p.ownerAssignedAt) out.owner = p.ownerAssignedAt;
  const drafted = p.reviewRequestedAt ?? p.firstPublishedAt;
  if (drafted) out.draft = drafted;
  if (p.meetingHeldAt) out.meeting = p.meetingHeldAt;
  if (p.firstPublishedAt) out.published = p.firstPublishedAt;
  return out;
}

/** Marks each deadline whose milestone is met: when, and whether after the deadline. */
export function withProgress(deadlines: Deadlines, met: Partial<Record<Milestone, string>>): Partial<Record<Milestone, DeadlineProgress>> {
  const out: Partial<Record<Milestone, DeadlineProgress>> = {};
  for (const [k, d] of Object.entries(deadlines) as [Milestone, Deadline][]) {
    const at = met[k];
    out[k] = { ...d, met: at ? { at, late: d.at !== null && at > d.at } : null };
  }
  return out;
}
