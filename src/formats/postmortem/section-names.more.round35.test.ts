import { describe, expect, it } from 'vitest';
import { parsePostmortem } from './parse-postmortem.ts';
import { classifyHeading } from './section-names.ts';

/**
 * Issue 16, round 35: a review written wholly in Indonesian / Malay, Ukrainian, Hebrew or Hindi has its sections read
 * ("## Kronologi", "## Хронологія", "## ציר זמן"), and its action table's owner and due columns ("PIC", "Tenggat",
 * "Відповідальний", "Термін", "אחראי", "תאריך יעד") are read as the owner and the due date.
 */
describe('section names in Indonesian / Malay, Ukrainian and Hebrew (round 35)', () => {
  it.each([
    ['Ringkasan', 'summary'], ['Dampak ke pemain', 'impact'], ['Kronologi', 'timeline'], ['Garis masa', 'timeline'],
    ['Akar masalah', 'rootCause'], ['Yang berjalan baik', 'whatWentWell'], ['Yang tidak berjalan baik', 'whatWentWrong'],
    ['Tindak lanjut', 'actionItems'], ['Pelajaran yang dipetik', 'lessons'],
    ['Підсумок', 'summary'], ['Вплив', 'impact'], ['Хронологія', 'timeline'], ['Першопричина', 'rootCause'],
    ['Що вдалося', 'whatWentWell'], ['Що не вдалося', 'whatWentWrong'], ['Дії', 'actionItems'], ['Подальші дії', 'actionItems'],
    ['סיכום', 'summary'], ['השפעה', 'impact'], ['ציר זמן', 'timeline'], ['גורם שורש', 'rootCause'],
    ['מה עבד טוב', 'whatWentWell'], ['מה לא עבד', 'whatWentWrong'], ['פעולות המשך', 'actionItems'], ['לקחים', 'lessons'],
    ['सारांश', 'summary'], ['प्रभाव', 'impact'], ['समयरेखा', 'timeline'], ['मूल कारण', 'rootCause'], ['क्या अच्छा रहा', 'whatWentWell'],
    ['क्या बेहतर हो सकता था', 'whatWentWrong'], ['कार्रवाई बिंदु', 'actionItems'],
  ] as const)('reads %s as %s', (heading, key) => {
    expect(classifyHeading(heading)).toBe(key);
  });

  it.each([
    ['Notes', 'notes'], ['Timeline', 'timeline'], ['Dampak', 'impact'], ['Lampiran foto', null], ['Додаток', null], ['נספח', null], ['परिशिष्ट', null],
  ] as const)('hard negative: leaves %s to what it names', (heading, key) => {
    expect(classifyHeading(heading)).toBe(key);
  });
});

describe('an action table with its owner and due columns named in these languages (round 35)', () => {
  const table = (owner: string, due: string, rows: readonly string[]): string => [
    '# Laporan', '', '## Tindak lanjut', '', `| No | Tindakan | ${owner} | ${due} |`, '|---|---|---|---|', ...rows, '',
  ].join('\n');

  it.each([['PIC', 'Tenggat'], ['Відповідальний', 'Термін'], ['אחראי', 'תאריך יעד'], ['ज़िम्मेदार', 'समय-सीमा']])('reads the owner under %s and the due date under %s', (owner, due) => {
    const { doc } = parsePostmortem(table(owner, due, ['| 1 | Alert `topup_401_rate` above 1% for 5 minutes | Bayu Pratama | 2024-08-30 |']));
    expect(doc.actionItems).toHaveLength(1);
    expect(doc.actionItems[0]?.owner).toBe('Bayu Pratama');
    expect(doc.actionItems[0]?.due).toBe('2024-08-30');
  });

  it('hard negative: a dash under the owner column is no owner', () => {
    const { doc } = parsePostmortem(table('PIC', 'Tenggat', ['| 1 | Forward `payments@` mail to the service desk | - | - |']));
    expect(doc.actionItems[0]?.owner ?? null).toBeNull();
    expect(doc.actionItems[0]?.due ?? null).toBeNull();
  });
});

describe('a German compound on "-verlauf" / "-ablauf" ending the heading (round 35)', () => {
  it.each(['Zeitverlauf', 'Störungsverlauf', '3. Incidentablauf (MESZ)'])('reads %s as the timeline', (heading) => {
    expect(classifyHeading(heading)).toBe('timeline');
  });

  it('hard negative: a compound inside a longer heading is not the timeline ("Sendeablauf-Automation")', () => {
    expect(classifyHeading('Sendeablauf-Automation')).toBeNull();
  });
});
