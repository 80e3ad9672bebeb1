/** HTTP routes for first-run setup, sign-in / sign-out and users. */
import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { ROLE_DESCRIPTIONS, ROLES } from '../../domain/access/roles.ts';
import type { ServiceContext } from '../../services/context.ts';
import { changeUser, createUser, listAllUsers, needsSetup, principalForSession, setPassword, setupFirstAdmin, signIn, signOut } from '../../services/user.service.ts';
import { CreateUserSchema, Password, Username } from '../../domain/access/user.schema.ts';
import { RolesViewSchema, SessionStateSchema, SessionViewSchema, SetupStateSchema, UserListSchema, UserViewSchema } from '../../domain/access/user.view.ts';
import { route, type RouteDef } from '../route.ts';

export const SESSION_COOKIE = 'debrief_session';

const SignInSchema = z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) });
const SetupSchema = z.strictObject({ username: Username, displayName: z.string().trim().min(1).max(100).optional(), password: Password });
const ChangeUserSchema = z.strictObject({
  displayName: z.string().trim().min(1).max(100).optional(),
  role: z.enum(ROLES).optional(),
  active: z.boolean().optional().describe('false deactivates the user (no sign-in; sessions and tokens refused at once), true reactivates'),
}).refine((b) => Object.keys(b).length > 0, { message: 'give displayName, role or active' });
const PasswordSchema = z.strictObject({
  password: Password,
  currentPassword: z.string().min(1).max(200).optional().describe('required when changing your own password'),
});
const UserParams = z.strictObject({ user: z.string().min(1).max(64).describe('user id or username') });
const UserResponse = UserViewSchema;

/** Session and user routes under /api/v1. */
export function sessionRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/setup', tag: 'access', auth: 'none', summary: 'Whether this install still needs its first admin',
      response: SetupStateSchema,
      handler: async () => ({ needsSetup: await needsSetup(ctx) }),
    }),
    route({
      method: 'POST', url: '/api/v1/setup', tag: 'access', auth: 'none', status: 201,
      summary: 'First run: create the first admin (refused once any user exists)', body: SetupSchema, response: UserResponse,
      handler: async ({ body }) => setupFirstAdmin(ctx, body),
    }),
    route({
      method: 'POST', url: '/api/v1/session', tag: 'access', auth: 'none',
      summary: 'Sign in; sets an HttpOnly, SameSite=Strict session cookie and returns the CSRF token to send as X-CSRF-Token',
      body: SignInSchema, response: SessionViewSchema,
      handler: async ({ body, req, reply }) => {
        let s;
        try {
          s = await signIn(ctx, body.username, body.password, req.ip);
        } catch (e) {
          if (e instanceof AppError && e.code === 'rate_limited') req.log.warn({ username: body.username, address: req.ip }, 'sign-in throttled');
          throw e;
        }
        reply.setCookie(SESSION_COOKIE, s.secret, {
          httpOnly: true, sameSite: 'strict', path: '/', expires: s.expiresAt, secure: req.protocol === 'https', // behind a TLS proxy: set server.trustProxy (X-Forwarded-Proto)
        });
        return { user: s.user, csrfToken: s.csrfToken };
      },
    }),
    route({
      method: 'GET', url: '/api/v1/session', tag: 'access', auth: 'none', summary: 'The signed-in user and CSRF token (401 when signed out)', response: SessionViewSchema,
      handler: async ({ req }) => {
        const secret = req.cookies[SESSION_COOKIE];
        const s = secret ? await principalForSession(ctx, secret) : null;
        if (!s) throw new AppError('unauthorized', 'not signed in');
        return { user: s.user, csrfToken: s.csrfToken };
      },
    }),
    route({
      method: 'GET', url: '/api/v1/session/state', tag: 'access', auth: 'none',
      summary: 'Whether someone is signed in: 200 with signedIn false, or true with the user and CSRF token (the web app\'s probe)', response: SessionStateSchema,
      handler: async ({ req }) => {
        const secret = req.cookies[SESSION_COOKIE];
        const s = secret ? await principalForSession(ctx, secret) : null;
        return s ? { signedIn: true as const, user: s.user, csrfToken: s.csrfToken } : { signedIn: false as const };
      },
    }),
    route({
      method: 'DELETE', url: '/api/v1/session', tag: 'access', auth: 'none', status: 204, summary: 'Sign out',
      handler: async ({ req, reply }) => {
        const secret = req.cookies[SESSION_COOKIE];
        if (secret) await signOut(ctx, secret);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
      },
    }),
    route({
      method: 'GET', url: '/api/v1/users', tag: 'access', auth: 'token', summary: 'List users (deactivated ones included, with active: false)',
      response: UserListSchema,
      handler: async ({ actor }) => ({ items: await listAllUsers(ctx, actor) }),
    }),
    route({
      method: 'POST', url: '/api/v1/users', tag: 'access', auth: 'token', role: 'admin', status: 201, summary: 'Create a user (admin)',
      body: CreateUserSchema, response: UserResponse,
      handler: async ({ actor, body }) => createUser(ctx, actor, body),
    }),
    route({
      method: 'GET', url: '/api/v1/roles', tag: 'access', auth: 'token', summary: 'The roles, least to most powerful, and what each allows',
      response: RolesViewSchema,
      handler: async () => ({ items: ROLES.map((role) => ({ role, allows: ROLE_DESCRIPTIONS[role] })) }),
    }),
    route({
      method: 'PATCH', url: '/api/v1/users/:user', tag: 'access', auth: 'token', role: 'admin',
      summary: 'Change a user (admin): display name, role, deactivate or reactivate; the last active admin is never demoted or deactivated (409)',
      params: UserParams, body: ChangeUserSchema, response: UserResponse,
      handler: async ({ actor, params, body }) => changeUser(ctx, actor, params.user, body),
    }),
    route({
      method: 'POST', url: '/api/v1/users/:user/password', tag: 'access', auth: 'token',
      summary: 'Set a password: an admin resets another user\'s (their sessions end); a user changes their own with currentPassword (their other sessions end)',
      params: UserParams, body: PasswordSchema, response: UserResponse,
      handler: async ({ actor, params, body, req }) => setPassword(ctx, actor, params.user, body, actor.kind === 'session' ? (req.cookies[SESSION_COOKIE] ?? null) : null),
    }),
  ];
}
