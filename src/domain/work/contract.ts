/**
 * "My work": what is waiting for one person, in one answer (`GET /api/v1/me/work`):
 * reviews requested of them, their action items by due date, the post-mortems they own
 * with their next deadline, and the overdue action items of their team. The route
 * declares this schema, the CLI parses with it and the web app imports its type.
 */
import { z } from 'zod';

export const workItemSchema = z.object({
  postmortemId: z.string(), key: z.string(), title: z.string(), priority: z.string(), status: z.string(),
  owner: z.string().nullable(), team: z.string().nullable(), dueDate: z.string().nullable(), overdue: z.boolean(),
});
export type WorkItem = z.infer<typeof workItemSchema>;

export const workDeadlineSchema = z.object({
  milestone: z.string(), label: z.string(), at: z.string(), overdue: z.boolean(),
});
export type WorkDeadline = z.infer<typeof workDeadlineSchema>;

export const workReviewSchema = z.object({
  postmortemId: z.string(), incidentId: z.string(), title: z.string(), owner: z.string().nullable(),
  /** The reviewer slot assigned to this person (e.g. "engineering-lead"). */
  role: z.string(),
  requestedAt: z.string(),
});
export type WorkReview = z.infer<typeof workReviewSchema>;

export const workPostmortemSchema = z.object({
  id: z.string(), incidentId: z.string(), title: z.string(), status: z.string(),
  nextDeadline: workDeadlineSchema.nullable(),
});
export type WorkPostmortem = z.infer<typeof workPostmortemSchema>;

export const myWorkSchema = z.object({
  /** The person the answer is for (null for an API token that belongs to nobody). */
  person: z.object({ username: z.string(), displayName: z.string(), team: z.string().nullable() }).nullable(),
  reviews: z.array(workReviewSchema),
  actionItems: z.array(workItemSchema),
  postmortems: z.array(workPostmortemSchema),
  team: z.object({ name: z.string().nullable(), overdue: z.array(workItemSchema) }),
  /** The navigation's count: reviews waiting, own items overdue or due within 7 days, own post-mortems with a deadline passed or within 2 days. */
  waiting: z.number().int(),
});
export type MyWork = z.infer<typeof myWorkSchema>;
