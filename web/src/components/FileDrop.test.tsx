// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Call } from '../test-support/mock-server.ts';
import { FileDrop } from './FileDrop.tsx';
import type { FileIngestOutcome } from '../contract.ts';
import { mountPoint, unmount } from '../test-support/mount.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const gitLog = 'commit 3f2a9c1d7e\nAuthor: Dana <dana@example.com>\nDate:   Tue Mar 10 10:05:00 2026 +0000\n\n    Raise the pool limit\n';

let calls: Call[];
let root: Root;
let host: HTMLElement;
let answer: FileIngestOutcome;
const WINDOW = { from: '2026-01-10T09:00:00.000Z', to: '2026-01-10T12:00:00.000Z', basis: 'key_times' as const, marginHours: 72 };
const outcome = (added: number, existing: number, over: Partial<FileIngestOutcome> = {}): FileIngestOutcome => ({
  inserted: added, existing, named: 0, incidentId: 'INC-1', window: WINDOW, outliers: [], outlierAction: 'kept', added, events: added + existing, unresolvedMembers: 0, warnings: [], ...over,
});

beforeEach(async () => {
  calls = [];
  answer = outcome(1, 0);
  ({ host, root } = mountPoint());
  // The body is raw text here, not JSON: record the call without parsing it.
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ method: init.method ?? 'GET', url, body: init.body });
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  }));
  await act(async () => { root.render(<FileDrop incidentId="INC-1" onImported={() => undefined} />); });
});
afterEach(() => unmount({ host, root }));

async function choose(file: File, source?: string): Promise<string> {
  if (source) {
    const select = host.querySelector('select')!;
    await act(async () => { Reflect.set(HTMLSelectElement.prototype, 'value', source, select); select.dispatchEvent(new Event('change', { bubbles: true })); });
  }
  const input = host.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => { input.dispatchEvent(new Event('change', { bubbles: true })); });
  await act(async () => { await new Promise((r) => setTimeout(r, 10)); });
  return host.textContent ?? '';
}

describe('the file drop', () => {
  it('reads a git log as git although "slack" was selected, and says so', async () => {
    const text = await choose(new File([gitLog], 'deploys.txt', { type: 'text/plain' }), 'slack');
    expect(calls[0]?.url).toContain('source=git');
    expect(text).toContain('Read as git (from its content), not slack.');
  });

  it('says a repeated drop found only duplicates', async () => {
    answer = outcome(0, 12);
    const text = await choose(new File([gitLog], 'deploys.txt', { type: 'text/plain' }));
    expect(text).toContain('Imported deploys.txt: 0 new, 12 already imported. Nothing new: this file was imported before.');
  });

  it('says how many Slack members have no name and that users.json names them; and when a later import named them', async () => {
    const day = JSON.stringify([{ type: 'message', user: 'U0BMQB6JE', text: 'hi <@U0BMYT2FL>', ts: '1454884927.000002' }]);
    answer = outcome(1, 0, { unresolvedMembers: 2 });
    const text = await choose(new File([day], '2016-02-07.json', { type: 'application/json' }));
    // A daily file alone files its events under no channel: the export's .zip would add them again.
    expect(text).toContain('2 Slack member id(s) have no name in this file and read "@Slack member U…": the export .zip Slack gives has users.json: import the whole .zip instead of a daily file to put the names in (delete these events first, or they show twice).');
    answer = outcome(3, 0, { unresolvedMembers: 2 });
    expect(await choose(new File([day], 'export.zip', { type: 'application/zip' }))).toContain('2 Slack member id(s) have no name in this file and read "@Slack member U…": add users.json to the export (it is in the export .zip Slack gives) and import it again to put the names in.');
    answer = outcome(0, 1, { named: 1 });
    expect(await choose(new File([day], 'export.zip', { type: 'application/zip' }))).toContain('Imported export.zip: 0 new, 1 already imported, 1 of them now with Slack members\' names.');
  });

  it('asks for the source when the content matches none', async () => {
    const text = await choose(new File(['{"hello": "world"}'], 'x.json', { type: 'application/json' }));
    expect(calls).toEqual([]);
    expect(text).toContain('Could not tell which tool x.json comes from');
  });
});
