/**
 * Repeats and the effectiveness check (seed 000 §5.2): an incident like an earlier one is
 * a repeat; when the earlier incident's prevent-recurrence items were done before the
 * repeat started, it "recurred after the fix", on the incident (similar) and in the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { warmRepeats } from '../../src/services/learning/report.service.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'learning');

const again = `---
title: API gateway certificate expired again
date: 2025-09-10
severity: SEV-1
services: [api-gateway]
---

# API gateway certificate expired again

## Summary

For 38 minutes HTTPS requests to the public API failed the TLS handshake: the gateway
certificate expired. Clients reported "certificate has expired".

## Root Cause

The certificate on the edge gateway expired; the automated renewal did not cover the
gateway's second listener, and certificate expiry was still not monitored there.
`;

describe.each(backends())('repeats and recurrence after the fix on %s', (backend) => {
  let t: TestApp;
  let first = '';
  let second = '';
  const importMd = async (text: string, file: string): Promise<string> => {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/postmortems/import?file=${file}`, payload: text, headers: { authorization: `Bearer ${t.tokens.editor}`, 'content-type': 'text/markdown' } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().postmortem.incidentId as string;
  };
  beforeAll(async () => {
    t = await createTestApp(backend);
    t.clock.now = new Date('2025-03-05T09:00:00Z');
    first = await importMd(readFileSync(join(DIR, 'cert-expiry-gateway.md'), 'utf8'), 'cert-expiry-gateway.md');
    // The fix: a prevent-recurrence item, done in April, before the repeat in September.
    const added = await t.call('editor', 'POST', `/api/v1/postmortems/${first}/action-items`, { title: 'Monitor certificate expiry on every gateway listener', category: 'prevent', priority: 'P1', owner: 'alice' });
    expect(added.statusCode, added.body).toBe(201);
    t.clock.now = new Date('2025-04-02T10:00:00Z');
    const done = await t.call('editor', 'PATCH', `/api/v1/postmortems/${first}/action-items/${added.json().key}`, { status: 'done', checklist: { fixDeployed: true, docsUpdated: true, teamNotified: true, effectivenessVerified: true }, version: added.json().version });
    expect(done.statusCode, done.body).toBe(200);
    t.clock.now = new Date('2025-12-01T00:00:00Z');
    // Unrelated history, so that rare words weigh more than common ones.
    for (const f of ['memory-leak-checkout.md', 'dns-outage.md', 'db-upgrade-failover.md', 'cache-stampede-checkout.md']) await importMd(readFileSync(join(DIR, f), 'utf8'), f);
    second = await importMd(again, 'again.md');
  });
  afterAll(async () => { await t?.close(); });

  it('calls the later incident a repeat that recurred after the fix, with the reasons', async () => {
    const res = await t.call('viewer', 'GET', `/api/v1/incidents/${second}/similar?earlier=true`);
    expect(res.statusCode, res.body).toBe(200);
    const [top] = res.json().similar;
    expect(top.score, JSON.stringify(top)).toBeGreaterThanOrEqual(0.45);
    expect(top).toMatchObject({ incidentId: first, repeat: true, recurredAfterFix: true });
    expect(top.reasons.join(' ')).toMatch(/api-gateway/);
  });

  it('does not call the earlier incident a repeat of the later one', async () => {
    const res = await t.call('viewer', 'GET', `/api/v1/incidents/${first}/similar`);
    const later = res.json().similar.find((s: { incidentId: string }) => s.incidentId === second);
    expect(later).toMatchObject({ repeat: false, recurredAfterFix: false });
  });

  it('counts the repeat and the failed effectiveness check in the annual report', async () => {
    const r = (await t.call('viewer', 'GET', '/api/v1/reports/annual?period=2025')).json();
    expect(r.repeats.count).toBe(1);
    expect(r.repeats.list[0]).toMatchObject({ incidentId: second, repeatOf: first, recurredAfterFix: true });
    expect(r.repeats.recurredAfterFix).toEqual([second]);
    expect(r.repeats.meanDaysBetween).toBeCloseTo(190, 0);
  });

  const query = async <T>(q: ReturnType<typeof sql>): Promise<T[]> => {
    const result: unknown = await t.database.db.execute(q);
    return (result as { rows: T[] }).rows;
  };
  const checked = async (): Promise<string[]> => (await query<{ incident_id: string }>(sql`select incident_id from incident_repeats order by 1`)).map((r) => r.incident_id);

  it('keeps the repeat checks, and drops those an edit of an earlier incident makes stale', async () => {
    expect(await checked()).toContain(second);
    const inc = (await t.call('viewer', 'GET', `/api/v1/incidents/${first}`)).json();
    const edit = await t.call('editor', 'PATCH', `/api/v1/incidents/${first}`, { title: `${inc.title} (edge)`, version: inc.version });
    expect(edit.statusCode, edit.body).toBe(200);
    await t.call('viewer', 'GET', '/api/v1/search?q=gateway');
    expect(await checked()).not.toContain(second);
    const r = (await t.call('viewer', 'GET', '/api/v1/reports/annual?period=2025')).json();
    expect(r.repeats.recurredAfterFix).toEqual([second]);
    expect(await checked()).toContain(second);
  });

  it('warms the checks in the background a month at a time until every incident has one', async () => {
    await t.database.db.execute(sql`delete from incident_repeats`);
    let months = 0;
    while (await warmRepeats(t.ctx)) months++;
    expect(months).toBeGreaterThanOrEqual(2);
    const [{ n: all }] = await query<{ n: number }>(sql`select count(*)::int as n from incidents`) as [{ n: number }];
    expect((await checked()).length).toBe(all);
  });

  it('does not scan for unchecked incidents again until a reindex makes checks stale', async () => {
    while (await warmRepeats(t.ctx)) { /* month by month */ }
    // Known complete in this generation: a check removed behind the reindex's back is not even looked for…
    await t.database.db.execute(sql`delete from incident_repeats where incident_id = ${second}`);
    expect(await warmRepeats(t.ctx)).toBe(false);
    expect(await checked()).not.toContain(second);
    // …until a change reaches the reindex, which starts a new generation: the warm-up looks again.
    const inc = (await t.call('viewer', 'GET', `/api/v1/incidents/${second}`)).json();
    expect((await t.call('editor', 'PATCH', `/api/v1/incidents/${second}`, { title: `${inc.title} (listener 2)`, version: inc.version })).statusCode).toBe(200);
    await t.call('viewer', 'GET', '/api/v1/search?q=gateway');
    while (await warmRepeats(t.ctx)) { /* month by month */ }
    expect(await checked()).toContain(second);
  });

  it('takes the action-item target from the reports section of the config', async () => {
    const r = (await t.call('viewer', 'GET', '/api/v1/reports/annual?period=2025')).json();
    expect(r.actionItems.target).toBe(0.9);
    const custom = (await t.call('viewer', 'GET', '/api/v1/reports/annual?period=2025&target=0.75')).json();
    expect(custom.targets.find((x: { metric: string }) => x.metric.startsWith('Action item')).target).toBe('> 75%');
  });
});
