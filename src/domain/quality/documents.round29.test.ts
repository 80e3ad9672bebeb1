import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { classifyHeading } from '../../formats/postmortem/section-names.ts';
import { lintPostmortem } from './index.ts';
import { QualityConfigSchema } from './quality.config.ts';

/**
 * Issue 16, round 29: readers by shape — an incident tool's follow-up list with a status chip before each item, a problem
 * ticket's fields and journal (cause and fix notes, work notes, related tasks as a bare pipe table or tab-separated rows),
 * a run-in label after a timeline, a chat post's "*Label:*" lines, a section's name alone over its list, a numbered heading
 * with a note in brackets, a board's cards with empty fields, a bold label right
 * under a list, an approximate hour alone ("por volta das 15h"), a
 * spreadsheet's tabs saved as text, a tracker's tasks one a line, detection in another language. Every sentence here is written for the test.
 */
const lint = (text: string) => {
  const { doc } = parsePostmortem(text);
  return { doc, findings: lintPostmortem(doc, text, { config: QualityConfigSchema.parse({}) }) };
};

describe('a follow-up list of status chips, one item a line (round 29)', () => {
  const doc = [
    '# Kiosk printers offline', '', '## Summary', '', 'The lobby kiosks could not print tickets for 40 minutes.', '',
    '## Follow-ups', '',
    '[Open] Pin the printer driver to 4.2 in the kiosk image · Owner: Ilse Brandt · Due: 2027-08-02',
    '[In progress] Look into printer stuff',
    "[Won't do] Replace every kiosk · Owner: -",
    '[Done] Roll the kiosks back to the old image · Owner: Tomas Ruiz · Due: 2027-07-20',
  ].join('\n');
  it('each line is an item, its chip the status and not its words, and the fields between "·" leave no dangling dot', () => {
    expect(lint(doc).doc.actionItems.map((a) => [a.line, a.text, a.owner, a.due, a.status])).toEqual([
      [9, 'Pin the printer driver to 4.2 in the kiosk image · Due: 2027-08-02', 'Ilse Brandt', '2027-08-02', 'open'],
      [10, 'Look into printer stuff', null, null, 'in_progress'],
      [11, 'Replace every kiosk · Owner', null, null, 'wont_do'],
      [12, 'Roll the kiosks back to the old image · Due: 2027-07-20', 'Tomas Ruiz', '2027-07-20', 'done'],
    ]);
  });
  it('a paragraph that only opens with a bracketed word stays one paragraph', () => {
    const prose = ['# X', '', '## Action items', '', '[Note] we agreed to revisit this next week', 'once the vendor replies.'].join('\n');
    expect(lint(prose).doc.actionItems.length).toBe(1);
  });
});

