import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { countedGroupOnly, deniedFault, onLabelLine } from './blame.documents.round39.ts';
import type { BlameHit } from './blame.patterns.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 39: false blame findings in whole documents — a count of the people reached outside the Impact
 * section, a fault denied in a dialect or another language, a label line (blame.documents.round39.ts). Sentences
 * written for these tests, in domains of their own (a ski lift, a blood bank, a ferry line, a museum shop).
 */
const hit = (form: BlameHit['form'], sentence: string, phrase: string): BlameHit => {
  const start = sentence.indexOf(phrase);
  return { form, phrase, start, end: start + phrase.length };
};
const blameIn = (heading: string, line: string) => {
  const text = `${GOOD_POSTMORTEM}\n## ${heading}\n\n${line}\n`;
  return lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === 'blame');
};
const never = (): boolean => false;

describe('a count of the people reached is a measure, not a judgement (round 39)', () => {
  it('clears the model on groups counted by a number word or a quantifier, and their pronoun', () => {
    const s = 'Four skiers waited in the gondola for forty minutes before they were lowered.';
    expect(countedGroupOnly(hit('judging-words', s, 'waited in the gondola'), s)).toBe(true);
    const t = 'Several donors left the clinic before their samples were taken.';
    expect(countedGroupOnly(hit('judging-words', t, 'left the clinic'), t)).toBe(true);
  });
  it('keeps a judgement said outright, a singular person, and a rule\'s form', () => {
    const s = 'Two lift attendants ignored the wind alarm again.';
    expect(countedGroupOnly(hit('judging-words', s, 'ignored the wind alarm'), s)).toBe(false);
    const t = 'Four skiers waited while the operator chatted on the phone.';
    expect(countedGroupOnly(hit('judging-words', t, 'chatted on the phone'), t)).toBe(false);
    const v = 'Apparently the shop rota was too much for the three volunteers on Sunday.';
    expect(countedGroupOnly(hit('judging-words', v, 'too much for'), v)).toBe(false);
    const u = 'Several donors left the clinic early.';
    expect(countedGroupOnly(hit('omission-verb', u, 'left the clinic'), u)).toBe(false);
  });
});

describe('a fault denied in a dialect or another language (round 39)', () => {
  it.each([
    ['It isnae the driver\'s fault, the timetable gave him four minutes.', 'the driver\'s fault'],
    ['Ini bukan human error dari operator, sistemnya tidak punya validasi.', 'human error'],
    ['Das war kein human error, sondern eine fehlende Prüfung der Kassenliste.', 'human error'],
  ])('"%s" is no blame', (s, phrase) => {
    expect(deniedFault(hit(phrase.includes('fault') ? 'fault-noun' : 'human-error', s, phrase), s)).toBe(true);
  });
  it('keeps the fault said plainly, and a denial far before it', () => {
    const s = 'It was the ferry mate\'s fault, plain and simple.';
    expect(deniedFault(hit('fault-noun', s, 'the ferry mate\'s fault'), s)).toBe(false);
    const t = 'The checklist did not cover the ramp, and in the end the whole delay was the deckhand\'s fault.';
    expect(deniedFault(hit('fault-noun', t, 'the deckhand\'s fault'), t)).toBe(false);
  });
  it('in a document, the Scots denial clears the finding', () => {
    expect(blameIn('Discussion', 'This wasnae the cashier\'s fault. The till never showed the stock count.')).toEqual([]);
  });
});

describe('a label line is no sentence for the model\'s words (round 39)', () => {
  it('clears a heading in capitals, a row of fields and a field holding a name', () => {
    expect(onLabelLine(hit('judging-words', 'WHAT THE VISITORS SAW', 'VISITORS SAW'), 'WHAT THE VISITORS SAW', never)).toBe(true);
    const row = 'Ref: MS-2027-14 · Filed 2027-03-02 · Audience: Internal (staff names removed)';
    expect(onLabelLine(hit('judging-words', row, 'Audience: Internal'), row, never)).toBe(true);
    expect(onLabelLine(hit('judging-words', '**Scribe:** Odile Marchand', 'Scribe: Odile'), '**Scribe:** Odile Marchand', never)).toBe(true);
  });
  it('keeps a sentence, a rule\'s form on a label, and capitals that judge in small letters too', () => {
    const s = 'The shop assistant took the float home again.';
    expect(onLabelLine(hit('judging-words', s, 'took the float home'), s, never)).toBe(false);
    expect(onLabelLine(hit('fault-noun', '**Cause:** Odile Marchand', 'Odile'), '**Cause:** Odile Marchand', never)).toBe(false);
    expect(onLabelLine(hit('contempt', 'MARCO WAS USELESS', 'MARCO WAS USELESS'), 'MARCO WAS USELESS', () => true)).toBe(false);
  });
  it('in a document, a heading in capitals is not shouting, a judgement in capitals is', () => {
    expect(blameIn('Discussion', 'WHO LOST ACCESS')).toEqual([]);
    expect(blameIn('Discussion', 'MARCO WAS CARELESS AGAIN')).not.toEqual([]);
  });
});
