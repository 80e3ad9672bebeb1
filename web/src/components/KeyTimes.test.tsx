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
