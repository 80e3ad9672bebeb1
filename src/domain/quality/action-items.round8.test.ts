import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import type { Finding, RuleId } from './quality.types.ts';

/**
 * Issue 16, round 8: a template's action item that still holds its stand-ins has no owner and no due date, and is
 * reported as such on the item (a reviewer points at the item, not only at the placeholder); a note to self
 * ("TODO: attach …") is not an action item; "next Friday" is a due date in words.
 */
/** Markdown → parsePostmortem → lint, as the CLI and the server do it. */
const findingsOf = (rule: RuleId, text: string): Finding[] =>
  lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === rule);
const table = (...rows: string[]) => withSection('Action Items', ['| # | Action | Owner | Due | Status |', '|---|---|---|---|---|', ...rows].join('\n'));
const list = (...rows: string[]) => withSection('Action Items', rows.join('\n'));
const lines = (rule: RuleId, text: string): string[] => findingsOf(rule, text).map((f) => text.split('\n')[f.line - 1] ?? '');

describe('template stand-ins in an action item are no owner and no due date (round 8)', () => {
  it('reports a table row of the template ("| [Describe the first action] | TBD | YYYY-MM-DD |") on the row', () => {
    const text = table('| 1 | [Describe the first action] | TBD | YYYY-MM-DD | Open |');
    expect(lines('action-item-owner', text)).toEqual(['| 1 | [Describe the first action] | TBD | YYYY-MM-DD | Open |']);
    expect(lines('action-item-due', text)).toEqual(['| 1 | [Describe the first action] | TBD | YYYY-MM-DD | Open |']);
  });

  it('reports a written item whose fields are "Owner: TBD — Due: TBD"', () => {
    const text = list('- [ ] Add an alert on the 429 rate per partner — Owner: TBD — Due: TBD');
    expect(findingsOf('action-item-owner', text)).toHaveLength(1);
    expect(findingsOf('action-item-due', text)).toHaveLength(1);
  });

  it('hard negative: an item with a real owner and date beside the same layout is not reported', () => {
    const text = list('- [ ] Add an alert on the 429 rate per partner — Owner: Priya — Due: 2026-05-01');
    expect(findingsOf('action-item-owner', text)).toEqual([]);
    expect(findingsOf('action-item-due', text)).toEqual([]);
  });

  it('hard negative: a "TODO:" note to self in another section is not an action item without owner', () => {
    const text = withSection('Root Cause', 'The purge tool has no environment check, so a staging command ran on production.\n\nTODO: attach the audit-log extract.');
    expect(findingsOf('action-item-owner', text)).toEqual([]);
    expect(findingsOf('action-item-due', text)).toEqual([]);
    expect(findingsOf('placeholder', text).length).toBeGreaterThan(0);
  });
});

describe('a weekday with "next" is a due date in words (round 8)', () => {
  it('reads "Due: next Friday" as a due date', () => {
    expect(findingsOf('action-item-due', list('- [ ] Add disk alerts at 80 % for /var/archive — Owner: Tomasz — Due: next Friday'))).toEqual([]);
  });

  it('still reports an item whose "Due:" holds no date', () => {
    expect(findingsOf('action-item-due', list('- [ ] Add disk alerts at 80 % for /var/archive — Owner: Tomasz — Due: soon'))).toHaveLength(1);
  });
});

describe('a paragraph of whole sentences, one a line, is one action item a line (round 8)', () => {
  const prose = (body: string): string => GOOD_POSTMORTEM.replace(/## Action Items[\s\S]*$/, `## Action Items\n\n${body}\n`);

  it('reports each sentence line on its own line', () => {
    const text = prose('We will add monitoring for the gateway buffer.\nSomeone from the platform team should check the other gateways.\nWe should update the runbook too.');
    const owners = findingsOf('action-item-owner', text).map((f) => text.split('\n')[f.line - 1]);
    expect(owners).toEqual(['We will add monitoring for the gateway buffer.', 'Someone from the platform team should check the other gateways.', 'We should update the runbook too.']);
  });

  it('hard negative: a hard-wrapped paragraph is one item, on its first line', () => {
    const text = prose('We will add monitoring for the gateway buffer and alert the platform\nteam when it stays above 80% for five minutes.');
    expect(findingsOf('action-item-owner', text)).toHaveLength(1);
  });
});
