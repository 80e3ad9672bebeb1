/**
 * What to send when (pure): action-item follow-ups (due soon, overdue, escalated) and
 * publications become messages per channel, each with an idempotency key so that a rule
 * firing on every scan sends once per item, level and due date.
 */
import type { FollowUp, FollowUpLevel } from '../lifecycle/follow-up.ts';
import type { NotifyRules } from './config.ts';
import type { Notification, NotificationRule } from './message.ts';

export type Recipient = { key: string; email: string | null; slackId: string | null; slackHandle: string | null; mutes: string[] };
export type Planned = { channel: 'slack' | 'email' | 'webhook'; to: string[]; mention: string[]; notification: Notification; key: string };

const RULE_OF: Partial<Record<FollowUpLevel, NotificationRule>> = {
  'due-soon': 'action-due-soon', overdue: 'action-overdue', escalated: 'action-escalation', 'escalated-leadership': 'action-escalation',
};
const ENABLED: Record<NotificationRule, keyof NotifyRules | null> = {
  'action-due-soon': 'actionDueSoon', 'action-overdue': 'actionOverdue', 'action-escalation': 'actionEscalation', 'postmortem-published': 'postmortemPublished',
  'postmortem-owner-assigned': 'postmortemOwnerAssigned', 'meeting-scheduled': 'meetingScheduled', 'deadline-approaching': 'deadlineApproaching',
  'deadline-missed': 'deadlineMissed', 'review-requested': 'reviewRequested', 'review-decided': 'reviewDecided', 'weekly-review': 'weeklyReview',
  'monthly-digest': 'monthlyDigest', communication: null, test: null,
};

export function ruleEnabled(rules: NotifyRules, rule: NotificationRule): boolean {
  const k = ENABLED[rule];
  return k === null || rules[k] === true;
}

/** `@alice`, `alice`, `Alice Smith` → the recipient known by that username, Slack handle or name (case-insensitive). */
export function resolveRecipient(name: string, directory: ReadonlyMap<string, Recipient>): Recipient | null {
  return directory.get(name.replace(/^@/, '').trim().toLowerCase()) ?? null;
}

/** Messages for one scan's follow-ups: one e-mail per recipient with an address, one Slack message mentioning them, one per webhook. */
export function planFollowUps(fus: readonly FollowUp[], rules: NotifyRules, directory: ReadonlyMap<string, Recipient>, channels: { slack: boolean; email: boolean; webhooks: string[] }, baseUrl: string | null): Planned[] {
  const out: Planned[] = [];
  for (const fu of fus) {
    const rule = RULE_OF[fu.level];
    if (!rule || !ruleEnabled(rules, rule)) continue;
    const people = fu.notify.map((n) => resolveRecipient(n, directory)).filter((r): r is Recipient => r !== null && !r.mutes.includes(rule));
    const leadership = fu.level === 'escalated-leadership' ? rules.leadershipEmails : [];
    const i = fu.item;
    const base = `${rule}:${i.postmortemId}/${i.key}:${fu.level}:${i.dueDate ?? '-'}`;
    const n: Notification = {
      rule, title: `${fu.level === 'due-soon' ? 'Due soon' : fu.level === 'overdue' ? 'Overdue' : 'Escalated'}: ${i.title}`.slice(0, 200),
      text: fu.message, url: baseUrl ? `${baseUrl.replace(/\/$/, '')}/postmortems/${encodeURIComponent(i.postmortemId)}` : null,
      facts: { item: `${i.postmortemId}/${i.key}`, priority: i.priority, due: i.dueDate ?? 'none', owner: i.owner ?? 'none', level: fu.level },
    };
    const emails = [...new Set([...people.map((p) => p.email).filter((e): e is string => !!e), ...leadership])];
    if (channels.email && emails.length) out.push({ channel: 'email', to: emails, mention: [], notification: n, key: `${base}:email` });
    if (channels.slack) out.push({ channel: 'slack', to: [], mention: people.map((p) => p.slackId ?? p.slackHandle ?? p.key), notification: n, key: `${base}:slack` });
    for (const w of channels.webhooks) out.push({ channel: 'webhook', to: [w], mention: [], notification: n, key: `${base}:webhook:${w}` });
  }
  return out;
}

/** A post-mortem published (internal or external): Slack and webhooks, once per publication. */
export function planPublished(p: { postmortemId: string; number: number; audience: string; title: string; publishedBy: string }, rules: NotifyRules, channels: { slack: boolean; webhooks: string[] }, baseUrl: string | null): Planned[] {
  if (!ruleEnabled(rules, 'postmortem-published')) return [];
  const n: Notification = {
    rule: 'postmortem-published', title: `Post-mortem published: ${p.title}`.slice(0, 200),
    text: `${p.postmortemId} was published (${p.audience}, publication ${p.number}) by ${p.publishedBy}.`,
    url: baseUrl ? `${baseUrl.replace(/\/$/, '')}/postmortems/${encodeURIComponent(p.postmortemId)}` : null,
    facts: { postmortem: p.postmortemId, audience: p.audience, publication: String(p.number) },
  };
  const key = `postmortem-published:${p.postmortemId}:${p.number}`;
  return [
    ...(channels.slack ? [{ channel: 'slack' as const, to: [], mention: [], notification: n, key: `${key}:slack` }] : []),
    ...channels.webhooks.map((w) => ({ channel: 'webhook' as const, to: [w], mention: [], notification: n, key: `${key}:webhook:${w}` })),
  ];
}
