// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionContext } from '../session.ts';
import type { Postmortem, User } from '../contract.ts';
import { buildPostmortem, buildUser } from '../test-support/factories.ts';
import { TestQueries } from '../test-support/queries.tsx';
import { PostmortemEditorView } from './PostmortemEditorView.tsx';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const user: User = buildUser();
const pm = (version: number, summary: string, lessons: string): Postmortem => buildPostmortem({
  version,
  sections: [
    { key: 'summary', heading: 'Summary', prompt: 'What happened, in two sentences.', required: true, body: summary },
    { key: 'lessons', heading: 'Lessons', prompt: 'What we learned.', required: false, body: lessons },
  ],
});

let calls: Call[];
let root: Root;
let host: HTMLElement;



const lintAnswer = (c: Call): Response => {
  const md = (c.body as { markdown: string }).markdown;
  const lines = md.split('\n');
  const line = lines.findIndex((l) => /Bob/.test(l)) + 1;
  return json(200, { findings: line > 0 ? [{ rule: 'blame', severity: 'warning', message: 'Names a person as the cause', line, quote: 'Bob' }] : [], score: { score: line > 0 ? 70 : 95 } });
};

async function render(initial: Postmortem, as: User = user): Promise<void> {
  await act(async () => {
    root.render(<TestQueries><SessionContext.Provider value={as}><PostmortemEditorView initial={initial} /></SessionContext.Provider></TestQueries>);
  });
}
async function type(key: string, text: string): Promise<void> {
  const box = host.querySelector<HTMLTextAreaElement>(`textarea[data-section="${key}"]`)!;
  await act(async () => {
    // Through the prototype's setter, as a person typing does, so React sees the change.
    Reflect.set(HTMLTextAreaElement.prototype, 'value', text, box);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const click = async (label: string): Promise<void> => {
  const button = [...host.querySelectorAll('button')].find((b) => b.textContent === label)!;
  await act(async () => { button.click(); });
};
const settle = async (ms: number): Promise<void> => { await act(async () => { await vi.advanceTimersByTimeAsync(ms); }); };

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  calls = [];
  localStorage.clear();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('post-mortem editor', () => {
  it('gives edit controls to editors and to the owner as a responder, and a reviewer a read-only page that points to the review', async () => {
    mockServer(calls, (c) => (c.url === '/api/v1/lint' ? lintAnswer(c) : json(404, { code: 'not_found', detail: 'no' })));
    const doc = { ...pm(3, 'Checkout failed for 20 minutes.', ''), owner: 'ana' };
    const controls = () => ({
      save: [...host.querySelectorAll('button')].some((b) => b.textContent === 'Save'),
      editable: host.querySelectorAll('textarea[data-section]:not([readonly])').length,
      note: host.querySelector('[aria-label="Saving"]')!.textContent.startsWith('Read only'),
    });
    await render(doc, buildUser({ username: 'ana', id: 'u9', role: 'responder' }));
    expect(controls()).toEqual({ save: true, editable: 2, note: false });
    await act(async () => { root.unmount(); });
    root = createRoot(host);
    await render(doc, buildUser({ username: 'rita', id: 'u8', role: 'reviewer' }));
    expect(controls()).toEqual({ save: false, editable: 0, note: true });
    expect(host.querySelector('[aria-label="Saving"] a')!.getAttribute('href')).toBe(`/postmortems/${doc.id}/review`);
  });

  it('shows a finding beside the section after a debounced lint call, and clears it when fixed', async () => {
    mockServer(calls, (c) => (c.url === '/api/v1/lint' ? lintAnswer(c) : json(404, { code: 'not_found', detail: 'no' })));
    await render(pm(3, 'Checkout failed for 20 minutes.', ''));
    await type('lessons', 'Bob broke checkout.');
    await type('lessons', 'Bob broke checkout. He');
    await settle(700);
    const lessons = host.querySelector('section[aria-labelledby="section-lessons-h"] .section-findings')!;
    expect(lessons.textContent).toContain('Names a person as the cause');
    expect(host.querySelector('section[aria-labelledby="section-summary-h"] .section-findings')!.textContent).toContain('No findings');
    // Typing quickly makes one lint call per pause, not one per keystroke.
    expect(calls.filter((c) => c.url === '/api/v1/lint').map((c) => (c.body as { markdown: string }).markdown).filter((m) => m.includes('Bob'))).toHaveLength(1);
    await type('lessons', 'A config change reached production without review.');
    await settle(700);
    expect(lessons.textContent).toContain('No findings');
    // The header keeps the saved revision's score (the factory's 90), not the draft's lint answer.
    expect(host.textContent).toContain('score 90/100');
  });

  it('on a stale save keeps my text, merges their other changes and shows their version', async () => {
    const theirs = pm(4, 'Their new summary.', 'Their lessons.');
    mockServer(calls, (c) => {
      if (c.url === '/api/v1/lint') return lintAnswer(c);
      if (c.method === 'PATCH' && (c.body as { version: number }).version === 3) {
        return json(409, { code: 'version_conflict', detail: 'INC is at version 4, not 3', currentVersion: 4, current: theirs });
      }
      if (c.method === 'PATCH') return json(200, { ...theirs, version: 5, sections: theirs.sections.map((s) => (s.key === 'lessons' ? { ...s, body: 'My lessons.' } : s)) });
      return json(404, { code: 'not_found', detail: 'no' });
    });
    await render(pm(3, 'Old summary.', 'Old lessons.'));
    await type('lessons', 'My lessons.');
    await click('Save');
    expect(host.textContent).toContain('Someone else saved this post-mortem while you were editing');
    expect(host.querySelector('.their-text')!.textContent).toBe('Their lessons.');
    expect(host.querySelector<HTMLTextAreaElement>('textarea[data-section="lessons"]')!.value).toBe('My lessons.');
    // The summary I did not touch now shows their text.
    expect(host.querySelector<HTMLTextAreaElement>('textarea[data-section="summary"]')!.value).toBe('Their new summary.');
    expect((JSON.parse(localStorage.getItem('debrief:postmortem-draft:INC-2026-01-10-001')!) as { sections: Record<string, string> }).sections['lessons']).toBe('My lessons.');
    await click('Save my version');
    const last = calls.filter((c) => c.method === 'PATCH').at(-1)!;
    expect(last.body).toEqual({ sections: { lessons: 'My lessons.' }, version: 4 });
    expect(host.textContent).not.toContain('Someone else saved');
    expect(localStorage.getItem('debrief:postmortem-draft:INC-2026-01-10-001')).toBeNull();
  });

  it("shows the timeline's entries and adds the incident's new events on refresh, keeping unsaved text", async () => {
    const entry = (asWritten: string, text: string, source: string, line: number) => ({ asWritten, at: null, precision: 'minute' as const, text, line, source });
    const entries = [entry('2026-01-10T10:00Z', 'Alert fired: CheckoutErrors', 'alertmanager', 1)];
    const start = { ...pm(3, 'Old summary.', ''), timeline: { entries, outOfOrder: false }, timelineBehind: 2 };
    mockServer(calls, (c) => {
      if (c.url === '/api/v1/lint') return lintAnswer(c);
      if (c.url.endsWith('/timeline/refresh')) {
        return json(200, { ...start, version: 4, timelineBehind: 0, refresh: { added: 2, kept: 1 },
          timeline: { entries: [...entries, entry('2026-01-10T10:20Z', 'Status changed to mitigated', 'debrief', 2), entry('2026-01-10T10:40Z', 'Status changed to resolved', 'debrief', 3)], outOfOrder: false } });
      }
      return json(404, { code: 'not_found', detail: 'no' });
    });
    await render(start);
    expect(host.querySelector('.timeline-entries')!.textContent).toContain('Alert fired: CheckoutErrors');
    await type('summary', 'My unsaved summary.');
    await click('Add 2 new events from the incident');
    expect(calls.find((c) => c.url.endsWith('/timeline/refresh'))!.body).toEqual({ version: 3 });
    const table = host.querySelector('.timeline-entries')!.textContent;
    expect(table).toContain('Status changed to resolved');
    expect(table).toContain('2 event(s) added');
    expect(host.querySelector<HTMLTextAreaElement>('textarea[data-section="summary"]')!.value).toBe('My unsaved summary.');
    expect(host.textContent).toContain('Unsaved changes');
  });

  it('keeps the draft in the page when the save fails', async () => {
    mockServer(calls, (c) => (c.url === '/api/v1/lint' ? lintAnswer(c) : c.method === 'PATCH' ? json(500, { code: 'internal', detail: 'Something went wrong on the server' }) : json(404, {})));
    await render(pm(3, 'Old summary.', ''));
    await type('summary', 'New summary that must not be lost.');
    await click('Save');
    expect(host.querySelector('[role="alert"]')!.textContent).toContain('Something went wrong on the server');
    expect(host.querySelector<HTMLTextAreaElement>('textarea[data-section="summary"]')!.value).toBe('New summary that must not be lost.');
    expect(host.textContent).toContain('Unsaved changes');
  });
});
