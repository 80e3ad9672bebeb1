import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { scanLeading } from '../../formats/postmortem/time-scan.ts';
import { lintPostmortem } from './index.ts';
import { QualityConfigSchema } from './quality.config.ts';

/**
 * Issue 16, round 27: dates and times as people write them (a chat export's time then its day-first date, French
 * "14 h 02", a second zone after a slash), and a declared root cause or a 5 Whys in the other languages the linter
 * knows, read by the same structure as English. Every sentence here is written for the test.
 */
const lint = (text: string) => {
  const { doc } = parsePostmortem(text);
  return { doc, findings: lintPostmortem(doc, text, { config: QualityConfigSchema.parse({}) }) };
};
const rules = (text: string, rule: string): number[] => lint(text).findings.filter((f) => f.rule === rule).map((f) => f.line);
const at = (text: string): string[] => lint(text).doc.timeline.entries.map((e) => e.at ?? 'null');

describe('a chat export: the time, then the full date (round 27)', () => {
  const chat = (d1: string, d2: string, due: string) => [
    '## Summary', '', 'Bookings at the Tartu ferry desk stayed pending for five hours.', '',
    '## Timeline', '',
    `[21:02, ${d1}] Kadri: the booking page shows pending for every ticket`,
    `[21:05, ${d1}] Mart: on it`,
    `[23:40, ${d1}] Mart: restarted the payment worker, bookings confirm again`,
    `[00:10, ${d2}] Kadri: queue back to zero`, '',
    '## Action items', '', `- @mart: add an alert on the pending-booking count above 50 for 10 minutes, by ${due}`, '',
  ].join('\n');
  it('reads the date after the time, day first where the document writes a day above twelve', () => {
    expect(at(chat('05/03/2027', '06/03/2027', '19/03/2027'))).toEqual([
      '2027-03-05T21:02:00.000Z', '2027-03-05T21:05:00.000Z', '2027-03-05T23:40:00.000Z', '2027-03-06T00:10:00.000Z',
    ]);
  });
  it('month first where the document writes a month-first date', () => {
    expect(at(chat('03/05/2027', '03/06/2027', '03/19/2027'))[3]).toBe('2027-03-06T00:10:00.000Z');
  });
  it('the bracketed header is no placeholder, and the long silence is a gap', () => {
    const text = chat('05/03/2027', '06/03/2027', '19/03/2027');
    expect(rules(text, 'placeholder')).toEqual([]);
    expect(rules(text, 'timeline-gap')).toContain(9);
  });
  it('a time of day in words in the header is an imprecise entry of its own', () => {
    const text = chat('05/03/2027', '06/03/2027', '19/03/2027').replace('[00:10, 06/03/2027]', '[around noon, 06/03/2027]');
    expect(rules(text, 'timeline-precision')).toEqual([10]);
  });
  it('a time followed by a fraction is no date', () => {
    expect(scanLeading('10:15 2/3 of the nodes drop')?.date).toBeNull();
  });
});

describe('clock times as other writers set them (round 27)', () => {
  it('French "14 h 02" is 14:02; "2 h 30 min" is a length', () => {
    expect(scanLeading('14 h 02 : reprise du service')).toMatchObject({ hour: 14, minute: 2 });
    expect(scanLeading('2 h 30 min de panne')).toBeNull();
  });
  it('a second zone after a slash is part of the time ("14:02 CET / 13:02 UTC")', () => {
    const m = scanLeading('14:02 CET / 13:02 UTC — alerte sur le pont');
    expect(m).toMatchObject({ hour: 14, minute: 2, zone: 'CET', asWritten: '14:02 CET / 13:02 UTC' });
  });
  it('a name after the time is not a length ("00:20 Minh")', () => {
    expect(scanLeading('00:20 Minh pinged on Signal')).toMatchObject({ hour: 0, minute: 20 });
  });
});

