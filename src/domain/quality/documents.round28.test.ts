import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { classifyHeading } from '../../formats/postmortem/section-names.ts';
import { lintPostmortem } from './index.ts';
import { QualityConfigSchema } from './quality.config.ts';

/**
 * Issue 16, round 28: readers by shape — section names in Polish, Swedish and Turkish, a DokuWiki table's "^" header
 * row, an owner's or a due date's column and a template's slot in those languages, a review exported as a field table
 * or a CSV with a section column. Every sentence here is written for
 * the test.
 */
const lint = (text: string) => {
  const { doc } = parsePostmortem(text);
  return { doc, findings: lintPostmortem(doc, text, { config: QualityConfigSchema.parse({}) }) };
};
const rules = (text: string, rule: string): number[] => lint(text).findings.filter((f) => f.rule === rule).map((f) => f.line);

describe('section names in Polish, Swedish and Turkish (round 28)', () => {
  it.each([
    ['Podsumowanie', 'summary'], ['Wpływ na klientów', 'impact'], ['Oś czasu (UTC)', 'timeline'], ['Przyczyna źródłowa', 'rootCause'],
    ['Co poszło dobrze', 'whatWentWell'], ['Działania naprawcze', 'actionItems'], ['Wnioski', 'lessons'],
    ['Sammanfattning', 'summary'], ['Påverkan', 'impact'], ['Händelseförlopp', 'timeline'], ['Grundorsak', 'rootCause'],
    ['Vad gick bra', 'whatWentWell'], ['Åtgärder', 'actionItems'], ['Lärdomar', 'lessons'],
    ['Özet', 'summary'], ['Etki', 'impact'], ['Zaman çizelgesi', 'timeline'], ['Kök neden', 'rootCause'],
    ['Neler iyi gitti', 'whatWentWell'], ['Aksiyonlar', 'actionItems'], ['Öğrenilen dersler', 'lessons'],
  ])('%s is %s', (heading, key) => {
    expect(classifyHeading(heading)).toBe(key);
  });
  it('a letter\'s "What happened when" is the timeline and "What we\'re doing" the actions; the past tense neither', () => {
    expect(classifyHeading('WHAT HAPPENED WHEN (all times CET)')).toBe('timeline');
    expect(classifyHeading('What we’re doing')).toBe('actionItems');
    expect(classifyHeading('What we are doing next')).toBe('actionItems');
    expect(classifyHeading('What were we doing')).toBeNull();
    expect(classifyHeading('What happened')).toBe('summary');
  });
  it('an English heading keeps its English name, and a prose heading in those languages none', () => {
    expect(classifyHeading('Impact on the ferry desk')).toBe('impact');
    expect(classifyHeading('Rozmowa z dostawcą')).toBeNull();
    expect(classifyHeading('Möte med leverantören')).toBeNull();
  });
  const swedish = (root: string) => [
    '# Incidentrapport: biljettautomaten i Gävle', '', '## Sammanfattning', '',
    'Biljettautomaten vid perrong 3 tog betalt utan att skriva ut biljetter mellan 07:10 och 07:55.', '',
    '## Grundorsak', '', root, '', '## Vad gick bra', '', '- Personalen på plats sålde biljetter manuellt.', '',
    '## Åtgärder', '', '| Åtgärd | Ansvarig | Klart senast |', '|---|---|---|',
    '| Lägg till ett larm när skrivaren rapporterar tomt papper i mer än 5 minuter | Sofia Lind | 2027-11-20 |',
    '| [Åtgärd] | [Ansvarig] | YYYY-MM-DD |', '',
  ].join('\n');
  it('a Swedish review: summary found, an empty root cause reported, the slot row has no owner or due date', () => {
    const text = swedish('TBD');
    const missing = lint(text).findings.filter((f) => f.rule === 'missing-section').map((f) => f.message).join(' ');
    expect(missing).not.toMatch(/"Summary"|"Root cause"|"Action items"/);
    expect(rules(text, 'empty-section')).toContain(7);
    expect(rules(text, 'action-item-owner')).toEqual([20]);
    expect(rules(text, 'action-item-due')).toEqual([20]);
  });
  it('a filled Swedish root cause is no empty section, and "Klart senast" is read as the due date', () => {
    const text = swedish('Skrivarens firmware rapporterade inte tomt papper, och automaten saknade en kontroll av det.');
    expect(rules(text, 'empty-section')).not.toContain(7);
    expect(rules(text, 'action-item-due')).toEqual([20]);
  });
});

