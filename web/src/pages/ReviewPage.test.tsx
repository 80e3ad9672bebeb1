// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionContext } from '../session.ts';
import type { Postmortem } from '../contract.ts';
import { PostmortemEditorView } from '../components/PostmortemEditorView.tsx';
import { buildPostmortem, buildScore, buildUser } from '../test-support/factories.ts';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import { mountPoint, unmount, type MountPoint } from '../test-support/mount.ts';
import { TestQueries } from '../test-support/queries.tsx';
import { ReviewPage } from './ReviewPage.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const user = buildUser();
let calls: Call[];
let mount: MountPoint;

/** The server: the post-mortem read (with its score), a lint answer that scores the draft differently, nothing else. */
function serve(pm: Postmortem): void {
  mockServer(calls, (c) => {
    if (c.url === `/api/v1/postmortems/${pm.id}`) return json(200, pm);
    if (c.url === '/api/v1/lint') return json(200, { findings: [], score: buildScore(36) });
    if (c.url.startsWith('/api/v1/users')) return json(200, { items: [] });
    return json(404, { code: 'not_found', detail: 'no' });
  });
}
async function render(node: React.ReactNode): Promise<void> {
  await act(async () => { mount.root.render(<TestQueries><SessionContext.Provider value={user}>{node}</SessionContext.Provider></TestQueries>); });
  await act(async () => { await new Promise((r) => setTimeout(r, 700)); });
}
const headerScore = (): string | null => mount.host.querySelector('.score')?.textContent ?? null;

beforeEach(() => { calls = []; mount = mountPoint(); });
afterEach(async () => { await unmount(mount); });

describe('review page', () => {
  it('shows the same server-computed score as the editor for the same revision', async () => {
    const pm = buildPostmortem({ version: 4, score: buildScore(20), sections: [{ key: 'summary', heading: 'Summary', prompt: '', required: true, body: 'Checkout failed.' }] });
    serve(pm);
    await render(<PostmortemEditorView initial={pm} />);
    expect(calls.some((c) => c.url === '/api/v1/lint')).toBe(true);
    const inEditor = headerScore();
    await unmount(mount);
    mount = mountPoint();
    serve(pm);
    await render(<ReviewPage id={pm.id} />);
    expect({ editor: inEditor, review: headerScore() }).toEqual({ editor: 'score 20/100', review: 'score 20/100' });
  });

  it('counts the merged timeline entries in the Timeline section, as the editor shows them, rather than calling it empty', async () => {
    const entry = (asWritten: string, at: string, text: string) => ({ asWritten, at, precision: 'minute' as const, text, line: 0, source: 'incident' });
    const pm = buildPostmortem({
      sections: [
        { key: 'timeline', heading: 'Timeline', prompt: '', required: true, body: '' },
        { key: 'lessons', heading: 'Lessons', prompt: '', required: false, body: '' },
      ],
      timeline: { entries: [entry('2026-12-03T05:03Z', '2026-12-03T05:03:00.000Z', 'Alert fired'), entry('2026-12-03T05:10Z', '2026-12-03T05:10:00.000Z', 'Rolled back')], outOfOrder: false },
    });
    serve(pm);
    await render(<ReviewPage id={pm.id} />);
    const items = [...mount.host.querySelectorAll('.section-list li')].map((li) => li.textContent);
    expect(items).toEqual(['Timeline (2 timeline entries)', 'Lessons (empty)']);
  });
});
