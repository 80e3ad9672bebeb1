// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describePolicy } from '../../../src/domain/policy/describe.ts';
import { loadPolicy } from '../../../src/domain/policy/index.ts';
import { forgetPolicy } from '../lib/usePolicy.ts';
import { SessionContext } from '../session.ts';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import { TestQueries } from '../test-support/queries.tsx';
import type { ActionItemList } from '../contract.ts';
import { buildActionItem, buildUser } from '../test-support/factories.ts';
import { ActionItemsPage } from './ActionItemsPage.tsx';
import { mountPoint, unmount } from '../test-support/mount.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// A team whose action items are "now", "soon" and "later" rather than P0..P3.
const policy = describePolicy(loadPolicy({
  actionItems: {
    priorities: { now: '24h', soon: '1mo', later: '1q' },
    horizons: { immediate: { within: '1w', priorities: ['now'] }, 'short-term': { within: '1mo', priorities: ['soon'] }, 'long-term': { within: '1q', priorities: ['later'] } },
  },
}));

let calls: Call[];
let root: Root;
let host: HTMLElement;
const pages: Record<string, ActionItemList> = {
  first: { items: [buildActionItem({ key: 'A1', title: 'Alert on queue depth', priority: 'later' }), buildActionItem({ key: 'A2', title: 'Page the payments on-call', priority: 'now' })], nextCursor: 'c1' },
  c1: { items: [buildActionItem({ key: 'A3', title: 'Runbook for the failover' })], nextCursor: null },
};

const settle = async (): Promise<void> => { await act(async () => { await new Promise((r) => setTimeout(r, 0)); }); };
const listCalls = (): string[] => calls.filter((c) => c.url !== '/api/v1/policy').map((c) => c.url);
const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name);

beforeEach(() => {
  calls = [];
  ({ host, root } = mountPoint());
  forgetPolicy();
  mockServer(calls, (c) => c.url === '/api/v1/policy' ? json(200, policy) : json(200, c.url.includes('cursor=c1') ? pages.c1 : pages.first));
});
afterEach(() => unmount({ host, root }));

describe('the action items page', () => {
  it('offers the team\'s priorities, ranks by them, and loads the next page with the cursor', async () => {
    await act(async () => { root.render(<TestQueries><SessionContext.Provider value={buildUser()}><ActionItemsPage /></SessionContext.Provider></TestQueries>); });
    await settle();
    expect([...host.querySelectorAll('form.filters select option')].map((o) => o.getAttribute('value'))).toEqual(['', 'now', 'soon', 'later']);
    const open = () => [...host.querySelectorAll('section[aria-labelledby="col-open"] h3')].map((h) => h.textContent);
    expect(open()).toEqual([expect.stringContaining('Page the payments on-call'), expect.stringContaining('Alert on queue depth')]);
    expect(listCalls()).toEqual(['/api/v1/action-items?limit=100']);
    await act(async () => { button('Load more action items')!.click(); });
    await settle();
    expect(listCalls()).toEqual(['/api/v1/action-items?limit=100', '/api/v1/action-items?limit=100&cursor=c1']);
    expect(open()).toHaveLength(3);
    expect(button('Load more action items')).toBeUndefined();
  });
});
