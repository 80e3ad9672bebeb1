/**
 * The report's figures come from aggregate SQL (src/store/repositories/report.repository.ts);
 * the same report computed from the records behind it (the pure report maths over every
 * incident and action item) must be identical, figure for figure, on a varied history:
 * imported post-mortems (cause text, factor categories, failure terms, repeats, a fix done
 * before a repeat) and incidents from another tool (post-mortem dates, action items with
 * owners, teams and due dates, missing times, an incident without services).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_PRINCIPAL } from '../../src/domain/access/roles.ts';
import { buildPeriodReport, buildPeriodReportFromRecords } from '../../src/services/learning/report.service.ts';
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
certificate expired. The team missed the renewal; the runbook was out of date.

## Root Cause

The certificate on the edge gateway expired; the automated renewal did not cover the
gateway's second listener, and certificate expiry was still not monitored there.
`;

const history = [
  { externalId: 'H-1', title: 'Checkout 500s after deploy', severity: 'SEV-1', type: 'deployment', services: ['checkout', 'cart'],
    startedAt: '2025-04-01T10:00:00Z', detectedAt: '2025-04-01T10:05:30Z', resolvedAt: '2025-04-01T11:05:00Z',
    postmortem: { status: 'published', draftedAt: '2025-04-02T09:00:00Z', publishedAt: '2025-04-04T09:00:00Z' },
    actionItems: [
      { title: 'Add canary', category: 'prevent', priority: 'P1', owner: 'ann', dueDate: '2025-04-20', status: 'done', doneAt: '2025-04-18T12:00:00Z' },
      { title: 'Alert on 5xx', category: 'detect', priority: 'P2', owner: 'bob', dueDate: '2025-04-25', status: 'open' },
      { title: 'Write runbook', category: 'process', priority: 'P3', dueDate: '2025-05-02', status: 'done', doneAt: '2025-05-03T00:00:01Z' },
      { title: 'Drop flag', category: 'prevent', priority: 'P3', owner: 'ann', dueDate: '2025-06-30', status: 'wont_do' },
      { title: 'Load test', category: 'prevent', priority: 'P2', owner: 'cy', status: 'in_progress' }] },
  { externalId: 'H-2', title: 'Search slow', severity: 'SEV-3', services: ['search'], startedAt: '2025-04-10T00:00:00Z', detectedAt: '2025-04-10T00:20:00Z', resolvedAt: '2025-04-10T01:20:00Z',
    postmortem: { status: 'draft', draftedAt: '2025-04-15T00:00:00Z' },
    actionItems: [{ title: 'Tune index', category: 'prevent', priority: 'P2', owner: 'bob', dueDate: '2025-07-01', status: 'open' }] },
  { externalId: 'H-3', title: 'Queue stuck', severity: 'SEV-2', services: [], startedAt: '2025-05-31T23:59:00Z', detectedAt: '2025-06-01T00:09:00Z' },
  { externalId: 'H-4', title: 'Ledger drift', severity: 'SEV-4', type: 'infrastructure', services: ['ledger'], startedAt: '2025-06-15T12:00:00Z', resolvedAt: '2025-06-15T18:00:00Z',
    postmortem: { status: 'published', draftedAt: '2025-06-15T20:00:00Z', publishedAt: '2025-06-16T20:00:00Z' },
    actionItems: [{ title: 'Reconcile nightly', category: 'prevent', priority: 'P2', owner: 'dee', dueDate: '2025-06-20', status: 'done', doneAt: '2025-06-20T23:59:59Z' }] },
  { externalId: 'H-5', title: 'Checkout 500s again', severity: 'SEV-2', type: 'deployment', services: ['checkout', 'checkout'],
    startedAt: '2025-07-02T08:00:00Z', detectedAt: '2025-07-02T08:00:00Z', resolvedAt: '2025-07-02T08:45:00Z' },
  { externalId: 'H-6', title: 'Gateway timeouts', severity: 'P1', services: ['api-gateway'], startedAt: '2025-10-31T23:30:00Z', detectedAt: '2025-11-01T00:10:00Z', resolvedAt: '2025-11-01T02:00:00Z' },
];

describe.each(backends())('report figures by aggregate SQL on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
    t.clock.now = new Date('2025-03-05T09:00:00Z');
    const importMd = async (text: string, file: string): Promise<string> => {
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/postmortems/import?file=${file}`, payload: text, headers: { authorization: `Bearer ${t.tokens.editor}`, 'content-type': 'text/markdown' } });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().postmortem.incidentId as string;
    };
    const first = await importMd(readFileSync(join(DIR, 'cert-expiry-gateway.md'), 'utf8'), 'cert-expiry-gateway.md');
    const added = await t.call('editor', 'POST', `/api/v1/postmortems/${first}/action-items`, { title: 'Monitor certificate expiry on every gateway listener', category: 'prevent', priority: 'P1', owner: 'alice' });
    expect(added.statusCode, added.body).toBe(201);
    t.clock.now = new Date('2025-04-02T10:00:00Z');
    const done = await t.call('editor', 'PATCH', `/api/v1/postmortems/${first}/action-items/${added.json().key}`, { status: 'done', checklist: { fixDeployed: true, docsUpdated: true, teamNotified: true, effectivenessVerified: true }, version: added.json().version });
    expect(done.statusCode, done.body).toBe(200);
    t.clock.now = new Date('2025-12-01T00:00:00Z');
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.md') && x !== 'cert-expiry-gateway.md').sort()) await importMd(readFileSync(join(DIR, f), 'utf8'), f);
    await importMd(again, 'again.md');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/import/history', payload: history.map((h) => JSON.stringify(h)).join('\n'), headers: { authorization: `Bearer ${t.tokens.editor}`, 'content-type': 'text/plain' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().errors).toEqual([]);
    t.clock.now = new Date('2025-07-01T00:00:00Z');
  });
  afterAll(async () => { await t?.close(); });

  it.each([
    ['monthly', '2025-03'], ['monthly', '2025-04'], ['monthly', '2025-05'], ['monthly', '2025-06'], ['monthly', '2025-09'],
    ['quarterly', '2025-Q2'], ['quarterly', '2025-Q3'], ['quarterly', '2025-Q4'], ['monthly', '2025-11'], ['annual', '2025'], ['annual', '2019'],
  ])('gives the %s report of %s figure for figure as the records do', async (kind, period) => {
    const fromSql = (await buildPeriodReport(t.ctx, SYSTEM_PRINCIPAL, { kind, period })).report;
    const fromRecords = await buildPeriodReportFromRecords(t.ctx, SYSTEM_PRINCIPAL, { kind, period });
    expect(fromSql).toEqual(fromRecords);
    // The same keys in the same order (the JSON is the same text); the repeats list may come in another order.
    const text = (r: typeof fromSql) => JSON.stringify({ ...r, repeats: { ...r.repeats, list: [...r.repeats.list].sort((a, b) => a.incidentId.localeCompare(b.incidentId)) } });
    expect(text(fromSql)).toBe(text(fromRecords));
  });

  it('counts the varied history as worked out by hand', async () => {
    const q2 = (await t.call('viewer', 'GET', '/api/v1/reports/quarterly?period=2025-Q2')).json();
    // H-1 (SEV-1), H-2 (SEV-3), H-3 (SEV-2, no services), H-4 (SEV-4) and the three Q2 post-mortems of the fixtures.
    expect(q2.incidents.byService['(none)']).toBe(1);
    expect(q2.actionItems.byOwner.ann).toEqual({ due: 1, doneByDue: 1, completionRate: 1, open: 0, overdue: 0 });
    expect(q2.actionItems.byOwner.bob).toEqual({ due: 1, doneByDue: 0, completionRate: 0, open: 2, overdue: 1 });
    expect(q2.actionItems.byOwner.dee).toEqual({ due: 1, doneByDue: 1, completionRate: 1, open: 0, overdue: 0 });
    const q3 = (await t.call('viewer', 'GET', '/api/v1/reports/quarterly?period=2025-Q3')).json();
    // H-5 lists checkout twice (counted twice, as the records count it), and the cache stampede of August once.
    expect(q3.incidents.byService.checkout).toBe(3);
    expect(q3.repeats.recurredAfterFix.length).toBeGreaterThanOrEqual(1);
    const annual = (await t.call('viewer', 'GET', '/api/v1/reports/annual?period=2025')).json();
    expect(annual.contributingFactors.technical).toBeGreaterThan(0);
    expect(annual.majorIncidents[0].severity).toBe('SEV-1');
  });
});
