import { describe, expect, it } from 'vitest';
import { orgAndAsciidoc } from './org-asciidoc.ts';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 19: documents in Org-mode and AsciiDoc, rewritten as Markdown on the same lines before they are read,
 * and an approximate hour with no minutes at the start of a timeline entry.
 */
const ORG = [
  '#+TITLE: Kiln controller outage',
  '#+AUTHOR: Ada Moreno',
  '',
  '* Summary',
  'The kiln controller lost its schedule for two hours.',
  '',
  '* Timeline',
  '- 06:10 :: firing schedule starts',
  '- around 7 :: controller stops answering',
  '- 08:05 :: controller restarted by the night operator',
  '',
  '* Root cause',
  'The schedule store ran out of space in =/var/kiln=.',
  '',
  '* Action items',
  '** TODO Add a disk-space alert on =/var/kiln= at 80 %',
  '   Owner: Ada Moreno',
  '   DEADLINE: <2027-03-02 Tue>',
  '** TODO Review storage',
  '   SCHEDULED: <2027-03-09 Tue>',
  '** DONE Restart the controller',
].join('\n');

const ADOC = [
  '= Ferry ticket outage',
  'Ticketing Team <tickets@example.org>',
  'v1.0, 2027-01-04',
  ':toc:',
  '',
  '[NOTE]',
  '====',
  'Converted from AsciiDoc.',
  '====',
  '',
  '== Summary',
  '',
  'Ticket sales stopped for 40 minutes.',
  '',
  '== Timeline',
  '',
  '[cols="1,4"]',
  '|===',
  '|Time |Event',
  '',
  '|Sat 10:05 |Payment gateway returns errors',
  '|Sat 10:20 |On-call paged by the error-rate alert',
  '|===',
  '',
  '== Action items',
  '',
  '* [ ] Add a retry budget to the gateway client — owner: Tom Reyes, due 2027-01-20',
].join('\n');

describe('an Org-mode document (round 19)', () => {
  it('reads "*" headings as sections, one level below the title', () => {
    const { doc } = parsePostmortem(ORG);
    expect(doc.sections.map((s) => s.key)).toEqual(expect.arrayContaining(['summary', 'timeline', 'rootCause', 'actionItems']));
    expect(orgAndAsciidoc(ORG).split('\n').slice(0, 4)).toEqual(['# Kiln controller outage', 'Author: Ada Moreno', '', '## Summary']);
  });

  it('reads TODO / DONE headings as task items, DEADLINE or SCHEDULED as the due date, Owner lines as the owner', () => {
    const { doc } = parsePostmortem(ORG);
    expect(doc.actionItems.map((a) => [a.line, a.owner, a.due])).toEqual([
      [16, 'Ada Moreno', '2027-03-02'],
      [19, null, '2027-03-09'],
      [21, null, null],
    ]);
  });

  it('reads "=verbatim=" as code and keeps the lines where they were', () => {
    const out = orgAndAsciidoc(ORG);
    expect(out.split('\n')).toHaveLength(ORG.split('\n').length);
    expect(out).toContain('in `/var/kiln`.');
  });

  it('leaves a Markdown document with "* " bullets alone', () => {
    const md = ['## Summary', '', '* Summary of the night', '* Timeline of the fix'].join('\n');
    expect(orgAndAsciidoc(md)).toBe(md);
  });
});

describe('an AsciiDoc document (round 19)', () => {
  it('reads "==" headings as sections and drops the header, attribute and delimiter lines', () => {
    const { doc } = parsePostmortem(ADOC);
    expect(doc.meta.title).toBe('Ferry ticket outage');
    expect(doc.sections.map((s) => s.key)).toEqual(expect.arrayContaining(['summary', 'timeline', 'actionItems']));
    const out = orgAndAsciidoc(ADOC).split('\n');
    expect(out).toHaveLength(ADOC.split('\n').length);
    expect([...out.slice(1, 7), out[8]].every((l) => l === '')).toBe(true);
  });

  it('reads a "|===" table whose first row is its header as a timeline table', () => {
    const { doc } = parsePostmortem(ADOC);
    expect(doc.timeline.entries.map((e) => [e.line, e.asWritten])).toEqual([[21, 'Sat 10:05'], [22, 'Sat 10:20']]);
  });

  it('leaves a MediaWiki page ("== Timeline ==") to the wiki reader', () => {
    const md = ['== Summary ==', 'Text.', '', '== Timeline ==', 'More.'].join('\n');
    expect(orgAndAsciidoc(md)).toBe(md);
  });
});

describe('an approximate hour with no minutes (round 19)', () => {
  it('reads "around 7 ::" as an entry whose time is not precise', () => {
    const { doc } = parsePostmortem(ORG);
    const e = doc.timeline.entries.find((x) => x.line === 9);
    expect(e?.precision).toBe('unknown');
  });
});

describe('a Markdown document with setext headings and a bullet list of section names (round 19)', () => {
  it('is not read as Org-mode', () => {
    const md = ['Contents', '========', '', '* Summary', '* Timeline', '', 'Summary', '-------', '', 'Text.'].join('\n');
    expect(orgAndAsciidoc(md)).toBe(md);
  });
});
