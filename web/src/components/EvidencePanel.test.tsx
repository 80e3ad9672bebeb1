// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionContext } from '../session.ts';
import type { User } from '../contract.ts';
import { buildUser } from '../test-support/factories.ts';
import { TestQueries } from '../test-support/queries.tsx';
import { insertCitation, type EvidenceItem } from '../lib/evidence.ts';
import { EvidencePanel } from './EvidencePanel.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const editor: User = buildUser();
const item: EvidenceItem = {
  id: 'ev_00000000000000aa', incidentId: 'INC-1', kind: 'file', caption: 'Error rate panel', name: 'errors.png',
  covers: { from: '2026-03-10T14:00:00.000Z', to: '2026-03-10T14:30:00.000Z' }, source: 'grafana', tool: null, exitCode: null, url: null, title: null,
  sha256: 'ab'.repeat(32), size: 2048, contentType: 'image/png', preview: true, public: false, supersedes: null, addedBy: 'dana',
  addedAt: '2026-03-10T12:00:00.000Z', deletedAt: null, deletedBy: null, deleteReason: null,
  links: { self: '/api/v1/incidents/INC-1/evidence/ev_00000000000000aa', content: '/api/v1/incidents/INC-1/evidence/ev_00000000000000aa/content', page: '/incidents/INC-1/evidence/ev_00000000000000aa' },
  citation: '[evidence ev_00000000000000aa](/incidents/INC-1/evidence/ev_00000000000000aa)',
};

type Call = { method: string; url: string; body: unknown };
let calls: Call[];
let root: Root;
let host: HTMLElement;
beforeEach(() => {
  calls = [];
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ method: init.method ?? 'GET', url, body: init.body });
    const ok = (b: unknown): Response => new Response(JSON.stringify(b), { status: 200, headers: { 'content-type': 'application/json' } });
    if ((init.method ?? 'GET') === 'GET') return ok({ items: [item], totalBytes: 2048, limits: { maxFileBytes: 1, maxIncidentBytes: 1 } });
    if (init.method === 'DELETE') return ok({ ...item, deletedAt: '2026-03-10T13:00:00.000Z', deletedBy: 'ada', deleteReason: (JSON.parse(init.body as string) as { reason: string }).reason });
    return ok({ ...item, id: 'ev_00000000000000bb' });
  }));
});
afterEach(() => { act(() => root.unmount()); host.remove(); vi.unstubAllGlobals(); });

const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

describe('evidence panel', () => {
  it('lists items with hash, size, who and a preview; cites one; deletes with a reason', async () => {
    const cited: string[] = [];
    await act(async () => {
      root.render(<TestQueries><SessionContext.Provider value={editor}><EvidencePanel incidentId="INC-1" onCite={(i) => cited.push(i.citation)} citeLabel="Cite in Root Cause" /></SessionContext.Provider></TestQueries>);
    });
    await flush();
    const row = host.querySelector('li[data-evidence="ev_00000000000000aa"]')!;
    expect(row.textContent).toContain('Error rate panel');
    expect(row.textContent).toContain('2.0 KiB');
    expect(row.textContent).toContain(`sha256 ${'ab'.repeat(6)}`);
    expect(row.textContent).toContain('dana');
    expect(row.querySelector('img')?.getAttribute('src')).toBe(item.links.content);
    const buttons = [...row.querySelectorAll('button')];
    await act(async () => { buttons.find((b) => b.textContent === 'Cite in Root Cause')!.click(); });
    expect(cited).toEqual([item.citation]);
    await act(async () => { buttons.find((b) => b.textContent === 'Delete…')!.click(); });
    const reason = row.querySelector<HTMLInputElement>('form input')!;
    await act(async () => {
      Reflect.set(HTMLInputElement.prototype, 'value', 'wrong incident', reason);
      reason.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => { row.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); });
    await flush();
    const del = calls.find((c) => c.method === 'DELETE')!;
    expect(del.url).toBe(item.links.self);
    expect(JSON.parse(del.body as string)).toEqual({ reason: 'wrong incident' });
  });

  it('uploads a chosen file as the raw body with the caption in the query', async () => {
    await act(async () => {
      root.render(<TestQueries><SessionContext.Provider value={editor}><EvidencePanel incidentId="INC-1" /></SessionContext.Provider></TestQueries>);
    });
    await flush();
    const caption = host.querySelector<HTMLInputElement>('input[placeholder^="Error rate"]')!;
    await act(async () => {
      Reflect.set(HTMLInputElement.prototype, 'value', 'Slow query log', caption);
      caption.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const file = new File(['select 1;\n'], 'slow.log', { type: 'text/plain' });
    const input = host.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => { input.dispatchEvent(new Event('change', { bubbles: true })); });
    await flush();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe('/api/v1/incidents/INC-1/evidence?kind=file&caption=Slow+query+log&name=slow.log');
    expect(post.body).toBe(file);
  });
});

describe('insertCitation', () => {
  it('puts the citation at the caret, spaced from its neighbours', () => {
    expect(insertCitation('Hit rate fell.', '[evidence ev_1]')).toBe('Hit rate fell. [evidence ev_1]');
    expect(insertCitation('Hit rate fell.', '[evidence ev_1]', 4)).toBe('Hit [evidence ev_1] rate fell.');
    expect(insertCitation('', '[evidence ev_1]', 10)).toBe('[evidence ev_1]');
  });
});
