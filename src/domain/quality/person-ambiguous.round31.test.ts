import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';

/**
 * Issue 16, round 31: an agent noun that names a machine and a job alike ("driver", "processor", "closer", "handler",
 * "scheduler", "producer", "runner") is a person by its context (person-ambiguous.ts). Sentences written for these tests,
 * in pairs of the same shape: a person and a machine of the same name.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('a vehicle, a trade or a shift before the noun makes it a person; a device or software, a machine (round 31)', () => {
  it('vehicle before "driver"', () => {
    expect(people('The forklift driver left the curtain open again.')).toEqual(['The forklift driver']);
    expect(people('The device driver left the port open again.')).toEqual([]);
  });
  it('a trade before "processor"', () => {
    expect(people('The loan processor uploaded last year\'s statements.')).toEqual(['The loan processor']);
    expect(people('The payment processor uploaded last year\'s statements.')).toEqual([]);
  });
  it('a shift before "handler"', () => {
    expect(people('The night-shift handler left the gate unlocked.')).toEqual(['The night-shift handler']);
    expect(people('The event handler left the socket unlocked.')).toEqual([]);
  });
  it('a place of work before "closer"', () => {
    expect(people('The Leeds branch closer skipped the call-back.')).toEqual(['The Leeds branch closer']);
    expect(people('The door closer skipped a beat and slammed.')).toEqual([]);
  });
  it("a person's possessive before it, unless software comes between", () => {
    expect(people("The haulier's driver left the unit off.")).toEqual(["The haulier's driver"]);
    expect(people("The vendor's update scheduler is careless about connectivity.")).toEqual(['The vendor']);
  });
  it('plural forms', () => {
    expect(people('The forklift drivers left the curtains open.')).toEqual(['The forklift drivers']);
    expect(people('The device drivers left the ports open.')).toEqual([]);
  });
});

describe('what follows the noun: a phrase of a person\'s work, "who", a possessive, an act only people do (round 31)', () => {
  it('"on the … file", "for the … branch"', () => {
    expect(people('The processor on the Okafor file sat on it for a week.')).toEqual(['The processor']);
    expect(people('The processor on the build server sat idle for a week.')).toEqual([]);
    expect(people('The closer for the Bristol branch should have called the buyer.')).toEqual(['The closer']);
    expect(people('The scheduler for the batch queue should have retried.')).toEqual([]);
  });
  it('"who", not "which" or "that"', () => {
    expect(people('The runner who took the samples dropped the cool box.')).toEqual(['The runner']);
    expect(people('The runner that executes the nightly tests dropped the cache.')).toEqual([]);
    // A bare plural before "who" is whoever did it, often the people served: no staff.
    expect(people('Drivers who tapped a card saw an error on the screen.')).toEqual([]);
  });
  it("a possessive of a person's things", () => {
    expect(people("The driver's shift had ended an hour before.")).toEqual(["The driver"]);
    expect(people("The driver's buffer had overflowed an hour before.")).toEqual([]);
  });
  it('acts only people do; verbs systems do too are no clue', () => {
    expect(people('Once again the driver turned up without the printout.')).toEqual(['the driver']);
    expect(people('Once again the driver ignored the interrupt.')).toEqual([]);
    expect(people('The scheduler promised the crew a Friday finish.')).toEqual(['The scheduler']);
    expect(people('The scheduler decided to run the crew job on Friday.')).toEqual([]);
  });
  it('asked to do what only people do', () => {
    expect(people('Is it too much to ask the processor to glance at the pay stubs?')).toEqual(['the processor']);
    expect(people('Is it too much to ask the processor to retry a failed charge?')).toEqual([]);
  });
  it('he / she / his / her later on, when no one else is named', () => {
    expect(people('The producer moved the delivery date on his second show.')).toEqual(['The producer', 'his']);
    expect(people('The producer moved the event to the retry topic twice.')).toEqual([]);
  });
  it('"the closer" as a noun, not the comparative', () => {
    expect(people('The closer sent the package to the wrong title company.')).toEqual(['The closer']);
    expect(people('The closer the deadline got, the more we cut.')).toEqual([]);
  });
  it('an appraiser is a person; a tokeniser a machine', () => {
    expect(people('The appraiser missed the addition in the photos.')).toEqual(['The appraiser']);
    expect(people('The tokeniser missed the comma in the file.')).toEqual([]);
  });
});

describe('blame about such a person is found; the same about the machine is not (round 31)', () => {
  it.each([
    ['The forklift driver should have closed the curtain before the shift ended.', 'The device driver should have closed the handle before the process ended.'],
    ['It was sloppy work from the loan processor, simple as that.', 'It was a slow day for the payment processor, simple as that.'],
    ['This one is entirely on the closer for the Bristol branch.', 'This one is entirely down to the scheduler for the batch queue.'],
  ])('%s', (person, machine) => {
    expect(blameHits(person).length).toBeGreaterThan(0);
    expect(blameHits(machine)).toEqual([]);
  });
});

describe('the round-31 reading stays linear (round 31)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'modifiers and phrases': (n) => 'the forklift driver on the Dock 2 run and the Leeds branch closer '.repeat(Math.ceil(n / 66)),
    'acts and pronouns': (n) => 'the processor turned up and the driver ignored his '.repeat(Math.ceil(n / 51)),
  };
  it.each(Object.keys(inputs))('%s: t(4n)/t(n) stays near 4', (name) => {
    expect(growthRatio(inputs[name]!, (t) => personSpans(t))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => blameHits(t, undefined, 'prose'))).toBeLessThan(12);
  });
});
