/** Users and browser sessions: first-run setup, sign-in, sign-out, users created by an admin. */
import { randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { AppError } from '../domain/errors.ts';
import type { Principal, Role } from '../domain/access/roles.ts';
import type { UserView } from '../domain/access/user.view.ts';
import {
  countOtherActiveAdmins, deleteExpiredSessions, deleteSession, deleteSessionsOfUser, findSessionWithUser, findUserById, findUserByUsername, insertFirstAdmin,
  insertSession, insertUser, listUsers, lockUserAdministration, updateUser, type UserRow,
} from '../store/repositories/user.repository.ts';
import { isFreshInstall } from '../store/repositories/token.repository.ts';
import { requireRole } from './access.ts';
import { forgetPrincipals, rememberedPrincipal } from './principal-cache.ts';
import { checkSignInAllowed, recordSignInFailure, recordSignInSuccess } from './sign-in-throttle.ts';
import type { ServiceContext } from './context.ts';
import { inTransaction } from './transaction.ts';
import { hashSecret } from './token.service.ts';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;
const SESSION_DAYS = 14;

/** Hashes a password with scrypt and a random salt: `scrypt$salt$hash`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 32);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** Checks a password against its stored hash in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export type { UserView };

/** A user as the API shows it (never the password hash). */
export function presentUser(u: UserRow): UserView {
  return {
    id: u.id, username: u.username, displayName: u.displayName, role: u.role as Role, createdAt: u.createdAt.toISOString(),
    active: u.deactivatedAt === null, deactivatedAt: u.deactivatedAt?.toISOString() ?? null,
  };
}

export type NewUser = { username: string; displayName?: string | undefined; role: Role; password: string };

async function create(ctx: ServiceContext, input: NewUser): Promise<UserView> {
  const row = await insertUser(ctx.db, {
    id: randomUUID(), username: input.username, displayName: input.displayName ?? input.username, role: input.role,
    passwordHash: await hashPassword(input.password), createdAt: ctx.now(),
  });
  if (!row) throw new AppError('conflict', `the username ${input.username} is taken`);
  return presentUser(row);
}

/**
 * True while the install is fresh: no user and no live API token (the first-run page may
 * create the first admin). An admin token made with `debrief token create` closes it.
 */
export async function needsSetup(ctx: ServiceContext): Promise<boolean> {
  return isFreshInstall(ctx.db, ctx.now());
}

const ALREADY_SET_UP = 'Debrief is already set up: sign in, or ask an admin for an account';

/**
 * Creates the first admin on a fresh install. Refused (403) once any user or live API token
 * exists; the check and the insert are one atomic step, so of two racing requests one wins.
 */
export async function setupFirstAdmin(ctx: ServiceContext, input: Omit<NewUser, 'role'>): Promise<UserView> {
  if (!(await needsSetup(ctx))) throw new AppError('forbidden', ALREADY_SET_UP);
  const row = await insertFirstAdmin(ctx.db, {
    id: randomUUID(), username: input.username, displayName: input.displayName ?? input.username, role: 'admin',
    passwordHash: await hashPassword(input.password), createdAt: ctx.now(),
  }, ctx.now());
  if (!row) throw new AppError('forbidden', ALREADY_SET_UP);
  return presentUser(row);
}

/** Creates a user (admin). */
export async function createUser(ctx: ServiceContext, actor: Principal, input: NewUser): Promise<UserView> {
  requireRole(actor, 'admin', 'creating a user');
  return create(ctx, input);
}

/** Lists users (any signed-in person: owners and reviewers are picked from it). */
export async function listAllUsers(ctx: ServiceContext, actor: Principal): Promise<UserView[]> {
  requireRole(actor, 'viewer', 'listing users');
  return (await listUsers(ctx.db)).map(presentUser);
}

/**
 * Signs in: returns the session secret (for the cookie) and its CSRF token. Throttled per
 * account and per client address (429 with Retry-After, before the password is checked).
 */
export async function signIn(ctx: ServiceContext, username: string, password: string, address = 'unknown') {
  checkSignInAllowed(ctx, username, address);
  const user = await findUserByUsername(ctx.db, username);
  const ok = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await verifyPassword(password, 'scrypt$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  if (!user || !ok) {
    recordSignInFailure(ctx, username, address);
    throw new AppError('unauthorized', 'wrong username or password');
  }
  if (user.deactivatedAt) throw new AppError('forbidden', 'this account is deactivated: ask an admin to reactivate it');
  recordSignInSuccess(ctx, username, address);
  const now = ctx.now();
  await deleteExpiredSessions(ctx.db, now);
  const secret = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await insertSession(ctx.db, { idHash: hashSecret(secret), userId: user.id, csrfToken, createdAt: now, expiresAt });
  return { secret, csrfToken, expiresAt, user: presentUser(user) };
}

/** Ends a session. */
export async function signOut(ctx: ServiceContext, secret: string): Promise<void> {
  await deleteSession(ctx.db, hashSecret(secret));
  forgetPrincipals(ctx.db);
}

/** The principal and CSRF token behind a session cookie, or null when it is unknown or expired. */
export async function principalForSession(ctx: ServiceContext, secret: string): Promise<{ actor: Principal; csrfToken: string; user: UserView } | null> {
  const now = ctx.now();
  const idHash = hashSecret(secret);
  return rememberedPrincipal(ctx.db, `session:${idHash}`, now, async () => {
    const found = await findSessionWithUser(ctx.db, idHash);
    if (!found || found.session.expiresAt.getTime() <= now.getTime()) return null;
    const { session, user } = found;
    if (user.deactivatedAt) return null;
    return {
      value: {
        actor: { kind: 'session', id: user.id, name: user.username, role: user.role as Role, userId: user.id },
        csrfToken: session.csrfToken,
        user: presentUser(user),
      },
      until: session.expiresAt.getTime(),
    };
  });
}

export type UserChange = { displayName?: string | undefined; role?: Role | undefined; active?: boolean | undefined };

/** A user by id or username (`me`: the actor's own), or 404. */
async function resolveUser(ctx: ServiceContext, ref: string, actor: Principal): Promise<UserRow> {
  if (ref === 'me') {
    if (!actor.userId) throw new AppError('bad_request', `${actor.name} is not a user: name the user instead of "me"`);
    ref = actor.userId;
  }
  const user = (await findUserById(ctx.db, ref)) ?? (await findUserByUsername(ctx.db, ref));
  if (!user) throw new AppError('not_found', `no user ${ref}`);
  return user;
}

const lastAdmin = (u: UserRow) => new AppError('conflict', `${u.username} is the last active admin: make another user admin before demoting or deactivating this one`);

/**
 * Changes a user's display name, role, or activity (admin). Deactivating ends the user's
 * sessions at once; their sessions and API tokens are refused while deactivated. The last
 * active admin is never demoted or deactivated (409).
 */
export async function changeUser(ctx: ServiceContext, actor: Principal, ref: string, change: UserChange): Promise<UserView> {
  requireRole(actor, 'admin', 'changing a user');
  return inTransaction(ctx, async (tx) => {
    await lockUserAdministration(tx.db);
    const user = await resolveUser(tx, ref, actor);
    const id = user.id;
    const active = user.deactivatedAt === null;
    const losesAdmin = user.role === 'admin' && active && ((change.role !== undefined && change.role !== 'admin') || change.active === false);
    if (losesAdmin && (await countOtherActiveAdmins(tx.db, id)) === 0) throw lastAdmin(user);
    const patch: Parameters<typeof updateUser>[2] = {};
    if (change.displayName !== undefined) patch.displayName = change.displayName;
    if (change.role !== undefined) patch.role = change.role;
    if (change.active === false && active) patch.deactivatedAt = tx.now();
    if (change.active === true && !active) patch.deactivatedAt = null;
    const updated = Object.keys(patch).length ? await updateUser(tx.db, id, patch) : user;
    if (!updated) throw new AppError('not_found', `no user ${id}`);
    if (patch.deactivatedAt) await deleteSessionsOfUser(tx.db, id);
    return presentUser(updated);
  }).finally(() => forgetPrincipals(ctx.db));
}

/**
 * Sets a user's password: an admin resets anyone else's (their sessions end); a person
 * changes their own with the current password (their other sessions end).
 */
export async function setPassword(
  ctx: ServiceContext, actor: Principal, ref: string, input: { password: string; currentPassword?: string | undefined }, currentSessionSecret: string | null = null,
): Promise<UserView> {
  requireRole(actor, 'viewer', 'changing a password');
  const namesSelf = actor.userId !== null && (ref === 'me' || ref === actor.userId || (actor.kind === 'session' && ref === actor.name));
  if (!namesSelf) requireRole(actor, 'admin', 'setting another user\'s password');
  const user = await resolveUser(ctx, ref, actor);
  const id = user.id;
  const own = actor.userId === id;
  if (own) {
    if (!input.currentPassword) {
      throw new AppError('validation_failed', 'give your current password to change it', { errors: [{ path: 'currentPassword', message: 'required when changing your own password' }] });
    }
    if (!user.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
      throw new AppError('validation_failed', 'the current password is wrong', { errors: [{ path: 'currentPassword', message: 'does not match' }] });
    }
  }
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    const updated = await updateUser(tx.db, id, { passwordHash });
    if (!updated) throw new AppError('not_found', `no user ${id}`);
    await deleteSessionsOfUser(tx.db, id, own && currentSessionSecret ? hashSecret(currentSessionSecret) : null);
    return presentUser(updated);
  }).finally(() => forgetPrincipals(ctx.db));
}