describe("a problem ticket's fields and journal (round 29)", () => {
  it.each([
    ['Cause notes', 'rootCause'], ['Root cause notes', 'rootCause'], ['Fix notes', 'resolution'], ['Resolution notes', 'resolution'],
    ['Close notes', 'resolution'], ['Work notes', 'notes'], ['Work log', 'notes'], ['Related tasks', 'actionItems'],
    ['Problem tasks', 'actionItems'], ['Notes', 'notes'],
  ])('%s is %s', (heading, key) => {
    expect(classifyHeading(heading, true)).toBe(key);
  });
  const ticket = (tasks: string[]) => [
    'Problem PRB0000101', '', 'Description:', 'The parcel lockers refused every code for an hour on Monday.', '',
    'Cause notes:', 'The locker firmware rejected codes longer than six digits after the 3.1 update.', '',
    'Work notes:', '2027-09-06 07:10:00 - Ana Silva (Work notes)', 'Lockers report code errors.', '',
    '2027-09-06 08:05:00 - Ana Silva (Work notes)', 'Firmware rolled back; codes accepted.', '',
    'Related tasks:', ...tasks,
  ].join('\n');
  it('a bare pipe table under its label (no rule under the header) is the items, one a row, with their columns', () => {
    const { doc } = lint(ticket([
      'Number | Short description | Assigned to | Due date | State',
      'PTASK0000201 | Look into locker stuff | | | Open',
      'PTASK0000202 | Cap the code length check at the firmware\'s own limit and test it in CI | Ana Silva | 2027-09-20 | Open',
    ]));
    expect(doc.sections.map((x) => x.key)).toEqual(expect.arrayContaining(['summary', 'rootCause', 'timeline', 'actionItems']));
    expect(doc.timeline.entries.length).toBe(2);
    expect(doc.sections.find((x) => x.heading === 'Work notes')?.key).toBe('timeline');
    expect(doc.actionItems.map((a) => [a.line, a.key, a.text, a.owner, a.due, a.status])).toEqual([
      [18, 'PTASK0000201', 'Look into locker stuff', null, null, 'open'],
      [19, 'PTASK0000202', "Cap the code length check at the firmware's own limit and test it in CI", 'Ana Silva', '2027-09-20', 'open'],
    ]);
  });
  it('tab-separated rows with their fields in the cells are one item a row, the ticket number the key, an empty field dropped', () => {
    const { doc } = lint(ticket([
      'PTASK0000301\tLook into locker stuff\tAssigned to:\tDue date:',
      'PTASK0000302\tAdd a firmware canary of ten lockers\tAssigned to: Ana Silva\tDue date: 2027-09-24',
    ]));
    expect(doc.actionItems.map((a) => [a.line, a.key, a.text, a.owner, a.due])).toEqual([
      [17, 'PTASK0000301', 'Look into locker stuff', null, null],
      [18, 'PTASK0000302', 'Add a firmware canary of ten lockers · Due date: 2027-09-24', 'Ana Silva', '2027-09-24'],
    ]);
  });
  it('work notes of no dated entries stay notes', () => {
    const notes = ['## Summary', '', 'Lockers refused codes.', '', 'Work notes:', 'Asked the vendor for the 3.2 notes.', 'Waiting on a reply.'].join('\n');
    expect(parsePostmortem(notes).doc.sections.find((x) => x.heading === 'Work notes')?.key).toBe('notes');
  });
  it('pipe lines whose first line is a sentence, or whose rows differ in cells, stay a paragraph', () => {
    const prose = ['## Notes', '', 'We compared a | b | c in the old export.', 'x | y | z', 'p | q'].join('\n');
    expect(parsePostmortem(prose).doc.sections.find((x) => x.key === 'notes')?.body).toContain('x | y | z');
    expect(lint(['## Action items', '', 'Action | Owner | Due', 'Add a check | Ana | 2027-01-02', 'Look into it | Bo'].join('\n')).doc.actionItems.length).toBe(1);
  });
});

describe('a plain run-in label after a timeline (round 29)', () => {
  const doc = (label: string) => [
    '# Lockers', '', 'Timeline:', '07:10 Lockers report code errors', '08:05 Firmware rolled back', '',
    `${label} The firmware rejected codes longer than six digits after the 3.1 update (412 refusals in the locker log).`, '',
    'Impact:', '', 'About 900 parcels were collected late.', '', 'Action items:', '', '- Add a firmware canary (Ana, 2027-09-24)',
  ].join('\n');
  it('"Root cause: …" on a paragraph of its own closes the timeline and opens the root cause', () => {
    const { doc: d } = lint(doc('Root cause:'));
    expect(d.sections.find((x) => x.key === 'rootCause')?.line).toBe(7);
    expect(d.timeline.entries.length).toBe(2);
  });
  it('a bold label or a label naming no section stays a part of the timeline', () => {
    expect(lint(doc('**Root cause:**')).doc.sections.find((x) => x.line === 7)).toBeUndefined();
    expect(lint(doc('Note:')).doc.sections.some((x) => x.key === 'rootCause')).toBe(false);
  });
  it('a root cause told twice is backed by the evidence of either', () => {
    const text = ['# Lockers', '', '## Root cause', '', 'The firmware rejected long codes (412 refusals in the locker log, graph: https://grafana.example/d/lk).', '',
      'Cause notes:', '', 'The 3.1 update shortened the code buffer.', '', '## Impact', '', 'Parcels were collected late.'].join('\n');
    expect(lint(text).findings.filter((f) => f.rule === 'no-evidence')).toEqual([]);
  });
});

