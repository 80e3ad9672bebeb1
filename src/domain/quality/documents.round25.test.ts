import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { lintPostmortem } from './index.ts';
import { QualityConfigSchema } from './quality.config.ts';

/**
 * Issue 16, round 25: sections, lists and field blocks known by their shape in exports nobody listed — a plain-text
 * report's underlined numbered headings, an e-mail's or ticket reply's plain section titles.
 */
const lint = (text: string) => {
  const { doc } = parsePostmortem(text);
  return { doc, findings: lintPostmortem(doc, text, { config: QualityConfigSchema.parse({}) }) };
};
const keys = (text: string): (string | null)[] => lint(text).doc.sections.map((s) => s.key).filter((k) => k !== null);
const rulesOn = (text: string, line: number): string[] => lint(text).findings.filter((f) => f.line === line).map((f) => f.rule).sort();
const missing = (text: string): string[] => lint(text).findings.filter((f) => f.rule === 'missing-section').map((f) => f.message);

describe('underlined numbered headings (round 25)', () => {
  const report = [
    'FAULT REPORT FR-88', 'Cold-store door controller locked out the night shift', '==================================', '',
    '1. Summary', '----------', '', 'The door controller at the Lerwick cold store rejected every badge from 22:10 to 23:55.', '',
    '2. Timeline', '-----------', '', '22:10  Controller rejects badges after a firmware push.', '22:40  Night lead phones facilities.', '23:55  Firmware rolled back; badges work.', '',
    '3. Root cause', '-------------', '', 'The firmware push reset the badge table because the updater has no migration step for it.', '',
    '10. Action items', '----------------', '', '- Add a migration step for the badge table to the updater — owner: Maren Isaksen, due 2026-08-01', '',
  ];
  it('a numbered title over a dashed underline is a section, even from 10 up', () => {
    const text = report.join('\n');
    expect(keys(text)).toEqual(['summary', 'timeline', 'rootCause', 'actionItems']);
    expect(lint(text).doc.timeline.entries).toHaveLength(3);
    expect(lint(text).doc.actionItems.map((a) => a.line)).toEqual([25]);
  });
  it('a numbered sentence over a rule stays a list item (a full stop inside, an underline too short)', () => {
    const text = ['# Review', '', '1. We restarted the controller. It came back.', '----', '', '2. Summary of the night shift and everything it saw in the store', '---', ''].join('\n');
    expect(keys(text)).toEqual([]);
  });
  it('a numbered list with no underline is not touched', () => {
    const text = ['## Summary', '', 'Badges failed.', '', '## Action items', '', '1. Timeline', '2. Root cause', ''].join('\n');
    expect(keys(text)).toEqual(['summary', 'actionItems']);
  });
});

describe('plain section titles in an e-mail or a ticket reply (round 25)', () => {
  const mail = [
    'From: Ines Carvalho <ines@ferry.example>', 'Subject: RE: write-up for the ticket machine outage', '', 'Hi all, the write-up is below.', '',
    'Summary', 'The ticket machines on pier 2 refused cards from 07:05 to 08:20.', '',
    'Customer impact', '- 310 passengers queued at the kiosk.', '',
    'Timeline:', '- 07:05 Card reader firmware update starts', '- 07:30 Pier staff report refusals', '- 08:20 Firmware rolled back', '',
    'Root cause', 'The update changed the payment terminal ID, so the acquirer refused every card.', '',
    'Next steps', '- Add a terminal ID check to the update script — owner: Ines Carvalho, due 2026-09-01', '- Improve monitoring', '',
  ];
  it('lines naming known sections, after a blank line and over their text, are sections', () => {
    const text = mail.join('\n');
    expect(keys(text)).toEqual(['summary', 'impact', 'timeline', 'rootCause', 'actionItems']);
    expect(lint(text).doc.actionItems).toHaveLength(2);
    expect(missing(text).some((m) => m.includes('Root Cause') || m.includes('Timeline'))).toBe(false);
  });
  it('a message header drawn as a heading ("Name — date" over a rule) does not stop them', () => {
    const text = ['----', 'Ines Carvalho — Mar 3, 2026', '----', '', ...mail.slice(5)].join('\n');
    expect(keys(text)).toEqual(['summary', 'impact', 'timeline', 'rootCause', 'actionItems']);
  });
  it('in a Markdown document with its own section headings, a title-like line inside a section stays text', () => {
    const text = ['## Summary', '', 'Cards refused for an hour.', '', '## Detection', '', 'Impact', 'Three piers.', '', 'Root cause', 'Terminal ID changed.', ''].join('\n');
    expect(keys(text)).toEqual(['summary', 'detection']);
  });
  it('one title line alone, or a title with no text right below, is not read as a section', () => {
    expect(keys(['Hello team,', '', 'Summary', 'Cards refused.', '', 'Thanks, Ines', ''].join('\n'))).toEqual([]);
    expect(keys(['Summary', '', 'Cards refused.', '', 'Root cause', '', 'Terminal ID.', ''].join('\n'))).toEqual([]);
  });
});

