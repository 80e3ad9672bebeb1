/**
 * Where people and teams are reached: a user's e-mail, Slack id or handle, GitHub login,
 * team and muted rules (a user edits their own, an admin anyone's); teams with their
 * channel and lead (admin). Each change is recorded as a revision.
 */
import type { Principal } from '../../domain/access/roles.ts';
import { diffFields } from '../../domain/diff.ts';
import { AppError } from '../../domain/errors.ts';
import type { AddressView, TeamView } from '../../domain/notify/directory.view.ts';
import { findAddress, findTeam, deleteTeam as removeTeam, listAddresses, listTeams, upsertAddress, upsertTeam } from '../../store/repositories/address.repository.ts';
import { insertRevision } from '../../store/repositories/revision.repository.ts';
import { findUserById, findUserByUsername, type UserRow } from '../../store/repositories/user.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';

export type { AddressView, TeamView };
export type AddressPatch = Partial<{ email: string | null; slackId: string | null; slackHandle: string | null; githubLogin: string | null; team: string | null; mutes: string[] }>;
export type TeamInput = { slackChannel?: string | null | undefined; email?: string | null | undefined; lead?: string | null | undefined };

/** `me`, a user id or a username → the user; only oneself unless admin. */
async function targetUser(ctx: ServiceContext, actor: Principal, ref: string, action: string): Promise<UserRow> {
  if (ref === 'me' && actor.userId === null) throw new AppError('validation_failed', `${action}: this token is not a user's; name the user`, { errors: [{ path: 'user', message: 'not a user token' }] });
  const user = ref === 'me' ? await findUserById(ctx.db, actor.userId!) : (await findUserById(ctx.db, ref)) ?? await findUserByUsername(ctx.db, ref);
  if (!user) throw new AppError('not_found', `no user ${ref}`);
  if (user.id !== actor.userId) requireRole(actor, 'admin', `${action} of another user`);
  return user;
}

type Fields = { email: string | null; slackId: string | null; slackHandle: string | null; githubLogin: string | null; team: string | null; mutes: string[] };
const EMPTY: Fields = { email: null, slackId: null, slackHandle: null, githubLogin: null, team: null, mutes: [] };

function view(u: UserRow, a: Partial<Fields> | null): AddressView {
  const x = { ...EMPTY, ...(a ?? {}) };
  return { userId: u.id, username: u.username, displayName: u.displayName, email: x.email, slackId: x.slackId, slackHandle: x.slackHandle, githubLogin: x.githubLogin, team: x.team, mutes: x.mutes };
}

export async function getAddress(ctx: ServiceContext, actor: Principal, ref: string): Promise<AddressView> {
  const user = await targetUser(ctx, actor, ref, 'Reading the addresses');
  return view(user, await findAddress(ctx.db, user.id));
}

/** Every user's addresses (admin: the users page). */
export async function listAllAddresses(ctx: ServiceContext, actor: Principal): Promise<AddressView[]> {
  requireRole(actor, 'admin', 'Listing addresses');
  return (await listAddresses(ctx.db)).map((a) => ({ userId: a.userId, username: a.username, displayName: a.displayName, email: a.email, slackId: a.slackId, slackHandle: a.slackHandle, githubLogin: a.githubLogin, team: a.team, mutes: a.mutes }));
}

export async function setAddress(ctx: ServiceContext, actor: Principal, ref: string, patch: AddressPatch): Promise<AddressView> {
  const user = await targetUser(ctx, actor, ref, 'Changing the addresses');
  if (patch.team && !(await findTeam(ctx.db, patch.team))) {
    throw new AppError('validation_failed', `no team ${patch.team}; create it first (PUT /api/v1/teams/${patch.team})`, { errors: [{ path: 'team', message: 'unknown team' }] });
  }
  const now = ctx.now();
  return inTransaction(ctx, async (tx) => {
    const stored = await findAddress(tx.db, user.id);
    const current: Fields = stored ? { email: stored.email, slackId: stored.slackId, slackHandle: stored.slackHandle, githubLogin: stored.githubLogin, team: stored.team, mutes: stored.mutes } : EMPTY;
    const next = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
    next.mutes = [...new Set(next.mutes)].sort();
    const changes = diffFields(current, next);
    if (Object.keys(changes).length > 0) {
      await upsertAddress(tx.db, { userId: user.id, ...next, updatedAt: now });
      await insertRevision(tx.db, { entityType: 'user-address', entityId: user.id, version: 1, actor: actor.name, action: 'update', at: now, changes });
    }
    return view(user, next);
  });
}

const teamView = (t: { name: string; slackChannel: string | null; email: string | null; lead: string | null; updatedAt: Date }): TeamView =>
  ({ name: t.name, slackChannel: t.slackChannel, email: t.email, lead: t.lead, updatedAt: t.updatedAt.toISOString() });

export async function listTeamViews(ctx: ServiceContext, actor: Principal): Promise<TeamView[]> {
  requireRole(actor, 'viewer', 'Listing teams');
  return (await listTeams(ctx.db)).map(teamView).sort((a, b) => a.name.localeCompare(b.name));
}

/** Creates or changes a team (admin). */
export async function putTeam(ctx: ServiceContext, actor: Principal, name: string, input: TeamInput): Promise<TeamView> {
  requireRole(actor, 'admin', 'Changing teams');
  const now = ctx.now();
  return inTransaction(ctx, async (tx) => {
    const current = await findTeam(tx.db, name);
    const next = {
      slackChannel: input.slackChannel !== undefined ? input.slackChannel : current?.slackChannel ?? null,
      email: input.email !== undefined ? input.email : current?.email ?? null,
      lead: input.lead !== undefined ? input.lead : current?.lead ?? null,
    };
    const saved = await upsertTeam(tx.db, { name, ...next, updatedAt: now });
    await insertRevision(tx.db, { entityType: 'team', entityId: name, version: 1, actor: actor.name, action: current ? 'update' : 'create', at: now, changes: diffFields(current ?? {}, next) });
    return teamView(saved);
  });
}

export async function deleteTeam(ctx: ServiceContext, actor: Principal, name: string): Promise<void> {
  requireRole(actor, 'admin', 'Deleting teams');
  const now = ctx.now();
  await inTransaction(ctx, async (tx) => {
    if (!(await removeTeam(tx.db, name))) throw new AppError('not_found', `no team ${name}`);
    await insertRevision(tx.db, { entityType: 'team', entityId: name, version: 1, actor: actor.name, action: 'delete', at: now, changes: {} });
  });
}