describe("a chat post's labels and a bare label over its list (round 29)", () => {
  const post = [
    ':warning: *Ferry app down Friday* :warning:', '',
    '*What happened:* the ferry booking app timed out from about 17:00 to 18:15',
    '*Impact:* most evening sailings were booked at the kiosks',
    '*Root cause:* the new seat map query was not indexed',
    '*Follow-ups:*', '• look into the app', '• @mira: add the index check to CI by 2027-10-01',
  ].join('\n');
  it('each "*Label:* …" line of one paragraph is a section of its own, the bullets under the last its items', () => {
    const { doc } = lint(post);
    expect(doc.sections.filter((x) => x.key !== null).map((x) => [x.line, x.key])).toEqual([[3, 'summary'], [4, 'impact'], [5, 'rootCause'], [6, 'actionItems']]);
    expect(doc.actionItems.map((a) => [a.line, a.owner])).toEqual([[7, null], [8, '@mira']]);
  });
  it('emphasis inside a line, or an italic phrase with no colon, does not cut the paragraph', () => {
    const prose = ['## Summary', '', 'The app was *really* slow.', '*Mostly* at the evening peak.'].join('\n');
    expect(lint(prose).doc.sections.filter((x) => x.key !== null).map((x) => x.key)).toEqual(['summary']);
  });
  it('a line naming a section right over a list, with no colon, is the list\'s label', () => {
    const note = ['Subject: ferry app', '', 'Hi all, the app was down for an hour on Friday evening.', '', 'Next steps', '- Look into the app', '- Add the index check to CI'].join('\n');
    const { doc } = lint(note);
    expect(doc.sections.find((x) => x.key === 'actionItems')?.line).toBe(5);
    expect(doc.actionItems.map((a) => a.line)).toEqual([6, 7]);
  });
  it('a sentence over a list, a name over a list after a blank line, or a line naming no section stays text', () => {
    const sentence = ['Hi all, the app was down.', '', 'We then checked the queue.', '- Look into the app'].join('\n');
    expect(lint(sentence).doc.sections.some((x) => x.key === 'actionItems')).toBe(false);
    const spaced = ['Hi all, the app was down.', '', 'Thanks everyone', '- Mira', '- Jo'].join('\n');
    expect(lint(spaced).doc.sections.filter((x) => x.key !== null)).toEqual([]);
  });
});

describe("a formal report's numbered headings with a note in brackets (round 29)", () => {
  const report = (third: string) => [
    'INCIDENT REPORT: LOCKER CODES', '', '1. SUMMARY', '', 'Parcel lockers refused long codes for an hour on 6 September.', '',
    `2. ${third}`, '', '07:10  Lockers report code errors', '08:05  Firmware rolled back', '',
    '3. ROOT CAUSE', '', 'The 3.1 firmware shortened the code buffer.', '', '4. ACTIONS', '',
    '4.1  Add a firmware canary of ten lockers.', '     Owner: Ana Silva', '     Due: 24 September 2027', '4.2  Review training.',
  ].join('\n');
  it('"2. TIMELINE (all times CET)" is a heading among the others, the numbered actions items', () => {
    const { doc } = lint(report('TIMELINE (all times CET, 6 September 2027)'));
    expect(doc.sections.filter((x) => x.key !== null).map((x) => [x.line, x.key])).toEqual([[3, 'summary'], [7, 'timeline'], [12, 'rootCause'], [16, 'actionItems']]);
    expect(doc.actionItems.map((a) => [a.line, a.owner, a.due])).toEqual([[18, 'Ana Silva', '2027-09-24'], [21, null, null]]);
  });
  it('a numbered sentence with brackets stays a list item', () => {
    const { doc } = lint(report('We rolled back (after checking the vendor notes).'));
    expect(doc.sections.some((x) => x.key === 'timeline')).toBe(false);
  });
});

