import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';

/**
 * Issue 16, round 36: more subjects for a person-only predicate (blame.person-predicates.round36.ts) — posts written as
 * initialisms, departments and places with their number or second word, shifts by name, agent nouns the lexicon holds
 * as things — and more predicates of the class (calls and speech to people, a post's social acts, metaphors of people).
 * Sentences written for these tests: each shape with a person's predicate, and its twin with a machine's noun or a
 * machine's predicate.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('a post written as an initialism (round 36)', () => {
  it.each([
    ['The AGM dropped the ball on the city ledger.', 'The AGM'],
    ['Our DOR was a brick wall about the group rate all week.', 'Our DOR'],
    ['Night EHK ignored three calls about the VIP room.', 'Night EHK'],
    ['The duty FOM never rang back after the keycard fault.', 'The duty FOM'],
  ])('"%s" names a person', (s, who) => {
    expect(people(s)).toEqual([who]);
    expect(blameHits(s).length).toBeGreaterThan(0);
  });
  it.each([
    'The PMS dropped the night audit job at 02:10.',
    'The API never came back after the failover.',
    'The PLC waved the interlock through after the reset.',
  ])('"%s" stays a thing', (s) => {
    expect(people(s)).toEqual([]);
  });
  it('a machine\'s predicate leaves an initialism alone', () => {
    expect(people('The EHK rebooted twice during the sync.')).toEqual([]);
  });
});

describe('a department or a place acting (round 36)', () => {
  it.each([
    ['Ward 9 really should have phoned the lab before sending it.', 'Ward 9'],
    ['Front office brushed off four separate messages about the leak.', 'Front office'],
    ['Revenue Management made a poor call on the stop-sell.', 'Revenue Management'],
  ])('"%s" names the people there', (s, who) => {
    expect(people(s)).toEqual([who]);
    expect(blameHits(s).length).toBeGreaterThan(0);
  });
  it.each([
    'Pump 4 sat idle through the morning.',
    'Unit 3 tripped on low vacuum at 04:17.',
    'The Reservations module dropped the group block at midnight.',
    'Channel manager rejected the rate push twice.',
  ])('"%s" stays a thing', (s) => {
    expect(blameHits(s)).toEqual([]);
  });
});

describe('a shift by its name (round 36)', () => {
  it('"lates" and "earlies" acting are people', () => {
    expect(people('Then lates signed it off without walking the floor.')).toEqual(['lates']);
    expect(people('earlies never rang back about the missing linen.')).toEqual(['earlies']);
  });
  it('a shift before a noun is a modifier', () => {
    expect(people('The lates rota was published on Friday.')).toEqual([]);
  });
});

describe('an agent noun the lexicon holds as a thing (round 36)', () => {
  it('the driver is a person when the predicate is a person\'s', () => {
    const s = 'The driver should have radioed in the moment the lift jammed.';
    expect(people(s)).toEqual(['The driver']);
    expect(blameHits(s).length).toBeGreaterThan(0);
  });
  it.each([
    'The driver crashed after the firmware update.',
    'The runner pool dropped the dockets at 19:40.',
    'The scheduler service made a bad call on the retry.',
  ])('"%s" stays a thing', (s) => {
    expect(people(s)).toEqual([]);
  });
});

describe('the round-36 predicates of people', () => {
  it.each([
    ['The concierge desk found time for a coffee while the queue grew.', 'The concierge desk'],
    ['The night porters handled the luggage store badly all weekend.', 'The night porters'],
    ['The bellies told nobody about the broken trolley.', 'The bellies'],
  ])('"%s"', (s, who) => {
    expect(people(s)).toEqual([who]);
  });
  it.each([
    ['Make no mistake: Banqueting alone caused this by skipping the allergen check.', 'Banqueting'],
    ['The berth planner had a somewhat relaxed relationship with the tide tables.', 'The berth planner'],
    ['The CTL was careless with the welfare list that evening.', 'The CTL'],
    ['The AGM \'approved\' the refund without opening the folio.', 'The AGM'],
    ['The SCE\'s handover was a little light on detail.', 'The SCE'],
  ])('"%s" is blame on a person', (s, who) => {
    expect(people(s)).toEqual([who]);
    expect(blameHits(s).length).toBeGreaterThan(0);
  });
  it.each([
    'The config change alone caused the outage.',
    'The permit form is careless about isolation points and lets you submit it blank.',
    'That spray record form is lazy design, it never asks for wind speed.',
    'The ordering system marked the crew \'filled\' while they were still at base.',
    'FDIR\'s “safe” configuration still had the heater on the wrong side.',
  ])('"%s" names no one by these predicates', (s) => {
    expect(blameHits(s)).toEqual([]);
  });
  it('a neutral sentence of a person\'s act is not blame by the predicate alone', () => {
    expect(blameHits('The NA signed the audit off at 03:10 and phoned the GM.')).toEqual([]);
  });
});

describe('the round-36 subjects and predicates stay linear (round 36)', () => {
  const input = (n: number): string => 'The FDO never rang back and Ward 7 signed it off, then lates handled the queue badly; '.repeat(Math.ceil(n / 88));
  it('t(4n)/t(n) stays near 4', () => {
    expect(growthRatio(input, (t) => personSpans(t))).toBeLessThan(12);
    expect(growthRatio(input, (t) => blameHits(t, undefined, 'prose'))).toBeLessThan(12);
  });
});

describe('"never showed up" is not a person-only predicate (round 36, after the merge)', () => {
  it.each([
    'The gap between the two steps never showed up in rehearsal.',
    'The leak in the connection pool never turned up in staging.',
  ])('"%s" names no one', (s) => {
    expect(people(s)).toEqual([]);
    expect(blameHits(s)).toEqual([]);
  });
  it('still judges a post the lexicon knows that never turned up', () => {
    expect(blameHits('The night porter never even turned up for the shift.').length).toBeGreaterThan(0);
  });
});
