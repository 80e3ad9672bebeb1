// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatTime } from '../lib/format.ts';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import { TestQueries } from '../test-support/queries.tsx';
import { IncidentHistory } from './IncidentHistory.tsx';
import { mountPoint, unmount } from '../test-support/mount.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const revisions = {
  items: [
    { version: 1, actor: 'ana', at: '2026-03-10T09:00:00.000Z', action: 'declared', changes: {} },
    {
      version: 2, actor: 'ana', at: '2026-03-10T09:40:00.000Z', action: 'updated',
      changes: {
        detectedAt: { from: null, to: '2026-03-10T09:05:00.000Z' },
        customerVisible: { from: null, to: true },
        services: { from: ['checkout'], to: ['checkout', 'payments'] },
        title: { from: 'Checkout errors', to: 'Checkout 500s' },
      },
    },
  ],
};

let calls: Call[];
let root: Root;
let host: HTMLElement;

beforeEach(() => {
  calls = [];
  ({ host, root } = mountPoint());
  mockServer(calls, (c) => (c.url.includes('/revisions') ? json(200, revisions) : json(404, { detail: 'no route' })));
});
afterEach(() => unmount({ host, root }));

describe('the incident history', () => {
  it('shows recorded times as local times, flags as yes / no and lists as words, never raw ISO or JSON', async () => {
    await act(async () => { root.render(<TestQueries><IncidentHistory id="INC-1" version={2} /></TestQueries>); });
    await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    const text = host.textContent ?? '';
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(text).not.toContain('["');
    expect(text).toContain(`Detected time set to ${formatTime('2026-03-10T09:05:00.000Z')}`);
    expect(text).toContain('Customer visible set to yes');
    expect(text).toContain('Services changed from checkout to checkout, payments');
    expect(text).toContain('Title changed from Checkout errors to Checkout 500s');
  });

  it('reads a change as a sentence: set (nothing before), changed from … to …, cleared', async () => {
    const items = [{ version: 3, actor: 'ana', at: '2026-03-10T10:00:00.000Z', action: 'updated', changes: {
      severity: { from: null, to: 'SEV-2' }, primaryService: { from: 'checkout', to: null }, dueDate: { from: '2026-03-20', to: '2026-03-27' },
    } }];
    mockServer(calls, () => json(200, { items }));
    await act(async () => { root.render(<TestQueries><IncidentHistory id="INC-1" version={3} /></TestQueries>); });
    await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    expect([...host.querySelectorAll('.history ul li')].map((li) => li.textContent)).toEqual([
      'Severity set to SEV-2', 'Primary service cleared (was checkout)', 'Due date changed from 2026-03-20 to 2026-03-27',
    ]);
    expect(host.textContent).not.toContain('→');
  });
});
