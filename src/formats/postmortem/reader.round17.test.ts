import { describe, expect, it } from 'vitest';
import { numberedOutline } from './numbered-outline.ts';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 17: a numbered outline with no Markdown headings ("1. Summary" / "1.1 …" / "6.1.1 Owner: …"), as a word
 * processor's multilevel list exports it: the top lines are sections, the numbered lines below them list items.
 */
const outline = [
  'GREENHOUSE PUMP OUTAGE — REVIEW', // 1
  '',
  '1. Summary', // 3
  '1.1 The nutrient pump stopped for 40 minutes after a firmware update.',
  '',
  '2. Timeline', // 6
  '2.1 06:10 — Pump controller reboots into the new firmware.',
  '2.2 06:14 — Flow alarm pages the on-call grower.',
  '2.3 06:50 — Decision: roll the firmware back.',
  '',
  '3. Action items', // 11
  '3.1 Add a flow check to the firmware release pipeline.', // 12
  '3.1.1 Owner: Mina Okafor', // 13
  '3.1.2 Due: 2027-04-01',
].join('\n');

describe('a numbered outline with no Markdown headings (round 17)', () => {
  it('rewrites the top lines as headings and the numbered lines as list items, keeping every line and column', () => {
    const out = numberedOutline(outline).split('\n');
    const src = outline.split('\n');
    expect(out).toHaveLength(src.length);
    expect(out[2]).toBe('## Summary');
    expect(out[6]).toBe('-   06:10 — Pump controller reboots into the new firmware.');
    expect(out[12]).toBe('    - Owner: Mina Okafor');
    out.forEach((l, i) => expect(l.length).toBe(src[i]!.length));
  });

  it('reads the sections, the timeline entries and the action item with its owner and due date', () => {
    const { doc } = parsePostmortem(outline);
    expect(doc.sections.filter((s) => s.key !== null).map((s) => [s.key, s.line])).toEqual([['summary', 3], ['timeline', 6], ['actionItems', 11]]);
    expect(doc.timeline.entries.map((e) => [e.line, e.asWritten])).toEqual([[7, '06:10'], [8, '06:14'], [9, '06:50']]);
    expect(doc.actionItems).toHaveLength(1);
    expect(doc.actionItems[0]).toMatchObject({ line: 12, owner: 'Mina Okafor' });
  });

  // Round 38: a title heading alone no longer counts (see reader.sections.round38.test.ts); a section heading does.
  it('leaves an ordinary numbered list alone: a document with Markdown section headings, or tops not numbered 1, 2, 3', () => {
    const withHeading = `# Title\n\n## Background\n\n${outline}`;
    expect(numberedOutline(withHeading)).toBe(withHeading);
    const steps = '1. Restart the pump\n2. Check the flow\n5. Summary\n1.1 x';
    expect(numberedOutline(steps)).toBe(steps);
  });
});

describe('a measure under a timeline table (round 17)', () => {
  it('reads no entry off a time in brackets after a measure ("Time to detect: 42 minutes (start 10:05, alert 10:47)")', () => {
    const text = ['# Review', '', '## Timeline', '', '| Time | Event |', '|---|---|', '| 10:05 | Queue stops. |', '| 10:47 | Alert fires. |', '', 'Time to detect: 42 minutes (start 10:05, alert 10:47).'].join('\n');
    expect(parsePostmortem(text).doc.timeline.entries.map((e) => e.line)).toEqual([7, 8]);
  });
});
