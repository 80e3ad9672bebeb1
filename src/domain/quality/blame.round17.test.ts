import { describe, expect, it } from 'vitest';
import { blameHits } from './blame.patterns.ts';
import { keptWaiting, NO_THING_PASSIVE, offDuty, placeName, reportedWords } from './blame.gates.ts';
import { maskPersons, personSpans } from './person-references.ts';
import { blameFeatures } from './blame.features.ts';
import { clearsPerson } from './blame.rejection.ts';

/**
 * Issue 16, round 17. False blame on neutral sentences of clean documents, by form: a thing named as the cause with
 * the person set aside in apposition, a person not on duty told plainly, no one but places, a person kept waiting by
 * the service, a quoted label's negation in a timeline entry, "no <things> are <done>" as a constraint, and "slow" as a
 * verb. The sentences are written for these tests; each negative form has a positive twin the gate leaves alone.
 */
const flagged = (s: string, where: 'prose' | 'entry' = 'prose'): boolean => blameHits(s, undefined, where).length > 0;

describe('a thing as the cause, the person set aside in apposition (round 17)', () => {
  it('clears the person', () => {
    expect(clearsPerson(maskPersons('The rollout plan, not the engineer running it, is what let the bad build through.'))).toBe(true);
    expect(clearsPerson(maskPersons('It was the retry policy, not Odette, that amplified the load.'))).toBe(true);
  });

  it('does not clear a person named as the cause', () => {
    expect(clearsPerson(maskPersons('Odette, not the retry policy, is what amplified the load.'))).toBe(false);
    expect(clearsPerson(maskPersons('The rollout plan was fine; the engineer running it skipped the canary.'))).toBe(false);
  });
});

describe('a person not on duty, told plainly (round 17)', () => {
  it('is not judged', () => {
    expect(offDuty(maskPersons('Farid was the third person paged and was not officially on call.'))).toBe(true);
    expect(offDuty(maskPersons("Farid wasn't on shift."))).toBe(true);
  });

  it('is judged when the text before it turns it, or when the absence is not at the end', () => {
    expect(offDuty(maskPersons('Farid never answered the page and was not on call.'))).toBe(false);
    expect(offDuty(maskPersons('Farid was not on call, so he ignored every page until noon.'))).toBe(false);
  });
});

describe('no one but places (round 17)', () => {
  it('reads a capitalised name after at / in / near as a place', () => {
    const s = 'The kiln at the Harbourside Pottery Works overheated overnight and cracked every plate.';
    const spans = personSpans(s);
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((p) => placeName(s, p))).toBe(true);
    expect(flagged(s)).toBe(false);
  });

  it('keeps a person who acts, and a possessive after the preposition', () => {
    const s = "Quentin skipped the kiln check at the Harbourside Pottery Works again.";
    expect(personSpans(s).every((p) => placeName(s, p))).toBe(false);
    const t = "The plates cracked in Quentin's kiln.";
    expect(personSpans(t).some((p) => placeName(t, p))).toBe(false);
  });
});

describe('a person kept waiting by the service (round 17)', () => {
  it('is the one the delay was done to', () => {
    expect(keptWaiting(maskPersons('A climber with a dislocated shoulder waited 9 minutes longer than our target response time.'))).toBe(true);
    expect(keptWaiting(maskPersons('The caller had to wait for an ambulance crew that was never dispatched.'))).toBe(false);
  });

  it('is judged when the wait came before their own act', () => {
    expect(keptWaiting(maskPersons('Ingrid waited 25 minutes longer than our usual threshold before paging anyone.'))).toBe(false);
  });
});

describe('a timeline entry: a quoted label and a constraint on things (round 17)', () => {
  it('finds a quoted label of three words before a plural noun, not a scare quote', () => {
    expect(reportedWords('Help desk logs a spike in "cannot sign in" tickets')).toHaveLength(1);
    expect(reportedWords('Bram, ignoring the graph, decides it is "just the network"')).toHaveLength(0);
    expect(reportedWords('Bram calls it "fine"')).toHaveLength(0);
  });

  it('reads "no <things> are <done>" as a constraint', () => {
    expect(NO_THING_PASSIVE.test('no valves are opened until the engineer arrives')).toBe(true);
    expect(NO_THING_PASSIVE.test('no response from the on-call')).toBe(false);
  });

  it('does not judge the entries, and still judges their twins', () => {
    expect(flagged('Help desk logs a spike in "cannot sign in" tickets', 'entry')).toBe(false);
    expect(flagged('Wen pages Arjun (facilities lead); they agree no valves are opened until daylight.', 'entry')).toBe(false);
    expect(flagged('Wen, ignoring the alarm panel again, decides it is "just a sensor glitch" and goes home', 'entry')).toBe(true);
  });
});

describe('"slow" as a verb (round 17)', () => {
  const judge = (s: string): boolean => blameFeatures(s, null).some((f) => f.name === 'judge-word+P');
  it('is not a judging word after "to" or a modal', () => {
    expect(judge('Nadia decides to slow the pump so the tank drains evenly.')).toBe(false);
  });
  it('judges as an adjective', () => {
    expect(judge('Nadia was slow to answer the page.')).toBe(true);
  });
});
