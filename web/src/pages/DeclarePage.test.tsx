// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describePolicy } from '../../../src/domain/policy/describe.ts';
import { defaultPolicy } from '../../../src/domain/policy/index.ts';
import { forgetPolicy } from '../lib/usePolicy.ts';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import { mountPoint, unmount } from '../test-support/mount.ts';
import { TestQueries } from '../test-support/queries.tsx';
import { DeclarePage } from './DeclarePage.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let calls: Call[];
let root: Root;
let host: HTMLElement;
let answer: (c: Call) => Response;

const settle = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
};
const field = (key: string): HTMLInputElement => document.getElementById(`declare-${key}`) as HTMLInputElement;
/** Types into a field as a person would (React listens to the input event). */
async function type(key: string, value: string): Promise<void> {
  const el = field(key);
  await act(async () => {
    Reflect.set(HTMLInputElement.prototype, 'value', value, el);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const submit = async (): Promise<void> => {
  await act(async () => { host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click(); });
  await settle();
};
const errorFor = (key: string): string | null => {
  const id = field(key).getAttribute('aria-describedby');
  return id ? document.getElementById(id)?.textContent ?? null : null;
};
const posts = (): Call[] => calls.filter((c) => c.method === 'POST');

beforeEach(async () => {
  calls = [];
  ({ host, root } = mountPoint());
  forgetPolicy();
  answer = () => json(201, {});
  mockServer(calls, (c) => c.url === '/api/v1/policy' ? json(200, describePolicy(defaultPolicy())) : answer(c));
  await act(async () => { root.render(<TestQueries><DeclarePage /></TestQueries>); });
  await settle();
});
afterEach(() => unmount({ host, root }));

describe('declaring an incident', () => {
  it('refuses an empty title beside the field, focused, without sending it', async () => {
    await type('services', 'checkout');
    await submit();
    expect(posts()).toHaveLength(0);
    expect(field('title').getAttribute('aria-invalid')).toBe('true');
    expect(errorFor('title')).toBeTruthy();
    expect(document.activeElement).toBe(field('title'));
  });

  it('refuses a complaint count that is not a number beside its field', async () => {
    await type('title', 'Checkout errors');
    await type('externalComplaints', 'many');
    await submit();
    expect(posts()).toHaveLength(0);
    expect(errorFor('externalComplaints')).toContain('number');
    expect(document.activeElement).toBe(field('externalComplaints'));
  });

  it('puts the server\'s field problem under that field, focused', async () => {
    answer = () => json(400, {
      title: 'Validation failed', status: 400, code: 'validation_failed', detail: 'The input is not valid.',
      errors: [{ path: 'commander', message: 'no such person: @nobody' }],
    });
    await type('title', 'Checkout errors');
    await type('commander', '@nobody');
    await submit();
    expect(posts()[0]?.body).toMatchObject({ title: 'Checkout errors', commander: '@nobody' });
    expect(field('commander').getAttribute('aria-invalid')).toBe('true');
    expect(errorFor('commander')).toBe('no such person: @nobody');
    expect(document.activeElement).toBe(field('commander'));
    expect(field('title').getAttribute('aria-invalid')).toBeNull();
  });
});
