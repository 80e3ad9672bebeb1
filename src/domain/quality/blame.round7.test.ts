import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../../test/factories/quality-doc.ts';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { blameFeatures } from './blame.features.ts';
import { blameHits, ruleHits } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';

/**
 * Issue 16, round 7: person-judgement features only where a person is, records read as records, and the forms the
 * eleventh writer used that the rules did not know (first-person self-blame, passive-aggressive politeness, sarcastic
 * thanks by the act's setting, a chat emoji of contempt with someone asked for). The sentences are written for these
 * tests; positives are checked on the rules alone, hard negatives on the whole detector.
 */
const refs = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));
const ruleForm = (s: string): string | null => ruleHits(s)[0]?.form ?? null;
const flagged = (s: string): boolean => blameHits(s).length > 0;
const names = (s: string): string[] => blameFeatures(s, null).map((f) => f.name);

describe('person-judgement features are tied to the clause that holds the person (round 7)', () => {
  it('does not count scare quotes in a sentence about a system as scare quotes about the person', () => {
    expect(names('Bank acknowledges the file. Gateway marks the run as "submitted".')).not.toContain('scare-quote+P');
    expect(names('Kevin marked the run as "tested".')).toContain('scare-quote+P');
  });

  it('keeps the words of a clause without a person apart from those about the person', () => {
    const f = names('The portal has no draft state; Maria withdrew the rota.');
    expect(f).toContain('ow:portal');
    expect(f).toContain('w:maria'.replace('maria', 'P'));
  });

  it('does not count a habit of a thing ("the retries keep failing") against the person in another clause', () => {
    expect(names('Olga paged the vendor; the retries keep failing.')).not.toContain('habitual+P');
    expect(names('Olga keeps pushing to main.')).toContain('habitual+P');
  });
});

describe('"they" that stands for a thing is not a person (round 7)', () => {
  it.each([
    'When many devices disconnect together, they also retry together.',
    'The replicas were healthy, they just lagged behind the primary.',
  ])('reads no person in "%s"', (s) => {
    expect(refs(s)).toEqual([]);
  });

  it.each([
    ['When the engineers saw the alert, they ignored it.', 'they'],
    ['The contractors were told twice, they still skipped the check.', 'they'],
  ])('keeps "they" after people in "%s"', (s, ref) => {
    expect(refs(s)).toContain(ref);
  });
});

describe('"started / created by X" is a record unless what was started is harm (round 7)', () => {
  it.each(['Drain script started by Sam.', 'Created by Lukas Brandt, last modified by Dana Weiss on Oct 02, 2026'])('leaves "%s" clean', (s) => {
    expect(ruleForm(s)).toBeNull();
  });

  it.each(['The outage was triggered by the intern.', 'This incident was started by Dana.', 'The incident was caused by Dana.'])('flags "%s"', (s) => {
    expect(ruleForm(s)).toBe('caused-by-person');
  });
});

describe('records in a document: headings and timeline entries (round 7)', () => {
  it('does not judge a heading by the model', () => {
    const text = withSection('Summary', '### Loss of telemetry from Northfield stations\n\nThe telemetry feed stopped at 06:10 and was restored at 07:03.');
    expect(findingsOf('blame', text)).toEqual([]);
  });

  it('does not read a neutral timeline entry with a person as blame, and still flags a judging one', () => {
    const neutral = withSection('Timeline', '| Time | Event |\n|---|---|\n| 14:02 | Tomasz restarts the indexer; lag drains in twelve minutes. |\n| 14:20 | Helen and Tomasz keep monitoring through the peak. |');
    expect(findingsOf('blame', neutral)).toEqual([]);
    const judging = withSection('Timeline', '| Time | Event |\n|---|---|\n| 14:02 | Tomasz ignored the page again and went back to sleep. |');
    expect(findingsOf('blame', judging)).toHaveLength(1);
  });
});

