import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from '../../domain/quality/index.ts';
import { foreignMarkup } from './foreign-markup.ts';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 15: an outliner's export (Logseq). Page properties ("key:: value") on top, every block a bullet, the
 * sections as top-level bullets holding a heading ("- ## Timeline") and their text nested one tab below: read as the
 * sections, entries and items they are, on the same lines.
 */
const outline = [
  'title:: Harbour crane stopped mid-lift', // 1
  'tags:: [[incident]], [[cranes]]',
  '',
  '- ## Summary', // 4
  '\t- Crane 3 stopped with a container in the air for 25 minutes.',
  '- ## Timeline', // 6
  '\t- 07:10 Crane 3 controller reboots after a firmware push',
  '\t\t- load held by the brake',
  '\t- 07:35 Decision: lower the load by hand',
  '- ## Action items', // 10
  '\t- Add a firmware push lock while a lift is in progress',
  '\t\t- Owner: Pia Lund',
  '\t\t- Due: 2027-05-02',
].join('\n');

describe('an outliner export of nested bullets (round 15)', () => {
  it('reads the heading bullets as sections on their own lines', () => {
    const { doc } = parsePostmortem(outline);
    expect(doc.sections.filter((s) => s.key !== null).map((s) => [s.key, s.line])).toEqual([
      ['summary', 4],
      ['timeline', 6],
      ['actionItems', 10],
    ]);
  });

  it('reads the entries of a timeline written as child bullets', () => {
    const { doc } = parsePostmortem(outline);
    expect(doc.timeline.entries.map((e) => e.line)).toEqual([7, 9]);
  });

  it('reads an item with its owner and due date as nested bullets', () => {
    const [item] = parsePostmortem(outline).doc.actionItems;
    expect(item?.owner).toBe('Pia Lund');
    expect(item?.due).toBe('2027-05-02');
  });

  it('rewrites line for line, and leaves a document with one heading bullet alone', () => {
    expect(foreignMarkup(outline).split('\n')).toHaveLength(outline.split('\n').length);
    const one = '# T\n\n- ## Not an outline\n\t- text\n';
    expect(foreignMarkup(one)).toBe(one);
  });
});

describe("a timeline's day line with its zone and sources (round 15)", () => {
  const tl = (first: string) => `# Q\n\n## Timeline\n\n${first}\n\n04:50 — Recipe sync pushes v14 to line 3\n\n05:00 — Line 3 starts the work order\n`;

  it('"2027-02-18 (JST). Sources: MES audit log, …" heads the day: no entry of its own', () => {
    const { doc } = parsePostmortem(tl('2027-02-18 (JST). Sources: MES audit log, oven PLC log.'));
    expect(doc.timeline.entries.map((e) => e.asWritten)).toEqual(['04:50', '05:00']);
  });

  it('twin: "2027-02-18. Oven profile changed by hand." is an entry on that day', () => {
    const { doc } = parsePostmortem(tl('2027-02-18 Oven profile changed by hand.'));
    expect(doc.timeline.entries.map((e) => e.asWritten)[0]).toBe('2027-02-18');
  });
});

describe('linear time (round 15)', () => {
  it('reads outlines, box marks, bylines, table rows with actors, milestones and day lines in linear time', () => {
    const input = (n: number) =>
      `- ## A\n- ## B\n${'\t- x\n'.repeat(n / 20)}${':::'}${' '.repeat(n)}x\n!!! note${' '.repeat(n)}x\n` +
      `${'a · opened by @x · '.repeat(n / 20)}\n## Timeline\n\n| Time | Who | What |\n|---|---|---|\n` +
      `${'| 10:00 | Sam | finally answers. Detection. |\n'.repeat(n / 50)}2027-01-01 (UTC).${' '.repeat(n)}x: y\n` +
      `10:00 copy job ${'started '.repeat(n / 10)}\n11:00 still running\n`;
    expect(growthRatio(input, (t) => foreignMarkup(t))).toBeLessThan(12);
    expect(growthRatio(input, (t) => lintPostmortem(parsePostmortem(t).doc, t, { config: DEFAULT_QUALITY_CONFIG }))).toBeLessThan(12);
  });
});
