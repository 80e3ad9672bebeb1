// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionContext } from '../session.ts';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import type { Incident, User } from '../contract.ts';
import { buildIncident, buildUser } from '../test-support/factories.ts';
import { KeyTimes } from './KeyTimes.tsx';
import { mountPoint, unmount } from '../test-support/mount.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const user: User = buildUser({ role: 'responder' });
const incident: Incident = buildIncident({ id: 'INC-1', nextStatuses: [], primaryService: null, services: [], environments: [] });

let calls: Call[];
let root: Root;
let host: HTMLElement;
const button = (label: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === label)!;

beforeEach(async () => {
  calls = [];
  ({ host, root } = mountPoint());
  mockServer(calls, () => json(200, { ...incident, version: 2 }));
  await act(async () => { root.render(<SessionContext.Provider value={user}><KeyTimes incident={incident} onChanged={() => undefined} /></SessionContext.Provider>); });
});
afterEach(() => unmount({ host, root }));

describe('editing key times by keyboard', () => {
  it('moves the focus to the first field on open and back to "Edit key times" on cancel', async () => {
    await act(async () => { button('Edit key times').click(); });
    expect(document.activeElement?.id).toBe('kt-startedAt');
    await act(async () => { button('Cancel').click(); });
    expect(document.activeElement).toBe(button('Edit key times'));
  });

  it('returns the focus to "Edit key times" after saving and after Escape', async () => {
    await act(async () => { button('Edit key times').click(); });
    await act(async () => { button('Save times').click(); });
    expect(document.activeElement).toBe(button('Edit key times'));
    await act(async () => { button('Edit key times').click(); });
    await act(async () => { document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); });
    expect(host.querySelector('#kt-startedAt')).toBeNull();
    expect(document.activeElement).toBe(button('Edit key times'));
  });
});

describe('checking key times in order', () => {
  const input = (k: string): HTMLInputElement => host.querySelector<HTMLInputElement>(`#kt-${k}`)!;
  const type = async (k: string, value: string): Promise<void> => {
    await act(async () => {
      Reflect.set(HTMLInputElement.prototype, 'value', value, input(k));
      input(k).dispatchEvent(new Event('input', { bubbles: true }));
    });
  };
  const save = async (): Promise<void> => {
    await act(async () => { button('Save times').click(); });
    for (let i = 0; i < 3; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
  };
  const errorFor = (k: string): string | null | undefined => document.getElementById(input(k).getAttribute('aria-describedby') ?? '')?.textContent;

  it('refuses acknowledged before detected beside the Acknowledged field, in words, focused, without sending it', async () => {
    await act(async () => { button('Edit key times').click(); });
    await type('detectedAt', '2026-03-10T10:00');
    await type('acknowledgedAt', '2026-03-10T09:58');
    await save();
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(0);
    expect(input('acknowledgedAt').getAttribute('aria-invalid')).toBe('true');
    expect(errorFor('acknowledgedAt')).toMatch(/^Acknowledged \(.+\) is before Detected/);
    expect(document.activeElement).toBe(input('acknowledgedAt'));
  });

  it('puts the server\'s field problem under its field, focused', async () => {
    mockServer(calls, () => json(422, {
      title: 'Unprocessable', status: 422, code: 'invalid_times', detail: 'The key times are not in order.',
      errors: [{ path: 'resolvedAt', message: 'resolvedAt (2026-03-10T09:00:00.000Z) is before mitigatedAt (2026-03-10T09:30:00.000Z)' }],
    }));
    await act(async () => { button('Edit key times').click(); });
    await type('resolvedAt', '2026-03-10T10:00');
    await save();
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1);
    expect(errorFor('resolvedAt')).toMatch(/^Resolved \(.+\) is before Mitigated/);
    expect(document.activeElement).toBe(input('resolvedAt'));
  });
});
