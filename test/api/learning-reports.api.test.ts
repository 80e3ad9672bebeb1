import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('reports on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
    t.clock.now = new Date('2026-12-01T00:00:00Z');
    // Two May incidents with detection and resolution times, one in June.
    const mk = async (body: Record<string, unknown>) => {
      const res = await t.call('responder', 'POST', '/api/v1/incidents', body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    await mk({ title: 'Gateway certificate expired', severity: 'SEV-1', services: ['gateway'], declaredAt: '2026-05-02T10:00:00Z', startedAt: '2026-05-02T10:00:00Z', detectedAt: '2026-05-02T10:10:00Z', resolvedAt: '2026-05-02T11:10:00Z' });
    await mk({ title: 'Queue backlog', severity: 'SEV-3', services: ['queue'], declaredAt: '2026-05-20T00:00:00Z', startedAt: '2026-05-20T00:00:00Z', detectedAt: '2026-05-20T00:30:00Z', resolvedAt: '2026-05-20T02:30:00Z' });
    await mk({ title: 'June thing', severity: 'SEV-2', declaredAt: '2026-06-03T00:00:00Z', startedAt: '2026-06-03T00:00:00Z' });
  });
  afterAll(async () => { await t?.close(); });

  it('computes the monthly figures from the incidents that started in the month', async () => {
    const res = await t.call('viewer', 'GET', '/api/v1/reports/monthly?period=2026-05');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.incidents.total).toBe(2);
    expect(r.incidents.bySeverity).toEqual({ 'SEV-1': 1, 'SEV-3': 1 });
    expect(r.incidents.byService).toEqual({ gateway: 1, queue: 1 });
    expect(r.mttdMinutes.mean).toBe(20);
    expect(r.mttrMinutes.mean).toBe(90);
    expect(r.mttrMinutes.byMonth).toEqual([{ month: '2026-05', mean: 90, count: 2 }]);
    expect(r.postmortems).toMatchObject({ required: 1, published: 0, completionRate: 0 });
    expect(r.actionItems.completionRate).toBeNull();
    expect(r.targets).toHaveLength(4);
  });

  it('gives the quarter with one mean per month', async () => {
    const r = (await t.call('viewer', 'GET', '/api/v1/reports/quarterly?period=2026-Q2')).json();
    expect(r.incidents.total).toBe(3);
    expect(r.mttrMinutes.byMonth.map((m: { month: string; count: number }) => [m.month, m.count])).toEqual([['2026-04', 0], ['2026-05', 2], ['2026-06', 0]]);
  });

  it('is all zeros with null rates over an empty period', async () => {
    const r = (await t.call('viewer', 'GET', '/api/v1/reports/annual?period=2019')).json();
    expect(r.incidents.total).toBe(0);
    expect(r.mttrMinutes.mean).toBeNull();
    expect(r.postmortems.completionRate).toBeNull();
    expect(r.repeats.count).toBe(0);
  });

  it('exports Markdown, CSV and PDF', async () => {
    const md = await t.call('viewer', 'GET', '/api/v1/reports/annual?period=2026&format=md');
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.body).toContain('# Year-end summary 2026');
    expect(md.body).toContain('## Goals for next year');
    const csv = await t.call('viewer', 'GET', '/api/v1/reports/monthly?period=2026-05&format=csv');
    expect(csv.body.trim().split('\r\n')).toHaveLength(3);
    const pdf = await t.call('viewer', 'GET', '/api/v1/reports/monthly?period=2026-05&format=pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.each([
    ['/api/v1/reports/weekly?period=2026-05', 'monthly, quarterly or annual'],
    ['/api/v1/reports/monthly?period=2026-Q2', 'YYYY-MM'],
    ['/api/v1/reports/quarterly?period=2026-5', 'YYYY-Qn'],
    ['/api/v1/reports/monthly', 'period'],
  ])('answers %s with a 400 naming the accepted forms', async (url, phrase) => {
    const res = await t.call('viewer', 'GET', url);
    expect(res.statusCode, res.body).toBe(400);
    expect(JSON.stringify(res.json())).toContain(phrase);
  });
});
