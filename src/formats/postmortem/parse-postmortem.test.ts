import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePostmortem } from './parse-postmortem.ts';
import { toParseJson } from './parse-json.ts';

const fixtures = resolve(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'postmortems');
const read = (name: string) => toParseJson(name, parsePostmortem(readFileSync(resolve(fixtures, name), 'utf8')));
const times = (j: ReturnType<typeof read>) => j.timeline.entries.map((e) => [e.asWritten, e.at, e.precision]);

describe('parsePostmortem on documents written in the wild', () => {
  it('reads a table timeline with seconds, "~" and "??:??" under "(all times UTC)"', () => {
    const j = read('table-utc.md');
    expect(j).toMatchObject({ title: 'Search index rebuild stalled', incidentDate: '2024-03-02', timezone: 'UTC', severity: 'SEV-2' });
    expect(times(j)).toEqual([
      ['14:03', '2024-03-02T14:03:00.000Z', 'minute'],
      ['14:10:30', '2024-03-02T14:10:30.000Z', 'exact'],
      ['~14:20', '2024-03-02T14:20:00.000Z', 'approximate'],
      ['??:??', null, 'unknown'],
      ['14:50', '2024-03-02T14:50:00.000Z', 'minute'],
    ]);
    expect(j.actionItems.map((a) => [a.owner, a.status, a.due])).toEqual([['@priya', 'in_progress', '2024-03-09'], ['@tom', 'open', '2024-03-30'], [null, 'done', null]]);
    expect(j.rootCause).toBe('A batch size raised last week made each batch exceed the worker memory limit.');
  });

  it('applies PST/PDT by the date (July is PDT) to bold 12-hour times crossing noon', () => {
    const j = read('bullets-pst-pdt.md');
    expect(j.timezone).toBe('PST/PDT');
    expect(j.durationStated).toBe('1h 12m');
    expect(j.timeline.entries[0]?.at).toBe('2025-07-11T16:58:00.000Z');
    expect(j.timeline.entries.at(-1)?.at).toBe('2025-07-11T19:10:00.000Z');
    expect(j.timeline.outOfOrder).toBe(false);
    expect(Object.keys(j.sections)).toEqual(expect.arrayContaining(['whatWentWell', 'whatWentWrong', 'actionItems']));
  });

  it('reads checklists, "(owner: …)", "— name" and "(DONE)" in follow-ups', () => {
    const j = read('bullets-pst-pdt.md');
    expect(j.actionItems.map((a) => [a.owner, a.status])).toEqual([['@rosa', 'open'], ['Malik', 'done'], [null, 'done']]);
  });

  it('reads one heading per entry and rolls the date past midnight', () => {
    const j = read('heading-per-entry.md');
    expect(j.timeline.entries.map((e) => e.at)).toEqual(['2023-11-04T22:40:00.000Z', '2023-11-04T23:55:00.000Z', '2023-11-05T00:20:00.000Z', '2023-11-05T01:05:00.000Z']);
    expect(j.timeline.entries[1]?.text).toBe('Write latency alert fires. The alert goes to the secondary on-call.');
    expect(j.actionItems).toHaveLength(2);
  });

  it('rolls a 12-hour clock from PM to AM into the next day, in EST', () => {
    const j = read('twelve-hour-midnight.md');
    expect(j.incidentDate).toBe('2025-03-09');
    expect(j.timeline.entries.map((e) => e.at)).toEqual(['2025-03-10T04:30:00.000Z', '2025-03-10T04:48:00.000Z', '2025-03-10T05:15:00.000Z', '2025-03-10T06:05:00.000Z', '2025-03-10T06:40:00.000Z']);
    expect(j.actionItems[0]?.owner).toBe('Jun');
  });

  it('reads lines of text that begin with a time, and the zone "UTC+1"', () => {
    const j = read('utc-plus-one.md');
    expect(j.timezone).toBe('UTC+1');
    expect(j.timeline.entries.map((e) => e.asWritten)).toEqual(['08:12', '08:40', '09:05']);
    expect(j.timeline.entries[2]?.text).toContain('retried by hand');
    expect(j.warnings.some((w) => w.message.includes('no date'))).toBe(true);
  });

  it('reads a setext title, setext sections and bold labels', () => {
    const j = read('setext-title.md');
    expect(j.title).toBe('Status page showed a false outage');
    expect(Object.keys(j.sections)).toEqual(['impact', 'rootCause', 'resolution', 'timeline', 'actionItems']);
    expect(j.sections.impact?.line).toBe(6);
    expect(j.rootCause).toMatch(/^The probe that feeds the status page/);
  });

  it('reads a "| Field | Value |" metadata table and ID/Due Date columns', () => {
    const j = read('metadata-table.md');
    expect(j).toMatchObject({ incidentDate: '2024-05-14', severity: 'SEV-1', durationStated: '00:38:00', timezone: 'UTC' });
    expect(parsePostmortem(readFileSync(resolve(fixtures, 'metadata-table.md'), 'utf8')).doc.actionItems[1]).toMatchObject({ key: 'A2', owner: '@omar', status: 'done', due: '2024-05-21' });
  });

  it('keeps a long run of underscores or asterisks in a heading and a timeline entry as written (fill-in blanks)', () => {
    const blank = '_'.repeat(40);
    const stars = '*'.repeat(36);
    const { doc } = parsePostmortem(`# Outage ${blank}\n\n## Timeline\n\n- 10:00 Paged ${stars} on-call ${blank}\n\n${blank}\n\n## Impact\n\nCustomers saw errors.\n`);
    expect(doc.meta.title).toBe(`Outage ${blank}`);
    expect(doc.timeline.entries[0]?.text).toContain(`Paged ${stars} on-call ${blank}`);
    expect(doc.sections.map((s) => s.heading)).toEqual(['Timeline', 'Impact']);
  });

  it('reads YAML front matter, keeps unknown keys, and treats contributing factors as the root cause', () => {
    const { doc } = parsePostmortem(readFileSync(resolve(fixtures, 'front-matter.md'), 'utf8'));
    expect(doc.meta).toMatchObject({ title: 'Feature flag service timeouts', incidentDate: '2024-04-22', severity: 'Sev2', authors: ['Kim', 'Lee'], extra: { layout: 'post' } });
    expect(doc.sections.find((s) => s.heading === 'Contributing factors')?.key).toBe('rootCause');
    expect(doc.actionItems.map((a) => a.status)).toEqual(['open', 'done', 'done', 'done']);
    expect(doc.actionItems[0]).toMatchObject({ owner: '@kim', due: '2024-05-01' });
  });

  it('keeps date-only rows with date precision and flags rows listed out of order', () => {
    const j = read('date-only-rows.md');
    expect(j.timeline.entries.map((e) => e.precision)).toEqual(['date', 'minute', 'minute', 'minute', 'date']);
    expect(j.timeline.outOfOrder).toBe(true);
    expect(j.incidentDate).toBe('2024-01-10');
  });

  it('carries the date of day headings and bold date lines to the entries below', () => {
    const j = read('day-headings.md');
    expect(j.timeline.entries.map((e) => e.at?.slice(0, 10))).toEqual(['2024-03-02', '2024-03-02', '2024-03-03', '2024-03-03']);
    expect(j.timeline.outOfOrder).toBe(false);
  });

  it('normalises numbered and emoji headings and keeps nested sub-items inside their item', () => {
    const j = read('numbered-sections.md');
    expect(Object.keys(j.sections)).toEqual(['summary', 'impact', 'timeline', 'rootCause', 'whatWentWrong', 'actionItems', 'appendix']);
    expect(j.actionItems.map((a) => a.owner)).toEqual(['@ana', 'platform team']);
  });

  it('reads "label then time" bullets and flags out-of-order key events', () => {
    const j = read('out-of-order.md');
    expect(j.timeline.entries[0]).toMatchObject({ asWritten: '2024-02-10 11:57', text: 'First alert' });
    expect(j.timeline.outOfOrder).toBe(true);
  });

  it('keeps a section it cannot place as a free section, with a warning naming its line', () => {
    const { doc, warnings } = parsePostmortem('# T\n\n## Summary\n\nx\n\n## Vendor contract details\n\nCalled the vendor.\n');
    expect(doc.sections.at(-1)).toMatchObject({ key: null, heading: 'Vendor contract details', line: 7, body: 'Called the vendor.' });
    expect(warnings).toContainEqual({ line: 7, message: expect.stringContaining('Vendor contract details') });
  });
});

