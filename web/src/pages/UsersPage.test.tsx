// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROLE_DESCRIPTIONS } from '../../../src/domain/access/roles.ts';
import { SessionContext } from '../session.ts';
import type { User } from '../contract.ts';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import { TestQueries } from '../test-support/queries.tsx';
import { UsersPage } from './UsersPage.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const admin: User = { id: 'u1', username: 'ada', displayName: 'Ada', role: 'admin', createdAt: '2026-01-01T00:00:00Z', active: true, deactivatedAt: null };
const bob: User = { id: 'u2', username: 'bob', displayName: 'Bob', role: 'editor', createdAt: '2026-01-02T00:00:00Z', active: true, deactivatedAt: null };

let calls: Call[];
let root: Root;
let host: HTMLElement;
let users: User[];

const settle = async (): Promise<void> => { await act(async () => { await new Promise((r) => setTimeout(r, 0)); }); };
async function render(as: User = admin): Promise<void> {
  await act(async () => { root.render(<TestQueries><SessionContext.Provider value={as}><UsersPage /></SessionContext.Provider></TestQueries>); });
  await settle();
}
const rowOf = (username: string): HTMLTableRowElement =>
  [...host.querySelectorAll<HTMLTableRowElement>('table[aria-label="Users"] tbody tr')].find((r) => r.cells[0]?.textContent?.startsWith(username))!;