describe('BBCode read as Markdown (round 25)', () => {
  const post = ['[b]Outage: the kiln controller at Vestby stopped logging[/b]', '', 'The kiln log stopped at 02:00 and nobody saw it until the morning shift.', '', '[b]Action items[/b]', '[list]', '[*]Check the logger', '[*]Add an alert on a log gap of 10 minutes to the kiln dashboard — owner: Sigrun Dahl, due 2026-10-01', '[/list]', ''];
  it('a bold line naming a section is a heading, "[*]" lines its items, the list tags nothing', () => {
    const text = post.join('\n');
    expect(keys(text)).toEqual(['actionItems']);
    expect(lint(text).doc.actionItems.map((a) => a.line)).toEqual([7, 8]);
    expect(lint(text).findings.filter((f) => f.rule === 'placeholder')).toEqual([]);
  });
  it('"[list]" as a template\'s slot in a sentence is still a placeholder; "[*]" without a list tag is left alone', () => {
    const text = ['## Summary', '', 'Affected kilns: [list]', '', '## Action items', '', '[*]Check the logger', ''].join('\n');
    expect(lint(text).findings.filter((f) => f.rule === 'placeholder').map((f) => f.line)).toEqual([3]);
    expect(lint(text).doc.actionItems.map((a) => a.text)).toEqual(['[*]Check the logger']);
  });
});

describe('a chat\'s agreed actions: a run of owner-led lines (round 25)', () => {
  const head = ['## Summary', '', 'The print queue at the Tromsø depot stalled for two hours.', '', '## Agreed actions', ''];
  it('lines led by "@name:" with one plain line among them are one item a line', () => {
    const text = [...head, '@Kari: move the queue host to the new rack by 2026-11-02', '@Lasse: tidy up the spooler', 'Look into the driver updates', '@Kari: add a stalled-queue alert at 15 minutes to the depot dashboard', ''].join('\n');
    expect(lint(text).doc.actionItems.map((a) => a.line)).toEqual([7, 8, 9, 10]);
    expect(rulesOn(text, 9)).toContain('action-item-owner');
  });
  it('a wrapped paragraph stays one item: a line that carries on into the next, or a single owner-led line', () => {
    const text = [...head, '@Kari: move the queue host to the new rack and,', 'With Lasse, the spooler too', '@Lasse: check the driver', ''].join('\n');
    expect(lint(text).doc.actionItems).toHaveLength(1);
    const one = [...head, '@Kari: move the queue host to the new rack', 'Then check the spooler and the driver', 'Then close the ticket', ''].join('\n');
    expect(lint(one).doc.actionItems).toHaveLength(1);
  });
});

describe('an item under its own heading with a block of fields of any keys (round 25)', () => {
  const head = ['## Summary', '', 'The ferry booking site sold the 07:40 sailing twice.', '', '## Follow-ups', ''];
  it('a card\'s heading is the item, its "Labels: … · Members: … · Due: …" line its fields', () => {
    const text = [...head, '### Task: Lock the seat map while a payment is pending', 'Tags: `P1` `booking` · Members: @ole.berg · Due: 2026-12-01', '', '### Task: Improve testing', 'Tags: `P2`', ''].join('\n');
    const items = lint(text).doc.actionItems;
    expect(items.map((a) => [a.line, a.owner, a.due])).toEqual([[7, '@ole.berg', '2026-12-01'], [10, null, null]]);
    expect(rulesOn(text, 10)).toEqual(['action-item-due', 'action-item-owner', 'vague-action-item']);
    expect(rulesOn(text, 11)).toEqual([]);
  });
  it('a remark under a heading ("Linked issues: #12 (open)." a sentence) does not make the heading an item', () => {
    const text = [...head, '### Reply from the release bot', 'Linked issues: #12 (merged), #14 (open).', '', '- Lock the seat map while a payment is pending — owner: Ole Berg, due 2026-12-01', ''].join('\n');
    expect(lint(text).doc.actionItems.map((a) => a.line)).not.toContain(7);
  });
});

