import { describe, expect, it } from 'vitest';
import { blameHits, DOCUMENT_MODEL_BAR } from './blame.patterns.ts';
import { onlyPluralPronouns } from './blame.bars.ts';
import { personSpans } from './person-references.ts';
import type { Model } from './classifier.ts';

/**
 * Issue 16, round 23. People named by what they do, not by a known word (person-acts.ts): an abbreviation or an unknown
 * noun after a determiner is a person when the sentence gives it an act or a state only people have; a system by the
 * same shape stays a thing. And in a document, plural pronouns alone give the model no one to judge. The roles,
 * systems and sentences are invented for these tests.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('an abbreviation acting with a mind or speaking is a person (round 23)', () => {
  it.each([
    ['The TQO decided the second torque check was optional.', 'The TQO'],
    ['The duty SCO clearly couldn\'t be bothered to read the handover sheet.', 'The duty SCO'],
    ['Honestly the RMX chose to skip the pressure test.', 'the RMX'],
    ['The PWQ assumed the valve was already isolated.', 'The PWQ'],
    ['The KLT apologised for closing the hatch early.', 'The KLT'],
  ])('%s', (s, who) => {
    expect(people(s)).toContain(who);
  });
});

describe('a person by a state, a possession, a rank or a pronoun (round 23)', () => {
  it.each([
    ['The ZPO was distracted when the pump tripped.', 'The ZPO'],
    ['The VXO had been at the pub before the night watch.', 'The VXO'],
    ['The grounding was the BTO\'s fault and nobody else\'s.', 'the BTO'],
    ['For the record, the DQA\'s personal phone was found on the console.', 'the DQA'],
    ['The relieving MWO missed the low-level alarm twice.', 'The relieving MWO'],
    ['The QRT silenced the beacon alarm because it annoyed him.', 'The QRT'],
    ['The steward was hungover when the doors were armed.', 'The steward'],
  ])('%s', (s, who) => {
    expect(people(s)).toContain(who);
  });
});

describe('a system by the same shape stays a thing (round 23)', () => {
  it.each([
    'The BMS restarted at 02:10 and dropped the chiller schedule.',
    'The PLC ignored the interlock because the bypass bit was set.',
    'The HMI missed the second alarm while the screen was refreshing.',
    'The TMS forgot its static data after the card swap.',
    'The UI said the upload had finished.',
    'The VLAN was deleted by the script while he was on the test switch.',
    'The autoscaler decided to add four nodes.',
    'The connection pool was exhausted by the retry storm.',
    'A careless default in the firmware opens every valve on reboot.',
    'The EHR\'s decision tree flagged the dose.',
  ])('%s', (s) => {
    expect(people(s).filter((p) => !/^(?:he|she|him|her|his)$/i.test(p))).toEqual([]);
  });
});

describe('blame on an abbreviated role is found (round 23)', () => {
  it.each([
    'The duty SCO should have called the supervisor the moment the gauge dropped.',
    'The grounding was the BTO\'s fault and nobody else\'s.',
    'The TQO clearly couldn\'t be bothered to read the checklist.',
  ])('%s', (s) => {
    expect(blameHits(s).length).toBeGreaterThan(0);
  });

  it('a system that ignored the interlock is not blamed', () => {
    expect(blameHits('The PLC ignored the interlock because the bypass bit was set.')).toEqual([]);
  });
});

describe('in a document, plural pronouns alone give the model no one to judge (round 23)', () => {
  it.each([
    ['96 of them were held for the night run.', true],
    ['They do not compare the two price lists before publishing.', true],
    ['Their engineer did not tell anyone about the firewall change.', false],
    ['Marta told them the queue was stuck.', false],
  ])('%s', (s, only) => {
    expect(onlyPluralPronouns(s, personSpans(s))).toBe(only);
  });

  it('the model is not asked in a document, and still is on a sentence alone', () => {
    const s = 'They never bothered to compare the two price lists before publishing.';
    const sure: Model = { bias: 6, weights: {} };
    expect(blameHits(s, sure, 'prose').filter((h) => h.form === 'judging-words')).toEqual([]);
    expect(DOCUMENT_MODEL_BAR).toBeLessThan(1);
  });
});

describe('"whoever" heads a free relative: the person is the whole clause (round 23)', () => {
  it.each([
    ['Whoever resized the tank log volume should have warned the night crew first.', 'Whoever resized the tank log volume'],
    ['Not naming anyone, but whoever edited the kiln profile clearly didn\'t read the vendor note.', 'whoever edited the kiln profile'],
    ['Whoever was on the dock rota acked the alarm and fixed the valve.', 'Whoever was on the dock rota'],
    ['Whoever approves a refund sees only the last four digits of the card.', 'Whoever approves a refund'],
  ])('%s', (s, who) => {
    expect(people(s)).toContain(who);
  });

  it.each([
    'Kudos to whoever unplugged the tank sensor, nobody saw the level drop.',
    'Well done to whoever decided the kiln could skip its cool-down was a fine idea.',
  ])('with no main verb after it, or a verb of thought, "whoever" stays alone: %s', (s) => {
    expect(people(s)).toContain(/whoever/i.exec(s)![0]);
  });

  it.each([
    'Whoever resized the tank log volume should have warned the night crew first.',
    'Not naming anyone, but whoever edited the kiln profile clearly didn\'t read the vendor note.',
  ])('the main clause\'s judgement is found: %s', (s) => {
    expect(blameHits(s).length).toBeGreaterThan(0);
  });

  it('a neutral free relative is not blame', () => {
    expect(blameHits('Whoever approves a refund sees only the last four digits of the card.')).toEqual([]);
  });
});
