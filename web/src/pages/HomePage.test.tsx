// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MyWork } from '../../../src/domain/work/contract.ts';
import { buildUser } from '../test-support/factories.ts';
import { TestQueries } from '../test-support/queries.tsx';
import { Layout } from '../components/Layout.tsx';
import { SessionContext } from '../session.ts';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import type { User } from '../contract.ts';
import { HomePage } from './HomePage.tsx';
import { mountPoint, unmount } from '../test-support/mount.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ana: User = buildUser({ username: 'ana', displayName: 'Ana Ruiz', role: 'admin' });
const item = { postmortemId: 'INC-1', key: 'A1', title: 'Alert on queue age', priority: 'P1', status: 'open', owner: 'ana', team: 'payments', dueDate: '2026-03-17', overdue: true };
const work: MyWork = {
  person: { username: 'ana', displayName: 'Ana Ruiz', team: 'payments' },
  reviews: [{ postmortemId: 'INC-2', incidentId: 'INC-2', title: 'Webhooks delayed', owner: 'carol', role: 'engineering-lead', requestedAt: '2026-03-10T12:00:00Z' }],
  actionItems: [item],
  postmortems: [{ id: 'INC-1', incidentId: 'INC-1', title: 'Checkout errors', status: 'draft', nextDeadline: { milestone: 'draft', label: 'draft written', at: '2026-03-12T10:40:00Z', overdue: false } }],
  team: { name: 'payments', overdue: [{ ...item, key: 'A2', title: 'Runbook for draining', owner: 'dave' }] },
  waiting: 3,
};

let calls: Call[];
let root: Root;
let host: HTMLElement;
let answers: { work: () => Response; incidents: () => Response };

const settle = async (): Promise<void> => { await act(async () => { await new Promise((r) => setTimeout(r, 0)); }); };
async function render(node: React.ReactNode): Promise<void> {
  await act(async () => { root.render(<TestQueries><SessionContext.Provider value={ana}>{node}</SessionContext.Provider></TestQueries>); });
  await settle();
}

beforeEach(() => {
  calls = [];
  ({ host, root } = mountPoint());
  answers = { work: () => json(200, work), incidents: () => json(200, { items: [{ id: 'INC-1' }] }) };
  mockServer(calls, (c) => c.url.startsWith('/api/v1/me/work') ? answers.work() : c.url.startsWith('/api/v1/incidents') ? answers.incidents() : json(404, { detail: 'no route' }));
});
afterEach(() => unmount({ host, root }));

describe('the home page', () => {
  it('shows reviews requested of me, my action items, post-mortems I own and my team\'s overdue items', async () => {
    await render(<HomePage />);
    expect(host.querySelector('h1')?.textContent).toBe('My work');
    const list = (label: string) => [...host.querySelectorAll(`ul[aria-label="${label}"] li a`)].map((a) => a.textContent);
    expect(list('Reviews requested of you')).toEqual(['Webhooks delayed']);
    expect(host.querySelector('ul[aria-label="Reviews requested of you"] a')?.getAttribute('href')).toBe('/postmortems/INC-2/review');
    expect(list('Your action items, soonest due first')).toEqual(['Alert on queue age']);
    expect(list('Post-mortems you own')).toEqual(['Checkout errors']);
    expect(list('Overdue in team payments')).toEqual(['Runbook for draining']);
    expect(host.textContent).toContain('next: draft written');
    expect(host.querySelector('.first-run')).toBeNull();
  });

  it('says what each empty list means instead of showing nothing', async () => {
    answers.work = () => json(200, { ...work, reviews: [], actionItems: [], postmortems: [], team: { name: null, overdue: [] }, waiting: 0 });
    await render(<HomePage />);
    expect([...host.querySelectorAll('p.empty')].map((p) => p.textContent)).toEqual([
      expect.stringContaining('Nothing to review'), expect.stringContaining('No open action items are yours'),
      expect.stringContaining('You own no unpublished post-mortem'), expect.stringContaining('You are in no team yet'),
    ]);
  });

  it('shows the first-run guide on an install without incidents', async () => {
    answers.incidents = () => json(200, { items: [] });
    await render(<HomePage />);
    const steps = [...host.querySelectorAll('.first-run .steps h3')].map((h) => h.textContent);
    expect(steps).toEqual(['Declare the first incident', 'Import your history', 'Invite people', 'Configure channels']);
    expect([...host.querySelectorAll('.first-run a')].map((a) => a.getAttribute('href'))).toEqual(['/incidents/new', '/users', '/admin']);
    expect(host.querySelector('.first-run input[type="file"]')).not.toBeNull();
  });

  it('shows the server\'s problem and a retry when loading fails', async () => {
    answers.work = () => json(503, { title: 'Service unavailable', detail: 'the database is being restored from a backup', status: 503 });
    await render(<HomePage />);
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Could not load your work');
    expect(alert?.textContent).toContain('Service unavailable (HTTP 503)');
    expect(alert?.textContent).toContain('the database is being restored from a backup');
    answers.work = () => json(200, work);
    await act(async () => { [...host.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!.click(); });
    await settle();
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });
});

describe('the navigation', () => {
  it('shows the waiting count beside "My work" and collapses behind a menu button that says whether it is open', async () => {
    window.history.pushState({}, '', '/incidents');
    await render(<Layout user={ana} onSignOut={() => undefined}><p>content</p></Layout>);
    expect(calls.some((c) => c.url === '/api/v1/me/work')).toBe(true);
    expect(host.querySelector('nav[aria-label="Main"] .nav-count')?.getAttribute('aria-label')).toBe('3 waiting for you');
    const menu = [...host.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Menu'))!;
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(menu.getAttribute('aria-controls')).toBe(host.querySelector('.topbar-menu')?.id);
    await act(async () => { menu.click(); });
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    expect(host.querySelector('.topbar')?.classList.contains('menu-open')).toBe(true);
    await act(async () => { document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })); });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menu);
  });
});
