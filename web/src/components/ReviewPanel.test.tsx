// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionContext } from '../session.ts';
import type { Postmortem, User } from '../contract.ts';
import { buildPostmortem, buildReviewer, buildUser } from '../test-support/factories.ts';
import { TestQueries } from '../test-support/queries.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import { formatTime } from '../lib/format.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const user: User = buildUser();
const pm: Postmortem = buildPostmortem({
  version: 7,
  reviewers: [buildReviewer({ role: 'incident commander', user: 'bob' }), buildReviewer({ role: 'engineering manager', user: null })],
});

let calls: Call[];
let root: Root;
let host: HTMLElement;

async function render(): Promise<void> {
  await act(async () => {
    root.render(<TestQueries><SessionContext.Provider value={user}><ReviewPanel pm={pm} onChanged={() => undefined} reload={() => undefined} /></SessionContext.Provider></TestQueries>);
  });
  await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}
const select = (label: string): HTMLSelectElement =>
  [...host.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector('select')!;
async function choose(label: string, value: string): Promise<void> {
  const el = select(label);
  await act(async () => {
    Reflect.set(HTMLSelectElement.prototype, 'value', value, el);
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
const click = async (label: string): Promise<void> => {
  const button = [...host.querySelectorAll('button')].find((b) => b.textContent === label)!;
  await act(async () => { button.click(); });
};

beforeEach(() => {
  calls = [];
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
});

describe('review panel: reviewer assignment', () => {
  it('lets the owner pick a person per reviewer role, or leave it unassigned, and sends them with the request', async () => {
    mockServer(calls, (c) => (c.url === '/api/v1/users'
      ? json(200, { items: [{ username: 'grace', displayName: 'Grace Hopper', role: 'editor' }, { username: 'bob', displayName: 'bob', role: 'responder' }] })
      : json(200, { ...pm, status: 'in_review', version: 8 })));
    await render();
    // The slot's current user is preselected.
    expect(select('Reviewer for incident commander').value).toBe('bob');
    expect(select('Reviewer for engineering manager').value).toBe('');
    expect([...select('Reviewer for engineering manager').options].map((o) => o.textContent)).toEqual([
      'unassigned (anyone with the role)', 'Grace Hopper (grace) · editor', 'bob · responder',
    ]);
    await choose('Reviewer for engineering manager', 'grace');
    await choose('Reviewer for incident commander', '');
    await click('Request review');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe('/api/v1/postmortems/INC-2026-01-10-001/review');
    expect(post.body).toEqual({
      action: 'request', version: 7,
      reviewers: [{ role: 'incident commander', user: null }, { role: 'engineering manager', user: 'grace' }],
    });
  });

  it('neither preselects nor offers the owner (the commander who owns it): the server refuses that request', async () => {
    mockServer(calls, (c) => (c.url === '/api/v1/users'
      ? json(200, { items: [{ id: 'u1', username: 'ada', displayName: 'Ada', role: 'admin' }, { id: 'g', username: 'grace', displayName: 'grace', role: 'reviewer' }] })
      : json(200, { ...pm, status: 'in_review', version: 8 })));
    const commanderOwns: Postmortem = { ...pm, owner: 'ada', reviewers: [buildReviewer({ role: 'incident commander', user: 'ada' }), buildReviewer({ role: 'engineering manager', user: null })] };
    await act(async () => {
      root.render(<TestQueries><SessionContext.Provider value={user}><ReviewPanel pm={commanderOwns} onChanged={() => undefined} reload={() => undefined} /></SessionContext.Provider></TestQueries>);
    });
    await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    expect(select('Reviewer for incident commander').value).toBe('');
    expect([...select('Reviewer for incident commander').options].map((o) => o.value)).toEqual(['', 'grace']);
    await click('Request review');
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ reviewers: [{ role: 'incident commander', user: null }, { role: 'engineering manager', user: null }] });
  });

  it('still allows requesting review when the people cannot be loaded', async () => {
    mockServer(calls, (c) => (c.url === '/api/v1/users' ? json(500, { code: 'internal', detail: 'Something went wrong on the server' }) : json(200, { ...pm, status: 'in_review' })));
    await render();
    expect(host.textContent).toContain('You can still request review with the roles unassigned.');
    // An earlier assignment stays choosable even without the list.
    expect([...select('Reviewer for incident commander').options].map((o) => o.value)).toEqual(['', 'bob']);
    await click('Request review');
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ reviewers: [{ role: 'incident commander', user: 'bob' }, { role: 'engineering manager', user: null }] });
  });

  it('on a draft offers only Request review: no decision comment, no "Sign as"', async () => {
    mockServer(calls, (c) => (c.url === '/api/v1/users' ? json(200, { items: [] }) : json(200, { ...pm, status: 'in_review', version: 8 })));
    await render();
    const labels = [...host.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels.some((l) => l.startsWith('Comment with your decision'))).toBe(false);
    expect(labels.some((l) => l.startsWith('Sign as'))).toBe(false);
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toContain('Request review');
  });

  it('does not offer the owner a sign-off (another person signs each slot)', async () => {
    mockServer(calls, () => json(200, { items: [] }));
    const mineInReview: Postmortem = { ...pm, status: 'in_review' };
    await act(async () => {
      root.render(<TestQueries><SessionContext.Provider value={user}><ReviewPanel pm={mineInReview} onChanged={() => undefined} reload={() => undefined} /></SessionContext.Provider></TestQueries>);
    });
    const labels = [...host.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).not.toContain('Approve');
    expect(host.textContent).toContain('You own this post-mortem');
  });
});

