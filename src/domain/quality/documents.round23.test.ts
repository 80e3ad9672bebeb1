import { describe, expect, it } from 'vitest';
import { findingsOf, withSection } from '../../../test/factories/quality-doc.ts';
import { toBlocks } from '../../formats/postmortem/blocks.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import { goesDeeper } from './surface-cause.ts';

/**
 * Issue 16, round 23: readings of document structure meant to hold for exports nobody has seen yet — a root cause that
 * only tells what happened, an act nothing in the system does, a chat export's message headers.
 */
const surface = (body: string): number => findingsOf('surface-cause', withSection('Root Cause', body)).length;

describe('a root cause with a safeguard or design cause passes (round 23)', () => {
  it.each([
    ['a missing safeguard', 'The scanner profile still pointed at the retired printer, and nothing checks a profile against the printer inventory.'],
    ['a design cause', 'The importer assumed every sailing shares one timetable, so a winter file overwrote the summer sailings.'],
    ['a stand-in too short to judge', 'See below.'],
  ])('hard negative: %s', (_form, body) => {
    expect(surface(body)).toBe(0);
  });
});

describe('an act nothing in the system does (round 23)', () => {
  it.each([
    ['nothing + a present verb', 'the greenhouse pumps run on a fixed timer and nothing adjusts them to soil moisture'],
    ['nothing in the X + a verb', 'nothing in the booking engine limits how many holds one agent can place'],
    ['nothing + a past verb', 'nothing reconciled the two ledgers before the export'],
  ])('goes deeper: %s', (_form, text) => {
    expect(goesDeeper(text)).toBe(true);
  });

  it.each([
    ['a defence', 'we followed the checklist, so there was nothing else we could have done'],
    ['a report that nothing changed', 'nothing changed on the tram depot side that week'],
    ['nothing was done', 'the lamp failed and nothing was done about it until Monday'],
  ])('goes no deeper: %s', (_form, text) => {
    expect(goesDeeper(text)).toBe(false);
  });
});

describe("a chat export's message headers (round 23)", () => {
  const entries = (timeline: string): string[] =>
    parsePostmortem(`# Incident\n\n## Timeline\n\n${timeline}\n`).doc.timeline.entries.map((e) => e.asWritten);

  it('reads each "**Name** time" header as a message of its own', () => {
    const md = ['> **Ilse Moreau** 9:02 AM', '> the tram signals on line 4 are all red', '>', '> **Tobias Wren** 9:40 AM', '> depot confirms a relay fault'].join('\n');
    expect(entries(md)).toEqual(['9:02 AM', '9:40 AM']);
  });

  it('reads a chat handle before the time', () => {
    expect(entries(['ilse.m 14:05', 'signals red on line 4', '', 'tobias_w 14:31', 'relay swapped'].join('\n'))).toEqual(['14:05', '14:31']);
  });

  it('hard negative: a sentence ending on a time stays part of the entry above', () => {
    expect(entries(['- 14:05 Signals on line 4 turn red', '  and the depot was told at 14:20'].join('\n'))).toEqual(['14:05']);
  });
});

describe('a note in brackets after what started (round 23)', () => {
  const gaps = (rows: string[]): number => {
    const text = withSection('Timeline', rows.join('\n'));
    return lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === 'timeline-gap').length;
  };

  it("reads the writer's note on the time, after an entry that starts something", () => {
    expect(gaps(['- 10:02 — Lift 3 stops between floors', '- 10:11 — Technician started the manual lowering (nobody on site between 10:02 and 10:11)'])).toBe(0);
  });

  it('hard negative: what started is still not read as filling the time before it', () => {
    expect(gaps(['- 10:02 — Lift 3 stops between floors', '- 10:11 — Technician started the manual lowering, waiting for the key'])).toBe(1);
  });
});

describe("a ticket system's printout (round 23)", () => {
  const banner = ['='.repeat(60), ' FACILITIES PRINTOUT                     Printed: 2026-07-02', ' Record: FAC-771          Status: Closed', '='.repeat(60), ''];
  const outline = [...banner, '1. SUMMARY', '', 'The chiller in hall B tripped twice.', '', '2. TIMELINE', '', '08:10 chiller trips', '', '3. ROOT CAUSE', '', 'The trip limit was set below the summer load.', ''].join('\n');

  const keys = (md: string): (string | null)[] => parsePostmortem(md).doc.sections.map((x) => x.key);

  it('reads a numbered outline under a banner drawn with one rule above and below', () => {
    expect(keys(outline)).toEqual(expect.arrayContaining(['summary', 'timeline', 'rootCause']));
  });

  it('hard negative: a real setext heading still means the document is no numbered outline', () => {
    // Round 38: a title alone over a numbered outline is the outline's page title, so the hard negative has a real
    // section heading as well (as round 17's does).
    expect(keys(['Chiller trip', '============', '', 'Summary', '-------', '', '1. SUMMARY', '', 'The chiller tripped.', '', '2. TIMELINE', '', '3. ROOT CAUSE', ''].join('\n'))).not.toContain('timeline');
  });

  const table = (rows: string[]): string =>
    ['# Chiller trip', '', '## Action items', '', 'KEY      SUMMARY                                  OWNER        DUE         STATUS', '-------  ---------------------------------------  -----------  ----------  ------', ...rows, ''].join('\n');
  const items = (md: string): { text: string; line: number }[] => parsePostmortem(md).doc.actionItems.map((a) => ({ text: a.text, line: a.line }));

  it('joins a row wrapped in its own column to the row above', () => {
    const md = table(['FAC-801  Raise the trip limit to the summer load     l.okafor     2026-07-20  Open', '         profile, checked against the BMS log', 'FAC-802  Add a pre-summer limit review               l.okafor     2026-08-01  Open']);
    expect(items(md)).toEqual([
      { text: 'Raise the trip limit to the summer load profile, checked against the BMS log', line: 7 },
      { text: 'Add a pre-summer limit review', line: 9 },
    ]);
  });

  it('hard negative: a row with a blank first cell but two cells of its own is a row', () => {
    const md = table(['FAC-801  Raise the trip limit                       l.okafor     2026-07-20  Open', '         Add a pre-summer limit review            p.sato       2026-08-01  Open']);
    expect(items(md)).toHaveLength(2);
  });

  it('reads a due date in words as a cell of its own, a status after it', () => {
    const md = table(['FAC-803  Review the BMS alarm thresholds             p.sato       Q3 2026     Open']);
    const due = (text: string): number => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === 'action-item-due').length;
    expect(due(md)).toBe(0);
    expect(due(table(['FAC-803  Review the BMS alarm thresholds             p.sato       -           Open']))).toBe(1);
  });
});

