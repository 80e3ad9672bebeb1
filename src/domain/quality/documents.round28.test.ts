import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { classifyHeading } from '../../formats/postmortem/section-names.ts';
import { lintPostmortem } from './index.ts';
import { QualityConfigSchema } from './quality.config.ts';

/**
 * Issue 16, round 28: readers by shape — section names in Polish, Swedish and Turkish, a DokuWiki table's "^" header
 * row, an owner's or a due date's column and a template's slot in those languages. Every sentence here is written for
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

describe('linear time on the round 28 forms', () => {
  it('DokuWiki rows and foreign headings stay linear on long runs', () => {
    const doku = (n: number) => `## Action items\n\n^ a ^ b ^\n${'| x | y |\n'.repeat(n)}${'^'.repeat(n)}\n`;
    expect(growthRatio(doku, (t) => lint(t))).toBeLessThan(12);
    const heads = (n: number) => `${'## Przyczyna źródłowa\n\nTBD\n\n'.repeat(n)}## ${'ł'.repeat(n)}\n`;
    expect(growthRatio(heads, (t) => lint(t))).toBeLessThan(12);
  });
});
