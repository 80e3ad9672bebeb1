/** The weekly action-item review in seed 000's format ("Post-Mortem Action Items Review"). */
export type ReviewItem = {
  key: string; postmortemId: string; title: string; owner: string | null; dueDate: string | null;
  status: string; completedAt: string | null; priority: string; overdue: boolean;
};

export type WeeklyReview = { date: string; open: ReviewItem[]; completed: ReviewItem[]; overdue: ReviewItem[]; markdown: string };

const owner = (o: string | null): string => (o ? (o.startsWith('@') ? o : `@${o}`) : 'unassigned');

/** Builds the review for the week ending on `date` (YYYY-MM-DD): open items, and items completed in the last 7 days. */
export function weeklyReview(date: string, items: readonly ReviewItem[]): WeeklyReview {
  const end = new Date(`${date}T23:59:59.999Z`).getTime();
  const start = end - 7 * 86_400_000;
  const open = items.filter((i) => i.status === 'open' || i.status === 'in_progress')
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const completed = items.filter((i) => i.status === 'done' && i.completedAt && Date.parse(i.completedAt) > start && Date.parse(i.completedAt) <= end);
  const overdue = open.filter((i) => i.overdue);
  const line = (i: ReviewItem, done: boolean) => done
    ? `- [x] ${i.key} (${i.postmortemId}): ${i.title} (Completed: ${i.completedAt?.slice(0, 10) ?? '?'})`
    : `- [ ] ${i.key} (${i.postmortemId}): ${i.title} (Due: ${i.dueDate ?? 'none'}, Owner: ${owner(i.owner)}, ${i.priority})${i.overdue ? ' **OVERDUE**' : ''}`;
  const markdown = [
    'Post-Mortem Action Items Review',
    `Date: ${date}`,
    '',
    'Open Items:',
    ...(open.length ? open.map((i) => line(i, false)) : ['- none']),
    '',
    'Completed:',
    ...(completed.length ? completed.map((i) => line(i, true)) : ['- none this week']),
    '',
    `Overdue: ${overdue.length} of ${open.length} open item${open.length === 1 ? '' : 's'}${overdue.length ? ' (escalate the items at risk of missing their deadlines)' : ''}`,
    '',
  ].join('\n');
  return { date, open, completed, overdue, markdown };
}