describe("a paste with its editor's line numbers (round 23)", () => {
  const body = ['# Ferry ramp fault', '', '## Summary', 'Ramp 2 at the north quay jammed half-raised.', '', '## Timeline', '07:02 ramp 2 stops mid-lift', '07:30 hydraulics crew arrives', '', '## Root cause', 'A seal in the lift cylinder failed.', ''];

  it('takes off a gutter of line numbers with author tags', () => {
    const md = body.map((l, i) => `${String(i + 1).padStart(3)} [Amber] ${l}`).join('\n');
    expect(parsePostmortem(md).doc.timeline.entries.map((e) => e.asWritten)).toEqual(['07:02', '07:30']);
  });

  it('takes off a plain gutter (cat -n)', () => {
    const md = body.map((l, i) => `${String(i + 1).padStart(6)}\t${l}`).join('\n');
    expect(parsePostmortem(md).doc.sections.map((x) => x.key)).toEqual(expect.arrayContaining(['summary', 'timeline', 'rootCause']));
  });

  it('hard negative: figures at the start of lines that do not count up by one are text', () => {
    const md = ['# Ferry ramp fault', '', '## Impact', '', ...Array.from({ length: 12 }, (_, i) => `${(i + 1) * 20} cars waited at berth ${i + 1}`)].join('\n');
    expect(parsePostmortem(md).doc.sections.find((x) => x.key === 'impact')?.body).toContain('20 cars waited');
  });
});

describe('a sheet pasted as CSV with no fence (round 23)', () => {
  const doc = (rows: string[]): string => ['# Ferry ramp fault', '', '## Action items', '', ...rows, ''].join('\n');
  const items = (md: string) => parsePostmortem(md).doc.actionItems.map((a) => ({ text: a.text, owner: a.owner, line: a.line }));

  it('reads the records as table rows, each on its own line', () => {
    const md = doc(['Action,Owner,Due,Status', 'Replace the lift cylinder seals on ramp 2,Quay engineering,2026-09-01,Open', 'Add a seal-pressure alarm to the ramp PLC,,2026-10-15,Open']);
    expect(items(md)).toEqual([
      { text: 'Replace the lift cylinder seals on ramp 2', owner: 'Quay engineering', line: 6 },
      { text: 'Add a seal-pressure alarm to the ramp PLC', owner: null, line: 7 },
    ]);
  });

  it('hard negative: lines with more commas than the header are text', () => {
    const md = doc(['Crew, pilots, harbour office', 'We met on Monday, Tuesday, and Friday, and agreed to replace the seals.', 'The harbour office, the crew, and the pilots all signed off, on time.']);
    expect(parsePostmortem(md).doc.actionItems.some((a) => a.owner === 'pilots')).toBe(false);
  });
});

describe("a Textile table (Redmine's wiki) (round 23)", () => {
  it('reads a "|_. Time |_. Event |" header with its rows as a timeline table', () => {
    const md = 'h2. Timeline\n\n|_. Time |_. Event |\n| 06:10 | Ramp 2 jams half-raised |\n| 06:40 | Crew lowers it by hand |\n';
    expect(parsePostmortem(md).doc.timeline.entries.map((e) => e.asWritten)).toEqual(['06:10', '06:40']);
  });

  it('hard negative: rows of cells with no header row stay text', () => {
    const md = 'h2. Timeline\n\n| 06:10 | Ramp 2 jams half-raised |\n| 06:40 | Crew lowers it by hand |\n';
    expect(toBlocks(md).some((b) => b.type === 'table')).toBe(false);
  });
});

describe('action items as a definition list (round 23)', () => {
  const items = (body: string) => parsePostmortem(`# Ferry ramp fault\n\n## Action items\n\n${body}\n`).doc.actionItems.map((a) => ({ text: a.text, line: a.line }));

  it('reads the definition as the item, on its own line', () => {
    expect(items('Hydraulics\n: Replace the ramp 2 cylinder seals. Owner: Quay engineering.\n\nAlarms\n: Add a seal-pressure alarm to the ramp PLC.')).toEqual([
      { text: expect.stringContaining('Replace the ramp 2 cylinder seals'), line: 6 },
      { text: 'Add a seal-pressure alarm to the ramp PLC.', line: 9 },
    ]);
  });

  it('hard negative: a sentence then a line opening with a colon-led note stays one item', () => {
    expect(items('Replace the ramp 2 cylinder seals.\n: see the vendor sheet')).toHaveLength(1);
    expect(items('Replace the ramp 2 cylinder seals.\n: see the vendor sheet')[0]!.line).toBe(5);
  });
});