describe('a label heading whose text opens with the same label (round 25)', () => {
  const base = ['# Glasshouse vents stuck open', '', '## Summary', '', 'Vents in house 4 stayed open through a frost night.', '', '## Timeline', '', '- 01:10 vent motor faults', '- 01:40 frost alarm', ''];
  it('"**Root cause**" over "Root cause: …" is not an empty section', () => {
    const text = [...base, '**Root cause**', '', 'Root cause: the vent controller lost its position sensor, so it could not close the vents.', ''].join('\n');
    expect(lint(text).findings.filter((f) => f.rule === 'empty-section')).toEqual([]);
  });
  it('an empty label heading followed by another section is still empty', () => {
    const text = [...base, '## Root cause', '', '## Impact', '', 'Two beds of seedlings lost.', ''].join('\n');
    expect(lint(text).findings.filter((f) => f.rule === 'empty-section').map((f) => f.line)).toEqual([12]);
  });
});

describe('a due date written with slashes (round 25)', () => {
  const items = (lines: string[]) => lint(['## Action items', '', ...lines, ''].join('\n')).doc.actionItems.map((a) => a.due);
  it('month first as a US tracker writes it, or year first', () => {
    expect(items(['- [ ] Cap the spooler retries at 3 in spool.conf @vidar 07/14/2026', '- [ ] Add a stuck-job alert to the depot dashboard — @kari, due 2026/07/20'])).toEqual(['2026-07-14', '2026-07-20']);
  });
  it('fractions and ratios are not dates', () => {
    expect(items(['- [ ] Raise the pool from 10/12 to 20/24 workers @vidar'])).toEqual([null]);
  });
});

describe('actions weighed and not taken, and prose about the actions (round 25)', () => {
  const items = ['## Action items', '', '| Action | Owner | Due |', '|---|---|---|', '| Add a checksum to the nightly tariff upload | Noor Haddad | 2026-06-01 |', ''];
  it('a section of actions considered and rejected holds no action items', () => {
    for (const h of ['Appendix: what we considered and rejected as actions', 'Rejected actions', 'Actions considered but not taken']) {
      const text = [...items, `## ${h}`, '', '- Rebuild the tariff service on the new platform: six months of work for no gain here.', ''].join('\n');
      expect(lint(text).doc.actionItems.map((a) => a.line)).toEqual([5]);
    }
  });
  it('"Action items (agreed)" and "Follow-up actions" still hold items', () => {
    expect(keys(['## Action items (agreed)', '', '- Add a checksum — @noor, due 2026-06-01', ''].join('\n'))).toEqual(['actionItems']);
    expect(keys(['## Follow-up actions', '', '- Add a checksum — @noor, due 2026-06-01', ''].join('\n'))).toEqual(['actionItems']);
  });
  it('beside a table of the items, a follow-up section of prose tells what happens to them and is no item', () => {
    const text = [...items, '## Follow-up', '', 'The tariff team will present the outcome of the action at the June review, with a replay of the bad upload.', ''].join('\n');
    expect(lint(text).doc.actionItems.map((a) => a.line)).toEqual([5]);
  });
  it('with no list or table of items anywhere, the prose follow-up is the item', () => {
    const text = ['## Summary', '', 'Tariffs were wrong for a day.', '', '## Follow-up', '', 'Noor will add a checksum to the nightly tariff upload by 2026-06-01.', ''].join('\n');
    expect(lint(text).doc.actionItems.map((a) => a.line)).toEqual([7]);
  });
});

