import { describe, expect, it } from 'vitest';
import { NotifyRulesSchema } from './config.ts';
import { planLifecycle, type LifecycleInput, type LifecyclePostmortem } from './lifecycle-rules.ts';
import type { Recipient } from './rules.ts';

const rules = NotifyRulesSchema.parse({ allStaffEmails: ['all@example.com'] });
const ch = { slack: true, email: true, webhooks: [] };
const person = (key: string, email: string, slackId: string, mutes: string[] = []): Recipient => ({ key, email, slackId, slackHandle: null, mutes });
const directory = new Map<string, Recipient>([
  ['dana', person('dana', 'dana@example.com', 'U0DANA')],
  ['sam', person('sam', 'sam@example.com', 'U0SAM')],
  ['kim', person('kim', 'kim@example.com', 'U0KIM', ['review-requested'])],
]);
// A Tuesday, 10:00 UTC.
const now = new Date('2026-03-10T10:00:00Z');
const pm = (over: Partial<LifecyclePostmortem> = {}): LifecyclePostmortem => ({
  id: 'INC-1', title: 'Checkout slow', status: 'draft', owner: '@dana', createdAt: '2026-03-09T10:00:00Z',
  due: { draft: '2026-03-10T20:00:00Z', published: '2026-03-09T12:00:00Z' }, met: {}, reviewers: [], meeting: null, ...over,
});
const input = (over: Partial<LifecycleInput> = {}): LifecycleInput => ({ now, postmortems: [pm()], items: [], teams: [], lastMonth: [], ...over });
const keys = (i: LifecycleInput, r = rules) => planLifecycle(i, r, directory, ch, 'https://debrief.example').map((p) => p.key);

describe('lifecycle notification rules', () => {
  it('tells the owner at once, once per owner, by e-mail and Slack mention', () => {
    const plan = planLifecycle(input(), rules, directory, ch, null).filter((p) => p.notification.rule === 'postmortem-owner-assigned');
    expect(plan.map((p) => [p.channel, p.key, p.to, p.mention])).toEqual([
      ['email', 'postmortem-owner-assigned:INC-1:@dana:email', ['dana@example.com'], []],
      ['slack', 'postmortem-owner-assigned:INC-1:@dana:slack', [], ['U0DANA']],
    ]);
    expect(keys(input({ postmortems: [pm({ createdAt: '2026-01-01T00:00:00Z' })] })).some((k) => k.startsWith('postmortem-owner-assigned'))).toBe(false);
  });

  it('warns before a deadline and again when it is missed, not when its milestone is met', () => {
    const k = keys(input());
    expect(k).toContain('deadline-approaching:INC-1:draft:2026-03-10T20:00:00Z:email');
    expect(k).toContain('deadline-missed:INC-1:published:2026-03-09T12:00:00Z:slack');
    expect(keys(input({ postmortems: [pm({ met: { draft: '2026-03-10T09:00:00Z', published: '2026-03-09T11:00:00Z' } })] })).filter((x) => x.startsWith('deadline'))).toEqual([]);
  });

  it('sends the meeting invite with the .ics attached to participants with an address', () => {
    const plan = planLifecycle(input({ organizer: { name: 'Debrief', email: 'debrief@example.com' }, postmortems: [pm({ meeting: { scheduledAt: '2026-03-12T15:00:00Z', minutes: 60, location: 'Room 4', participants: [{ name: 'Sam', email: 'sam@example.com' }, { name: 'PagerDuty bot', email: null }] } })] }), rules, directory, ch, null);
    const mail = plan.find((p) => p.notification.rule === 'meeting-scheduled' && p.channel === 'email')!;
    expect(mail.to.sort()).toEqual(['dana@example.com', 'sam@example.com']);
    expect(mail.key).toBe('meeting-scheduled:INC-1:2026-03-12T15:00:00Z:email');
    const ics = mail.notification.attachments![0]!;
    expect(ics.filename).toBe('postmortem-meeting.ics');
    expect(ics.content).toContain('BEGIN:VEVENT');
    expect(ics.content).toContain('DTSTART:20260312T150000Z');
    expect(ics.content).toContain('sam@example.com');
  });

  it('asks each reviewer (not one who muted it) and tells the owner of each decision', () => {
    const reviewers = [
      { role: 'tech lead', user: '@sam', decision: 'pending', decidedAt: null },
      { role: 'eng manager', user: '@kim', decision: 'pending', decidedAt: null },
    ];
    const k = keys(input({ postmortems: [pm({ status: 'in_review', reviewers })] }));
    expect(k.filter((x) => x.startsWith('review-requested'))).toEqual(['review-requested:INC-1:tech lead:@sam:email', 'review-requested:INC-1:tech lead:@sam:slack']);
    const decided = keys(input({ postmortems: [pm({ status: 'in_review', reviewers: [{ role: 'tech lead', user: '@sam', decision: 'changes_requested', decidedAt: '2026-03-10T09:00:00Z' }] })] }));
    expect(decided).toContain('review-decided:INC-1:tech lead:changes_requested:2026-03-10T09:00:00Z:email');
  });

  it("posts the weekly review to each team's channel on the configured day, and the monthly digest on the 1st", () => {
    const items = [
      { key: 'A1', postmortemId: 'INC-1', title: 'Alert on p99', owner: '@dana', dueDate: '2026-03-01', status: 'open', completedAt: null, priority: 'P1', overdue: true, team: 'payments' },
      { key: 'A2', postmortemId: 'INC-1', title: 'Runbook', owner: '@sam', dueDate: '2026-04-01', status: 'open', completedAt: null, priority: 'P2', overdue: false, team: 'search' },
    ];
    const teams = [{ name: 'payments', slackChannel: '#payments', email: null }, { name: 'search', slackChannel: null, email: 'search@example.com' }];
    const tuesday = { ...rules, weeklyReviewDay: 'tuesday' as const };
    const plan = planLifecycle(input({ postmortems: [], items, teams }), tuesday, directory, ch, null);
    const pay = plan.find((p) => p.key === 'weekly-review:payments:2026-03-10:slack')!;
    expect(pay.to).toEqual(['#payments']);
    expect(pay.notification.text).toContain('A1 (INC-1): Alert on p99');
    expect(pay.notification.text).not.toContain('Runbook');
    expect(plan.find((p) => p.key === 'weekly-review:search:2026-03-10:email')!.to).toEqual(['search@example.com']);
    expect(keys(input({ postmortems: [], items, teams }))).toEqual([]);
    const first = new Date('2026-04-01T10:00:00Z');
    const digest = planLifecycle(input({ now: first, postmortems: [], lastMonth: [{ postmortemId: 'INC-1', title: 'Checkout slow', audience: 'internal', publishedAt: '2026-03-20T10:00:00Z' }] }), rules, directory, ch, null);
    expect(digest.map((p) => p.key)).toEqual(['monthly-digest:2026-03:slack', 'monthly-digest:2026-03:email']);
    expect(digest[1]!.to).toEqual(['all@example.com']);
    expect(digest[0]!.notification.text).toContain('INC-1: Checkout slow (internal)');
  });

  it('sends nothing for a rule turned off', () => {
    const off = NotifyRulesSchema.parse({ postmortemOwnerAssigned: false, deadlineApproaching: false, deadlineMissed: false });
    expect(keys(input(), off)).toEqual([]);
  });
});
