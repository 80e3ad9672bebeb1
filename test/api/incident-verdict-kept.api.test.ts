/**
 * The list keeps each incident's compact verdict (`incident_verdicts`) so the next page read
 * needs no timeline or post-mortem rows. A kept verdict must never be stale: every change the
 * verdict reads clears it (database triggers), a verdict computed from inputs a concurrent
 * change replaced is refused, the time it holds until ends it, and another policy ignores it.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactVerdictOf } from '../../src/domain/incident/compact-verdict.ts';
import { IncidentListPageSchema, type IncidentListItem } from '../../src/domain/incident/incident-list.view.ts';
import { verdictUse } from '../../src/services/incident-list.ts';
import { incidentsWithInputs, listIncidentPage, storeVerdicts } from '../../src/store/repositories/incident.repository.ts';
import { loadConfig } from '../../src/config/config.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

type Kept = { verdict: unknown; epoch: number; policyKey: string | null; validUntil: string | null } | null;

describe.each(backends())('kept incident verdicts on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  const declare = async (body: Record<string, unknown>): Promise<{ id: string; version: number }> => {
    const res = await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Checkout errors', severity: 'SEV-1', customerVisible: true, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const listed = async (id: string): Promise<IncidentListItem> => {
    const res = await t.call('viewer', 'GET', `/api/v1/incidents?q=${encodeURIComponent(id)}`);
    expect(res.statusCode, res.body).toBe(200);
    const found = IncidentListPageSchema.parse(res.json()).items.find((i) => i.id === id);
    expect(found, id).toBeDefined();
    return found!;
  };
  const kept = async (id: string): Promise<Kept> => {
    const res = await t.database.db.execute(sql`select verdict, epoch, policy_key, valid_until from incident_verdicts where incident_id = ${id}`);
    const rows = ((res as { rows?: Record<string, unknown>[] }).rows ?? (res as Record<string, unknown>[]));
    const r = rows[0];
    if (!r) return null;
    const until = r['valid_until'];
    return {
      verdict: typeof r['verdict'] === 'string' ? JSON.parse(r['verdict']) : r['verdict'],
      epoch: Number(r['epoch']),
      policyKey: typeof r['policy_key'] === 'string' ? r['policy_key'] : null,
      validUntil: until == null ? null : new Date(until as string).toISOString(),
    };
  };
  const full = async (id: string) => compactVerdictOf((await t.call('viewer', 'GET', `/api/v1/incidents/${id}`)).json().policy, t.clock.now);
  /** Lists the incident: the verdict must be the full policy's, and be kept. */
  const listedAndKept = async (id: string): Promise<IncidentListItem> => {
    const item = await listed(id);
    expect(item.verdict, id).toEqual(await full(id));
    expect((await kept(id))?.verdict, 'kept after listing').toEqual(item.verdict);
    return item;
  };

  it('keeps the verdict of a resolved incident after listing it, and answers the same from it', async () => {
    // Times with milliseconds: the list writes them alike whether the verdict was computed or kept.
    const inc = await declare({ title: 'Kept after listing', startedAt: '2026-03-10T11:00:00.250Z', resolvedAt: '2026-03-10T11:59:00.007Z' });
    // The owner is due at resolution: with the draft (and its owner) the next deadline is the draft, a day away.
    expect((await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/postmortem`, {})).statusCode).toBe(201);
    expect((await kept(inc.id))?.verdict ?? null).toBeNull();
    const first = await listedAndKept(inc.id);
    // Held until the next deadline falls due (it is not overdue yet).
    expect(first.verdict.nextDeadline?.overdue).toBe(false);
    expect((await kept(inc.id))?.validUntil).toBe(first.verdict.nextDeadline?.at);
    expect(first).toMatchObject({ startedAt: '2026-03-10T11:00:00.250Z', resolvedAt: '2026-03-10T11:59:00.007Z' });
    expect(await listed(inc.id)).toEqual(first);
  });

  it('keeps an ongoing incident\'s verdict only until its growing duration crosses a rule\'s threshold', async () => {
    // SEV-3 and not customer-visible: only "longer than N minutes" can change its verdict as it goes on.
    const inc = await declare({ title: 'Still burning', severity: 'SEV-3', customerVisible: false, startedAt: '2026-03-10T11:50:00Z' });
    const first = await listedAndKept(inc.id);
    const until = (await kept(inc.id))?.validUntil;
    expect(until).not.toBeNull();
    expect(Date.parse(until!)).toBeGreaterThan(t.clock.now.getTime());
    const before = t.clock.now;
    try {
      t.clock.now = new Date(Date.parse(until!) - 1000);
      expect(await listed(inc.id)).toEqual(first);
      t.clock.now = new Date(Date.parse(until!) + 2000);
      const later = await listedAndKept(inc.id);
      expect(later.verdict.level).not.toBe(first.verdict.level);
    } finally {
      t.clock.now = before;
    }
  });

  it('does not keep the verdict of an open incident with an event beyond its window: that event may count later', async () => {
    const inc = await declare({ title: 'Event from the future', startedAt: '2026-03-10T11:00:00Z' });
    const r = await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/events`, { at: '2026-03-12T11:00:00Z', kind: 'note', text: 'Scheduled follow-up check' });
    expect(r.statusCode, r.body).toBe(201);
    await listed(inc.id);
    expect((await kept(inc.id))?.verdict ?? null).toBeNull();
  });

  it('clears the kept verdict on every change it reads, and lists what the full policy says after each', async () => {
    const inc = await declare({ title: 'Every input', severity: 'SEV-3', customerVisible: false, startedAt: '2026-03-08T08:00:00Z', resolvedAt: '2026-03-08T08:30:00Z', commander: 'ada' });
    let version = inc.version;
    const changes: [string, () => Promise<void>][] = [
      ['incident severity', async () => {
        const r = await t.call('responder', 'PATCH', `/api/v1/incidents/${inc.id}`, { severity: 'SEV-1', customerVisible: true, version });
        expect(r.statusCode, r.body).toBe(200);
        version = r.json().version;
      }],
      ['timeline event added', async () => {
        const r = await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/events`, { at: '2026-03-08T08:04:00Z', kind: 'alert.firing', text: 'Alert fired', phase: 'detection' });
        expect(r.statusCode, r.body).toBe(201);
      }],
      ['timeline event excluded', async () => {
        const events = (await t.call('viewer', 'GET', `/api/v1/incidents/${inc.id}/events`)).json<{ items: { id: string }[] }>().items;
        const r = await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/events/${events[0]!.id}/exclude`, { excluded: true });
        expect(r.statusCode, r.body).toBe(200);
      }],
      ['post-mortem drafted with its owner', async () => {
        expect((await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/postmortem`, {})).statusCode).toBe(201);
      }],
      ['review requested', async () => {
        const pm = (await t.call('viewer', 'GET', `/api/v1/postmortems/${inc.id}`)).json<{ version: number }>();
        const r = await t.call('editor', 'POST', `/api/v1/postmortems/${inc.id}/review`, { action: 'request', version: pm.version });
        expect(r.statusCode, r.body).toBe(200);
      }],
      ['meeting held', async () => {
        const r = await t.call('editor', 'PUT', `/api/v1/postmortems/${inc.id}/meeting`, { scheduledAt: '2026-03-09T15:00:00Z', notes: 'Walked through it.', version: 0 });
        expect(r.statusCode, r.body).toBe(200);
      }],
      ['published (written directly, as another writer of the database would)', async () => {
        await t.database.db.execute(sql`insert into publications (postmortem_id, number, audience, markdown, postmortem_version, published_by, published_at)
          values (${inc.id}, 1, 'internal', '# Every input', 1, 'editor', '2026-03-10T11:00:00Z')`);
      }],
    ];
    await listedAndKept(inc.id);
    const levels = new Set<string>();
    for (const [what, change] of changes) {
      const before = await kept(inc.id);
      await change();
      const after = await kept(inc.id);
      expect(after?.verdict ?? null, `${what}: cleared`).toBeNull();
      expect(after!.epoch, `${what}: epoch moved on`).toBeGreaterThan(before?.epoch ?? 0);
      const item = await listedAndKept(inc.id);
      levels.add(`${item.verdict.level} ${item.verdict.nextDeadline?.milestone ?? '-'}`);
    }
    // The changes really moved the verdict (level and next deadline), so stale answers would have shown.
    expect(levels.size).toBeGreaterThanOrEqual(4);
  });

  it('refuses to keep a verdict computed from inputs a change replaced in between', async () => {
    const inc = await declare({ title: 'Raced', startedAt: '2026-03-07T08:00:00Z', resolvedAt: '2026-03-07T09:00:00Z' });
    const use = verdictUse(t.ctx);
    const [listed] = await listIncidentPage(t.ctx.db, { q: inc.id, limit: 1 }, use);
    expect(listed?.stored).toBeNull();
    const read = (await incidentsWithInputs(t.ctx.db, [inc.id])).get(inc.id);
    // Another request adds an event after the read and before the write-back.
    await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/events`, { at: '2026-03-07T08:03:00Z', kind: 'alert.firing', text: 'Alert', phase: 'detection' });
    await storeVerdicts(t.ctx.db, use.policyKey, [{ incidentId: inc.id, epoch: read!.epoch, verdict: { level: 'not_required', required: false, nextDeadline: null }, validUntil: null }]);
    expect((await kept(inc.id))?.verdict ?? null).toBeNull();
    await listedAndKept(inc.id);
  });

  it('stops using a kept verdict when its deadline falls due, and marks it overdue', async () => {
    const inc = await declare({ title: 'Deadline passes', startedAt: '2026-03-10T11:00:00Z', resolvedAt: '2026-03-10T11:59:00Z' });
    // The owner is due at resolution: with the draft (and its owner) the next deadline is the draft, a day away.
    expect((await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/postmortem`, {})).statusCode).toBe(201);
    const first = await listedAndKept(inc.id);
    expect(first.verdict.nextDeadline?.overdue).toBe(false);
    const before = t.clock.now;
    t.clock.now = new Date(Date.parse(first.verdict.nextDeadline!.at) + 60_000);
    try {
      const later = await listedAndKept(inc.id);
      expect(later.verdict.nextDeadline?.overdue).toBe(true);
      // Overdue stays overdue until an input changes: held with no end.
      expect((await kept(inc.id))?.validUntil).toBeNull();
    } finally {
      t.clock.now = before;
    }
  });

  it('ignores a verdict kept under another policy and recomputes it under this one', async () => {
    const inc = await declare({ title: 'Policy changed', startedAt: '2026-03-06T08:00:00Z', resolvedAt: '2026-03-06T09:00:00Z' });
    await listedAndKept(inc.id);
    await t.database.db.execute(sql`update incident_verdicts set verdict = '{"level":"not_required","required":false,"nextDeadline":null}'::jsonb, policy_key = 'another-policy' where incident_id = ${inc.id}`);
    const item = await listedAndKept(inc.id);
    expect((await kept(inc.id))?.policyKey).toBe(verdictUse(t.ctx).policyKey);
    expect(item.verdict.level).toBe('required');
    // A team policy with another outlier margin or scale names another policy.
    const other = loadConfig({ env: {}, cwd: '/nonexistent-debrief-test', overrides: { ingest: { ...t.ctx.config.ingest, outlierMarginHours: t.ctx.config.ingest.outlierMarginHours + 1 } } });
    expect(verdictUse({ ...t.ctx, config: other }).policyKey).not.toBe(verdictUse(t.ctx).policyKey);
  });

  it('recomputes a kept verdict of another shape from the incident instead of answering it', async () => {
    const inc = await declare({ title: 'Old shape', startedAt: '2026-03-05T08:00:00Z', resolvedAt: '2026-03-05T09:00:00Z' });
    await listedAndKept(inc.id);
    await t.database.db.execute(sql`update incident_verdicts set verdict = '{"level":"required","deadline":"soon"}'::jsonb where incident_id = ${inc.id}`);
    await listedAndKept(inc.id);
  });
});
