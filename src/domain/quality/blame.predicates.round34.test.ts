import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';

/**
 * Issue 16, round 34: a predicate only a person carries makes its subject a person, whatever the noun
 * (blame.person-predicates.ts). Sentences written for these tests: the twins (machines and things with predicates a
 * machine carries, or with a person's predicate but a machine's noun) first, then the people.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('things stay things (round 34)', () => {
  // Known regressions of the round-34 merge, fixed in round 35: the clipped posts (person-bare.ts) and the predicate
  // subjects now share one thing test (person-things.ts), so "the rota tool" and "the ticketing bot" are no posts.
  it.each([
    'The rota tool chose the wrong slot for the overtime block.',
    'The ticketing bot couldn\'t be bothered to hand the chat over.',
  ])('"%s" stays a thing', (s) => {
    expect(people(s)).toEqual([]);
  });
  it.each([
    'The autodialer decided to retry the whole list at noon.',
    'The phone menu couldn\'t cope with the surge after the outage.',
    'The relief valve sat open for most of the night.',
    'The QMS tool was asleep at the wheel while the scores went stale.',
    'The flow computer decided on its own to open the bypass.',
    'Pump 3 sat idle through the morning.',
    'The planning was nowhere near ready.',
  ])('%s', (s) => {
    expect(people(s)).toEqual([]);
    expect(blameHits(s)).toEqual([]);
  });
});

describe('a noun phrase that carries a person-only predicate is a person (round 34)', () => {
  it('a compound in -man, a clipped post, a gang', () => {
    expect(people('The winchman was asleep at the wheel when the load swung.')).toEqual(['The winchman']);
    expect(people('The night chainman couldn\'t be bothered to re-measure the offset.')).toEqual(['The night chainman']);
    expect(people('The survey op chose a creative reading of the setting-out drawing.')).toEqual(['The survey op']);
    expect(people('The paving gang decided on their own to skip the core samples.')).toEqual(['The paving gang', 'their']);
  });
  it('a capitalised single word opening its clause: a department acting alone', () => {
    expect(people('Stores sat on it for three days.')).toEqual(['Stores']);
    expect(people('Honestly, Purchasing had no business signing that off.')).toEqual(['Purchasing']);
    expect(people('Stores is on the ground floor.')).toEqual([]);
  });
  it('a crew by its letter', () => {
    expect(people('D crew couldn\'t be bothered to log the isolation.')).toEqual(['D crew']);
    expect(people('Team E dropped the ball on the handover, as usual.')).toEqual(['Team E']);
    expect(blameHits('D crew logged the isolation at 06:00.')).toEqual([]);
  });
  it('should have with a verb of speech or mind', () => {
    expect(people('The trackman should have called the signaller before stepping out.')).toEqual(['The trackman', 'the signaller']);
    // A verb a machine can do after "should have" makes no person of its subject ("the trackman" is a person by its
    // own shape since the merge with person-bare.ts, so the twin names a machine).
    expect(people('The ballast train should have stopped the tamper sooner.')).toEqual([]);
  });
  it('a predicate coordinated with the clause\'s first shares its subject', () => {
    expect(people('Rostering got the weekend cover wrong and then couldn\'t be bothered to fix it.')).toEqual(['Rostering']);
    expect(people('The forecast was wrong and then stayed wrong all day.')).toEqual([]);
  });
});

describe('blame on such a subject, and its blameless twin (round 34)', () => {
  it.each([
    ['The winchman was asleep at the wheel when the load swung.', 'The winch brake was slow to engage when the load swung.'],
    ['Stores sat on it for three days while the crew waited.', 'The order sat in the approval queue for three days.'],
    ['D crew couldn\'t be bothered to log the isolation.', 'The isolation log had no field for the second lock.'],
  ])('%s', (judged, plain) => {
    expect(blameHits(judged).length).toBeGreaterThan(0);
    expect(blameHits(plain)).toEqual([]);
  });
});

describe('the round-34 predicate reading stays linear (round 34)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'predicates and subjects': (n) => 'Stores sat on it and the winchman was asleep, and then D crew couldn\'t be bothered to care; '.repeat(Math.ceil(n / 90)),
  };
  it.each(Object.keys(inputs))('%s: t(4n)/t(n) stays near 4', (name) => {
    expect(growthRatio(inputs[name]!, (t) => personSpans(t))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => blameHits(t, undefined, 'prose'))).toBeLessThan(12);
  });
});

describe('what the retraining moved, restored by shape (round 34)', () => {
  it('a plan or a rota that lacks a person is the artefact\'s gap; the person who left it out is judged', () => {
    expect(blameHits('The roster is fine on paper; the weekend rota simply did not include a second signer, so the refund waited until Monday.', undefined, 'prose')).toEqual([]);
    expect(blameHits('Ilse simply did not include a second signer, again.', undefined, 'prose').length).toBeGreaterThan(0);
  });
  it('a passive with its agent reads past a focusing adverb ("was also truncated by a developer")', () => {
    expect(blameHits('The ledger table was also truncated by a contractor during clean-up.')[0]?.form).toBe('passive-agent');
    expect(blameHits('The ledger table was also truncated by the nightly job during clean-up.')).toEqual([]);
  });
});
