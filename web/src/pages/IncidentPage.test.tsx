// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionContext } from '../session.ts';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import { TestQueries } from '../test-support/queries.tsx';
import { buildDeadline, buildIncident, buildMetrics, buildPolicy, buildUser } from '../test-support/factories.ts';
import { mountPoint, unmount } from '../test-support/mount.ts';
import { IncidentPage } from './IncidentPage.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const HOUR = 3_600_000;
const inHours = (h: number): string => new Date(Date.now() + h * HOUR).toISOString();
// A resolved SEV-2: the draft is due in 20 h, the meeting in 40 h; the owner was named already.
const incident = buildIncident({
  id: 'INC-1', title: 'Checkout errors', severity: 'SEV-2', status: 'resolved', nextStatuses: ['closed'], resolvedAt: inHours(-4),
  policy: buildPolicy({
    verdict: { level: 'required', reasons: [{ rule: 'severity', level: 'required', message: 'SEV-2 incidents always need a post-mortem', seeds: ['000'] }], unknown: [], pending: [] },
    metrics: buildMetrics({ ongoing: false, durationMinutes: 95, timeToResolveMinutes: 90 }),
    deadlines: {
      owner: buildDeadline({ rule: 'owner', label: 'owner assigned', at: inHours(-3), met: { at: inHours(-3.5), late: false } }),
      meeting: buildDeadline({ rule: 'meeting', label: 'post-mortem meeting held', at: inHours(40), provisional: false, explanation: 'meeting within 48 h of resolution (seed 001: "within 48h")' }),
      draft: buildDeadline({ rule: 'draft', label: 'draft written', at: inHours(20), provisional: false, explanation: 'draft within 24 h' }),
    },
  }),
});

let calls: Call[];
let root: Root;
let host: HTMLElement;

beforeEach(() => {
  calls = [];
  ({ host, root } = mountPoint());
  mockServer(calls, (c) => c.url === '/api/v1/incidents/INC-1' ? json(200, incident) : json(404, { title: 'Not found', status: 404 }));
});
afterEach(() => unmount({ host, root }));

describe('the incident page', () => {
  it('shows the status, verdict, next deadline and numbers first, and folds the policy detail away', async () => {
    await act(async () => { root.render(<TestQueries><SessionContext.Provider value={buildUser({ role: 'responder' })}><IncidentPage id="INC-1" /></SessionContext.Provider></TestQueries>); });
    await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    const sections = [...host.querySelectorAll('article.incident > section, article.incident > details, article.incident > .columns > section')]
      .map((s) => s.querySelector('h2, summary')?.textContent ?? '');
    expect(sections.slice(0, 5)).toEqual(['At a glance', 'Change status', 'Details and policy flags', 'Key times', 'Policy detail: every deadline and how it is set']);
    const glance = host.querySelector('section.glance')!;
    const pairs = Object.fromEntries([...glance.querySelectorAll('.glance-list > div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]));
    expect(pairs).toMatchObject({ Status: 'resolved', 'Post-mortem': 'required' });
    expect(pairs['Next deadline']).toMatch(/^draft written: .* \(in 20 h\)$/);
    expect(glance.textContent).toContain('SEV-2 incidents always need a post-mortem');
    expect(glance.textContent).toContain('Time to resolve1 h 30 min');
    const detail = host.querySelector('details.policy-detail') as HTMLDetailsElement;
    expect(detail.open).toBe(false);
    expect(detail.textContent).toContain('Default policy: meeting within 48 h of resolution');
    expect(detail.textContent).not.toMatch(/seed/i);
  });

  it('shows the status in one place, the summary, and offers the change without a second "Status"', async () => {
    await act(async () => { root.render(<TestQueries><SessionContext.Provider value={buildUser({ role: 'responder' })}><IncidentPage id="INC-1" /></SessionContext.Provider></TestQueries>); });
    await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    const labels = [...host.querySelectorAll('h1, h2, h3, dt, legend, summary')].map((l) => l.textContent?.trim());
    expect(labels.filter((l) => l === 'Status')).toHaveLength(1);
    expect(host.querySelector('section.glance dt')!.textContent).toBe('Status');
    // The value shows once (not again as a badge in the page head).
    expect(host.querySelectorAll('.badge-resolved')).toHaveLength(1);
    const control = host.querySelector('section.status-control')!;
    expect(control.querySelector('h2')!.textContent).toBe('Change status');
    expect([...control.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Close']);
  });
});