describe("a board's cards with fields left empty (round 29)", () => {
  const board = [
    '# Board: lockers', '', '## List: Summary', '', '### Card: What happened', 'Lockers refused long codes for an hour.', '',
    '## List: Action items', '', '### Card: Add a firmware canary of ten lockers', 'Members: @ana.s', 'Due: 2027-09-24', '',
    '### Card: Re-send the missed codes', 'Members:', 'Due:', '', '### Card: Look into the lockers', 'Members: @bo', 'Due:',
  ].join('\n');
  it('a card whose fields are empty is still an item, without owner or due date, and "Card:" is not its words', () => {
    expect(lint(board).doc.actionItems.map((a) => [a.line, a.text, a.owner, a.due])).toEqual([
      [10, 'Add a firmware canary of ten lockers — Due: 2027-09-24', '@ana.s', '2027-09-24'],
      [14, 'Re-send the missed codes', null, null],
      [18, 'Look into the lockers', '@bo', null],
    ]);
  });
  it('a lone run-in label over nothing is no field block', () => {
    const doc = ['## Action items', '', '### Add a canary', 'Owner: Ana', '', '### Notes', 'Background:'].join('\n');
    expect(lint(doc).doc.actionItems.map((a) => a.line)).toEqual([3]);
  });
});

describe("a bot's draft with its labels right under a list (round 29)", () => {
  const draft = [
    '# #inc-77 export', '', '[10:41] opsbot: draft:', '',
    '**Summary:** The ferry app timed out for an hour.', '**Timeline:**', '- 17:00 Timeouts start', '- 18:15 Index added',
    '**Root cause:** the seat map query had no index.', '**Follow-ups:**', '- [ ] Look into the app', '- [ ] Add the index check to CI — @mira — due 2027-10-01',
  ].join('\n');
  it('a bold label at the line\'s start ends the list above it; the bullets after it are its own', () => {
    const { doc } = lint(draft);
    expect(doc.sections.filter((x) => x.key !== null).map((x) => [x.line, x.key])).toEqual([[5, 'summary'], [6, 'timeline'], [9, 'rootCause'], [10, 'actionItems']]);
    expect(doc.timeline.entries.map((e) => e.line)).toEqual([7, 8]);
    expect(doc.actionItems.map((a) => [a.line, a.owner])).toEqual([[11, null], [12, '@mira']]);
  });
  it('a bold label indented under its item stays the item\'s', () => {
    const nested = ['## Action items', '', '- Add the index check', '  **Owner:** Mira', '- Look into the app'].join('\n');
    expect(lint(nested).doc.actionItems.map((a) => [a.line, a.owner])).toEqual([[3, 'Mira'], [5, null]]);
  });
  it.each([['Task list', 'actionItems'], ['Sub-issues', 'actionItems'], ['Milestones', 'timeline'], ['Milestone timeline', 'timeline']])('%s is %s', (h, key) => {
    expect(classifyHeading(h)).toBe(key);
  });
});

describe('an approximate hour alone with its "h" or "Uhr" (round 29)', () => {
  const tl = (cell: string) => ['## Timeline', '', '| Time | Event |', '|---|---|', '| 14:02 | Alarm |', `| ${cell} | Team called |`, '| 15:40 | Fixed |'].join('\n');
  it.each(['por volta das 15h', 'hacia las 15 h', 'vers 15h', 'gegen 15 Uhr', 'around 15h'])('"%s" is an approximate entry at that hour', (cell) => {
    const { doc, findings } = lint(tl(cell));
    expect(doc.timeline.entries.find((e) => e.line === 6)?.precision).toBe('approximate');
    expect(findings.some((f) => f.rule === 'timeline-precision' && f.line === 6)).toBe(true);
  });
  it('an hour alone with no approximate word, or a length, is no time', () => {
    expect(lint(tl('15h')).doc.timeline.entries.some((e) => e.line === 6)).toBe(false);
    expect(lint(tl('about 2 hours')).doc.timeline.entries.some((e) => e.line === 6)).toBe(false);
  });
});