describe('a declared root cause in another language (round 27)', () => {
  const doc = (heading: string, body: string) => ['## Summary', '', 'Fare tables at the Bergamo depots were wrong for a day.', '', `## ${heading}`, '', body, '', '## Action items', '', '- @ops: add a schema check to the fare upload, by 2027-05-01', ''].join('\n');
  it('a label that stops at a trigger is a surface cause (Portuguese, German, Spanish, Italian, French)', () => {
    expect(rules(doc('Causa raiz', 'Causa raiz: erro humano na tabela de tarifas.'), 'surface-cause')).toEqual([5]);
    expect(rules(doc('Ursache', 'Ursache: Der Tarif-Import war falsch konfiguriert.'), 'surface-cause')).toEqual([5]);
    expect(rules(doc('Causa raíz', 'La causa raíz fue que el certificado del depósito caducó.'), 'surface-cause')).toEqual([5]);
    expect(rules(doc('Causa radice', 'Il file è stato caricato in fretta. È stato un errore umano.'), 'surface-cause')).toEqual([5]);
    expect(rules(doc('Cause racine', 'Cause racine : une faute de frappe dans la grille tarifaire.'), 'surface-cause')).toEqual([5]);
  });
  it('a label that names what the system lacked passes', () => {
    expect(rules(doc('Causa raiz', 'Causa raiz: o upload aceita tabelas sem validação de esquema.'), 'surface-cause')).toEqual([]);
    expect(rules(doc('Ursache', 'Ursache: Der Import erlaubte leere Zonencodes, weil keine Prüfung der Datei läuft.'), 'surface-cause')).toEqual([]);
    expect(rules(doc('Causa raíz', 'Causa raíz: el sistema permitía subir tarifas sin revisión.'), 'surface-cause')).toEqual([]);
  });
  it('a declaration that says what did not happen is judged by its words, not cut at the event', () => {
    expect(rules(doc('Oorzaak', 'Oorzaak: niemand controleert de tarieven voor publicatie.'), 'surface-cause')).toEqual([]);
  });
});

describe('a 5 Whys in another language (round 27)', () => {
  const doc = (whys: string[], owner: string) => [
    '## Summary', '', 'Lisbon parcel lockers rejected codes for an evening.', '',
    '## Causa raiz', '', 'Causa raiz: o esquema de códigos não tem validação.', '',
    '## 5 Porquês', '', ...whys, '',
    '## Ações', '', `| Ação | Responsável | Prazo |`, '|---|---|---|', `| Rever o template de códigos | ${owner} | 2027-04-01 |`, '',
  ].join('\n');
  const three = ['1. Por que os cacifos recusaram os códigos? → O gerador usou o prefixo antigo.', '2. Por que usou o prefixo antigo? → O template não foi atualizado.', '3. Por que não foi atualizado? → Porque a Beatriz esqueceu o passo.'];
  it('its whys are counted: three of five is short, reported on the heading', () => {
    expect(rules(doc(three, 'Beatriz'), 'surface-cause')).toContain(9);
  });
  it('an answer whose "because" opens on a name the document uses as a person ends on a person', () => {
    expect(rules(doc(three, 'Beatriz'), 'surface-cause')).toContain(13);
  });
  it('a capitalised word the document never uses as a person is no person', () => {
    expect(rules(doc(three.map((l) => l.replace('a Beatriz esqueceu o passo', 'Template estava bloqueado')), 'Equipa Infra'), 'surface-cause')).not.toContain(13);
  });
  it('German: "Warum …? Weil Jonte …" after "Jonte hätte …" elsewhere', () => {
    const text = ['## Ursache', '', 'Jonte hätte die Regel prüfen müssen.', '', '## Fünf Warum', '', '1. Warum fiel der Export aus? Weil Jonte die Regel geändert hat.', ''].join('\n');
    expect(rules(text, 'surface-cause')).toContain(7);
  });
});

describe('gaps read by form (round 27)', () => {
  const tl = (a: string, b: string) => ['## Timeline', '', `- 09:00 ${a}`, `- 10:30 ${b}`, ''].join('\n');
  it('an activity word naming a thing ("the reindex job") explains no gap; the activity itself does', () => {
    expect(rules(tl('Omar acknowledges the page', 'Omar finds the bad field type in the reindex job'), 'timeline-gap')).toEqual([4]);
    expect(rules(tl('Omar acknowledges the page', 'Omar finishes reindexing the catalogue'), 'timeline-gap')).toEqual([]);
  });
  it('a measure held "until it is fixed" at a gap\'s start says nothing of the time after it', () => {
    expect(rules(tl('Decision: close the kiosk queue until it is fixed', 'New price file loaded, kiosks open'), 'timeline-gap')).toEqual([4]);
    expect(rules(tl('Waiting for the vendor until the patch is out', 'Patch applied'), 'timeline-gap')).toEqual([]);
  });
});