describe('a label on a line of its own over a meeting\'s actions (round 25)', () => {
  const transcript = ['[00:00:08] Ana Ruiz: Recording. This is the review of the label printer outage.', '[00:01:10] Ben Okafor: The spooler died at 09:00 and nobody was paged.', '[00:05:00] Ana Ruiz: OK, I will post the actions.', ''];
  it('"Actions:" then owner-led lines: each item on its own line, not a line above', () => {
    const text = [...transcript, 'Actions:', '@ben: add a spooler watchdog that pages the print on-call by 2026-05-01', '@ana: update the runbook', 'Look into the driver', ''].join('\n');
    expect(lint(text).doc.actionItems.map((a) => a.line)).toEqual([6, 7, 8]);
    expect(rulesOn(text, 8)).toContain('action-item-owner');
  });
  it('a label with its text on the same line keeps the item on that line', () => {
    const text = [...transcript, 'Actions: @ben adds a spooler watchdog that pages the print on-call by 2026-05-01.', ''].join('\n');
    expect(lint(text).doc.actionItems.map((a) => a.line)).toEqual([5]);
  });
});

describe('an Org task\'s property drawer (round 25)', () => {
  const org = (props: string[]) => ['#+TITLE: Sauna booking double-booked', '', '* Summary', 'Two groups got the 18:00 slot.', '', '* Action items', '** TODO Lock the slot while a booking is being paid', '   DEADLINE: <2026-09-04 Fri>', '   :PROPERTIES:', ...props, '   :END:', ''].join('\n');
  it('":OWNER: Name" is the task\'s owner, ":OWNER: @owner" a placeholder', () => {
    expect(lint(org(['   :OWNER: Lotta Virtanen', '   :TICKET: SAU-12'])).doc.actionItems.map((a) => [a.owner, a.due])).toEqual([['Lotta Virtanen', '2026-09-04']]);
    expect(lint(org(['   :OWNER: @owner'])).findings.filter((f) => f.rule === 'placeholder').map((f) => f.line)).toEqual([10]);
  });
  it('the drawer\'s own lines and an identifier are nothing to read', () => {
    const { doc, findings } = lint(org(['   :ID: 6f1c2a9e-0b7d-4a51-9f0e-3c1d2b4a5e6f']));
    expect(doc.actionItems.map((a) => a.owner)).toEqual([null]);
    expect(findings.filter((f) => f.rule === 'placeholder')).toEqual([]);
  });
});

describe('lettered and bilingual titles (round 25)', () => {
  it('"A. Summary" / "B. Timeline" / "2.0 Root cause" lines with a blank line below are sections', () => {
    expect(keys(['A. Summary', '', 'The lift at Kvitfjell stopped for an hour.', '', 'B. Timeline', '', '- 09:00 stop', '- 09:20 reset', '', 'C. Root cause', '', 'A worn brake sensor.', ''].join('\n'))).toEqual(['summary', 'timeline', 'rootCause']);
    expect(keys(['1.0 Summary', '', 'Stopped.', '', '2.0 Root cause', '', 'A worn brake sensor.', ''].join('\n'))).toEqual(['summary', 'rootCause']);
  });
  it('a lettered sentence, or one lettered title alone, is not a section', () => {
    expect(keys(['A. We reset the brake and the lift ran again', '', 'B. Summary', '', 'Stopped.', ''].join('\n'))).toEqual([]);
  });
  it('a title in two languages, a name each side of the slash, is known even where the whole name must match', () => {
    const text = ['Zusammenfassung / Summary', 'Der Lift stand eine Stunde.', '', '原因 / Root cause', 'A worn brake sensor.', ''].join('\n');
    expect(keys(text)).toEqual(['summary', 'rootCause']);
    expect(keys(['Kvitfjell / Hafjell', 'Both lifts ran.', '', 'Oslo / Bergen', 'No effect.', ''].join('\n'))).toEqual([]);
  });
});

describe('a gap ending in an activity that starts then (round 25)', () => {
  const gapAt = (last: string): number[] => lint(['## Summary', '', 'The tram depot lost its signalling for an hour.', '', '## Timeline', '', '- 05:10 — Signalling server in the Lade depot reboots', `- 05:52 — ${last}`, ''].join('\n')).findings.filter((f) => f.rule === 'timeline-gap').map((f) => f.line);
  it('"Restore of the nightly backup started" or "Shuttle trams resume with spare drivers" does not say what filled the gap', () => {
    expect(gapAt('Restore of the nightly signalling backup started.')).toEqual([8]);
    expect(gapAt('Shuttle trams resume with replays of the morning timetable.')).toEqual([8]);
  });
  it('a clause that names the time before still explains it', () => {
    expect(gapAt('No activity until the scheduled timetable job starts.')).toEqual([]);
    expect(gapAt('Reprocessing of the 05:10–05:50 window started, after 40 minutes of cross-checking the interlocking logs.')).toEqual([]);
  });
});

