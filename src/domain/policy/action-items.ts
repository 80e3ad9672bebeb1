/**
 * Action-item priorities, due dates and horizons (seeds 000, 002, 003) and meeting length
 * by severity (seed 001). P0 24 h, P1 1 week, P2 1 calendar month, P3 1 calendar quarter;
 * immediate = this week (P0, P1), short-term = this month (P2), long-term = this quarter (P3).
 */
import { AppError } from '../errors.ts';
import { addPeriodText } from './period.ts';
import { priorityKey, type Policy } from './resolve-policy.ts';
import { severityMatches, type SeverityLevel } from './severity.ts';

export const HORIZONS = ['immediate', 'short-term', 'long-term'] as const;
export type Horizon = (typeof HORIZONS)[number];

/** The configured name of a priority (`p0` → `P0`), or undefined when the policy has none such. */
export function findPriority(policy: Policy, name: string): string | undefined {
  const key = priorityKey(name);
  return Object.keys(policy.config.actionItems.priorities).find((p) => priorityKey(p) === key);
}

function requirePriority(policy: Policy, name: string): string {
  const found = findPriority(policy, name);
  if (found === undefined) {
    const known = Object.keys(policy.config.actionItems.priorities).join(', ');
    throw new AppError('validation_failed', `unknown action-item priority "${name}"; expected one of ${known}`, {
      errors: [{ path: 'priority', message: `unknown priority "${name}"` }],
    });
  }
  return found;
}

/** Due date of an action item of this priority created at `from` (calendar months in the policy's zone). */
export function actionItemDueDate(policy: Policy, priority: string, from: Date): { priority: string; within: string; at: Date } {
  const name = requirePriority(policy, priority);
  const within = policy.config.actionItems.priorities[name] ?? '0h';
  return { priority: name, within, at: addPeriodText(from, within, policy.config.timeZone) };
}

/** The horizon that holds a priority (P1 → immediate). */
export function horizonForPriority(policy: Policy, priority: string): Horizon | undefined {
  const name = requirePriority(policy, priority);
  return HORIZONS.find((h) => policy.config.actionItems.horizons[h].priorities.some((p) => priorityKey(p) === priorityKey(name)));
}

/** The least urgent priority of a horizon (immediate → P1): the default when only a horizon is given. */
export function priorityForHorizon(policy: Policy, horizon: Horizon): string {
  const list = policy.config.actionItems.horizons[horizon].priorities;
  return list[list.length - 1] ?? '';
}

/** Due date of a horizon counted from `from` (immediate: 1 week, short-term: 1 month, long-term: 1 quarter). */
export function horizonDueDate(policy: Policy, horizon: Horizon, from: Date): Date {
  return addPeriodText(from, policy.config.actionItems.horizons[horizon].within, policy.config.timeZone);
}

/** How long the post-mortem meeting should be for a severity (seed 001), with the agenda length (seed 000). */
export type MeetingLength = { minMinutes: number; maxMinutes: number; agendaMinutes: number; seed: string };

/** Meeting length for a severity; null when no row covers it (or the severity is not known). */
export function meetingLength(policy: Policy, severity: SeverityLevel | null): MeetingLength | null {
  if (severity === null) return null;
  const row = policy.config.meeting.lengths.find((l) => severityMatches(policy.scale, severity, l.severities));
  if (row === undefined) return null;
  return { minMinutes: row.minMinutes, maxMinutes: row.maxMinutes, agendaMinutes: policy.config.meeting.agendaMinutes, seed: row.seed };
}