describe('defences in the other languages, by the English forms (round 27)', () => {
  const doc = (line: string) => ['## Summary', '', 'The Rotterdam crane scheduler double-booked berth 7.', '', '## Root cause', '', 'The scheduler accepts overlapping slots because nothing checks them.', '', line, ''].join('\n');
  it.each([
    'Die Buchungssoftware hat wie vorgesehen funktioniert.',
    'Wir haben den Freigabe-Prozess korrekt befolgt.',
    'Abbiamo fatto tutto giusto, il turno era completo.',
    'El problema estaba fuera de nuestro control.',
    'Ce n’est pas notre faute : le fournisseur a changé le format.',
    'Het planningssysteem werkte zoals bedoeld.',
  ])('flags "%s"', (line) => {
    expect(rules(doc(line), 'defensive')).toEqual([9]);
  });
  it.each([
    'Die Buchungssoftware hat nicht wie vorgesehen funktioniert.',
    'Wir haben den Freigabe-Prozess nicht befolgt, weil er zu lang ist.',
    'Abbiamo fatto tutto a mano, senza controllo automatico.',
  ])('does not flag "%s"', (line) => {
    expect(rules(doc(line), 'defensive')).toEqual([]);
  });
});

describe("a template's slot named in another language (round 27)", () => {
  const doc = (line: string) => ['## Summary', '', 'Ferry tickets in Faro were charged twice.', '', line, ''].join('\n');
  it('"[Nome(s)]", "[Fecha]", "[Verantwortlich]" are placeholders; a word that only starts like one is not', () => {
    expect(rules(doc('**Participantes:** [Nome(s)]'), 'placeholder')).toEqual([5]);
    expect(rules(doc('Fecha de cierre: [Fecha]'), 'placeholder')).toEqual([5]);
    expect(rules(doc('Owner: [Verantwortlich]'), 'placeholder')).toEqual([5]);
    expect(rules(doc('Ship: [Nomadic Star]'), 'placeholder')).toEqual([]);
  });
});

describe('a plain-text export: titles a blank line above their text, checkboxes with no bullet (round 27)', () => {
  const doc = (gap: string) => [
    'Rollout of the Ostrava tram timetable, 4 March', '', // 1
    'Root cause analysis', gap, // 3
    'Root cause: nothing checks the timetable file against the depot roster before it is published.', '',
    'What went well', gap,
    'The depot noticed the empty roster within ten minutes.', '',
    'Action items', gap,
    '[ ] @Petra Add a roster check to the timetable publisher, 2027-03-20',
    '[ ] Be more careful',
    '[x] @Jan Republish the 3 March timetable 2027-03-04', '',
  ].join('\n');
  it('a known section name on a line of its own with one blank line below is a heading', () => {
    const sections = lint(doc('')).doc.sections.map((x) => x.key);
    expect(sections).toEqual(expect.arrayContaining(['rootCause', 'whatWentWell', 'actionItems']));
  });
  it('each checkbox line is an item of its own, on its own line', () => {
    const { doc: d } = lint(doc(''));
    expect(d.actionItems.map((a) => a.line)).toEqual([13, 14, 15]);
    expect(d.actionItems.map((a) => a.owner)).toEqual(['@Petra', null, '@Jan']);
  });
  it('a single title line is no heading (two or more, as before)', () => {
    const one = ['Rollout of the Ostrava tram timetable', '', 'Impact', '', 'Trams ran to the old timetable for a morning.', ''].join('\n');
    expect(lint(one).doc.sections.map((x) => x.key)).not.toContain('impact');
  });
  it('checkbox lines mixed with prose stay one paragraph item', () => {
    const text = ['## Action items', '', '[ ] @Petra Add a roster check', 'to the publisher and the depot tool.', ''].join('\n');
    expect(lint(text).doc.actionItems).toHaveLength(1);
  });
});

describe('linear time on the round 27 forms', () => {
  it('time-then-date and foreign labels stay linear on long runs', () => {
    const titles = (n: number) => `${'Impact\n\n'.repeat(n)}${'[ ] a\n'.repeat(n)}`;
    expect(growthRatio(titles, (t) => lint(t))).toBeLessThan(12);
    const defence = (n: number) => `## Root cause\n\nWir haben den ${'Prozess-'.repeat(n)} korrekt befolgt. Abbiamo seguito il ${'processo '.repeat(n)}\n`;
    expect(growthRatio(defence, (t) => lint(t))).toBeLessThan(12);
    const input = (n: number) => `## Timeline\n\n${'[12:00, '.repeat(n)}\n\n## Causa raiz\n\nCausa raiz: ${'erro '.repeat(n)}\n\n## 5 Porquês\n\n1. Por que? → Porque ${'Abc '.repeat(n)}\n`;
    expect(growthRatio(input, (t) => lint(t))).toBeLessThan(12);
  });
});
