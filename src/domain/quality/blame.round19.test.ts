import { describe, expect, it } from 'vitest';
import { blameHits } from './blame.patterns.ts';

/**
 * Issue 16, round 19. Forms of blame and of false blame, each with its twin; the sentences are written for these tests.
 */
const flagged = (s: string): boolean => blameHits(s).length > 0;
const form = (s: string): string | null => blameHits(s)[0]?.form ?? null;

describe("a person's act told as the whole root cause (round 19)", () => {
  it('flags "the root cause is that <person> <act>"', () => {
    expect(form('The root cause was that Priyanka restarted the ledger service during the settlement run.')).toBe('caused-by-person');
    expect(form('Frankly, the real cause is that the night operator deleted the staging bucket by hand.')).toBe('caused-by-person');
  });

  it('does not flag a root cause that is a thing, a denial, or an act explained by the system', () => {
    expect(flagged('The root cause was that the retry queue restarted the ledger service during the settlement run.')).toBe(false);
    expect(flagged('The root cause is not that Priyanka restarted the ledger service; the runbook told her to.')).toBe(false);
    expect(flagged('The root cause was that Priyanka restarted the ledger service because the runbook listed it as the first step.')).toBe(false);
  });
});

describe('an emphatic omission: "without checking a single …" (round 19)', () => {
  it('flags a person who left without so much as one check', () => {
    expect(form('Rafael approved the refund batch and logged off without reading a single line of the diff.')).toBe('omission-verb');
    expect(flagged('Bettina rotated the keys at 23:10 and went home without so much as telling the payments channel.')).toBe(true);
  });

  it('does not flag a run that finished without losing a request', () => {
    expect(flagged('Bettina rotated the keys at 23:10 without losing a single request.')).toBe(false);
  });
  // A known regression of round 35's retraining (98 -> 104 splits): the model judges "Rafael finished" near its bar
  // (judging-words); no form flags it, the shape reader is unchanged. Marked so that a later retraining shows the fix.
  // Round 36, retrained on 110 splits, it is clean again: a plain test.
  it('does not flag a run that finished without a single error (a known regression of round 35\'s retraining)', () => {
    expect(flagged('Rafael finished the refund batch without a single error in the log.')).toBe(false);
  });
});

describe('evidence that was there "for anyone who bothered to look" (round 19)', () => {
  it('flags the sneer at those who did not look', () => {
    expect(form('The disk warning sat on the dashboard for three days for anyone who bothered to check.')).toBe('sarcasm');
  });

  it('does not flag an offer or a thanks to those who took the time', () => {
    expect(flagged('The raw export is in the shared folder for anyone who wants to look.')).toBe(false);
    expect(flagged('Thanks for the notes to anyone who took the time to read the draft.')).toBe(false);
  });
});

describe('one group told to check what another does (round 19)', () => {
  it('flags a demand to supervise a group of people', () => {
    expect(form('Team leads need to re-check everything the interns merge.')).toBe('caused-by-person');
    expect(flagged('Senior staff must review whatever contractors ship from now on.')).toBe(true);
  });

  it('does not flag a review of what a tool or a pipeline produces', () => {
    expect(flagged('Team leads need to re-check everything the linter reports before the release.')).toBe(false);
  });
});

describe('false blame: a person only waited on, and a search for a culprit rejected (round 19)', () => {
  it('does not flag a choice made instead of waiting on a supplier', () => {
    expect(flagged('We restored from our own snapshot instead of waiting for the hosting provider to answer the ticket.')).toBe(false);
    expect(flagged("Signing the patch ourselves avoided waiting for the vendor's weekend rota.")).toBe(false);
  });

  it('still flags waiting on someone who never came', () => {
    expect(flagged('We sat waiting for the contractor, who never showed up and never answered the phone.')).toBe(true);
  });

  it('does not flag "not looking for someone to have …"', () => {
    expect(flagged('We are changing the import format, not looking for somebody to have noticed the missing column sooner.')).toBe(false);
  });

  it('still flags the wish for someone who had read more carefully, said outright', () => {
    expect(flagged('Someone should have read the migration notes more carefully.')).toBe(true);
  });
});

describe('a clock time does not end a clause (round 19)', () => {
  it('reads "X deployed at 18:30 and went offline without …" as one clause', () => {
    expect(flagged('Yusuf deployed the patch at 18:30 on a Friday and then went offline without checking a single alert.')).toBe(true);
  });
});

describe('formal register: a lapse as a nominalisation, diplomatic hindsight, a habit of fault (round 19)', () => {
  it("flags a person's non-adherence told as a noun", () => {
    expect(form('The audit panel records the non-adherence by the release coordinator to the agreed freeze window.')).toBe('failure-to');
  });

  it('does not flag a non-completion with no person', () => {
    expect(flagged('The outage followed the non-completion of the rollback drill, which the scheduler had cancelled.')).toBe(false);
  });

  it('flags hindsight that says a person might have paused', () => {
    expect(form('With the benefit of hindsight, the duty manager might have paused to ask why the vendor wanted root access.')).toBe('should-have');
  });

  it('does not flag hindsight about a stage of the pipeline', () => {
    expect(flagged('With hindsight, the canary stage might have stopped the deploy earlier.')).toBe(false);
  });

  it('flags "as has become customary" before a lapse, not before a good habit', () => {
    expect(form('As has become customary, the release manager merged the hotfix without a second reviewer.')).toBe('sarcasm');
    expect(flagged('As usual, the on-call engineer acknowledged the page within two minutes.')).toBe(false);
  });
});

describe('"could have just", self-blame and editorial timeline rows (round 19)', () => {
  it('flags "<person> could have just …", not a thing that could have', () => {
    expect(form('Anika could have just rerun the failed step from the pipeline page.')).toBe('should-have');
    expect(flagged('The alert could have just fired ten minutes earlier.')).toBe(false);
  });

  it('flags "I let <them> down"', () => {
    expect(form('I let the whole night shift down by not checking the queue.')).toBe('failure-to');
  });
  // Round 32: retrained on 86 training splits the model judged "I let the build run overnight and went home" (a lone
  // first person; marked it.fails); round 33, retrained on 92 (the seventieth to seventy-second voices and tuning-20 to
  // -22), it left it clean again; retrained after the merge with round 33's person nouns, it judges it again (a known
  // regression of the model's, marked so that its fix shows). Round 34, retrained on 98 (the seventy-third to
  // seventy-fifth voices and tuning-23 to -25), it leaves it clean again: noise of the model near its bar, not a fix.
  // Round 37, retrained on 116 splits (the eighty-second to eighty-fourth voices and tuning-32 to -34, sets written to
  // carry first-person self-blame), it judges it again: a known regression of the model's, marked so that its fix shows.
  it.fails('does not flag "I let the build run" (the model moves on it with each retraining)', () => {
    expect(flagged('I let the build run overnight and went home.')).toBe(false);
  });

  it('flags a person who "strolls in" on the timeline, not one who walks someone through a runbook', () => {
    expect(form('10:20 — Lukas strolls in, forty minutes after the page.')).toBe('sarcasm');
    expect(flagged('10:20 — Lukas walks the new starter through the runbook.')).toBe(false);
  });
});
