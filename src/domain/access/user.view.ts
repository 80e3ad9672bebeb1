/** Users, sessions and callers as the API shows them: one zod schema each, imported by the web app. */
import { z } from 'zod';
import { ROLE_DESCRIPTIONS, ROLES } from './roles.ts';

const roleDocs = ROLES.map((r) => `${r}: ${ROLE_DESCRIPTIONS[r]}`).join(' ');

/** A user (never the password hash); `active` is false and `deactivatedAt` set while an admin has deactivated the account. */
export const UserViewSchema = z.strictObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES).describe(roleDocs),
  createdAt: z.string(),
  active: z.boolean(),
  deactivatedAt: z.string().nullable(),
});
export type UserView = z.infer<typeof UserViewSchema>;

/** Whether the first-run page is open (`GET /api/v1/setup`): no user and no live API token yet. */
export const SetupStateSchema = z.strictObject({ needsSetup: z.boolean() });
export type SetupState = z.infer<typeof SetupStateSchema>;

/** The signed-in user and the CSRF token to send as X-CSRF-Token. */
export const SessionViewSchema = z.strictObject({ user: UserViewSchema, csrfToken: z.string() });
export type SessionView = z.infer<typeof SessionViewSchema>;

/**
 * `GET /api/v1/session/state`: the web app's start-up probe. Answers 200 either way, so a
 * visitor who is not signed in is not a failed request (and no console error in the browser).
 */
export const SessionStateSchema = z.discriminatedUnion('signedIn', [
  z.strictObject({ signedIn: z.literal(false) }),
  z.strictObject({ signedIn: z.literal(true), user: UserViewSchema, csrfToken: z.string() }),
]);
export type SessionState = z.infer<typeof SessionStateSchema>;

/** Who the caller is (`GET /api/v1/me`). */
export const CallerViewSchema = z.strictObject({
  name: z.string(),
  role: z.enum(ROLES),
  kind: z.enum(['token', 'session', 'local', 'system']),
  userId: z.string().nullable(),
});

/** What each role allows (`GET /api/v1/roles`). */
export const RolesViewSchema = z.strictObject({ items: z.array(z.strictObject({ role: z.enum(ROLES), allows: z.string() })) });

/** An API token as listed (never the secret). */
export const TokenViewSchema = z.strictObject({
  id: z.string(), name: z.string(), role: z.string(), createdAt: z.string(),
  lastUsedAt: z.string().nullable(), revokedAt: z.string().nullable(), expiresAt: z.string().nullable(),
});
export type TokenView = z.infer<typeof TokenViewSchema>;

/** A token just created: its secret is in this answer only. */
export const CreatedTokenViewSchema = z.strictObject({
  id: z.string(), name: z.string(), role: z.enum(ROLES), createdAt: z.string(), expiresAt: z.string().nullable(), token: z.string(),
});
export type CreatedTokenView = z.infer<typeof CreatedTokenViewSchema>;

/** `GET /api/v1/users`: every user, deactivated ones included. */
export const UserListSchema = z.strictObject({ items: z.array(UserViewSchema) });
export type UserList = z.infer<typeof UserListSchema>;