describe('a DokuWiki table: a "^" header row over "|" rows (round 28)', () => {
  const doku = (rows: string[]) => [
    '===== Summary =====', '', 'The harbour crane scheduler double-booked berth 4 for two hours.', '',
    '===== Action items =====', '', '^ Action ^ Owner ^ Due ^', ...rows, '',
  ].join('\n');
  it('reads each row as an item with its owner and due date', () => {
    const { doc } = lint(doku(['| Reject overlapping berth bookings in the scheduler API | @ines | 2027-08-02 |', '| Add a berth-conflict alert to the harbour dashboard | @tomas | 2027-08-09 |']));
    expect(doc.actionItems.map((a) => [a.text, a.owner, a.due, a.line])).toEqual([
      ['Reject overlapping berth bookings in the scheduler API', '@ines', '2027-08-02', 8],
      ['Add a berth-conflict alert to the harbour dashboard', '@tomas', '2027-08-09', 9],
    ]);
  });
  it('a template row left as slots has no owner and no due date', () => {
    const text = doku(['| [Action 1] | @owner | YYYY-MM-DD |']);
    expect(rules(text, 'action-item-owner')).toEqual([8]);
    expect(rules(text, 'action-item-due')).toEqual([8]);
  });
  it('a line opening and closing with "^" that is not a header row stays text', () => {
    expect(lint(doku(['^_^ cheers everyone ^_^'])).doc.actionItems.length).toBe(0);
  });
});

