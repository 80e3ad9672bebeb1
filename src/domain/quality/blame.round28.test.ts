import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';
import { foreignBlameHits } from './blame.foreign.ts';

/**
 * Issue 16, round 28: people named by group, shift, store, department or station, and four shapes of false blame on
 * neutral document sentences. Sentences written for these tests: new names, systems and domains; each form has a
 * positive and a negative.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));
const judged = (s: string, where: 'sentence' | 'prose' | 'entry' = 'prose'): boolean => blameHits(s, undefined, where).length > 0;

describe('a group, shift, store, department or station named without an article, by its human act (round 28)', () => {
  it('reads a department or a town as a person when it does what only people do', () => {
    expect(people('Receiving fell asleep on the chilled pallets.')).toEqual(['Receiving']);
    expect(people('Glasgow decided to ignore the allergen bulletin until Monday.')).toEqual(['Glasgow']);
    expect(people('Payroll couldn\'t be bothered to check the overtime export.')).toEqual(['Payroll']);
  });
  // Round 31: retrained with the sixty-fourth to sixty-sixth voices, the model judges this below the document bar in
  // prose (still judged as a lone sentence): a known regression, marked so that the fix shows. Round 34, retrained on
  // 98 splits, the model judges it in prose again (noise of the model near its bar, not a fix of the rules); retrained
  // once more after the round's merges (the bare person shapes joined), it does not: marked again. Round 36, retrained
  // on 110 splits, judged again: a plain test. Round 38, retrained on 122 splits after the merges: not judged (the model
  // near its bar again): marked as a known regression of the model's.
  // Round 39: retrained on 128 splits (the round's six sets, the initialism reading), the model judges it again: a plain test.
  it('judges a department that fell asleep in prose (a regression of rounds 31 to 33, of round 34\'s merged retraining and of round 38\'s)', () => {
    expect(judged('Receiving fell asleep on the chilled pallets.')).toBe(true);
  });
  it('keeps the same words as places and systems when the act is a machine\'s or the weather\'s', () => {
    expect(people('Receiving scanned 300 pallets before noon.')).toEqual([]);
    expect(people('Till 4 froze during the breakfast rush.')).toEqual([]);
    expect(judged('Till 4 froze during the breakfast rush.')).toBe(false);
  });
  it('reads a person after a store\'s or a station\'s possessive when the act is human', () => {
    expect(people('Branch 52\'s AM decided the freezer alarm could wait until morning.')).toEqual(['Branch 52\'s AM']);
    expect(people('Till 4\'s attendant didn\'t bother to check the voucher code.')).toEqual(['Till 4\'s attendant']);
    expect(judged('Till 4\'s attendant didn\'t bother to check the voucher code.')).toBe(true);
  });
  it('keeps a store\'s or a till\'s device a thing', () => {
    expect(people('Branch 52\'s router dropped twice at lunch.')).toEqual([]);
    expect(judged('Branch 52\'s router dropped twice at lunch.')).toBe(false);
  });
  it('reads a worker named by the shift they work ("the Sunday opener") when a human act or state follows', () => {
    expect(people('The Sunday opener decided to skip the fridge temperature log.')).toEqual(['The Sunday opener']);
    expect(people('The overnight porter was asleep at the desk.')).toContain('The overnight porter');
  });
  it('keeps a thing named by its time ("the Sunday delivery", "the night scheduler")', () => {
    expect(people('The Sunday delivery arrived forty minutes late.')).toEqual([]);
    expect(people('The overnight scheduler decided to add two workers.')).toEqual([]);
  });
});

describe('a judging adjective given to a person with "of" (round 28)', () => {
  it('finds "That was negligent of D shift" and "careless of the Monday closer to …"', () => {
    expect(judged('That was negligent of D shift.', 'sentence')).toBe(true);
    expect(judged('It was frankly careless of the Monday closer to leave the cold room open.', 'sentence')).toBe(true);
  });
  it('leaves kind words and a judging word on a thing', () => {
    expect(judged('That was thoughtful of Ravi.', 'sentence')).toBe(false);
    expect(judged('The price of a careless install is a second visit.', 'sentence')).toBe(false);
  });
});

describe('thanks to a person for a good act (round 28)', () => {
  it('leaves thanks addressed to a person for something, and a good act that ended the harm', () => {
    expect(judged('Thanks to Ilse for the quick narrowing-down to two racks, and to the desk, who had a notice out by noon.')).toBe(false);
    expect(judged('Thanks to Tomasz Wirth\'s quick revert, the double bookings stopped eleven minutes after they began.')).toBe(false);
  });
  it('keeps thanks for a damaging act, a scare-quoted fix and a bad outcome', () => {
    expect(judged('Thanks to Anouk\'s quick "cleanup", the archive stayed locked for six hours.', 'sentence')).toBe(true);
    expect(judged('Thanks to Bertil\'s revert, the export failed a second time.', 'sentence')).toBe(true);
  });
});

describe('questions asked to learn (round 28)', () => {
  it('does not judge an FAQ question or a person\'s own question reported', () => {
    expect(judged('Q: Should the night dispatcher have spotted that the feed was stale?')).toBe(false);
    expect(judged('Question: Did the duty chemist know the batch was quarantined?')).toBe(false);
    expect(judged('Oskar asked whether he should have escalated before posting in the channel.')).toBe(false);
  });
  it('keeps a rhetorical question behind a label and a plain should-have', () => {
    expect(judged('Q: How could the night dispatcher not notice a feed that was stale for four hours?', 'sentence')).toBe(true);
    expect(judged('Oskar should have escalated before posting in the channel.')).toBe(true);
  });
});

describe('knowing what to do as competence (round 28)', () => {
  it('does not judge a person who knew what to do', () => {
    expect(judged('The runbook for the ledger lock says nothing about payroll. Mirela knew to call payroll from experience, not from the runbook.')).toBe(false);
    expect(judged('Bogdan already knew which breaker to reset, so the lights were back within four minutes.')).toBe(false);
  });
  it('keeps knowledge held against the person', () => {
    expect(judged('Bogdan knew to check the breaker and still walked past it.', 'sentence')).toBe(true);
    expect(judged('Bogdan didn\'t know to check the breaker.', 'sentence')).toBe(true);
  });
});

describe('a role the sentence calls "it" (round 28)', () => {
  it('reads a role opening the sentence as the thing a later "it" judges with', () => {
    expect(people('A new primary had no record of which jobs were running, so it treated them as never started.')).toEqual(['them']);
    expect(judged('A new primary had no record of which jobs were running, so it treated them as never started.')).toBe(false);
  });
  it('keeps the role a person with "he" or "she" in the sentence, and when "it" is something else', () => {
    expect(people('The new coordinator had no list of open jobs, so she treated them as never started.')).toContain('The new coordinator');
    expect(people('The coordinator restarted the queue, and it came back in a minute.')).toContain('The coordinator');
  });
});

describe('blame in other languages by a per-language table (round 28, blame.foreign.ts)', () => {
  const foreign = (x: string): string[] => foreignBlameHits(x).map((h) => h.form);
  it('finds a counterfactual modal whose subject is a person', () => {
    expect(foreign('Lucía debió avisar al turno de noche antes del corte.')).toEqual(['should-have']);
    expect(foreign('Paolo avrebbe dovuto fermare la coda prima del rilascio.')).toEqual(['should-have']);
    expect(foreign('Mathilde aurait dû relire le fichier avant l\'import.')).toEqual(['should-have']);
    expect(foreign('Henrike hätte den Export vor dem Versand prüfen müssen.')).toEqual(['should-have']);
    expect(foreign('Bram had de wijziging eerst moeten testen.')).toEqual(['should-have']);
    expect(foreign('A Joana deveria ter parado a fila antes.')).toEqual(['should-have']);
    expect(foreign('Vikram ko release se pehle backup lena chahiye tha.')).toEqual(['should-have']);
  });
  it('leaves a system as the subject, whatever its capitals', () => {
    expect(foreign('El validador debió rechazar el lote.')).toEqual([]);
    expect(foreign('Der Scheduler hätte den Lauf abbrechen müssen.')).toEqual([]);
    expect(foreign('Le proxy aurait dû renvoyer une erreur.')).toEqual([]);
    expect(foreign('Il servizio doveva bloccare la richiesta.')).toEqual([]);
  });
  it('finds a fault noun given to a person, not one denied', () => {
    expect(foreign('Todo fue por culpa de Ramiro, que borró la tabla.')).toEqual(['fault-noun']);
    expect(foreign('La colpa è di Chiara.')).toEqual(['fault-noun']);
    expect(foreign('Galti Arjun ki thi.')).toEqual(['fault-noun']);
    expect(foreign('No fue culpa de Ramiro: el job no tenía validación.')).toEqual([]);
    expect(foreign('¿Debió Lucía avisar antes?')).toEqual([]);
  });
});

describe('the round-28 readings stay linear (round 28)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'stores, numbers and possessives': (n) => "Store 118's Till 2's GM ".repeat(Math.ceil(n / 24)),
    'judging adjectives and "of"': (n) => 'careless of B shift of '.repeat(Math.ceil(n / 23)),
    'FAQ labels and auxiliaries': (n) => 'Q: Should Q: did '.repeat(Math.ceil(n / 17)),
    'thanks and stopping': (n) => "Thanks to Ana's quick rollback, for the stopped ".repeat(Math.ceil(n / 48)),
    'foreign names and modals': (n) => 'Juan Pérez der Job hätte de '.repeat(Math.ceil(n / 28)),
  };
  it.each(Object.keys(inputs))('%s: t(4n)/t(n) stays near 4', (name) => {
    expect(growthRatio(inputs[name]!, (t) => personSpans(t))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => blameHits(t, undefined, 'prose'))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => foreignBlameHits(t))).toBeLessThan(12);
  });
});
