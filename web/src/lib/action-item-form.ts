/** The action item form's values, validated by the server's own schema (picked field by field), and the body they send. */
import { z } from 'zod';
import { CreateActionItemSchema, type CreateActionItem } from '../../../src/domain/lifecycle/action-item.schema.ts';

const S = CreateActionItemSchema.shape;
/** Empty text in an optional field means "not given". */
const orEmpty = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema]);

/** What the form holds: the server's rules for each field, with an owner required and empty optional fields allowed. */
export const ActionItemFormSchema = z.strictObject({
  title: S.title,
  category: S.category,
  priority: z.string(),
  owner: S.owner.unwrap().unwrap(),
  dueDate: orEmpty(S.dueDate.unwrap()),
  dueReason: S.dueReason.unwrap(),
  trackerUrl: orEmpty(S.trackerUrl.unwrap().unwrap()),
});
export type ActionItemFormValues = z.input<typeof ActionItemFormSchema>;

/** The fields a server's field problem may name. */
export const ACTION_ITEM_FIELDS = ['title', 'category', 'priority', 'owner', 'dueDate', 'dueReason', 'trackerUrl'] as const;

/** The request body: optional fields left out when empty; the reason only with a date. */
export function actionItemBody(v: ActionItemFormValues, priority: string): CreateActionItem {
  return {
    title: v.title.trim(), category: v.category, priority, owner: v.owner.trim(),
    ...(v.dueDate ? { dueDate: v.dueDate } : {}), ...(v.dueDate && v.dueReason.trim() ? { dueReason: v.dueReason.trim() } : {}),
    ...(v.trackerUrl.trim() ? { trackerUrl: v.trackerUrl.trim() } : {}),
  };
}