describe('a review exported as rows of fields (round 28)', () => {
  const fieldTable = (root: string) => [
    '# Incident report: greenhouse irrigation controller', '', '| Field | Value |', '|---|---|',
    '| Title | Valves stayed shut in houses 3 and 4 |', '| Date | 2027-04-11 |',
    '| Summary | From 05:10 to 07:40 the irrigation controller kept the valves of houses 3 and 4 shut after a schedule import. |',
    '| Impact | 1,900 tomato trays missed their morning watering. |',
    '| Timeline | 05:10 import runs |', `| Root cause | ${root} |`,
    '| Action item 1 | Validate imported schedules against the house map before they go live · Owner: Marit Olsen · Due: 2027-04-25 |',
    '| Action item 2 | [Action] · Owner: [Owner] · Due: YYYY-MM-DD |', '| What went well | |', '',
  ].join('\n');
  it('a "| Field | Value |" table whose rows name sections is read as those sections', () => {
    const { doc } = lint(fieldTable('TBD'));
    const keys = doc.sections.map((x) => x.key);
    expect(keys).toEqual(expect.arrayContaining(['summary', 'impact', 'timeline', 'rootCause', 'actionItems']));
    expect(doc.actionItems.map((a) => [a.line, a.owner, a.due])).toEqual([[11, 'Marit Olsen', '2027-04-25'], [12, null, null]]);
    expect(rules(fieldTable('TBD'), 'empty-section')).toEqual([10]);
    expect(rules(fieldTable('TBD'), 'action-item-owner')).toEqual([12]);
    expect(rules(fieldTable('TBD'), 'what-went-well-missing')).toEqual([1]);
  });
  it('a filled root cause row is no empty section', () => {
    expect(rules(fieldTable('The import accepted a house map with the valve numbers shifted by one.'), 'empty-section')).toEqual([]);
  });
  it('a metadata table (date, severity, owner) is left a table', () => {
    const text = ['# Ferry desk outage', '', '| Field | Value |', '|---|---|', '| Date | 2027-04-11 |', '| Severity | SEV2 |',
      '| Owner | Ines Duarte |', '| Status | Draft |', '', '## Summary', '', 'The ferry desk could not print boarding cards.', ''].join('\n');
    expect(lint(text).doc.sections.filter((x) => x.key === 'summary').map((x) => x.line)).toEqual([10]);
  });
  const csv = [
    'Section,Field,Value', 'Header,Title,"Print queue stalled at the county library, 3 June"',
    'Summary,Summary,"From 09:05 to 11:20 the self-service printers held every job, so 140 patrons could not print."',
    'Impact,Patrons affected,140',
    'Timeline,09:05,"Print server update installs"', 'Timeline,09:07,"First job held in the queue"',
    'Timeline,10:40,"Librarian Noor Haddad restarts the spooler"',
    'Root cause,Declared root cause,"The update reset the spooler’s driver path, and no check compares it after an update."',
    'Action items,"Add a post-update check that prints a test page and pages the on-call if it fails",@noor,2027-06-20',
    'Action items,"Look into printer stuff",,',
    'What went well,Desk,"Staff moved patrons to the staff printer within ten minutes."', '',
  ].join('\n');
  it('a sheet saved as CSV with a section column: sections, a gap, one action item a row', () => {
    const { doc } = lint(csv);
    expect(doc.sections.map((x) => x.key)).toEqual(expect.arrayContaining(['summary', 'timeline', 'rootCause', 'actionItems', 'whatWentWell']));
    expect(doc.actionItems.map((a) => [a.line, a.owner, a.due])).toEqual([[9, '@noor', '2027-06-20'], [10, null, null]]);
    expect(rules(csv, 'timeline-gap')).toEqual([7]);
    expect(rules(csv, 'missing-section')).toEqual([]);
    expect(rules(csv, 'what-went-well-missing')).toEqual([]);
  });
  it('a CSV whose first column names no sections stays as it was read', () => {
    const plain = ['Part,Qty,Supplier', 'Valve,4,Hortimax', 'Pump,1,Grundfos', 'Sensor,12,Priva', 'Cable,30,Lapp', ''].join('\n');
    expect(lint(plain).doc.sections.every((x) => x.key === null)).toBe(true);
  });
});

describe('an Org-mode task with its properties drawer and deadline (round 28)', () => {
  const org = (indent: string) => [
    '#+TITLE: Bakery oven controller outage', '', '* Summary', 'The proofing ovens at the Leith bakery held 20 °C for three hours.', '',
    '* Action items', '** TODO Alert when an oven holds below its set point for 15 minutes',
    `${indent}:PROPERTIES:`, `${indent}:OWNER: @callum`, `${indent}:END:`, `${indent}DEADLINE: <2027-05-02 Sun>`,
    '** TODO Write a runbook for a stuck proofing oven', `${indent}:PROPERTIES:`, `${indent}:OWNER: @aileen`, `${indent}:END:`,
    '** TODO Swap the oven relays for the rated model', '',
  ].join('\n');
  it.each([[''], ['   ']])('the drawer\'s owner and the deadline belong to the task above them (indent "%s")', (indent) => {
    expect(lint(org(indent)).doc.actionItems.map((a) => [a.line, a.owner, a.due])).toEqual([
      [7, '@callum', '2027-05-02'], [12, '@aileen', null], [16, null, null],
    ]);
  });
});

