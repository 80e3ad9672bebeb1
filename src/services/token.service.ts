/** API tokens: created by an admin (or the local CLI), stored hashed, shown once. */
import type { CreatedTokenView, TokenView } from '../domain/access/user.view.ts';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../domain/errors.ts';
import type { Principal, Role } from '../domain/access/roles.ts';
import { findTokenWithUserByHash, insertToken, listTokens, revokeToken, touchToken } from '../store/repositories/token.repository.ts';
import { findUserById, findUserByUsername } from '../store/repositories/user.repository.ts';
import { requireRole } from './access.ts';
import { forgetPrincipals, rememberedPrincipal } from './principal-cache.ts';
import type { ServiceContext } from './context.ts';

const PREFIX = 'dbf_';

/** SHA-256 of a secret, hex: tokens and session ids are stored only this way. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A new random secret with Debrief's token prefix. */
export function newTokenSecret(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

/** Creates a token; the secret is returned once and never stored. */
export async function createToken(ctx: ServiceContext, actor: Principal, input: { name: string; role: Role; userId?: string | null; user?: string | undefined; expiresAt?: Date | null }): Promise<CreatedTokenView> {
  requireRole(actor, 'admin', 'creating an API token');
  let userId = input.userId ?? null;
  if (input.user !== undefined) {
    const owner = (await findUserById(ctx.db, input.user)) ?? (await findUserByUsername(ctx.db, input.user));
    if (!owner) throw new AppError('validation_failed', `no user ${input.user}`, { errors: [{ path: 'user', message: 'no such user (id or username)' }] });
    userId = owner.id;
  }
  const now = ctx.now();
  const expiresAt = input.expiresAt ?? null;
  if (expiresAt && expiresAt.getTime() <= now.getTime()) {
    throw new AppError('rule_violation', 'expiresAt must be in the future', { errors: [{ path: 'expiresAt', message: 'must be in the future' }] });
  }
  const token = newTokenSecret();
  const row = await insertToken(ctx.db, {
    id: randomUUID(), name: input.name, role: input.role, tokenHash: hashSecret(token), userId, createdAt: now, expiresAt,
  });
  return { id: row.id, name: row.name, role: row.role as Role, createdAt: row.createdAt.toISOString(), expiresAt: row.expiresAt?.toISOString() ?? null, token };
}

/** Lists tokens (never their secrets). */
export async function listApiTokens(ctx: ServiceContext, actor: Principal): Promise<TokenView[]> {
  requireRole(actor, 'admin', 'listing API tokens');
  return (await listTokens(ctx.db)).map((t) => ({
    id: t.id, name: t.name, role: t.role, createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null, revokedAt: t.revokedAt?.toISOString() ?? null,
    expiresAt: t.expiresAt?.toISOString() ?? null,
  }));
}

/** Revokes a token. */
export async function revokeApiToken(ctx: ServiceContext, actor: Principal, id: string): Promise<void> {
  requireRole(actor, 'admin', 'revoking an API token');
  const revoked = await revokeToken(ctx.db, id, ctx.now());
  forgetPrincipals(ctx.db);
  if (!revoked) throw new AppError('not_found', `no token ${id}`);
}

/** The principal behind a bearer token, or null when it is unknown, revoked or expired. */
export async function principalForToken(ctx: ServiceContext, token: string): Promise<Principal | null> {
  if (!token.startsWith(PREFIX)) return null;
  const now = ctx.now();
  const tokenHash = hashSecret(token);
  const known = await rememberedPrincipal(ctx.db, `token:${tokenHash}`, now, async () => {
    const found = await findTokenWithUserByHash(ctx.db, tokenHash, now);
    if (!found || found.userDeactivated) return null; // a deactivated user's tokens stop working at once
    const { token: row } = found;
    const principal: Principal = { kind: 'token', id: row.id, name: `token:${row.name}`, role: row.role as Role, userId: row.userId };
    return { value: { principal, lastUsedAt: { at: row.lastUsedAt } }, until: row.expiresAt?.getTime() ?? null };
  });
  if (!known) return null;
  // Marked used at most once a minute (best effort, for the token list).
  const last = known.lastUsedAt.at;
  if (!last || now.getTime() - last.getTime() > 60_000) {
    known.lastUsedAt.at = now;
    await touchToken(ctx.db, known.principal.id, now);
  }
  return known.principal;
}