describe("a spreadsheet's tabs saved as text (round 29)", () => {
  const sheet = [
    'Locker review (exported from a sheet, 3 tabs)', '',
    '[Tab 1: Summary]', 'Field\tValue', 'Summary\tLockers refused long codes for an hour.', 'Impact\tAbout 900 parcels collected late.',
    'Root cause\tThe 3.1 firmware shortened the code buffer.', 'What went well\t', '',
    '[Tab 2: Timeline]', 'Time\tEvent', '07:10\tLockers report code errors', '08:05\tFirmware rolled back', '',
    '[Tab 3: Actions]', '#\tAction\tOwner\tDue', '1\tLook into the lockers\t\t', '2\tAdd a firmware canary of ten lockers\tAna Silva\t2027-09-24',
  ].join('\n');
  it('each tab name is a heading, a two-column field tab its labels, a numbered action tab its items', () => {
    const { doc, findings } = lint(sheet);
    expect(doc.sections.filter((x) => x.key !== null).map((x) => [x.line, x.key])).toEqual([
      [3, 'summary'], [6, 'impact'], [7, 'rootCause'], [10, 'timeline'], [15, 'actionItems'],
    ]);
    expect(doc.timeline.entries.map((e) => e.line)).toEqual([12, 13]);
    expect(doc.actionItems.map((a) => [a.line, a.text, a.owner, a.due])).toEqual([
      [17, 'Look into the lockers', null, null],
      [18, 'Add a firmware canary of ten lockers — Due: 2027-09-24', 'Ana Silva', '2027-09-24'],
    ]);
    expect(findings.filter((f) => f.rule === 'placeholder')).toEqual([]);
  });
  it('one bracketed tab line, or tab lines naming no section, stay text', () => {
    expect(parsePostmortem('[Tab 1: Summary]\nLockers.\n').doc.sections.some((x) => x.key === 'summary')).toBe(false);
    expect(parsePostmortem('[Tab 1: Data]\nx\n\n[Tab 2: Charts]\ny\n').doc.sections.every((x) => x.key === null)).toBe(true);
  });
});

describe("a tracker's tasks one a line under a label of no known name (round 29)", () => {
  const bug = (tasks: string[]) => ['# Bug 4411: lockers refuse codes', '', '## Root cause', '', 'The 3.1 firmware shortened the code buffer.', '',
    'Definition of done:', ...tasks].join('\n');
  it('each "Task N: …" line is an item, its number the key, its fields the owner and due date', () => {
    const { doc } = lint(bug([
      'Task 901: Add a firmware canary of ten lockers — Assigned To: Ana Silva — Target Date: 2027-09-24',
      'Task 902: Look into the lockers — Target Date: 2027-10-01',
    ]));
    expect(doc.actionItems.map((a) => [a.line, a.key, a.owner, a.due])).toEqual([[8, 'Task 901', 'Ana Silva', '2027-09-24'], [9, 'Task 902', null, '2027-10-01']]);
  });
  it('task lines with no owner or due date, or one task alone, are not taken as the actions', () => {
    expect(lint(bug(['Task 901: Add a canary', 'Task 902: Look into it'])).doc.actionItems).toEqual([]);
    expect(lint(bug(['Task 901: Add a canary — Assigned To: Ana'])).doc.actionItems).toEqual([]);
  });
});