describe('first-person self-blame (round 7)', () => {
  it.each([
    'Honestly this one is on me: I approved the parser without running it.',
    'I was lazy with the rollback plan and everyone paid for it.',
    'I should have checked the quota before pressing publish.',
    'I forgot the batch runs at midnight and restarted the database.',
    'That was my carelessness and nobody else\'s.',
  ])('flags "%s"', (s) => {
    expect(ruleForm(s)).not.toBeNull();
  });

  it.each([
    'I restarted the database at 23:58 and watched the replicas catch up.',
    'I should have been paged, but the rota pointed at an old number.',
    'I checked the quota before pressing publish.',
    'The next round of coffee is on me.',
    'I forgot nothing: the checklist covers the quota.',
  ])('leaves "%s" clean', (s) => {
    expect(flagged(s)).toBe(false);
  });
});

describe('passive-aggressive politeness (round 7)', () => {
  it.each([
    'Happy to walk Lucas through the release checklist again, since it apparently did not stick.',
    'With respect, some of us did read the handover note before restarting the gateway.',
  ])('flags "%s"', (s) => {
    expect(ruleForm(s)).toBe('sarcasm');
  });

  it('leaves "With respect to the handover note, …" clean', () => {
    expect(flagged('With respect to the handover note, the gateway section is now the first page.')).toBe(false);
  });

  // The rules leave a sincere offer alone; the model, trained on the eleventh voice's sentence, still weighs "happy to walk P" (a known false alarm).
  it('does not read a sincere offer without "again" as the politeness form', () => {
    expect(ruleForm('Happy to walk Lucas through the release checklist before his first on-call shift.')).toBeNull();
  });
});

describe('sarcastic thanks by the act\'s setting (round 7)', () => {
  it.each([
    'Huge thanks to Sven for testing the draw script in production.',
    'Thank you, Yusuf, for bravely deploying the feed change with zero reviewers.',
  ])('flags "%s"', (s) => {
    expect(ruleForm(s)).toBe('sarcasm');
  });

  it.each([
    'Huge thanks to Sven for checking the draw script logs before the release.',
    'Thank you, Yusuf, for deploying the feed change with two reviewers and a canary.',
  ])('leaves "%s" clean', (s) => {
    expect(flagged(s)).toBe(false);
  });
});

describe('a chat emoji of contempt with someone asked for (round 7)', () => {
  it('flags "who approved this" with a side-eye emoji and harm', () => {
    expect(ruleForm('ok who approved this :eyes: the recall texts just went to every patient')).toBe('caused-by-person');
  });

  it.each(['the build is red again :skull:', 'who approved this? thanks :pray: it fixed the recall texts', 'ok who approved this, I want to thank them'])('leaves "%s" clean', (s) => {
    expect(ruleForm(s)).toBeNull();
  });
});

it('keeps the good post-mortem clean', () => {
  expect(findingsOf('blame', GOOD_POSTMORTEM)).toEqual([]);
});

describe('a why chain written in a blockquote is the author\'s words (round 7)', () => {
  it('judges the answer of a blockquoted why step', () => {
    const text = withSection('Root Cause', 'The job ran twice because the scheduler failover restarted it; there is no lock.\n\n## 5 Whys\n\n> **Why was it started again?** → Because the night operator ignored runbook step 7 again.');
    expect(findingsOf('blame', text)).toHaveLength(1);
  });

  it('still skips a quoted example outside a why chain', () => {
    const text = withSection('Summary', 'We agreed on wording for reviews.\n\n> Kevin should have checked the config.');
    expect(findingsOf('blame', text)).toEqual([]);
  });
});

describe('a reason that is the people\'s will is no system reason (round 7)', () => {
  it('flags an omission explained by "nobody there could be bothered"', () => {
    expect(ruleForm('Support desk ignored the first tickets because nobody there could be bothered to read past the subject line.')).toBe('omission-verb');
  });

  it('keeps an omission explained by the system clean', () => {
    expect(ruleForm('Support desk missed the first tickets because the queue filter hid them.')).toBeNull();
  });
});
