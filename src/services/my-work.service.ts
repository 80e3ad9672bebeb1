/** "My work": what waits for the signed-in person (or the user an API token belongs to). */
import type { Principal } from '../domain/access/roles.ts';
import { isOverdue } from '../domain/lifecycle/action-item.ts';
import type { MyWork, WorkItem } from '../domain/work/contract.ts';
import { namesOf, nextDeadline, waitingCount } from '../domain/work/my-work.ts';
import type { ActionItemRow } from '../store/repositories/action-item.repository.ts';
import { findAddress } from '../store/repositories/address.repository.ts';
import { actionItemsOwnedBy, overdueItemsOfTeam, postmortemsOwnedBy, reviewsAssignedTo } from '../store/repositories/my-work.repository.ts';
import { findUserById } from '../store/repositories/user.repository.ts';
import { requireRole } from './access.ts';
import type { ServiceContext } from './context.ts';

const LIMIT = 100;

const item = (a: ActionItemRow, now: Date): WorkItem => ({
  postmortemId: a.postmortemId, key: a.key, title: a.title, priority: a.priority, status: a.status,
  owner: a.owner, team: a.team, dueDate: a.dueDate, overdue: isOverdue(a, now),
});

/** Reviews requested of the actor, their action items by due date, the post-mortems they own with the next deadline, their team's overdue items. */
export async function myWork(ctx: ServiceContext, actor: Principal): Promise<MyWork> {
  requireRole(actor, 'viewer', 'reading your work');
  const now = ctx.now();
  const user = actor.userId ? await findUserById(ctx.db, actor.userId) : null;
  const names = namesOf({ id: user?.id ?? null, username: user?.username ?? null, displayName: user?.displayName ?? null, principalName: actor.kind === 'local' || actor.kind === 'system' ? null : actor.name });
  const address = user ? await findAddress(ctx.db, user.id) : null;
  const team = address?.team ?? null;
  const [reviews, items, owned, teamItems] = await Promise.all([
    reviewsAssignedTo(ctx.db, names, LIMIT),
    actionItemsOwnedBy(ctx.db, names, LIMIT),
    postmortemsOwnedBy(ctx.db, names, LIMIT),
    team ? overdueItemsOfTeam(ctx.db, team, now.toISOString().slice(0, 10), LIMIT) : Promise.resolve([]),
  ]);
  const work = {
    reviews: reviews.map((r) => ({ postmortemId: r.id, incidentId: r.incidentId, title: r.title, owner: r.owner, role: r.role, requestedAt: r.updatedAt.toISOString() })),
    actionItems: items.map((a) => item(a, now)),
    postmortems: owned
      .map((p) => ({ id: p.id, incidentId: p.incidentId, title: p.title, status: p.status, nextDeadline: nextDeadline(p.due, p.status, p.meetingHeld ? ['meeting'] : [], now) }))
      .sort((a, b) => (a.nextDeadline?.at ?? '\uffff').localeCompare(b.nextDeadline?.at ?? '\uffff')),
  };
  return {
    person: user ? { username: user.username, displayName: user.displayName, team } : null,
    ...work,
    team: { name: team, overdue: teamItems.map((a) => item(a, now)) },
    waiting: waitingCount(work, now),
  };
}