describe('parsePostmortem never throws', () => {
  const md = fc.array(
    fc.oneof(
      fc.string(),
      fc.constantFrom('# ', '## Timeline', '### 14:03', '| Time | Event |', '|---|---|', '| 2:03 PM | x |', '- [ ] ', '- **Impact**: ', '---', '```', '**Date:** ', '??:??', '~', '12:00 AM', '2020-02-30 25:61', 'UTC+14', 'PST/PDT', '1. ', '> ', '<!--', '***', '~~x~~'),
    ),
    { maxLength: 40 },
  ).map((parts) => parts.join('\n'));

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (s) => void parsePostmortem(s)), { numRuns: 300 });
  });

  it('on Markdown-ish strings', () => {
    fc.assert(
      fc.property(md, (s) => {
        const r = parsePostmortem(s);
        expect(Array.isArray(r.doc.sections)).toBe(true);
        expect(r.warnings.every((w) => !w.message.startsWith('the document could not be read'))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('follow-ups written as improvements', () => {
  it('reads an "Improving …" section as action items and drops the separator left by an owner', () => {
    const { doc } = parsePostmortem([
      '# Database outage', '', '## Improving Recovery Procedures', '',
      '1. Alert when a backup job produces an empty file (#1095)', '2. Re-introduce staged rollouts — owner: @jgc', '',
    ].join('\n'));
    expect(doc.sections.map((s) => s.key)).toEqual(['actionItems']);
    expect(doc.actionItems.map((a) => [a.text, a.owner])).toEqual([
      ['Alert when a backup job produces an empty file (#1095)', null],
      ['Re-introduce staged rollouts', '@jgc'],
    ]);
  });
});

describe('the SRE-book shape', () => {
  const text = [
    '# Search outage', '', '## Action Items', '',
    '| Action Item | Type | Owner | Bug |', '|---|---|---|---|',
    '| Add a playbook entry for overload | mitigate | jo | n/a **DONE** |',
    '| Balance load between clusters | prevent | max | Bug 5554823 **TODO** |', '',
    '## Timeline', '', '2015-10-21 (all times UTC)', '',
    '* 14:51 Traffic rose 88x after a news post', '* 14:54 OUTAGE BEGINS as backends run out of memory', '',
  ].join('\n');

  it('reads "DATE (all times UTC)" as the date and zone of the entries, not as an entry', () => {
    const { doc } = parsePostmortem(text);
    expect(doc.meta.timezone).toBe('UTC');
    expect(doc.timeline.entries.map((e) => e.at)).toEqual(['2015-10-21T14:51:00.000Z', '2015-10-21T14:54:00.000Z']);
  });

  it('takes DONE / TODO markers from any cell when the table has no status column', () => {
    expect(parsePostmortem(text).doc.actionItems.map((a) => [a.owner, a.status])).toEqual([['jo', 'done'], ['max', 'open']]);
  });
});

describe('an owner and a due date in one parenthesis', () => {
  it('reads both from "(owner: @sam, due 2026-03-20)"', () => {
    const { doc } = parsePostmortem('# X\n\n## Action Items\n\n- Add a canary stage for the auth service (owner: @sam, due 2026-03-20)\n');
    expect(doc.actionItems.map((a) => [a.text, a.owner, a.due])).toEqual([['Add a canary stage for the auth service', '@sam', '2026-03-20']]);
  });
});
