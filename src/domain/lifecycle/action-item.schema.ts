/**
 * The action item a person adds (`POST /api/v1/postmortems/:id/action-items`): one zod
 * schema, validated by the route and, picked field by field, by the web app's form.
 */
import { z } from 'zod';
import { HORIZONS } from '../policy/action-items.ts';
import { WebUrl } from '../validation.ts';
import { ACTION_CATEGORIES } from './action-item.ts';

/** An owner's or team's name. */
export const ActionItemName = z.string().trim().min(1).max(200);

export const CreateActionItemSchema = z.strictObject({
  title: z.string().trim().min(3).max(500), category: z.enum(ACTION_CATEGORIES), priority: z.string().min(1).max(10).optional(),
  horizon: z.enum(HORIZONS).optional(), owner: ActionItemName.nullable().optional(), team: ActionItemName.nullable().optional(), dueDate: z.iso.date().optional(),
  dueReason: z.string().max(1000).optional(), trackerUrl: WebUrl.nullable().optional(),
});
export type CreateActionItem = z.infer<typeof CreateActionItemSchema>;