describe('review panel: the reviewer role', () => {
  const reviewer: User = buildUser({ id: 'u9', username: 'rita', displayName: 'Rita', role: 'reviewer' });
  const show = async (p: Postmortem): Promise<void> => {
    await act(async () => {
      root.render(<TestQueries><SessionContext.Provider value={reviewer}><ReviewPanel pm={p} onChanged={() => undefined} reload={() => undefined} /></SessionContext.Provider></TestQueries>);
    });
  };

  it('offers a reviewer approve and request changes on a post-mortem in review, and sends the sign-off', async () => {
    mockServer(calls, (c) => (c.url === '/api/v1/users' ? json(200, { items: [] }) : json(200, { ...pm, status: 'approved', version: 9 })));
    await show({ ...pm, status: 'in_review', version: 8 });
    const labels = [...host.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Approve', 'Request changes']));
    await click('Approve');
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ action: 'approve', version: 8 });
  });

  it('shows a reviewer who approved their decision and when, and offers only to request changes instead (the server refuses a second approval)', async () => {
    mockServer(calls, (c) => (c.url === '/api/v1/users' ? json(200, { items: [] }) : json(200, { ...pm, status: 'draft', version: 10 })));
    const signed = buildReviewer({ role: 'incident commander', user: 'rita', decision: 'approved', decidedAt: '2026-03-10T09:05:00Z', signedBy: 'user:u9', revision: 8 });
    await show({ ...pm, status: 'in_review', version: 9, reviewers: [signed, buildReviewer({ role: 'engineering manager', user: null })] });
    const labels = [...host.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).not.toContain('Approve');
    expect(labels).not.toContain('Request changes');
    expect(host.querySelector('select')).toBeNull();
    expect(host.textContent).toContain(`You approved as incident commander on ${formatTime('2026-03-10T09:05:00Z')}.`);
    const change = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Request changes instead')!;
    // The server asks for a comment with a change request: the button waits for it.
    expect(change.disabled).toBe(true);
    const box = host.querySelector('textarea')!;
    await act(async () => {
      Reflect.set(HTMLTextAreaElement.prototype, 'value', 'The timeline misses the rollback', box);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click('Request changes instead');
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ action: 'request_changes', version: 9, role: 'incident commander', comment: 'The timeline misses the rollback' });
  });

  it('offers nothing more to a reviewer who approved once every sign-off is in', async () => {
    mockServer(calls, () => json(200, { items: [] }));
    const signed = buildReviewer({ role: 'incident commander', user: 'rita', decision: 'approved', decidedAt: '2026-03-10T09:05:00Z', signedBy: 'user:u9' });
    await show({ ...pm, status: 'approved', reviewers: [signed] });
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual([]);
    expect(host.querySelector('textarea')).toBeNull();
    expect(host.textContent).toContain('You approved as incident commander');
    expect(host.textContent).toContain('Every required reviewer has approved');
  });

  it('does not offer a reviewer to request review of a draft (that is an edit)', async () => {
    mockServer(calls, () => json(200, { items: [] }));
    await show({ ...pm, owner: 'someone else' });
    const labels = [...host.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).not.toContain('Request review');
  });
});

describe('review panel: who can be picked', () => {
  it('offers neither deactivated accounts nor viewers (they cannot sign off)', async () => {
    mockServer(calls, () => json(200, { items: [
      { id: 'g', username: 'grace', displayName: 'grace', role: 'reviewer', active: true },
      { id: 'v', username: 'vic', displayName: 'vic', role: 'viewer', active: true },
      { id: 'd', username: 'dora', displayName: 'dora', role: 'editor', active: false, deactivatedAt: '2026-01-05T00:00:00Z' },
    ] }));
    await render();
    expect([...select('Reviewer for engineering manager').options].map((o) => o.value)).toEqual(['', 'grace']);
  });
});