describe('detection read off a timeline in another language (round 29)', () => {
  const tl = (second: string) => ['# Pagos', '', '## Resumen', '', 'Los pagos fallaron.', '', '## Cronología', '', '- 09:00 Despliegue de la versión 4.2', `- 09:20 ${second}`, '- 09:40 Rollback terminado'].join('\n');
  it.each(['Alerta de Grafana "pagos < 90 %" salta', 'Soporte recibe las primeras quejas', 'Central recebe as primeiras reclamações', "L'équipe a détecté l'erreur"])('"%s" is the detection', (line) => {
    expect(lint(tl(line)).findings.some((f) => f.rule === 'detection-lag')).toBe(false);
  });
  it('a line with no alert, complaint or noticing leaves the lag unstated', () => {
    expect(lint(tl('Se revisan los logs del servicio')).findings.some((f) => f.rule === 'detection-lag')).toBe(true);
  });
});

describe('linear time on the round 29 forms', () => {
  it('chips stays linear on long runs', () => {
    const chips = (n: number) => `## Follow-ups\n\n${'[Open] Add a check · Owner: A B · · Due: 2027-01-01\n'.repeat(n)}[${'a '.repeat(n)}] ${'· '.repeat(n)}\n`;
    expect(growthRatio(chips, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('pipes stays linear on long runs', () => {
    const pipes = (n: number) => `Related tasks:\nNumber | Short description | Assigned to\n${'P1 | Add a check | A\n'.repeat(n)}${'| '.repeat(n)}\n`;
    expect(growthRatio(pipes, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('tabs stays linear on long runs', () => {
    const tabs = (n: number) => `## Related tasks\n\n${'PTASK01\tAdd a check\tAssigned to:\tDue date: 2027-01-01\n'.repeat(n)}${'\t'.repeat(n)}x\n`;
    expect(growthRatio(tabs, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('slack stays linear on long runs', () => {
    const slack = (n: number) => `${'*Impact:* a\n*Root cause:* b\n'.repeat(n)}*${'x'.repeat(n)}:*\nNext steps\n- a\n`;
    expect(growthRatio(slack, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('numbered stays linear on long runs', () => {
    const numbered = (n: number) => `1. SUMMARY\n\n2. IMPACT (a)\n\n3. ROOT CAUSE\n\n${'4. ACTIONS (b)\n'.repeat(n)}5. X ${'('.repeat(n)}\n`;
    expect(growthRatio(numbered, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('cards stays linear on long runs', () => {
    const cards = (n: number) => `## Action items\n\n${'### Card: Add a check\nMembers:\nDue:\n\n'.repeat(n)}### Card: ${'a:'.repeat(n)}\nMembers:${' '.repeat(n)}\n`;
    expect(growthRatio(cards, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('lazy stays linear on long runs', () => {
    const lazy = (n: number) => `${'- 09:00 a\n**Root cause:** b\n- [ ] c\n'.repeat(n)}**${'*'.repeat(n)}\n`;
    expect(growthRatio(lazy, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('sheet stays linear on long runs', () => {
    const sheet = (n: number) => `${'[Tab 1: Summary]\nField\tValue\nImpact\ta\nRoot cause\tb\nSummary\tc\nLessons\td\n\n[Tab 3: Actions]\n#\tAction\tOwner\n1\tx\ty\n'.repeat(n)}[Tab: ${'['.repeat(n)}\n`;
    expect(growthRatio(sheet, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('tracker stays linear on long runs', () => {
    const tracker = (n: number) => `## Notes\n\nDone when:\n${'Task 1: Add a check — Assigned To: A — Target Date: 2027-01-01\n'.repeat(n)}Task 2: ${'— '.repeat(n)}\n`;
    expect(growthRatio(tracker, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('detection stays linear on long runs', () => {
    const det = (n: number) => `## Timeline\n\n- 09:00 a\n- 09:10 ${'alerta '.repeat(n)}x\n- 09:20 ${'primeras '.repeat(n)}\n`;
    expect(growthRatio(det, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('runin stays linear on long runs', () => {
    const runin = (n: number) => `Timeline:\n09:00 a\n\n${'Root cause: b\n\nImpact: c\n\n'.repeat(n)}Root cause:${' '.repeat(n)}\n`;
    expect(growthRatio(runin, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
});
