/** The contract of where people and teams are reached, as the API answers it: one schema for the server, the CLI and the web app. */
import { z } from 'zod';

export const AddressViewSchema = z.object({
  userId: z.string(), username: z.string(), displayName: z.string(), email: z.string().nullable(), slackId: z.string().nullable(),
  slackHandle: z.string().nullable(), githubLogin: z.string().nullable(), team: z.string().nullable(), mutes: z.array(z.string()),
});
export type AddressView = z.infer<typeof AddressViewSchema>;

export const TeamViewSchema = z.object({ name: z.string(), slackChannel: z.string().nullable(), email: z.string().nullable(), lead: z.string().nullable(), updatedAt: z.string() });
export type TeamView = z.infer<typeof TeamViewSchema>;

/** `GET /api/v1/addresses`: every user's addresses, and the rules a user may mute. */
export const AddressListSchema = z.object({ items: z.array(AddressViewSchema), rules: z.array(z.string()) });
export type AddressList = z.infer<typeof AddressListSchema>;
export const TeamListSchema = z.object({ items: z.array(TeamViewSchema) });
export type TeamList = z.infer<typeof TeamListSchema>;
