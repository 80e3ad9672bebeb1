import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits } from './blame.patterns.ts';
import { clearedAcross, clearedByMachine, namesWithoutJudging, namingDisclaimer, onlyRecordSources, servedPeopleOnly, thingQuestion } from './blame.documents.round32.ts';
import { maskSpans, personSpans } from './person-references.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';

/**
 * Issue 16, round 32: blame in whole documents. Shapes of sentences that name people without judging them, read by
 * their structure (blame.documents.round32.ts). Sentences written for these tests: new names, systems and domains; each
 * shape with a positive (cleared) and a negative twin (still blame).
 */
const masked = (s: string): string => maskSpans(s, personSpans(s));
const hits = (s: string): string[] => blameHits(s, undefined, 'prose').map((h) => h.form);

describe('a person cleared by a contrast with a machine that acted (round 32)', () => {
  it('clears the person when the next clause gives the act to a thing with a pro-form', () => {
    expect(clearedByMachine(masked('The night operator did nothing to start the second batch; the cron daemon did that by itself.'))).toBe(true);
    expect(clearedByMachine(masked('Halima never touched the valve: the pressure controller did it.'))).toBe(true);
    expect(hits('The night operator did nothing to start the second batch; the cron daemon did that by itself.')).toEqual([]);
  });
  it('keeps an omission with no machine taking the act back, or a person taking it', () => {
    expect(clearedByMachine(masked('The night operator did nothing to stop the second batch, and the ledger was posted twice.'))).toBe(false);
    expect(clearedByMachine(masked('The old shift lead would never have skipped the check; the new one did it on day one.'))).toBe(false);
    expect(hits('The night operator did nothing to stop the second batch, and the ledger was posted twice.')).not.toEqual([]);
  });
  it('reads the machine clause across a semicolon that the document splitter cut off', () => {
    expect(clearedAcross('The night operator did nothing to start the second batch;', 'The cron daemon did that by itself.')).toBe(true);
    expect(clearedAcross('The night operator did nothing to stop the second batch;', 'The ledger was posted twice.')).toBe(false);
    expect(clearedAcross('The night operator did nothing to start the second batch.', 'The cron daemon did that by itself.')).toBe(false);
  });
});

describe('a disclaimer about why people are named (round 32)', () => {
  it('is the frame for the names, not a judgement', () => {
    expect(namingDisclaimer(masked('Where an engineer is named below, they are named because they took an action, not because they are blamed for it.'))).toBe(true);
    expect(namingDisclaimer(masked('Names appear in this write-up only to show who held which role, not to assign fault.'))).toBe(true);
    expect(hits('Where an engineer is named below, they are named because they took an action, not because they are blamed for it.')).toEqual([]);
  });
  it('keeps a reason for naming that is itself a judgement', () => {
    expect(namingDisclaimer(masked('Wojciech is named here because he ignored the freezer alarm twice.'))).toBe(false);
    expect(hits('Wojciech is named here because he ignored the freezer alarm twice.')).not.toEqual([]);
  });
});

describe('a reported question about a thing (round 32)', () => {
  it('does not judge the people asking', () => {
    expect(thingQuestion(masked('Several planners have asked whether the scheduler "should have" paused the import.'))).toBe(true);
    expect(hits('Several planners have asked whether the scheduler "should have" paused the import.')).toEqual([]);
  });
  it('keeps a person in the question, or a judgement after it', () => {
    expect(thingQuestion(masked('The planners asked whether the scheduler paused, and Bogdan should have checked it.'))).toBe(false);
    expect(hits('The planners asked whether the scheduler paused, and Bogdan should have checked it.')).not.toEqual([]);
  });
});

describe('the people the service serves as the ones who did not act (round 32)', () => {
  it('does not read customers, users or members of the public as the team', () => {
    const s = 'Some subscribers who phoned the help line said they cancelled because the banner was the only notice they did not read.';
    expect(servedPeopleOnly(s, personSpans(s))).toBe(true);
    expect(hits(s)).toEqual([]);
  });
  it('keeps a team member in the sentence, a habit told of them, or an error of theirs', () => {
    const staff = 'Subscribers complained because the billing clerk did not check the refunds.';
    expect(servedPeopleOnly(staff, personSpans(staff))).toBe(false);
    expect(hits(staff)).not.toEqual([]);
    const habit = 'Our subscribers never read the banner, so they did not see the notice.';
    expect(servedPeopleOnly(habit, personSpans(habit))).toBe(false);
    const error = 'Subscribers who misconfigured their routers made the outage much worse.';
    expect(servedPeopleOnly(error, personSpans(error))).toBe(false);
  });
});

describe("a person's record or document as a source (round 32)", () => {
  it('reads the record as where the words come from', () => {
    const list = 'Where we quote readings, they are copied from the plant historian, the radio channel and the foreman\'s logbook without editing.';
    expect(onlyRecordSources(masked(list), personSpans(list))).toBe(true);
    expect(hits(list)).toEqual([]);
    const call = 'We learned of the leak from a caretaker\'s phone call forty minutes after the first drip.';
    expect(onlyRecordSources(masked(call), personSpans(call))).toBe(true);
  });
  it("keeps a record judged, or a person's act on it", () => {
    const judged = "The foreman's logbook was, shall we say, incomplete again.";
    expect(onlyRecordSources(masked(judged), personSpans(judged))).toBe(false);
    const act = 'The foreman ignored the entry in the radio log about the pump.';
    expect(onlyRecordSources(masked(act), personSpans(act))).toBe(false);
    expect(hits(act)).not.toEqual([]);
  });
});

describe('in a whole document (round 32)', () => {
  it('a clean review with these shapes has no blame finding; its blaming twin has one', () => {
    const doc = (line: string): string => `# Incident: duplicate batch\n\n## Summary\n\n${line}\n`;
    const run = (text: string): number => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === 'blame').length;
    expect(run(doc('The night operator did nothing to start the second batch; the cron daemon did that by itself.'))).toBe(0);
    expect(run(doc('The night operator did nothing to stop the second batch; the ledger was posted twice.'))).toBeGreaterThan(0);
  });
});

describe('the round-32 readings stay linear (round 32)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'machine contrast': (n) => 'The night operator did nothing to start it; the cron daemon did that, '.repeat(Math.ceil(n / 70)),
    'naming disclaimer': (n) => 'Where a person is named they are named because they acted, not because '.repeat(Math.ceil(n / 72)),
    'source list': (n) => "copied from the historian, the radio channel and the foreman's logbook and ".repeat(Math.ceil(n / 76)),
    'served people': (n) => 'Subscribers who phoned said they did not read it and '.repeat(Math.ceil(n / 53)),
    'asked whether': (n) => 'People asked whether the scheduler should have paused and '.repeat(Math.ceil(n / 58)),
  };
  it.each(Object.keys(inputs))('%s: t(4n)/t(n) stays near 4', (name) => {
    expect(growthRatio(inputs[name]!, (t) => namesWithoutJudging(masked(t), t, personSpans(t)))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => blameHits(t, undefined, 'prose'))).toBeLessThan(12);
  });
});
