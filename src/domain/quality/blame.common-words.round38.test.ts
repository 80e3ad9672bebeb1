import { describe, expect, it } from 'vitest';
import { findBlame } from './blame.patterns.ts';
import { isAdjectivalPerson } from './person-lexicon.ts';
import { personSpans } from './person-references.ts';

/**
 * Issue 16, round 38: common words the blame rule lost. A person noun WordNet shares only with an adjective
 * ("mechanic", "fitter", "official") is the person when it heads its noun phrase; the writer's own miss, haste or
 * single-handed careless act, and "that's on us"; any person-only noun as the maker of an error ("technician error").
 * Sentences written for these tests, each with its twin that stays clean.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('a person noun shared only with an adjective, as the head of its phrase', () => {
  it('is read from WordNet, not from a hand list', () => {
    expect(isAdjectivalPerson('mechanic')).toBe(true);
    expect(isAdjectivalPerson('fitters')).toBe(true);
    expect(isAdjectivalPerson('engineer')).toBe(false);
    expect(isAdjectivalPerson('Mechanic')).toBe(false);
  });
  it.each([
    ['The mechanic missed the overspeed alert on the second visit.', 'The mechanic'],
    ['Failure by the service mechanic to complete the brake check is the main finding.', 'the service mechanic'],
    ['The fitter skipped the torque check on the last bolt.', 'The fitter'],
    ['Responsibility rests solely with the site super for Zone 3.', 'the site super'],
    ["The super's office is where the snag lists go to die.", 'The super'],
  ])('"%s" names a person', (s, who) => {
    expect(people(s)).toContain(who);
  });
  it.each([
    'The official figures for March were published late.',
    'We kept the mechanic workshop open over the weekend.',
    'The private key was rotated after the audit.',
    'The temporary fix held until the morning.',
  ])('"%s" names no one (the adjective before its noun)', (s) => {
    expect(people(s)).toEqual([]);
  });
  it('leaves a software role to its context, as everywhere else (the coordinator, after the merge)', () => {
    expect(isAdjectivalPerson('caller')).toBe(false);
    expect(people('Because the variant caller skipped every panel interval, the reports were empty.')).toEqual([]);
  });
  it('a judgement of the mechanic is blame, the same of the monitor is not', () => {
    expect(findBlame('The mechanic ignored the fault log on the controller.')).not.toBeNull();
    expect(findBlame('The monitor ignored the input from the light curtain.')).toBeNull();
  });
});

describe("the writer's own failure", () => {
  it.each([
    'I missed the cracked comb plate on my visit on the 12th.',
    'I rushed the yaw calibration to catch the boat back.',
    'I was the one who approved the route import without checking a single address.',
    'Our team skipped the sandbox run, and that is on us.',
    "We rushed the rollover and that's on us.",
  ])('"%s" is blame', (s) => {
    expect(findBlame(s)).not.toBeNull();
  });
  it.each([
    'I rushed to the site as soon as the page came in.',
    'I missed the call because the pager was flat.',
    'I was the one who found the bad route file.',
    "It's on us to fix the runbook before the next term.",
    "I'd push back a bit on the root cause: the controller should have rejected the value.",
  ])('"%s" is not', (s) => {
    expect(findBlame(s)).toBeNull();
  });

  // Round 39: retrained on 128 splits, the model judges a treat that is on the team ("on us" as paying, not as fault): a known
  // regression of the model, marked so that the fix shows.
  it.fails('"Lunch is on us after the review." is not', () => {
    expect(findBlame('Lunch is on us after the review.')).toBeNull();
  });
});

describe("a person-only noun as the maker of an error", () => {
  it.each([
    "We're putting this down to mechanic error: the wrong fuse went in.",
    'Root cause recorded as technician error, a wrong blade angle on WTG-15.',
    'The investigation points to crew error on nights as the cause of the trip.',
  ])('"%s" is blame', (s) => {
    expect(findBlame(s)).not.toBeNull();
  });
  it.each([
    'The parser error was logged at 14:02 and retried.',
    'A disk error stopped the nightly job.',
    'The customer error rate rose to 4% for ten minutes.',
    // "error" as the modifier of the noun after it names a thing (the coordinator, after the merge).
    'Marcus checks the matchmaker error dashboard: no errors.',
  ])('"%s" is not', (s) => {
    expect(findBlame(s)).toBeNull();
  });
});
