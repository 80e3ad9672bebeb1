/**
 * Who is signing: one identity per person whatever the path (session, API token tied to a
 * user, bare API token, local CLI), and whether that person owns the post-mortem or is
 * the one a reviewer slot was assigned to — compared by user id, and by every name the
 * person goes by, never by the principal's display name alone.
 */
import type { Principal } from '../../domain/access/roles.ts';
import { listUsers, type UserRow } from '../../store/repositories/user.repository.ts';
import type { ServiceContext } from '../context.ts';

export type Signer = {
  /** `user:<id>` for a person with an account (session or token tied to the user), else `token:<id>` / `local:<id>`. */
  key: string;
  /** The name recorded on the sign-off. */
  name: string;
  userId: string | null;
  /** Every name this person goes by, lower case: username, display name, user id, token name. */
  names: Set<string>;
};

/** The identity of an actor, with the names of the user behind it. */
export async function signerOf(ctx: ServiceContext, actor: Principal, users?: readonly UserRow[]): Promise<{ signer: Signer; users: readonly UserRow[] }> {
  const all = users ?? await listUsers(ctx.db);
  const user = actor.userId ? all.find((u) => u.id === actor.userId) : undefined;
  const names = new Set([actor.name, actor.name.replace(/^token:/, ''), actor.userId ?? '', user?.username ?? '', user?.displayName ?? '']
    .map((n) => n.trim().toLowerCase()).filter((n) => n.length > 0));
  const key = actor.userId ? `user:${actor.userId}` : `${actor.kind}:${actor.id}`;
  return { signer: { key, name: user?.username ?? actor.name, userId: actor.userId, names }, users: all };
}

/** True when `who` (a username, display name or user id as stored on the post-mortem) is this signer. */
export function isSigner(who: string | null | undefined, signer: Signer, users: readonly UserRow[]): boolean {
  if (!who) return false;
  const w = who.trim().toLowerCase();
  if (signer.names.has(w)) return true;
  if (signer.userId === null) return false;
  const u = users.find((x) => x.id === who || x.username.toLowerCase() === w);
  return u !== undefined && u.id === signer.userId;
}

/** The user id `who` refers to (by id or username), or null when it names no user. */
export function userIdOf(who: string | null | undefined, users: readonly UserRow[]): string | null {
  if (!who) return null;
  const w = who.trim().toLowerCase();
  return users.find((x) => x.id === who || x.username.toLowerCase() === w)?.id ?? null;
}