describe('a review written as one nested bullet outline (round 28)', () => {
  const outline = [
    '- Review: tram depot doors stuck closed', '  - Incident 2027-02-14, SEV-2',
    '- Summary', '  - What happened', '    - From 05:40 to 06:25 the depot doors stayed shut and 12 trams left late.',
    '- Impact', '  - Passengers', '    - 12 departures left 20 to 45 minutes late.',
    '- Root cause: the door controller lost its schedule after a firmware update.', '  - Update', '    - The update cleared the schedule table.',
    '- Action items', '  - Look into door stuff', '  - Keep a copy of the schedule table on the depot server and restore it after an update',
    '    - Owner: Hamid Rahimi', '      - Due: 2027-03-01', '',
  ].join('\n');
  it('its top-level items naming sections are the sections, the first item the title', () => {
    const { doc } = lint(outline);
    expect(doc.meta.title).toBe('Review: tram depot doors stuck closed');
    expect(doc.sections.map((x) => x.key)).toEqual(expect.arrayContaining(['summary', 'impact', 'rootCause', 'actionItems']));
    const missing = lint(outline).findings.filter((f) => f.rule === 'missing-section').map((f) => f.message).join(' ');
    expect(missing).not.toMatch(/"Summary"|"Impact"|"Root Cause"|"Action Items"/i);
  });
  it('a due date nested under the owner field belongs to the item', () => {
    expect(lint(outline).doc.actionItems.map((a) => [a.line, a.owner, a.due])).toEqual([[13, null, null], [14, 'Hamid Rahimi', '2027-03-01']]);
  });
  it('a list of notes that names fewer than three sections stays a list, and headings in list items are left alone', () => {
    const notes = ['# Depot notes', '', '- Summary of the call', '  - doors', '- Impact', '  - trams late', '- Coffee', ''].join('\n');
    expect(lint(notes).doc.sections.some((x) => x.key === 'impact')).toBe(false);
    const logseq = ['- ## Summary', '\t- The doors stuck.', '- ## Impact', '\t- Trams late.', '- ## Timeline', '\t- 05:40 doors stuck', ''].join('\n');
    expect(lint(logseq).doc.sections.map((x) => x.heading)).not.toContain('## Summary');
  });
});

describe('an empty section\'s stand-in in another language (round 28)', () => {
  const doc = (root: string) => ['# Revisión: la báscula del muelle 2', '', '## Resumen', '', 'La báscula del muelle 2 marcó cero toda la mañana.', '',
    '## Causa raíz', '', root, '', '## Acciones', '', '- @marta: calibrar la báscula cada lunes, antes del 2027-06-01', ''].join('\n');
  it.each([['Por definir'], ['À déterminer'], ['Do ustalenia'], ['Att fylla i'], ['Da definire.'], ['Nog te bepalen'], ['Belirlenecek'], ['_A definir_']])('"%s" is no root cause', (standIn) => {
    expect(rules(doc(standIn), 'empty-section')).toEqual([7]);
  });
  it.each([['Por definir el umbral, la báscula no tenía alarma de cero.'], ['Offene Fragen blieben: der Sensor meldete keinen Fehler.']])('a sentence that starts with those words is an answer: "%s"', (text) => {
    expect(rules(doc(text), 'empty-section')).toEqual([]);
  });
});

