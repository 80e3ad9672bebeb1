// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Comment } from '../contract.ts';
import { SessionContext } from '../session.ts';
import { buildPostmortem, buildUser } from '../test-support/factories.ts';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import { mountPoint, unmount } from '../test-support/mount.ts';
import { TestQueries } from '../test-support/queries.tsx';
import { Comments } from './Comments.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const section = (key: string, heading: string) => ({ key, heading, prompt: '', required: false, body: `${heading} text` });
const pm = buildPostmortem({ sections: [section('summary', 'Summary'), section('impact', 'Impact'), section('rootCause', 'Root cause')] });
const comment = (id: string, s: string): Comment => ({ id, section: s, body: `a comment on ${s}`, author: 'grace', kind: 'comment', createdAt: '2026-01-10T12:00:00Z' });

let calls: Call[];
let root: Root;
let host: HTMLElement;
let shown: string[];

beforeEach(async () => {
  calls = [];
  shown = [];
  ({ host, root } = mountPoint());
  mockServer(calls, () => json(200, { items: [comment('c1', 'impact'), comment('c2', 'impact'), comment('c3', 'rootCause')] }));
  await act(async () => {
    root.render(<TestQueries><SessionContext.Provider value={buildUser({ role: 'reviewer' })}><Comments pm={pm} section="summary" onSection={(k) => shown.push(k)} /></SessionContext.Provider></TestQueries>);
  });
  for (let i = 0; i < 3; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
});
afterEach(() => unmount({ host, root }));

describe('comments on other sections', () => {
  it('lists each other section with its count as its own link, separated, not run together (issue 17 defect 9)', async () => {
    const elsewhere = [...host.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Comments elsewhere'))!;
    expect(elsewhere.textContent).toBe('Comments elsewhere: Impact (2), Root cause (1)');
    const links = [...elsewhere.querySelectorAll('button')];
    expect(links.map((b) => b.textContent)).toEqual(['Impact (2)', 'Root cause (1)']);
    await act(async () => { links[1]!.click(); });
    expect(shown).toEqual(['rootCause']);
  });
});
