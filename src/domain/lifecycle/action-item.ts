/**
 * Action items (seed 000 "Action Item Tracking", seed 001 categories, seeds 002/003
 * horizons): statuses, categories, the closure checklist and what closing needs.
 */
export const ACTION_CATEGORIES = ['prevent', 'detect', 'respond', 'process'] as const;
export type ActionCategory = (typeof ACTION_CATEGORIES)[number];
export const CATEGORY_LABELS: Record<ActionCategory, string> = {
  prevent: 'Prevent recurrence', detect: 'Improve detection', respond: 'Improve response', process: 'Process improvements',
};

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'wont_do'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Seed 000 "Closure Criteria". */
export const CHECKLIST_ITEMS = ['fixDeployed', 'docsUpdated', 'teamNotified', 'effectivenessVerified'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export type Checklist = Partial<Record<ChecklistItem | `${ChecklistItem}NotApplicable`, boolean>>;
export const CHECKLIST_LABELS: Record<ChecklistItem, string> = {
  fixDeployed: 'Code/fix is deployed', docsUpdated: 'Documentation is updated', teamNotified: 'Team has been notified',
  effectivenessVerified: 'Effectiveness has been verified (if applicable)',
};

/** What still stands between an item and `done`: each checklist entry unchecked and not marked not applicable. */
export function closureBlockers(checklist: Checklist): ChecklistItem[] {
  return CHECKLIST_ITEMS.filter((k) => checklist[k] !== true && checklist[`${k}NotApplicable`] !== true);
}

/** Whether an open item is past its due date at `now` (due dates are whole days, due at the end of the day UTC). */
export function isOverdue(item: { status: string; dueDate: string | null }, now: Date): boolean {
  if (item.status === 'done' || item.status === 'wont_do' || !item.dueDate) return false;
  return new Date(`${item.dueDate}T23:59:59.999Z`).getTime() < now.getTime();
}

/** The tracker labels seed 000 asks for: `postmortem` and the incident id. */
export function actionLabels(incidentId: string): string[] {
  return ['postmortem', incidentId];
}
