import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('policy on incidents on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  it('returns the verdict, reasons, deadlines and numbers with each incident', async () => {
    const res = await t.call('responder', 'POST', '/api/v1/incidents', {
      title: 'Login outage', severity: 'P1', startedAt: '2026-03-10T10:00:00Z', resolvedAt: '2026-03-10T10:45:00Z',
    });
    const inc = res.json();
    expect(inc.policy.verdict.level).toBe('required');
    const rules = inc.policy.verdict.reasons.map((r: { rule: string }) => r.rule);
    expect(rules).toEqual(expect.arrayContaining(['severity', 'long-incident']));
    expect(inc.policy.metrics.durationMinutes).toBe(45);
    expect(inc.policy.deadlines.meeting.at).toBeTruthy();
  });

  it('recomputes the verdict after a change', async () => {
    const inc = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Slow search', severity: 'SEV-4' })).json();
    expect(inc.policy.verdict.level).not.toBe('required');
    const upd = await t.call('responder', 'PATCH', `/api/v1/incidents/${inc.id}`, { security: true, version: inc.version });
    expect(upd.json().policy.verdict.level).toBe('required');
    expect(upd.json().policy.verdict.reasons.map((r: { rule: string }) => r.rule)).toContain('security');
  });

  it('shows the effective policy', async () => {
    const res = await t.call('viewer', 'GET', '/api/v1/policy');
    expect(res.statusCode).toBe(200);
    expect(JSON.stringify(res.json())).toContain('SEV-1');
  });

  it('checks an incident given as JSON without storing it', async () => {
    const res = await t.call('viewer', 'POST', '/api/v1/policy/check', { severity: 'SEV-3', dataAffected: true });
    expect(res.json().verdict.level).toBe('required');
    const bad = await t.call('viewer', 'POST', '/api/v1/policy/check', { severity: 'SEV-3', dataLoss: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('dataLoss');
  });
});
