// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncidentListItem, IncidentListPage } from '../../../src/domain/incident/incident-list.view.ts';
import { describePolicy } from '../../../src/domain/policy/describe.ts';
import { defaultPolicy } from '../../../src/domain/policy/index.ts';
import { forgetPolicy } from '../lib/usePolicy.ts';
import { SessionContext } from '../session.ts';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import { TestQueries } from '../test-support/queries.tsx';
import { createQueryClient } from '../lib/query-client.ts';
import { matches, staleAfter } from '../lib/query-keys.ts';
import type { User } from '../contract.ts';
import { buildUser } from '../test-support/factories.ts';
import { IncidentListPage as ListPage } from './IncidentListPage.tsx';
import { mountPoint, unmount } from '../test-support/mount.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ana: User = buildUser({ username: 'ana', displayName: 'Ana Ruiz', role: 'responder' });
const HOUR = 3_600_000;
const item = (id: string, over: Partial<IncidentListItem> = {}): IncidentListItem => ({
  id, title: `Incident ${id}`, severity: 'SEV-2', status: 'resolved', type: 'deployment', primaryService: 'checkout', services: ['checkout'],
  commander: 'ada', declaredAt: '2026-03-10T08:00:00.000Z', startedAt: null, detectedAt: null, mitigatedAt: null, resolvedAt: null, closedAt: null,
  version: 1, verdict: { level: 'not_needed', required: false, nextDeadline: null }, ...over,
});

let calls: Call[];
let root: Root;
let host: HTMLElement;
let pages: Record<string, IncidentListPage>;

const settle = async (): Promise<void> => { await act(async () => { await new Promise((r) => setTimeout(r, 0)); }); };

beforeEach(() => {
  calls = [];
  ({ host, root } = mountPoint());
  const late = new Date(Date.now() - 5 * HOUR).toISOString();
  const soon = new Date(Date.now() + 20 * HOUR).toISOString();
  pages = {
    first: { items: [
      item('INC-3', { title: 'Checkout down', verdict: { level: 'required', required: true, nextDeadline: { milestone: 'draft', label: 'draft written', at: late, provisional: false, overdue: true } } }),
      item('INC-2', { verdict: { level: 'recommended', required: false, nextDeadline: { milestone: 'meeting', label: 'post-mortem meeting held', at: soon, provisional: true, overdue: false } } }),
    ], nextCursor: 'c1' },
    c1: { items: [item('INC-1', { title: 'Minor blip', services: [] })], nextCursor: null },
  };
  forgetPolicy();
  mockServer(calls, (c) => c.url === '/api/v1/policy' ? json(200, describePolicy(defaultPolicy()))
    : c.url.includes('cursor=c1') ? json(200, pages.c1) : json(200, pages.first));
});
afterEach(() => unmount({ host, root }));

/** The list's own requests (the filters also read the policy). */
const listCalls = (): Call[] => calls.filter((c) => c.url !== '/api/v1/policy');
const rows = () => [...host.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));

describe('the incident list page', () => {
  it('shows each incident with its verdict and, when a post-mortem is expected, its next deadline', async () => {
    await act(async () => { root.render(<TestQueries><SessionContext.Provider value={ana}><ListPage /></SessionContext.Provider></TestQueries>); });
    await settle();
    expect(listCalls()[0]?.url).toBe('/api/v1/incidents?limit=50');
    const [first, second] = rows();
    expect(first?.[0]).toContain('Checkout down');
    expect(first?.[5]).toBe('requireddraft written: 5 h late');
    expect(host.querySelector('tbody tr small.overdue')?.textContent).toContain('late');
    expect(second?.[5]).toBe('recommendedpost-mortem meeting held: in 20 h');
  });

  it('loads the next page with the cursor and appends it', async () => {
    await act(async () => { root.render(<TestQueries><SessionContext.Provider value={ana}><ListPage /></SessionContext.Provider></TestQueries>); });
    await settle();
    await act(async () => { [...host.querySelectorAll('button')].find((b) => b.textContent === 'Load more')!.click(); });
    await settle();
    expect(listCalls()[1]?.url).toBe('/api/v1/incidents?limit=50&cursor=c1');
    expect(rows().map((r) => r[0])).toEqual([expect.stringContaining('Checkout down'), expect.stringContaining('Incident INC-2'), expect.stringContaining('Minor blip')]);
    expect(rows()[2]?.slice(3)).toEqual(['—', expect.any(String), 'not needed']);
    expect([...host.querySelectorAll('button')].some((b) => b.textContent === 'Load more')).toBe(false);
  });

  it('keeps the pages loaded with "load more" when a change makes the list stale: each is fetched again', async () => {
    const client = createQueryClient({ retries: 0 });
    await act(async () => { root.render(<TestQueries client={client}><SessionContext.Provider value={ana}><ListPage /></SessionContext.Provider></TestQueries>); });
    await settle();
    await act(async () => { [...host.querySelectorAll('button')].find((b) => b.textContent === 'Load more')!.click(); });
    await settle();
    pages.c1 = { items: [item('INC-1', { title: 'Minor blip, renamed' })], nextCursor: null };
    await act(async () => { await client.invalidateQueries({ predicate: (q) => matches(q.queryKey, staleAfter({ incident: 'INC-1' })) }); });
    await settle();
    expect(listCalls().map((c) => c.url)).toEqual([
      '/api/v1/incidents?limit=50', '/api/v1/incidents?limit=50&cursor=c1', '/api/v1/incidents?limit=50', '/api/v1/incidents?limit=50&cursor=c1',
    ]);
    expect(rows().map((r) => r[0])).toEqual([expect.stringContaining('Checkout down'), expect.stringContaining('Incident INC-2'), expect.stringContaining('Minor blip, renamed')]);
  });
});
