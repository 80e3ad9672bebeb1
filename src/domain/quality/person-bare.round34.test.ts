import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { SERVED } from './blame.lexicon.ts';
import { isManCompound, personNounKind } from './person-lexicon.ts';
import { personSpans } from './person-references.ts';

/**
 * Issue 16, round 34: people named by a bare shape (person-bare.ts, person-lexicon.ts isManCompound) and the served
 * people in one list (person-served.ts). Sentences written for these tests, each with its twin where the same shape
 * is a thing.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('a worker named by a -man compound of what he works (round 34)', () => {
  it('the compound is a person, the thing alone is not', () => {
    expect(people('The winchman never checked the brake before the lift.')).toEqual(['The winchman']);
    expect(people('The winch slipped before the lift.')).toEqual([]);
  });
  it('things, animals and Latin words in -man / -men are not workers', () => {
    expect(isManCompound('gatesman')).toBe(true);
    expect(isManCompound('linemen')).toBe(true);
    expect(isManCompound('talisman')).toBe(false);
    expect(isManCompound('specimen')).toBe(false);
    expect(isManCompound('abdomen')).toBe(false);
    expect(isManCompound('human')).toBe(false);
  });
});

describe('a person named by the -ee of what was done for them (round 34)', () => {
  it('the -ee noun is a person, a thing in -ee is not', () => {
    expect(people('The secondee never renewed the alarm contract.')).toEqual(['The secondee']);
    expect(people('The committee never renewed the alarm contract.')).toEqual([]);
  });
});

describe('a crew or a shift named by its letter (round 34)', () => {
  it('the letter and its crew word act, or own, or are the agent', () => {
    expect(people('Predictably, D crew left the compressor running all weekend.')).toEqual(['D crew']);
    expect(people('The silo was left unsealed by E shift.')).toEqual(['E shift']);
    expect(people('Nobody read A watch\'s handover notes.')).toEqual(['A watch']);
  });
  it('a drive, a plan or an article before a shift stay things', () => {
    expect(people('D drive filled up overnight.')).toEqual([]);
    expect(people('A shift in the schedule moved the audit to May.')).toEqual([]);
    expect(people('We fell back to plan B crew rota.')).toEqual([]);
  });
});

describe('a department named alone acts as its people (round 34)', () => {
  it('the subject of an act, the agent of a failure, the owner', () => {
    expect(people('Despatch got the addresses wrong and Maintenance kept quiet.')).toContain('Maintenance');
    expect(people('The delay came from a failure of Procurement to raise the order.')).toEqual(['Procurement']);
    expect(people('Frankly, Control sat on the alarm for an hour.')).toEqual(['Control']);
    expect(people('We all saw Maintenance\'s checklist.')).toEqual(['Maintenance']);
  });
  it('a noun after it or a machine\'s verb keeps it a thing', () => {
    expect(people('Planning mode was enabled by default.')).toEqual([]);
    expect(people('Maintenance window opened at 02:00.')).toEqual([]);
    expect(people('Control flow returned to the main loop.')).toEqual([]);
  });
});

describe('a group\'s possessive (round 34)', () => {
  it('a crew or a person noun before s\' or \'s', () => {
    expect(people('It came down to the scaffies\' failure to tie in the boards.')).toEqual(['the scaffies\'']);
    expect(people('Look at the squad\'s paperwork for that night.')).toEqual(['the squad']);
  });
  it('a served public before its possessive is not staff', () => {
    expect(people('The readers\' letters arrived on Tuesday.')).toEqual([]);
  });
});

describe('a clipped post after a determiner with a person\'s verb (round 34)', () => {
  it('a short word that is no known thing, with a verb of mind, a duty after a modal or an idiom', () => {
    expect(people('The surveyor\'s mate should have checked the datum first.')).toContain('The surveyor');
    expect(people('The relief geo should have flagged the slip before we dug.')).toEqual(['The relief geo']);
    expect(people('Honestly the CSO dropped the ball on the permit.')).toEqual(['the CSO']);
  });
  it('a clipped plural with an omission, a clipped post\'s conduct', () => {
    expect(people('Naturally the brickies ignored the setting-out pegs.')).toEqual(['the brickies']);
    expect(people('It was the sub\'s careless labelling that cost us the day.')).toEqual(['the sub']);
  });
  it('a machine\'s miss, or a thing\'s failure, stays a thing', () => {
    expect(people('The job missed its window again.')).toEqual([]);
    expect(people('The API\'s failure to respond held the queue.')).toEqual([]);
  });
  it('a thing with a thing\'s verb, or a noun after the short word, stays a thing', () => {
    expect(people('The hoist tripped on the second lift.')).toEqual([]);
    expect(people('The PA system dropped out during the briefing.')).toEqual([]);
  });
});

describe('the served people are one list (round 34)', () => {
  it('the sentence reader and the lexicon read it alike as before', () => {
    expect(SERVED.test('Customers')).toBe(true);
    expect(SERVED.test('end-users')).toBe(true);
    expect(SERVED.test('applicants')).toBe(false);
    expect(personNounKind('applicant')).toBe('shared');
    expect(personNounKind('buyer')).toBe('person');
  });
});

describe('the bare shapes stay linear (round 34)', () => {
  it('a long run of letters, departments and determiners', () => {
    expect(growthRatio((n) => 'C crew said Maintenance of the subs\' the op '.repeat(n), (s) => personSpans(s))).toBeLessThan(12);
  });
});
