/**
 * Action-item lists as the API shows them: the list across post-mortems, the follow-ups
 * (reminders and escalations) and the weekly review. One zod schema each.
 */
import { z } from 'zod';
import { ActionItemViewSchema } from '../postmortem/postmortem.view.ts';

/** `GET /api/v1/action-items`: a page, soonest due first, and the cursor of the next (null on the last). */
export const ActionItemListSchema = z.strictObject({ items: z.array(ActionItemViewSchema), nextCursor: z.string().nullable() });

/** An open item that needs someone's attention, how urgently, and whom to tell. */
export const FollowUpViewSchema = z.strictObject({
  item: z.strictObject({
    postmortemId: z.string(), key: z.string(), title: z.string(), owner: z.string().nullable(), priority: z.string(),
    dueDate: z.string().nullable(), status: z.string(), postmortemOwner: z.string().nullable(),
  }),
  level: z.enum(['no-owner', 'no-due-date', 'due-soon', 'overdue', 'escalated', 'escalated-leadership']),
  daysOverdue: z.number(),
  notify: z.array(z.string()),
  message: z.string(),
});
export type FollowUpView = z.infer<typeof FollowUpViewSchema>;

/** `GET /api/v1/action-items/follow-up`. */
export const FollowUpListSchema = z.strictObject({ items: z.array(FollowUpViewSchema) });

/** The weekly action-item review (seed 000's format): open, completed in the week, overdue, and the Markdown. */
export const WeeklyReviewSchema = z.strictObject({
  date: z.string(),
  open: z.array(ActionItemViewSchema),
  completed: z.array(ActionItemViewSchema),
  overdue: z.array(ActionItemViewSchema),
  markdown: z.string(),
});
export type WeeklyReviewView = z.infer<typeof WeeklyReviewSchema>;
export type ActionItemList = z.infer<typeof ActionItemListSchema>;
