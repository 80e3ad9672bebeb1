// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describePolicy } from '../../../src/domain/policy/describe.ts';
import { defaultPolicy } from '../../../src/domain/policy/index.ts';
import { forgetPolicy } from '../lib/usePolicy.ts';
import { buildActionItem } from '../test-support/factories.ts';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import type { ActionItem } from '../contract.ts';
import { ActionItemForm } from './ActionItemForm.tsx';
import { mountPoint, unmount } from '../test-support/mount.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let calls: Call[];
let root: Root;
let host: HTMLElement;
let answer: (c: Call) => Response;
let added: ActionItem[];

const settle = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
};
const field = (label: string): HTMLInputElement =>
  [...host.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector('input, select')!;
/** Types into a field as a person would (React listens to the input event). */
async function type(label: string, value: string): Promise<void> {
  const el = field(label);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const submit = async (): Promise<void> => {
  await act(async () => { host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click(); });
  await settle();
};
const errorFor = (label: string): string | null => {
  const id = field(label).getAttribute('aria-describedby');
  return id ? document.getElementById(id)?.textContent ?? null : null;
};

beforeEach(async () => {
  calls = [];
  added = [];
  ({ host, root } = mountPoint());
  forgetPolicy();
  answer = () => json(201, buildActionItem({ title: 'Alert on queue age' }));
  mockServer(calls, (c) => c.url === '/api/v1/policy' ? json(200, describePolicy(defaultPolicy())) : answer(c));
  await act(async () => { root.render(<ActionItemForm postmortemId="INC-1" defaultOwner="ada" onAdded={(i) => added.push(i)} />); });
  await settle();
});
afterEach(() => unmount({ host, root }));

const posts = (): Call[] => calls.filter((c) => c.method === 'POST');

describe('the action item form', () => {
  it('refuses a title the server would refuse, beside the field, without sending it', async () => {
    await type('Action item', 'ab');
    await submit();
    expect(posts()).toHaveLength(0);
    expect(field('Action item').getAttribute('aria-invalid')).toBe('true');
    expect(errorFor('Action item')).toMatch(/3/);
    expect(document.activeElement).toBe(field('Action item'));

    await type('Action item', 'Alert on queue age');
    await submit();
    expect(posts()[0]?.body).toEqual({ title: 'Alert on queue age', category: 'prevent', priority: 'P1', owner: 'ada' });
    expect(added.map((i) => i.title)).toEqual(['Alert on queue age']);
  });

  it('puts the server\'s field problem beside that field', async () => {
    answer = () => json(400, {
      title: 'Validation failed', status: 400, code: 'validation_failed', detail: 'The input is not valid.',
      errors: [{ path: 'dueReason', message: 'say why the due date differs from the policy\'s (2026-03-20)' }],
    });
    await type('Action item', 'Alert on queue age');
    await type('Due date', '2026-04-30');
    await submit();
    expect(posts()[0]?.body).toMatchObject({ dueDate: '2026-04-30' });
    expect(field('Why this date').getAttribute('aria-invalid')).toBe('true');
    expect(errorFor('Why this date')).toContain('say why the due date differs');
    expect(document.activeElement).toBe(field('Why this date'));
    expect(field('Action item').getAttribute('aria-invalid')).toBeNull();
    expect(added).toEqual([]);
  });
});
