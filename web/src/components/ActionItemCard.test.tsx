// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionContext } from '../session.ts';
import type { ActionItem, User } from '../contract.ts';
import { buildActionItem, buildUser } from '../test-support/factories.ts';
import { ActionItemCard } from './ActionItemCard.tsx';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const user: User = buildUser();
const item: ActionItem = buildActionItem({ version: 2 });

let calls: Call[];
let root: Root;
let host: HTMLElement;
beforeEach(() => { calls = []; host = document.createElement('div'); document.body.append(host); root = createRoot(host); });
afterEach(() => { act(() => root.unmount()); host.remove(); vi.unstubAllGlobals(); });

const setInput = async (el: HTMLInputElement, value: string): Promise<void> => {
  await act(async () => {
    Reflect.set(HTMLInputElement.prototype, 'value', value, el);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
};

describe('action item card', () => {
  it('moves the due date with the reason the policy asks for', async () => {
    let changed: ActionItem | null = null;
    mockServer(calls, (c) => (c.method === 'PATCH' ? json(200, { ...item, dueDate: '2026-01-31', dueReason: 'waits for the queue rewrite', version: 3 }) : json(404, {})));
    await act(async () => {
      root.render(<SessionContext.Provider value={user}><ActionItemCard item={item} onChanged={(i) => { changed = i; }} /></SessionContext.Provider>);
    });
    const inputs = host.querySelectorAll<HTMLInputElement>('.move-due input');
    await setInput(inputs[0]!, '2026-01-31');
    await setInput(inputs[1]!, 'waits for the queue rewrite');
    const save = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Save date')!;
    await act(async () => { save.click(); });
    expect(calls[0]).toMatchObject({ method: 'PATCH', url: '/api/v1/postmortems/INC-2026-01-10-001/action-items/A1', body: { dueDate: '2026-01-31', dueReason: 'waits for the queue rewrite', version: 2 } });
    expect(changed).toMatchObject({ dueDate: '2026-01-31' });
  });
});
