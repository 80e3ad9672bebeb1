/**
 * GET /api/v1/incidents answers the list view: what a list shows of each incident and a
 * compact verdict, parsed here by the route's own schema. The compact verdict must say what
 * the full policy of GET /api/v1/incidents/:id says (level, and the next deadline not met),
 * whatever state the incident, its timeline and its post-mortem are in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactVerdictOf } from '../../src/domain/incident/compact-verdict.ts';
import { IncidentListPageSchema, type IncidentListItem } from '../../src/domain/incident/incident-list.view.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('incident list view on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  const declare = async (body: Record<string, unknown>): Promise<{ id: string; version: number }> => {
    const res = await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Checkout errors', severity: 'SEV-2', ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const list = async (qs: string) => {
    const res = await t.call('viewer', 'GET', `/api/v1/incidents${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    return IncidentListPageSchema.parse(res.json());
  };
  const listed = async (id: string): Promise<IncidentListItem> => {
    const found = (await list(`?q=${encodeURIComponent(id)}`)).items.find((i) => i.id === id);
    expect(found, id).toBeDefined();
    return found!;
  };
  /** The compact verdict as the full policy of the incident page gives it, at the same clock. */
  const fromFullPolicy = async (id: string) => compactVerdictOf((await t.call('viewer', 'GET', `/api/v1/incidents/${id}`)).json().policy, t.clock.now);

  it('answers each incident in the lean shape, without the full policy', async () => {
    const { id } = await declare({ title: 'Lean shape', services: ['checkout', 'payments'], primaryService: 'checkout', commander: 'ada', startedAt: '2026-03-10T09:00:00Z' });
    const res = await t.call('viewer', 'GET', '/api/v1/incidents?limit=50');
    const raw = res.json<{ items: Record<string, unknown>[] }>();
    const item = IncidentListPageSchema.parse(raw).items.find((i) => i.id === id)!;
    expect(item).toMatchObject({ title: 'Lean shape', severity: 'SEV-2', status: 'declared', type: 'other', services: ['checkout', 'payments'], primaryService: 'checkout', commander: 'ada', startedAt: '2026-03-10T09:00:00.000Z', version: 1 });
    expect(raw.items.every((i) => !('policy' in i) && !('summary' in i))).toBe(true);
    expect(res.body.length / raw.items.length).toBeLessThan(1200);
  });

  it('says what the full policy says, for incidents in several states', async () => {
    const states: string[] = [];
    // Declared with nothing known but the severity: deadlines wait on key times.
    states.push((await declare({ title: 'Nothing known yet' })).id);
    // Not needed: a minor incident, resolved quickly.
    states.push((await declare({ title: 'Minor blip', severity: 'SEV-4', startedAt: '2026-03-10T10:00:00Z', resolvedAt: '2026-03-10T10:05:00Z' })).id);
    // Required and ongoing: the verdict and the deadlines count from the start.
    states.push((await declare({ title: 'Checkout down', severity: 'SEV-1', customerVisible: true, startedAt: '2026-03-10T08:00:00Z', detectedAt: '2026-03-10T08:05:00Z' })).id);
    // Detection known only from the timeline; and the same with that event excluded.
    const fromTimeline = await declare({ title: 'Alert only', severity: 'SEV-2', startedAt: '2026-03-09T08:00:00Z' });
    await t.call('responder', 'POST', `/api/v1/incidents/${fromTimeline.id}/events`, { at: '2026-03-09T08:20:00Z', kind: 'alert.firing', text: 'Error-rate alert fired', phase: 'detection' });
    states.push(fromTimeline.id);
    const excluded = await declare({ title: 'Alert excluded', severity: 'SEV-2', startedAt: '2026-03-09T08:00:00Z' });
    const ev = (await t.call('responder', 'POST', `/api/v1/incidents/${excluded.id}/events`, { at: '2026-03-09T08:20:00Z', kind: 'alert.firing', text: 'Stray alert', phase: 'detection' })).json<{ id: string }>();
    expect((await t.call('responder', 'POST', `/api/v1/incidents/${excluded.id}/events/${ev.id}/exclude`, { excluded: true })).statusCode).toBe(200);
    states.push(excluded.id);
    // Resolved: the draft appears with its owner (the owner milestone is met); then its meeting is held.
    const resolved = await declare({ title: 'Payments failing', severity: 'SEV-1', customerVisible: true, startedAt: '2026-03-08T08:00:00Z', detectedAt: '2026-03-08T08:10:00Z', commander: 'ada' });
    const r = await t.call('responder', 'POST', `/api/v1/incidents/${resolved.id}/status`, { status: 'resolved', at: '2026-03-08T10:00:00Z', version: resolved.version });
    expect(r.statusCode, r.body).toBe(200);
    states.push(resolved.id);
    const met = await declare({ title: 'Meeting held', severity: 'SEV-1', customerVisible: true, startedAt: '2026-03-07T08:00:00Z', resolvedAt: '2026-03-07T09:00:00Z' });
    expect((await t.call('responder', 'POST', `/api/v1/incidents/${met.id}/postmortem`, {})).statusCode).toBe(201);
    const meeting = await t.call('responder', 'PUT', `/api/v1/postmortems/${met.id}/meeting`, { scheduledAt: '2026-03-09T15:00:00Z', notes: 'Walked through the timeline.', version: 0 });
    expect(meeting.statusCode, meeting.body).toBe(200);
    states.push(met.id);

    const seen = new Set<string>();
    for (const id of states) {
      const item = await listed(id);
      expect(item.verdict, id).toEqual(await fromFullPolicy(id));
      seen.add(`${item.verdict.level} ${item.verdict.nextDeadline?.milestone ?? 'none'}`);
    }
    // The states above really differ (levels and next deadlines: none, owner, draft), so the comparison covers them.
    expect(seen.size).toBeGreaterThanOrEqual(3);
    expect((await listed(resolved.id)).verdict.nextDeadline?.milestone).not.toBe('owner');

    // Days later, the same incidents: deadlines now overdue are marked so, still as the full policy says.
    const before = t.clock.now;
    t.clock.now = new Date('2026-04-20T12:00:00Z');
    try {
      for (const id of states) expect((await listed(id)).verdict, id).toEqual(await fromFullPolicy(id));
      expect((await listed(resolved.id)).verdict.nextDeadline?.overdue).toBe(true);
    } finally {
      t.clock.now = before;
    }
  });

  it('reads an incident (one statement) with the same policy its update answers with', async () => {
    const inc = await declare({ title: 'Read path', severity: 'SEV-1', customerVisible: true, startedAt: '2026-03-06T08:00:00Z', resolvedAt: '2026-03-06T09:00:00Z' });
    await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/events`, { at: '2026-03-06T08:07:00Z', kind: 'incident.acknowledged', text: 'Paged', phase: 'detection' });
    const stray = (await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/events`, { at: '2026-03-06T08:01:00Z', kind: 'alert.firing', text: 'Stray', phase: 'detection' })).json<{ id: string }>();
    await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/events/${stray.id}/exclude`, { excluded: true });
    expect((await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/postmortem`, {})).statusCode).toBe(201);
    expect((await t.call('responder', 'PUT', `/api/v1/postmortems/${inc.id}/meeting`, { scheduledAt: '2026-03-07T15:00:00Z', notes: 'Held.', version: 0 })).statusCode).toBe(200);
    const updated = await t.call('responder', 'PATCH', `/api/v1/incidents/${inc.id}`, { summary: 'Checked', version: inc.version });
    expect(updated.statusCode, updated.body).toBe(200);
    const read = (await t.call('viewer', 'GET', `/api/v1/incidents/${inc.id}`)).json();
    expect(read).toEqual(updated.json());
    expect(read.policy.metrics.keyTimes.acknowledgedAt).toEqual({ at: '2026-03-06T08:07:00.000Z', source: 'timeline' });
    expect(read.policy.deadlines.meeting.met).toEqual({ at: '2026-03-07T15:00:00.000Z', late: true }); // due 24 h after resolution
  });

  it('filters by status, severity (alias), service, type, text and time range', async () => {
    const tag = `flt${backend}`;
    const a = await declare({ title: `${tag} alpha`, severity: 'SEV-1', services: [`${tag}-svc`], type: 'deployment', startedAt: '2026-02-01T10:00:00Z', resolvedAt: '2026-02-01T11:00:00Z' });
    const b = await declare({ title: `${tag} beta`, severity: 'SEV-3', services: [`${tag}-other`], type: 'security', startedAt: '2026-03-01T10:00:00Z' });
    const ids = async (qs: string) => (await list(`?q=${tag}&${qs}`)).items.map((i) => i.id);
    expect(await ids('')).toEqual([b.id, a.id]);
    expect(await ids('status=resolved')).toEqual([a.id]);
    expect(await ids('status=declared&status=resolved')).toEqual([b.id, a.id]);
    expect(await ids('severity=P0')).toEqual([a.id]);
    expect(await ids('severity=SEV-3,SEV-1')).toEqual([b.id, a.id]);
    expect(await ids(`service=${tag}-other`)).toEqual([b.id]);
    expect(await ids('type=deployment')).toEqual([a.id]);
    expect(await ids('from=2026-02-15T00:00:00Z')).toEqual([b.id]);
    expect(await ids('to=2026-02-15T00:00:00Z')).toEqual([a.id]);
    expect((await list(`?q=${encodeURIComponent(`${tag} beta`)}`)).items.map((i) => i.id)).toEqual([b.id]);
  });

  it('pages with a cursor: every incident once, newest first, until no cursor is left', async () => {
    const tag = `page${backend}`;
    const made: string[] = [];
    for (let i = 0; i < 7; i++) made.push((await declare({ title: `${tag} ${i}`, declaredAt: `2026-01-0${1 + (i % 3)}T0${i}:00:00Z` })).id);
    const seen: IncidentListItem[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const page = await list(`?q=${tag}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen.map((i) => i.id).sort()).toEqual([...made].sort());
    const order = seen.map((i) => `${i.declaredAt} ${i.id}`);
    expect(order).toEqual([...order].sort().reverse());
  });
});
