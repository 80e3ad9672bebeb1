import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits } from './blame.patterns.ts';
import { onlyReporter, ownAccount, plainPassiveWork, thingName, thingPronouns, withoutSpeakerTag } from './blame.gates.round30.ts';
import { placeName } from './blame.gates.ts';
import { maskSpans, personSpans } from './person-references.ts';

/**
 * Issue 16, round 30: with the sixty-first to sixty-third voices trained on, shapes the blame model is not to judge on
 * its own (a chat line's speaker tag, a reporter of a problem, a plain passive of work done, "they" for things, names a
 * thing owns by their place, a process that restarts itself, a modifier opening a sentence before a plural noun and a
 * re-done verb). Sentences written for these tests: new names, systems and domains; each with a positive and a negative.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));
const isPerson = (name: string): boolean => personSpans(`${name} said it.`).length > 0;
const read = (s: string): [string, string, ReturnType<typeof personSpans>] => {
  const spans = personSpans(s);
  return [s, maskSpans(s, spans), spans];
};

describe("a chat line's speaker tag is who spoke, not the sentence's subject (round 30)", () => {
  it('blanks a tag with a time stamp, a handle, or a person speaking in the first person', () => {
    expect(withoutSpeakerTag('[09:14] Priya (Infra): I restarted the broker on Monday.', isPerson).trimStart()).toBe('I restarted the broker on Monday.');
    expect(withoutSpeakerTag('[3:02 PM] Dana: we rolled back at 15:00.', isPerson).trimStart()).toBe('we rolled back at 15:00.');
    expect(withoutSpeakerTag('heron_ops: pushed the revert to main.', isPerson).trimStart()).toBe('pushed the revert to main.');
    expect(withoutSpeakerTag('Dana: I paused the import job.', isPerson).trimStart()).toBe('I paused the import job.');
  });
  it('keeps a label, a person quoted or named with a judgement, and the same length', () => {
    expect(withoutSpeakerTag('Root cause: the operator skipped the check.', isPerson)).toBe('Root cause: the operator skipped the check.');
    expect(withoutSpeakerTag('Marek: "just a tiny change" 🙄', isPerson)).toBe('Marek: "just a tiny change" 🙄');
    expect(withoutSpeakerTag('Typical Marek: ships on Friday and logs off.', isPerson)).toBe('Typical Marek: ships on Friday and logs off.');
    const s = '[10:02] Omar: I merged it.';
    expect(withoutSpeakerTag(s, isPerson)).toHaveLength(s.length);
  });
  it('still reads blame in what was said', () => {
    expect(blameHits('[10:02] Omar: Lukas should have checked the diff before merging.', undefined, 'prose')).not.toEqual([]);
  });
});

describe('the one who reports a problem is not its cause (round 30)', () => {
  it('clears a reporter at the sentence start, with a place, telling someone', () => {
    expect(onlyReporter(...read('Ward sister at Eastfield reports repeated logouts to the help desk.'))).toBe(true);
    expect(onlyReporter(...read('The caretaker raised a ticket about the lift.'))).toBe(true);
  });
  it('keeps a report about a person, a late report and a name addressed', () => {
    expect(onlyReporter(...read('The courier reported that Tomasz left the gate open.'))).toBe(false);
    expect(onlyReporter(...read('The night porter finally reported the leak after two hours.'))).toBe(false);
    expect(onlyReporter(...read('Per my last note, Ilse, the tank was flagged as leaking.'))).toBe(false);
  });
});

describe('a plain passive of work done names who did it, no more (round 30)', () => {
  it('clears the agent with how long it took and who reviewed it', () => {
    expect(plainPassiveWork(read("The data-centre move was carried out by Ilse Brandt's team over three weeks and signed off by Facilities.")[1])).toBe(true);
  });
  it('keeps any other detail after the agent', () => {
    expect(plainPassiveWork(read("The data-centre move was carried out by Ilse Brandt's team at 2am without a rollback plan.")[1])).toBe(false);
    expect(plainPassiveWork(read('The cut-over was performed by the contractor, who had never seen the site.')[1])).toBe(false);
  });
});

describe("a person's own account reported plainly (round 30)", () => {
  it('clears what a person said of their own act, and keeps a contradiction or a claim turned', () => {
    expect(ownAccount(read('Ama told us she had drained the node first.')[1], 'Ama told us she had drained the node first.')).toBe(true);
    expect(ownAccount(read('Ama told us she had drained the node first, but she never did.')[1], 'Ama told us she had drained the node first, but she never did.')).toBe(false);
    expect(ownAccount(read('Ama said Kofi had drained the node.')[1], 'Ama said Kofi had drained the node.')).toBe(false);
    const mocked = "Ama said she was 'on it' 🙄";
    expect(ownAccount(read(mocked)[1], mocked)).toBe(false);
  });
});

describe('"they" for a plural thing opening the sentence (round 30)', () => {
  it('clears the pronoun after a plural thing and its verb', () => {
    const s = 'Integration tests pass because they stub the payment API.';
    expect(thingPronouns(s, personSpans(s))).toBe(true);
  });
  it('keeps people, and another person beside the pronoun', () => {
    const a = 'The interns left early because they were bored.';
    expect(thingPronouns(a, personSpans(a))).toBe(false);
    const b = 'My guess is the agency skipped tests because they bill by the hour.';
    expect(thingPronouns(b, personSpans(b))).toBe(false);
  });
});

describe('names a thing owns by their place (round 30)', () => {
  const isPeople = (noun: string): boolean => personSpans(`The ${noun} said it.`).length > 0;
  const at = (s: string, name: string): { start: number; end: number } => ({ start: s.indexOf(name), end: s.indexOf(name) + name.length });
  it('reads an abbreviation in brackets by its initials, and names in apposition after things', () => {
    const a = 'The building management system (BMS) alarms were silenced.';
    expect(thingName(a, at(a, 'BMS'), isPeople)).toBe(true);
    const b = 'The scanners at two depots, Ashford and Crewe, stopped reading parcels.';
    expect(thingName(b, at(b, 'Crewe'), isPeople)).toBe(true);
    const c = 'Deliveries in Leeds and Hull were late.';
    expect(placeName(c, at(c, 'Hull'))).toBe(true);
  });
  it('keeps initials that abbreviate nothing before them, and people in apposition', () => {
    const a = 'The apply went to the wrong namespace (KT) on Monday.';
    expect(thingName(a, at(a, 'KT'), isPeople)).toBe(false);
    const b = 'Two engineers, Ashford and Crewe, stopped reading the alerts.';
    expect(thingName(b, at(b, 'Crewe'), isPeople)).toBe(false);
  });
});

describe('a process that restarts itself, and a modifier before a plural noun and a re-done verb (round 30)', () => {
  it('reads them as things', () => {
    expect(people('The session manager crashed twice overnight.')).toEqual([]);
    expect(people('Cash drawers re-opened during the count.')).toEqual([]);
  });
  it('keeps people who restart things, and names', () => {
    expect(people('The duty manager restarted the pod at 10:05.')).toEqual(['The duty manager']);
    expect(people('Dana re-issued the cards by hand.')).toEqual(['Dana']);
  });
});

describe('the round-30 readings stay linear (round 30)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'speaker tags': (n) => '[09:14] Priya (Infra): I restarted '.repeat(Math.ceil(n / 35)),
    'reporters and passives': (n) => 'Ward sister at Eastfield reports was carried out by Ilse over two weeks and '.repeat(Math.ceil(n / 77)),
    'things and their pronouns': (n) => 'Integration tests pass because they '.repeat(Math.ceil(n / 37)),
    'apposition and abbreviations': (n) => 'at two depots, Ashford and Crewe, the system (BMS) in Leeds and '.repeat(Math.ceil(n / 64)),
    'restarts and re-done verbs': (n) => 'Cash drawers re-opened the nonce manager restarted during '.repeat(Math.ceil(n / 57)),
  };
  it.each(Object.keys(inputs))('%s: t(4n)/t(n) stays near 4', (name) => {
    expect(growthRatio(inputs[name]!, (t) => personSpans(t))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => blameHits(t, undefined, 'prose'))).toBeLessThan(12);
  });
});
