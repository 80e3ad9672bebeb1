import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
| 2 | Add a runbook step for draining the webhook queue | | P2 |
`;

type Item = { key: string; dueDate: string | null; version: number; owner: string | null; overdue: boolean };

describe.each(backends())('action items from Markdown and their follow-through on %s', (backend) => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await createTestApp(backend);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/postmortems/import?file=pay.md', payload: md, headers: { authorization: `Bearer ${t.tokens.editor}`, 'content-type': 'text/markdown' } });
    expect(res.statusCode).toBe(201);
    id = res.json().postmortem.id;
  });
  afterAll(async () => { await t?.close(); });

  const items = async () => (await t.call('viewer', 'GET', `/api/v1/postmortems/${id}`)).json().actionItems as Item[];

  it('gives items read from Markdown the policy due date of their priority', async () => {
    const [a1, a2] = await items();
    expect(a1?.dueDate).toBe('2026-03-17'); // P1: one week from 2026-03-10
    expect(a2?.dueDate).toBe('2026-04-10'); // P2: one month
  });

  it('takes the policy date back without asking for a reason, and asks one for any other date', async () => {
    const [a1] = await items();
    const moved = await t.call('editor', 'PATCH', `/api/v1/postmortems/${id}/action-items/A1`, { dueDate: '2026-03-30', dueReason: 'waits for the queue rewrite', version: a1!.version });
    expect(moved.statusCode).toBe(200);
    const back = await t.call('editor', 'PATCH', `/api/v1/postmortems/${id}/action-items/A1`, { dueDate: '2026-03-17', version: moved.json().version });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ dueDate: '2026-03-17', dueReason: null });
    const bare = await t.call('editor', 'PATCH', `/api/v1/postmortems/${id}/action-items/A1`, { dueDate: '2026-03-25', version: back.json().version });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors[0].path).toBe('dueReason');
  });

  it('shows an unowned item past its date as overdue in the follow-up', async () => {
    t.clock.now = new Date('2026-04-15T12:00:00Z');
    try {
      const res = await t.call('viewer', 'GET', '/api/v1/action-items/follow-up');
      const a2 = (res.json().items as { item: { key: string }; level: string; daysOverdue: number }[]).find((f) => f.item.key === 'A2');
      expect(a2).toMatchObject({ level: 'overdue', daysOverdue: 5 });
    } finally {
      t.clock.now = new Date('2026-03-10T12:00:00Z');
    }
  });

  it('judges overdue items as of the weekly review date', async () => {
    const later = (await t.call('viewer', 'GET', '/api/v1/reviews/weekly?date=2026-04-20')).json();
    expect(later.overdue.map((i: { key: string }) => i.key).sort()).toEqual(['A1', 'A2']);
    const earlier = (await t.call('viewer', 'GET', '/api/v1/reviews/weekly?date=2026-03-12')).json();
    expect(earlier.overdue).toEqual([]);
  });
});
