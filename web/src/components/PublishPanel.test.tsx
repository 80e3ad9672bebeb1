// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redact } from '../../../src/domain/redaction/index.ts';
import { SessionContext } from '../session.ts';
import type { PublishPreview } from '../contract.ts';
import { buildPostmortem, buildUser } from '../test-support/factories.ts';
import { TestQueries } from '../test-support/queries.tsx';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import { mountPoint, unmount } from '../test-support/mount.ts';
import { PublishPanel } from './PublishPanel.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// A post-mortem as the server writes it: front matter, then its sections.
const MARKDOWN = [
  '---', 'format: debrief/1', 'id: INC-1', 'revision: 8', '---', '# Checkout errors', '',
  '## Summary', '', 'Bob Jones restarted checkout-db-1 at 10.20.4.17.', '',
  '## Timeline', '', '- 10:02 Priya paged the on-call at ops-lead@corp.internal', '',
].join('\n');

/** The preview the server would answer: the redaction pass itself, on the Markdown above. */
function preview(audience: string): PublishPreview {
  const r = audience === 'external' ? redact(MARKDOWN, { people: ['Bob Jones', 'Priya'] }) : { redactions: [], kept: [], markdown: MARKDOWN };
  return { canPublish: true, blockers: [], markdown: r.markdown, redactions: r.redactions, kept: r.kept, approval: { version: 8, published: {} }, legalReview: { required: false, current: false, by: null, revision: null } };
}

let calls: Call[];
let mount: { host: HTMLElement; root: Root };

beforeEach(() => {
  calls = [];
  mount = mountPoint();
  mockServer(calls, (c) => json(200, preview(new URL(c.url, 'http://x').searchParams.get('audience') ?? 'internal')));
});
afterEach(() => unmount(mount));

describe('the publish panel', () => {
  it('names the section of each removal from the external version (issue 17 defect 9: the column was empty)', async () => {
    const { host, root } = mount;
    await act(async () => { root.render(<TestQueries><SessionContext.Provider value={buildUser({ role: 'editor' })}><PublishPanel pm={buildPostmortem({ id: 'INC-1', status: 'approved', version: 8 })} onPublished={() => undefined} /></SessionContext.Provider></TestQueries>); });
    const external = [...host.querySelectorAll('label')].find((l) => l.textContent === 'External (customers)')!.querySelector('input')!;
    await act(async () => { external.click(); });
    await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    const rows = [...host.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    const bySection = (text: string) => rows.find((r) => r[2] === text)?.[0];
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(bySection('Bob Jones')).toBe('Summary');
    expect(bySection('10.20.4.17')).toBe('Summary');
    expect(bySection('Priya')).toBe('Timeline');
    // Only the front matter, above every heading, has no section.
    expect(rows.filter((r) => r[0] === '—').map((r) => r[2])).toEqual(['front matter']);
  });
});