const click = async (within: ParentNode, label: string): Promise<void> => {
  const button = [...within.querySelectorAll('button')].find((b) => b.textContent === label)!;
  await act(async () => { button.click(); });
  await settle();
};
const type = async (input: HTMLInputElement | HTMLSelectElement, value: string): Promise<void> => {
  await act(async () => {
    Reflect.set(input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype, 'value', value, input);
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
};
const submit = async (form: HTMLFormElement): Promise<void> => {
  await act(async () => { form.requestSubmit(); });
  await settle();
};

beforeEach(() => {
  calls = [];
  users = [admin, bob];
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  mockServer(calls, (c) => {
    if (c.method === 'GET' && c.url === '/api/v1/users') return json(200, { items: users });
    if (c.method === 'GET' && c.url === '/api/v1/addresses') return json(200, { items: [] });
    if (c.method === 'PATCH' && c.url === '/api/v1/users/u2') {
      const body = c.body as Partial<User> & { active?: boolean };
      if (body.displayName === 'Bob #1') {
        return json(400, { code: 'validation_failed', detail: 'The input is not valid.', errors: [{ path: 'displayName', message: 'no # in a name, please' }] });
      }
      const next: User = { ...bob, ...body, ...(body.active === false ? { deactivatedAt: '2026-03-10T12:00:00Z' } : {}) };
      users = [admin, next];
      return json(200, next);
    }
    if (c.method === 'PATCH' && c.url === '/api/v1/users/u1') return json(409, { code: 'conflict', detail: 'ada is the last active admin: make another user admin before demoting or deactivating this one' });
    if (c.method === 'POST' && c.url === '/api/v1/users/u2/password') return json(200, bob);
    if (c.method === 'POST' && c.url === '/api/v1/users') {
      return json(409, { code: 'conflict', detail: 'The input is not valid.', errors: [{ path: 'username', message: 'bob is taken' }] });
    }
    return json(404, { code: 'not_found', detail: `no route ${c.method} ${c.url}` });
  });
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
});

describe('users page', () => {
  it('tells someone who is not an admin whose page it is, with no user controls and no request the server would refuse', async () => {
    const rita: User = { ...bob, id: 'u3', username: 'rita', role: 'reviewer' };
    await render(rita);
    expect(host.textContent).toContain(`This page is for admins. Your role, reviewer: ${ROLE_DESCRIPTIONS.reviewer}`);
    expect(host.querySelectorAll('button, input, select').length).toBe(0);
    expect(calls).toEqual([]);
  });

  it('says what each role allows, with the server\'s own text', async () => {
    await render();
    const guide = host.querySelector('dl[aria-label="What each role allows"]')!;
    expect([...guide.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['viewer', 'reviewer', 'responder', 'editor', 'admin']);
    expect(guide.textContent).toContain(ROLE_DESCRIPTIONS.reviewer);
  });

  it('edits a user\'s name and role, sending only those fields', async () => {
    await render();
    await click(rowOf('bob'), 'Edit');
    const form = host.querySelector<HTMLFormElement>('form[aria-label="Edit bob"]')!;
    await type(form.querySelector('input')!, 'Bob Builder');
    await type(form.querySelector('select')!, 'reviewer');
    expect(form.textContent).toContain(ROLE_DESCRIPTIONS.reviewer);
    await submit(form);
    expect(calls.find((c) => c.method === 'PATCH')).toEqual({ method: 'PATCH', url: '/api/v1/users/u2', body: { displayName: 'Bob Builder', role: 'reviewer' } });
    expect(rowOf('bob').textContent).toContain('Bob Builder');
    expect(rowOf('bob').textContent).toContain('reviewer');
    expect(host.textContent).toContain('Saved bob (reviewer).');
  });

  it('deactivates and shows the user as deactivated, offering to reactivate', async () => {
    await render();
    await click(rowOf('bob'), 'Deactivate');
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ active: false });
    expect(rowOf('bob').textContent).toContain('deactivated');
    expect([...rowOf('bob').querySelectorAll('button')].map((b) => b.textContent)).toContain('Reactivate');
  });

  it('resets a password', async () => {
    await render();
    await click(rowOf('bob'), 'Reset password');
    const form = host.querySelector<HTMLFormElement>('form[aria-label="New password for bob"]')!;
    await type(form.querySelector('input')!, 'a brand new password');
    await submit(form);
    expect(calls.find((c) => c.method === 'POST')).toEqual({ method: 'POST', url: '/api/v1/users/u2/password', body: { password: 'a brand new password' } });
    expect(host.textContent).toContain('Set a new password for bob');
  });

  it('puts the server\'s field problem of an edit under the name field, focused', async () => {
    await render();
    await click(rowOf('bob'), 'Edit');
    const form = host.querySelector<HTMLFormElement>('form[aria-label="Edit bob"]')!;
    const name = form.querySelector('input')!;
    await type(name, 'Bob #1');
    await submit(form);
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ displayName: 'Bob #1', role: 'editor' });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe('no # in a name, please');
    expect(document.activeElement).toBe(name);
  });

  it('refuses a short new password beside the field, as the server would, without sending it', async () => {
    await render();
    await click(rowOf('bob'), 'Reset password');
    const form = host.querySelector<HTMLFormElement>('form[aria-label="New password for bob"]')!;
    const input = form.querySelector('input')!;
    await type(input, 'short');
    await submit(form);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe('at least 10 characters');
    expect(document.activeElement).toBe(input);
  });

  it('shows the server\'s refusal to deactivate the last admin in that user\'s row', async () => {
    await render();
    await click(rowOf('ada'), 'Deactivate');
    expect(rowOf('ada').querySelector('[role="alert"]')?.textContent).toContain('last active admin');
  });

  it('checks a new user with the server\'s schema beside each field, then shows the server\'s own field problem there', async () => {
    await render();
    const form = host.querySelector<HTMLFormElement>('form[aria-label="Add a user"]')!;
    const input = (label: string): HTMLInputElement => [...form.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector('input')!;
    const errorOf = (label: string): string | null | undefined => document.getElementById(input(label).getAttribute('aria-describedby') ?? '')?.textContent;
    await type(input('Username'), 'bob');
    await type(input('Password'), 'short');
    await submit(form);
    expect(calls.some((c) => c.method === 'POST' && c.url === '/api/v1/users')).toBe(false);
    expect(input('Password').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf('Password')).toBe('at least 10 characters');

    await type(input('Password'), 'a long enough password');
    await submit(form);
    expect(calls.find((c) => c.method === 'POST' && c.url === '/api/v1/users')?.body).toEqual({ username: 'bob', password: 'a long enough password', role: 'editor' });
    expect(input('Username').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf('Username')).toBe('bob is taken');
    expect(input('Password').getAttribute('aria-invalid')).toBeNull();
  });
});
