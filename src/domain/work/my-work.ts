/** Pure rules of "my work": who a person is called, the next deadline, what counts as waiting. */
import { MILESTONE_LABELS, type Milestone } from '../policy/deadline-sources.ts';
import type { MyWork, WorkDeadline } from './contract.ts';

const DAY = 24 * 60 * 60 * 1000;

/** The lower-cased names that may stand for a person in owner and reviewer fields (username, display name, user id; `@name` too). */
export function namesOf(person: { id?: string | null; username?: string | null; displayName?: string | null; principalName?: string | null }): string[] {
  const out = new Set<string>();
  for (const n of [person.id, person.username, person.displayName, person.principalName]) {
    const v = n?.trim().toLowerCase();
    if (!v || v.startsWith('token:')) continue;
    out.add(v);
    out.add(v.startsWith('@') ? v.slice(1) : `@${v}`);
  }
  return [...out];
}

/** Milestones the owner of a post-mortem drives, in the order they come. */
const OWNER_MILESTONES: Milestone[] = ['draft', 'meeting', 'published'];

/** What a status says is already done. */
function doneBy(status: string): Set<Milestone> {
  if (status === 'published') return new Set(['draft', 'meeting', 'published']);
  if (status === 'in_review' || status === 'approved') return new Set(['draft']);
  return new Set();
}

/** The earliest deadline of a post-mortem the owner has not met yet (null when none is set). */
export function nextDeadline(due: Record<string, string | null>, status: string, met: readonly string[], now: Date): WorkDeadline | null {
  const done = doneBy(status);
  for (const m of met) done.add(m as Milestone);
  let best: WorkDeadline | null = null;
  for (const m of OWNER_MILESTONES) {
    const at = due[m];
    if (!at || done.has(m)) continue;
    if (!best || at < best.at) best = { milestone: m, label: MILESTONE_LABELS[m], at, overdue: new Date(at).getTime() < now.getTime() };
  }
  return best;
}

/** The navigation's count of what waits for the person. */
export function waitingCount(work: Pick<MyWork, 'reviews' | 'actionItems' | 'postmortems'>, now: Date): number {
  const soon = new Date(now.getTime() + 7 * DAY).toISOString().slice(0, 10);
  const items = work.actionItems.filter((i) => i.overdue || (i.dueDate !== null && i.dueDate <= soon)).length;
  const pms = work.postmortems.filter((p) => p.nextDeadline && new Date(p.nextDeadline.at).getTime() - now.getTime() < 2 * DAY).length;
  return work.reviews.length + items + pms;
}
