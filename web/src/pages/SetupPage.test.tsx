// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import { SetupPage } from './SetupPage.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let calls: Call[];
let root: Root;
let host: HTMLElement;

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

async function fill(name: string, text: string): Promise<void> {
  const el = host.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  await act(async () => {
    Reflect.set(Object.getPrototypeOf(el) as object, 'value', text, el);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('first-run page', () => {
  it('says how to sign in when the install was set up meanwhile (setup answers 403)', async () => {
    mockServer(calls, () => json(403, { code: 'forbidden', detail: 'Debrief is already set up: sign in, or ask an admin for an account' }));
    const onAlreadySetUp = vi.fn();
    await act(async () => { root.render(<SetupPage onDone={vi.fn()} onAlreadySetUp={onAlreadySetUp} />); });
    await fill('username', 'mallory');
    await fill('password', 'correct horse battery');
    await act(async () => { host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['POST /api/v1/setup']);
    expect(host.textContent).toContain('Debrief is already set up');
    expect(host.textContent).toContain('Sign in with your account');
    await act(async () => { host.querySelector<HTMLButtonElement>('button')!.click(); });
    expect(onAlreadySetUp).toHaveBeenCalledOnce();
  });
});
