/**
 * The notification rules: an action item due soon, then overdue, then escalated queues
 * its messages once per level however often the rules run; a muted rule skips that
 * person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotifyConfigSchema } from '../../src/domain/notify/config.ts';
import { scanNotifications } from '../../src/services/notify/rules.service.ts';
import { upsertAddress } from '../../src/store/repositories/address.repository.ts';
import { insertUser } from '../../src/store/repositories/user.repository.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const md = `---
title: Payment webhooks delayed
date: 2026-03-09
severity: SEV-2
---

# Payment webhooks delayed

## Summary

Webhook deliveries to merchants were delayed by up to 40 minutes.

## Action items

| # | Action | Owner | Priority |
|---|--------|-------|----------|
| 1 | Alert on webhook queue age above 5 minutes in alerts/payments.yaml | @dana | P1 |
`;

type Job = { kind: string; idempotencyKey: string; payload: { channel: string; target: { to: string[]; mention?: string[] }; notification: { rule: string } } };

describe.each(backends())('notification rules on %s', (backend) => {
  let t: TestApp;
  let due: string;
  beforeAll(async () => {
    const notify = NotifyConfigSchema.parse({
      slack: { webhookUrl: 'http://127.0.0.1:9/slack' },
      email: { host: '127.0.0.1' },
      // Only the action-item rules here (the lifecycle rules: test/api/notify-lifecycle.api.test.ts).
      rules: { leadershipEmails: ['vp@example.com'], postmortemOwnerAssigned: false, meetingScheduled: false, deadlineApproaching: false, deadlineMissed: false, reviewRequested: false, reviewDecided: false, weeklyReview: false, monthlyDigest: false },
    });
    t = await createTestApp(backend, { notify });
    await insertUser(t.ctx.db, { id: 'u-dana', username: 'dana', displayName: 'Dana Lee', role: 'editor' });
    await upsertAddress(t.ctx.db, { userId: 'u-dana', email: 'dana@example.com', slackId: 'U0DANA', mutes: [] });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/postmortems/import?file=pay.md', payload: md, headers: { authorization: `Bearer ${t.tokens.editor}`, 'content-type': 'text/markdown' } });
    expect(res.statusCode).toBe(201);
    const pm = (await t.call('viewer', 'GET', `/api/v1/postmortems/${res.json<{ postmortem: { id: string } }>().postmortem.id}`)).json<{ actionItems: { dueDate: string }[] }>();
    due = pm.actionItems[0]!.dueDate;
  });
  afterAll(async () => { await t?.close(); });

  const jobs = async () => (await t.call('admin', 'GET', '/api/v1/jobs?limit=500&kind=notify.send')).json<{ items: Job[] }>().items;
  const at = (iso: string) => { t.clock.now = new Date(iso); };

  it('queues the due-soon reminder to the owner by e-mail and Slack mention, once however often the rules run', async () => {
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    at(`${due}T12:00:00Z`);
    expect(await scanNotifications(t.ctx)).toBe(2);
    expect(await scanNotifications(t.ctx)).toBe(0);
    const js = await jobs();
    expect(js.map((j) => j.payload.channel).sort()).toEqual(['email', 'slack']);
    expect(js.find((j) => j.payload.channel === 'email')!.payload.target.to).toEqual(['dana@example.com']);
    expect(js.find((j) => j.payload.channel === 'slack')!.payload.target.mention).toEqual(['U0DANA']);
    expect(js.every((j) => j.payload.notification.rule === 'action-due-soon')).toBe(true);
  });

  it('then overdue, then escalated to leadership, each once', async () => {
    const dueMs = Date.parse(`${due}T12:00:00Z`);
    at(new Date(dueMs + 2 * 86_400_000).toISOString());
    expect(await scanNotifications(t.ctx)).toBe(2);
    expect(await scanNotifications(t.ctx)).toBe(0);
    at(new Date(dueMs + 20 * 86_400_000).toISOString());
    expect(await scanNotifications(t.ctx)).toBe(2);
    const esc = (await jobs()).filter((j) => j.payload.notification.rule === 'action-escalation' && j.payload.channel === 'email');
    expect(esc).toHaveLength(1);
    expect(esc[0]!.payload.target.to).toEqual(['dana@example.com', 'vp@example.com']);
  });

  it('a muted rule leaves that person out', async () => {
    const { planFollowUps } = await import('../../src/domain/notify/rules.ts');
    const { NotifyRulesSchema } = await import('../../src/domain/notify/config.ts');
    const r = { key: 'dana', email: 'dana@example.com', slackId: 'U0DANA', slackHandle: null, mutes: ['action-overdue'] };
    const fu = { item: { postmortemId: 'PM-1', key: 'A1', title: 'x', owner: '@dana', priority: 'P1', dueDate: '2026-03-01', status: 'open', postmortemOwner: null }, level: 'overdue' as const, daysOverdue: 2, notify: ['@dana'], message: 'm' };
    const planned = planFollowUps([fu], NotifyRulesSchema.parse({}), new Map([['dana', r]]), { slack: true, email: true, webhooks: [] }, null);
    expect(planned.map((p) => p.channel)).toEqual(['slack']);
    expect(planned[0]!.mention).toEqual([]);
    const unmuted = planFollowUps([fu], NotifyRulesSchema.parse({}), new Map([['dana', { ...r, mutes: [] }]]), { slack: true, email: true, webhooks: [] }, null);
    expect(unmuted.map((p) => p.channel)).toEqual(['email', 'slack']);
  });
});
