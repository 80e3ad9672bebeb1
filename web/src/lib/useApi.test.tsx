// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncidentListItem, IncidentListPage } from '../../../src/domain/incident/incident-list.view.ts';
import { describePolicy } from '../../../src/domain/policy/describe.ts';
import { defaultPolicy } from '../../../src/domain/policy/index.ts';
import { IncidentHistory } from '../components/IncidentHistory.tsx';
import { IncidentListPage as ListPage } from '../pages/IncidentListPage.tsx';
import { ReviewPage } from '../pages/ReviewPage.tsx';
import { SessionContext } from '../session.ts';
import { buildPostmortem, buildUser } from '../test-support/factories.ts';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import { TestQueries } from '../test-support/queries.tsx';
import type { PublishPreview } from '../contract.ts';
import { createQueryClient } from './query-client.ts';
import { forgetPolicy } from './usePolicy.ts';
import { mountPoint, unmount } from '../test-support/mount.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ana = buildUser({ username: 'ana', role: 'editor' });
const soon = new Date(Date.now() + 3 * 24 * 3_600_000).toISOString();
const listItem = (published: boolean): IncidentListItem => ({
  id: 'INC-1', title: 'Checkout down', severity: 'SEV-2', status: 'resolved', type: 'deployment', primaryService: 'checkout', services: ['checkout'],
  commander: 'ada', declaredAt: '2026-03-10T08:00:00.000Z', startedAt: null, detectedAt: null, mitigatedAt: null, resolvedAt: null, closedAt: null, version: 1,
  verdict: { level: 'required', required: true, nextDeadline: published ? null : { milestone: 'published', label: 'published', at: soon, provisional: false, overdue: false } },
});
const preview: PublishPreview = {
  canPublish: true, blockers: [], markdown: '# Checkout down', redactions: [], kept: [],
  approval: { version: 3, published: {} }, legalReview: { required: false, current: false, by: null, revision: null },
};

let calls: Call[];
let root: Root;
let host: HTMLElement;

const settle = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
};

beforeEach(() => {
  calls = [];
  ({ host, root } = mountPoint());
  forgetPolicy();
});
afterEach(() => unmount({ host, root }));

describe('the query cache', () => {
  it('publishing on the review page updates the incident list shown beside it, without a reload', async () => {
    let published = false;
    mockServer(calls, (c) => {
      if (c.url === '/api/v1/policy') return json(200, describePolicy(defaultPolicy()));
      if (c.method === 'POST' && c.url === '/api/v1/postmortems/INC-1/publish') { published = true; return json(201, { number: 1, audience: 'internal' }); }
      if (c.url.startsWith('/api/v1/incidents?')) return json(200, { items: [listItem(published)], nextCursor: null } satisfies IncidentListPage);
      if (c.url.startsWith('/api/v1/postmortems/INC-1/publish-preview')) return json(200, preview);
      if (c.url === '/api/v1/postmortems/INC-1') return json(200, buildPostmortem({ id: 'INC-1', incidentId: 'INC-1', status: published ? 'published' : 'approved', version: 3 }));
      return json(200, { items: [] });
    });
    await act(async () => { root.render(<TestQueries><SessionContext.Provider value={ana}><ListPage /><ReviewPage id="INC-1" /></SessionContext.Provider></TestQueries>); });
    await settle();
    const cell = (): string | null | undefined => host.querySelector('tbody tr td:nth-child(6)')?.textContent;
    expect(cell()).toContain('published: in 3 days');

    await act(async () => { [...host.querySelectorAll('button')].find((b) => b.textContent === 'Publish internal')!.click(); });
    await settle();
    expect(calls.filter((c) => c.url.startsWith('/api/v1/incidents?'))).toHaveLength(2);
    expect(cell()).toBe('required');
  });

  it('does not retry a 4xx problem, and retries a server error before showing it', async () => {
    let status = 404;
    mockServer(calls, () => json(status, { title: status === 404 ? 'Not found' : 'Service unavailable', status }));
    const client = createQueryClient({ retries: 2, retryDelay: 0 });
    await act(async () => { root.render(<TestQueries client={client}><IncidentHistory id="INC-9" version={1} /></TestQueries>); });
    await settle();
    expect(calls).toHaveLength(1);
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Not found');

    status = 503;
    await act(async () => { root.render(<TestQueries client={client}><IncidentHistory id="INC-9" version={2} /></TestQueries>); });
    await settle();
    expect(calls).toHaveLength(4);
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Service unavailable');
  });
});
