/**
 * Follow-through on action items (seed 000 "Escalate if items are at risk of missing
 * deadlines"; seed 001 "No follow-through"): which open items need a reminder, and who
 * hears of the ones that slipped. Pure: the caller passes `now` and sends nothing.
 */
export type FollowUpItem = {
  postmortemId: string; key: string; title: string; owner: string | null; priority: string;
  dueDate: string | null; status: string; postmortemOwner: string | null;
};

export type FollowUpLevel = 'no-owner' | 'no-due-date' | 'due-soon' | 'overdue' | 'escalated' | 'escalated-leadership';

export type FollowUp = { item: FollowUpItem; level: FollowUpLevel; daysOverdue: number; notify: string[]; message: string };

export type FollowUpOptions = {
  /** Remind this many hours before the due date (P0 items: a quarter of it). */
  remindHoursBefore: number;
  /** Overdue this many days: escalate to the post-mortem owner. */
  escalateAfterDays: number;
  /** Overdue this many days: escalate to engineering leadership. */
  leadershipAfterDays: number;
};

export const DEFAULT_FOLLOW_UP: FollowUpOptions = { remindHoursBefore: 48, escalateAfterDays: 7, leadershipAfterDays: 14 };

const DAY = 86_400_000;
const endOfDay = (d: string): number => Date.parse(`${d}T23:59:59.999Z`);

/** The open items that need someone's attention at `now`, most urgent first. */
export function followUps(items: readonly FollowUpItem[], now: Date, opts: FollowUpOptions = DEFAULT_FOLLOW_UP): FollowUp[] {
  const out: FollowUp[] = [];
  for (const item of items) {
    if (item.status !== 'open' && item.status !== 'in_progress') continue;
    const owner = item.owner ? [item.owner] : [];
    const pmOwner = item.postmortemOwner ? [item.postmortemOwner] : [];
    const ref = `${item.postmortemId}/${item.key}`;
    const left = item.dueDate ? endOfDay(item.dueDate) - now.getTime() : null;
    if (left !== null && left < 0) {
      // Overdue, owned or not: an unowned item that slipped is the post-mortem owner's to chase.
      const days = Math.floor(-left / DAY) + 1;
      const level: FollowUpLevel = days > opts.leadershipAfterDays ? 'escalated-leadership' : days > opts.escalateAfterDays ? 'escalated' : 'overdue';
      const first = item.owner ? owner : pmOwner;
      const notify = level === 'overdue' ? first : level === 'escalated' ? [...first, ...pmOwner] : [...first, ...pmOwner, 'engineering leadership'];
      const unowned = item.owner ? '' : ' and has no owner';
      out.push({ item, level, daysOverdue: days, notify: [...new Set(notify)], message: `${ref} is ${days} day${days === 1 ? '' : 's'} overdue${unowned} (due ${item.dueDate}, ${item.priority}): "${item.title}"` });
      continue;
    }
    if (!item.owner) {
      out.push({ item, level: 'no-owner', daysOverdue: 0, notify: pmOwner, message: `${ref} has no owner: action items without owners don't get done` });
      continue;
    }
    if (left === null) {
      out.push({ item, level: 'no-due-date', daysOverdue: 0, notify: [...owner, ...pmOwner], message: `${ref} has no due date: set one from its priority` });
      continue;
    }
    const remindMs = (item.priority.toUpperCase() === 'P0' ? opts.remindHoursBefore / 4 : opts.remindHoursBefore) * 3_600_000;
    if (left <= remindMs) out.push({ item, level: 'due-soon', daysOverdue: 0, notify: owner, message: `${ref} is due ${item.dueDate}: "${item.title}"` });
  }
  const rank: Record<FollowUpLevel, number> = { 'escalated-leadership': 0, escalated: 1, overdue: 2, 'no-owner': 3, 'due-soon': 4, 'no-due-date': 5 };
  return out.sort((a, b) => rank[a.level] - rank[b.level] || b.daysOverdue - a.daysOverdue);
}
