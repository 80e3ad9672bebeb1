/**
 * The durable jobs table and its runner, on PGlite and PostgreSQL: racing runners take
 * each job exactly once, failures back off then die, a peer's Retry-After is honoured,
 * queueing is idempotent, a dead server's claims run again once their lease ends, and
 * the jobs API lists and retries.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { JobRunner, type JobHandler } from '../../src/jobs/job-runner.ts';
import { PermanentJobError, RetryLaterError } from '../../src/jobs/job-errors.ts';
import { enqueueJobs } from '../../src/services/jobs/job.service.ts';
import { claimJobs, getJob } from '../../src/store/repositories/job.repository.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const BACKOFF = { baseMs: 30_000, maxMs: 3600_000 };

describe.each(backends())('jobs on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t.close(); });
  beforeEach(async () => {
    await t.ctx.db.execute(sql`delete from jobs`);
    t.clock.now = new Date('2026-03-10T12:00:00Z');
  });

  const queue = (n: number, kind: string, prefix: string) => enqueueJobs(t.ctx, Array.from({ length: n }, (_, i) => ({
    kind, payload: { i }, idempotencyKey: `${prefix}:${i}`, scheduledAt: t.ctx.now(),
  })));

  it('two runners racing take every job exactly once: none twice, none lost', async () => {
    await queue(300, 'test.record', 'race');
    const seen: number[] = [];
    const handler: JobHandler = async (payload) => {
      await new Promise((r) => setImmediate(r));
      seen.push(Number(payload['i']));
    };
    const handlers = new Map([['test.record', handler]]);
    const a = new JobRunner(t.ctx, handlers, { worker: 'a', batch: 7, concurrency: 3 });
    const b = new JobRunner(t.ctx, handlers, { worker: 'b', batch: 7, concurrency: 3 });
    const [ra, rb] = await Promise.all([a.drain(), b.drain()]);
    expect(ra.done + rb.done).toBe(300);
    expect(seen).toHaveLength(300);
    expect(new Set(seen).size).toBe(300);
    const rows = (await t.call('admin', 'GET', '/api/v1/jobs?limit=1')).json<{ counts: Record<string, number> }>();
    expect(rows.counts).toEqual({ pending: 0, running: 0, done: 300, dead: 0 });
  });

  it('a stopping runner finishes the sends in progress and hands the claimed jobs it did not start back at once', async () => {
    await queue(6, 'test.record', 'stop');
    const seen: number[] = [];
    let release: () => void = () => undefined;
    const inFlight = new Promise<void>((r) => { release = r; });
    let started: () => void = () => undefined;
    const firstStarted = new Promise<void>((r) => { started = r; });
    const handler: JobHandler = async (payload) => { started(); await inFlight; seen.push(Number(payload['i'])); };
    const runner = new JobRunner(t.ctx, new Map([['test.record', handler]]), { worker: 'stopping', batch: 6, concurrency: 1, intervalMs: 60_000 });
    runner.start();
    await firstStarted;
    const stopped = runner.stop();
    release();
    await stopped;
    expect(seen).toHaveLength(1);
    const rows = await t.ctx.db.execute(sql`select state, attempts, locked_by from jobs where idempotency_key like 'stop:%' order by id`);
    const states = (rows as { rows: { state: string; attempts: number; locked_by: string | null }[] }).rows;
    expect(states.filter((r) => r.state === 'done')).toHaveLength(1);
    // The five never started: pending again, unlocked, their claim's attempt given back.
    expect(states.filter((r) => r.state === 'pending').map((r) => [r.attempts, r.locked_by])).toEqual(Array(5).fill([0, null]));
    // Another server takes them at once, without waiting for a lease.
    const next = new JobRunner(t.ctx, new Map([['test.record', async (p: Record<string, unknown>) => { seen.push(Number(p['i'])); }]]), { worker: 'next' });
    expect((await next.drain()).done).toBe(5);
    expect(new Set(seen).size).toBe(6);
  });

  it('queueing the same idempotency key twice keeps one job', async () => {
    const first = await queue(3, 'test.record', 'same');
    const again = await queue(3, 'test.record', 'same');
    expect(first).toHaveLength(3);
    expect(again).toHaveLength(0);
  });

  it('a failing job backs off exponentially, then goes dead with its last error; retry brings it back', async () => {
    const [job] = await enqueueJobs(t.ctx, [{ kind: 'test.fail', payload: {}, idempotencyKey: 'fail:1', scheduledAt: t.ctx.now(), maxAttempts: 3 }]);
    const runner = new JobRunner(t.ctx, new Map([['test.fail', async () => { throw new Error('peer said 500'); }]]), { worker: 'w', backoff: BACKOFF });
    const start = t.clock.now.getTime();
    expect((await runner.drain()).failed).toBe(1);
    let row = await getJob(t.ctx.db, job!.id);
    expect(row).toMatchObject({ state: 'pending', attempts: 1, lastError: 'peer said 500' });
    expect(row!.scheduledAt.getTime() - start).toBe(30_000);
    // Not due yet: nothing runs.
    expect((await runner.drain()).claimed).toBe(0);
    t.clock.now = new Date(start + 30_000);
    await runner.drain();
    row = await getJob(t.ctx.db, job!.id);
    expect(row).toMatchObject({ state: 'pending', attempts: 2 });
    expect(row!.scheduledAt.getTime() - t.clock.now.getTime()).toBe(60_000);
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    expect((await runner.drain()).dead).toBe(1);
    expect(await getJob(t.ctx.db, job!.id)).toMatchObject({ state: 'dead', attempts: 3, lastError: 'peer said 500' });

    const dead = (await t.call('admin', 'GET', '/api/v1/jobs?state=dead')).json<{ items: { id: number; lastError: string }[] }>();
    expect(dead.items.map((j) => j.id)).toEqual([job!.id]);
    expect(dead.items[0]!.lastError).toBe('peer said 500');
    const retried = await t.call('admin', 'POST', `/api/v1/jobs/${job!.id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ state: 'pending', attempts: 0 });
  });

  it("a peer's Retry-After sets the next try; a permanent refusal is dead at once", async () => {
    await enqueueJobs(t.ctx, [
      { kind: 'test.later', payload: {}, idempotencyKey: 'later:1', scheduledAt: t.ctx.now() },
      { kind: 'test.never', payload: {}, idempotencyKey: 'never:1', scheduledAt: t.ctx.now() },
      { kind: 'test.unknown', payload: {}, idempotencyKey: 'unknown:1', scheduledAt: t.ctx.now() },
    ]);
    const runner = new JobRunner(t.ctx, new Map<string, JobHandler>([
      ['test.later', async () => { throw new RetryLaterError('429 Too Many Requests', 7000); }],
      ['test.never', async () => { throw new PermanentJobError('404 channel_not_found'); }],
    ]), { worker: 'w' });
    const r = await runner.drain();
    expect(r).toMatchObject({ claimed: 3, failed: 1, dead: 2 });
    const list = (await t.call('admin', 'GET', '/api/v1/jobs')).json<{ items: { kind: string; state: string; scheduledAt: string; lastError: string }[] }>();
    const by = Object.fromEntries(list.items.map((j) => [j.kind, j]));
    expect(by['test.later']).toMatchObject({ state: 'pending', scheduledAt: '2026-03-10T12:00:07.000Z' });
    expect(by['test.never']).toMatchObject({ state: 'dead', lastError: '404 channel_not_found' });
    expect(by['test.unknown']).toMatchObject({ state: 'dead', lastError: 'no handler for job kind test.unknown' });
  });

  it("a killed server's claimed jobs run again once their lease ends, and the old claim cannot complete them", async () => {
    await queue(2, 'test.record', 'lease');
    // A server claims both and dies before finishing.
    const held = await t.ctx.db.transaction((tx) => claimJobs(tx, 'killed', 10, t.ctx.now(), 60_000));
    expect(held).toHaveLength(2);
    const seen: number[] = [];
    const runner = new JobRunner(t.ctx, new Map([['test.record', async (p: Record<string, unknown>) => { seen.push(Number(p['i'])); }]]), { worker: 'next' });
    expect((await runner.drain()).claimed).toBe(0);
    t.clock.now = new Date(t.clock.now.getTime() + 60_001);
    expect((await runner.drain()).done).toBe(2);
    expect(seen.sort()).toEqual([0, 1]);
    const row = await getJob(t.ctx.db, held[0]!.id);
    expect(row).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('the jobs API is for admins, names bad fields, and refuses to retry a done or missing job', async () => {
    await queue(1, 'test.record', 'api');
    const runner = new JobRunner(t.ctx, new Map([['test.record', async () => undefined]]), { worker: 'w' });
    await runner.drain();
    const [done] = (await t.call('admin', 'GET', '/api/v1/jobs')).json<{ items: { id: number }[] }>().items;
    expect((await t.call('editor', 'GET', '/api/v1/jobs')).statusCode).toBe(403);
    expect((await t.call(null, 'GET', '/api/v1/jobs')).statusCode).toBe(401);
    const bad = await t.call('admin', 'GET', '/api/v1/jobs?state=sleeping');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('state');
    expect((await t.call('admin', 'POST', `/api/v1/jobs/${done!.id}/retry`)).statusCode).toBe(409);
    expect((await t.call('admin', 'POST', '/api/v1/jobs/999999/retry')).statusCode).toBe(404);
    expect((await t.call('admin', 'POST', '/api/v1/jobs/abc/retry')).statusCode).toBe(400);
  });
});