describe('a post-mortem quoted whole in an e-mail reply (round 25)', () => {
  const quoted = ['From: Ida Lund', 'Subject: RE: bakery oven outage write-up', '', 'Looks good, one question below.', '', '> Summary', '> Oven 3 at the Solna bakery stopped heating at 04:10.', '>', '> Root cause', '> The thermostat relay welded shut after 9 years without replacement.', '>', '> Action items', '> - Replace the oven 3 relay and add it to the yearly service list — owner: Ida Lund, due 2026-10-01', '> - Look into the other ovens', ''];
  it('its quoted titles are sections and its quoted list the items, on their lines', () => {
    const text = quoted.join('\n');
    expect(keys(text)).toEqual(['summary', 'rootCause', 'actionItems']);
    expect(lint(text).doc.actionItems.map((a) => a.line)).toEqual([13, 14]);
    expect(rulesOn(text, 14)).toContain('action-item-owner');
  });
  it('a quoted message inside a document with its own sections is left quoted', () => {
    const text = ['## Summary', '', 'Oven 3 stopped.', '', '## Root cause', '', 'A welded relay.', '', '## Notes', '', '> Summary', '> Ovens are fine.', '> Action items', '> - Buy ovens', ''].join('\n');
    expect(keys(text)).toEqual(['summary', 'rootCause', 'notes']);
    expect(lint(text).doc.actionItems).toEqual([]);
  });
});

describe('the round-25 readers run in linear time', () => {
  it.each([
    ['underlined numbered lines', (n: number) => `${'1. A\n---\n'.repeat(n / 9)}`],
    ['a long numbered title over a rule', (n: number) => `1. ${'Ab '.repeat(n / 3)}\n${'-'.repeat(n)}\n`],
    ['plain title lines', (n: number) => `${'\nSummary\nx\n'.repeat(n / 11)}`],
    ['a long title-like line', (n: number) => `\n${'Summary '.repeat(n / 8)}\nx\n`],
    ['BBCode items and tags', (n: number) => `[list]\n${'[*][b]x[/b]\n'.repeat(n / 12)}[/list]\n`],
    ['owner-led lines with commas and spaces', (n: number) => `## Agreed actions\n\n@a: x\n@b: y${', '.repeat(n / 4)}${' '.repeat(n / 2)}\nZ\n`],
    ['a field block of many segments', (n: number) => `## Follow-ups\n\n### X\n${'A: b · '.repeat(n / 7)}\n`],
    ['Org drawer properties', (n: number) => `* Action items\n** TODO X\n${'   :OWNER: a\n'.repeat(n / 14)}`],
    ['a long lettered title', (n: number) => `\nA. ${'Summary '.repeat(n / 8)}\n\nB. Summary\n\nx\n`],
    ['slashes in a title', (n: number) => `\n${'a / '.repeat(n / 4)}\nx\n\nSummary / b\nx\n`],
    ['a timeline entry of many commas before a start', (n: number) => `## Timeline\n\n- 05:10 — x\n- 05:52 — ${'a,'.repeat(n / 2)} started\n`],
    ['quoted titles', (n: number) => `${'> Summary\n> x\n'.repeat(n / 14)}`],
    ['a line of quote marks', (n: number) => `> Summary\n> Impact\n${'> '.repeat(n / 2)}\n`],
    ['a heading of many spaces before a word', (n: number) => `# ${' '.repeat(n)}x\n\n## Why ${' '.repeat(n)}x\n\nSummary ${' '.repeat(n)}/ x\ny\n`],
    ['a long BBCode bold line', (n: number) => `[list]\n[*]x\n[b]${'[b]'.repeat(n / 3)}\n`],
  ])('%s: t(4n)/t(n) stays near 4', (_, input) => {
    expect(growthRatio(input, (t) => lint(t))).toBeLessThan(12);
  });
});
