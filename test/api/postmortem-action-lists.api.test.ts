/**
 * GET /api/v1/postmortems and GET /api/v1/action-items page with a cursor, as the incident
 * list does: every row once, in the list's order, until no cursor is left, including rows
 * that tie on the sort's first key (the same creation time, the same due date, no due date).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { ActionItemListSchema } from '../../src/domain/lifecycle/action-item.view.ts';
import { PostmortemListSchema } from '../../src/domain/postmortem/postmortem.view.ts';
import { actionItems } from '../../src/store/schema.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('post-mortem and action-item lists on %s', (backend) => {
  let t: TestApp;
  const postmortems: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(backend);
    // Five post-mortems, three created at the same instant (the clock stands still between them).
    for (let i = 0; i < 5; i++) {
      if (i === 3) t.clock.now = new Date(t.clock.now.getTime() + 60_000);
      const inc = (await t.call('responder', 'POST', '/api/v1/incidents', { title: `Paged ${i}`, severity: 'SEV-2' })).json<{ id: string }>();
      const pm = await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/postmortem`, {});
      expect(pm.statusCode, pm.body).toBe(201);
      postmortems.push(inc.id);
    }
  });
  afterAll(async () => { await t?.close(); });

  /** Follows the cursors from the first page; the pages' items in order and how many pages there were. */
  const allPages = async <I>(path: string, parse: (body: unknown) => { items: I[]; nextCursor: string | null }): Promise<{ items: I[]; pages: number }> => {
    const items: I[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const res = await t.call('viewer', 'GET', `${path}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = parse(res.json());
      items.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    }
    return { items, pages };
  };

  it('pages the post-mortems newest first, each once, ties on the creation time included', async () => {
    const { items, pages } = await allPages('/api/v1/postmortems?limit=2', (b) => PostmortemListSchema.parse(b));
    expect(pages).toBe(3);
    expect(items.map((p) => p.id).sort()).toEqual([...postmortems].sort());
    const order = items.map((p) => `${p.createdAt} ${p.id}`);
    expect(order).toEqual([...order].sort().reverse());
    const whole = PostmortemListSchema.parse((await t.call('viewer', 'GET', '/api/v1/postmortems')).json());
    expect(whole.nextCursor).toBeNull();
  });

  it('pages the action items soonest due first, each once, those without a due date last', async () => {
    const made: string[] = [];
    for (const [i, id] of postmortems.entries()) {
      for (const dueDate of ['2026-05-01', '2026-04-01', i % 2 ? '2026-04-01' : '2026-06-01']) {
        const res = await t.call('responder', 'POST', `/api/v1/postmortems/${id}/action-items`, { title: `Paged item ${made.length}`, category: 'prevent', dueDate, dueReason: 'test' });
        expect(res.statusCode, res.body).toBe(201);
        made.push(`${id}:${res.json<{ key: string }>().key}`);
      }
    }
    // Items kept from before due dates were required have none.
    for (const id of postmortems.slice(0, 2)) await t.ctx.db.update(actionItems).set({ dueDate: null }).where(and(eq(actionItems.postmortemId, id), eq(actionItems.key, 'A1')));
    const { items, pages } = await allPages('/api/v1/action-items?limit=4', (b) => ActionItemListSchema.parse(b));
    expect(pages).toBe(4);
    expect(items.map((a) => `${a.postmortemId}:${a.key}`).sort()).toEqual([...made].sort());
    const due = items.map((a) => a.dueDate ?? '9999');
    expect(due).toEqual([...due].sort());
    expect(items.slice(-2).map((a) => a.dueDate)).toEqual([null, null]);
  });

  it('refuses a cursor it did not give out', async () => {
    for (const path of ['/api/v1/postmortems', '/api/v1/action-items']) {
      const res = await t.call('viewer', 'GET', `${path}?cursor=not-a-cursor`);
      expect(res.statusCode, path).toBe(400);
      expect(res.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('cursor');
    }
  });
});