describe('a review written as questions and answers (round 28)', () => {
  const faq = (extra: string) => ['# Ferry booking outage — internal FAQ', '', 'Q: What happened?', '',
    'A: From 06:10 to 07:05 the booking site sold no tickets for the morning crossings.', '', 'Q: Who was affected?', '',
    'A: About 900 travellers; 140 called the harbour office.', '', 'Q: When did it happen?', '', '06:10 Payment step fails for every card.',
    '06:12 Alert fires; on-call Ines Duarte paged.', '07:05 Payment provider key rotated; bookings work.', '', 'Q: What was the root cause?', '',
    'A: The payment key expired, and nothing checked its expiry date.', '', 'Q: Was anyone to blame?', '', 'A: No; the expiry was in no runbook.', '',
    extra, '', 'Q: What went well?', '', 'A: The alert fired within two minutes.', '', 'Q: What are we doing about it?', '',
    '- Add an expiry alert 30 days before the payment key lapses — Owner: @ines — Due: 2027-05-10', ''].join('\n');
  it('its question lines are the sections, a question naming none a section of its own', () => {
    const { doc } = lint(faq(''));
    expect(doc.sections.map((x) => x.key)).toEqual(['summary', 'impact', 'timeline', 'rootCause', null, 'whatWentWell', 'actionItems']);
    expect(rules(faq(''), 'what-went-well-missing')).toEqual([]);
  });
  it('a note to self in capitals ("TODO: add the graph") is no section of actions', () => {
    expect(lint(faq('TODO: add the booking graph')).doc.actionItems.map((a) => a.line)).toEqual([33]);
  });
  it('prose with a question or two stays prose', () => {
    const text = ['# Ferry desk', '', 'Q: What happened?', 'A: Not sure yet.', '', 'Q: Who knows?', 'A: Ines.', ''].join('\n');
    expect(lint(text).doc.sections.map((x) => x.heading)).not.toContain('What happened?');
  });
});

describe('defences in Turkish (round 28)', () => {
  const doc = (s: string) => ['# İnceleme', '', '## Kök neden', '', s, ''].join('\n');
  it.each([["Deploy checklist'ini doğru takip ettik."], ['Bu bizim hatamız değildi.'], ['Sorun kontrolümüz dışındaydı.'], ['Ödeme servisi tasarlandığı gibi çalıştı.']])('"%s" defends', (s) => {
    expect(rules(doc(s), 'defensive')).toEqual([5]);
  });
  it.each([["Runbook'u takip ettik ve servis 10 dakikada döndü."], ['Anahtarın süresi doldu ve hiçbir kontrol bunu yakalamadı.']])('"%s" does not', (s) => {
    expect(rules(doc(s), 'defensive')).toEqual([]);
  });
});

describe('linear time on the round 28 forms', () => {
  it('doku stays linear on long runs', () => {
    const doku = (n: number) => `## Action items\n\n^ a ^ b ^\n${'| x | y |\n'.repeat(n)}${'^'.repeat(n)}\n`;
    expect(growthRatio(doku, (t) => lint(t))).toBeLessThan(12);
  });
  it('rows stays linear on long runs', () => {
    const rows = (n: number) => `Section,Field,Value\n${'Summary,a,b\nImpact,c,d\nTimeline,09:00,e\nAction items,"f, g",@h,\n'.repeat(n)}${'"'.repeat(n)},${','.repeat(n)}\n`;
    expect(growthRatio(rows, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('table stays linear on long runs', () => {
    const table = (n: number) => `| Field | Value |\n|---|---|\n${'| Summary | x |\n| Impact | y |\n| Root cause | z |\n| Lessons | w |\n'.repeat(n)}| ${'\\|'.repeat(n)} |\n`;
    expect(growthRatio(table, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('bullets stays linear on long runs', () => {
    const bullets = (n: number) => `${'- Summary\n  - a\n- Impact\n  - b\n- Root cause: c\n  - d\n'.repeat(n)}- ${'#'.repeat(n)}\n`;
    expect(growthRatio(bullets, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('qa stays linear on long runs', () => {
    const qa = (n: number) => `${'Q: What happened?\nA: x\n\nQ: Who was affected?\nA: y\n\nQ: What was the root cause?\nA: z\n\n'.repeat(n)}Q: ${'?'.repeat(n)}\n`;
    expect(growthRatio(qa, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('heads stays linear on long runs', () => {
    const heads = (n: number) => `${'## Przyczyna źródłowa\n\nTBD\n\n'.repeat(n)}## ${'ł'.repeat(n)}\n`;
    // Round 32: from 100 sections as its siblings (2,000 sections take over a second a lint, and the default sizes ran
    // into the 60 s timeout on a loaded machine); still 4× the input against the time at the size measured.
    expect(growthRatio(heads, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
});
