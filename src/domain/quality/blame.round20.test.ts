import { describe, expect, it } from 'vitest';
import { blameHits } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';

/**
 * Issue 16, round 20. Forms of blame in formal prose, metaphors and call-outs, and things read as people; each with its
 * twin. The sentences are written for these tests.
 */
const flagged = (s: string): boolean => blameHits(s).length > 0;
const form = (s: string): string | null => blameHits(s)[0]?.form ?? null;
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('a fault named as a noun and pinned on a person (round 20)', () => {
  it('flags "a lapse on the part of <person>" and "insufficient care was exercised by <person>"', () => {
    expect(form('The outage traces back to a lapse on the part of the release coordinator.')).toBe('fault-noun');
    expect(form('Insufficient diligence was exercised by the duty engineer during the handover.')).toBe('fault-noun');
  });

  it('does not flag a lapse of a thing, or too little of something provisioned by a machine', () => {
    expect(flagged('The outage traces back to a lapse in the certificate monitoring.')).toBe(false);
    expect(flagged('Insufficient capacity was provisioned by the autoscaler during the spike.')).toBe(false);
  });
});

describe("a person's handling found deficient (round 20)", () => {
  it("flags '<person>'s handling … to have been deficient'", () => {
    expect(form("The audit found the supervisor's handling of the escalation to have been deficient.")).toBe('possessive-judgement');
  });

  it("does not flag a person's work found sound", () => {
    expect(flagged("The audit found the vendor's documentation of the interface to have been clear.")).toBe(false);
  });
});

describe('formal self-blame: "I must accept that my oversight …" (round 20)', () => {
  it('flags the writer accepting their own lapse', () => {
    expect(form('I must accept that my oversight allowed the expired token to stay in production.')).toBe('fault-noun');
  });

  it('does not flag the writer accepting a fact', () => {
    expect(flagged('I must accept that the timeline is incomplete.')).toBe(false);
  });
});

describe('a metaphor that makes a person the obstacle (round 20)', () => {
  it('flags "<person> is the bottleneck", "asleep at the wheel"', () => {
    expect(form('Our night dispatcher is the bottleneck for every urgent transfer.')).toBe('idiom');
    expect(form('Honestly the coordinator was asleep at the wheel all weekend.')).toBe('idiom');
  });

  it('does not flag a thing as the bottleneck', () => {
    expect(flagged('The shared disk is the bottleneck for every urgent transfer.')).toBe(false);
  });
});

describe('comparison with a careful colleague (round 20)', () => {
  it('flags "other <people> do it, <person> just does not"', () => {
    expect(form('Other clerks file the report every evening, Ravi just does not.')).toBe('possessive-judgement');
    expect(flagged('Unlike Sam, who always reads the diff, Jo merged it on sight.')).toBe(true);
  });

  it('does not flag a comparison of things', () => {
    expect(flagged('Unlike the old scheduler, the new one retries failed jobs.')).toBe(false);
  });

  // A regression of round 30 (the model retrained with whole documents' sentences judged it), fixed in round 31 by
  // reading colleagues sharing the work (blame.gates.round31.ts sharedWork).
  it('does not flag colleagues sharing the work (round 30 regression, fixed in round 31)', () => {
    expect(flagged('Other clerks file the report every evening, and Ravi does so on weekends.')).toBe(false);
  });
});

describe('an all-capitals call-out of a person (round 20)', () => {
  it('flags "WHO <act> …" and a name in capitals with "ONE JOB"', () => {
    expect(form('WHO DELETED THE STAGING DATABASE ON A FRIDAY')).toBe('contempt');
    expect(form('MARCO YOU HAD ONE JOB')).toBe('contempt');
  });

  it('does not flag capitals about a thing, or thanks in capitals', () => {
    expect(flagged('THE BUILD IS BROKEN AGAIN')).toBe(false);
    expect(flagged('HUGE THANKS TO MARCO FOR FIXING IT')).toBe(false);
  });
});

describe('an eye-roll emoji beside a person (round 20)', () => {
  it('flags a person and an eye-roll or face-palm', () => {
    expect(form('Lorenzo turned up without the access badge again 🙄')).toBe('contempt');
  });

  it('does not flag an eye-roll at a thing, or thanks with an emoji', () => {
    expect(flagged('The printer jammed again 🙄')).toBe(false);
    expect(flagged('Thanks Dana for merging the fix 🙏')).toBe(false);
  });
});

describe('things and words read as people (round 20)', () => {
  it('reads an acronym ending in S, a noun phrase ending at a past verb, a number word and a command as no one', () => {
    expect(people('The PMS should have refused to encode a key.')).toEqual([]);
    expect(people('The runbook pointed responders at the wrong component.')).toEqual([]);
    expect(people('Nine days of drift is enough.')).toEqual([]);
    expect(people('Reopen immediately with the damaged order.')).toEqual([]);
    expect(people('The matchmaker ignored the party size.')).toEqual([]);
    expect(people('The FSE job failed overnight.')).toEqual([]);
  });

  it('still reads the role, the plural of an acronym role, a counted group and a name before an adverb', () => {
    expect(people('The FSE skipped the calibration step.')).toEqual(['The FSE']);
    expect(people('The PMs skipped the review.')).toEqual(['The PMs']);
    expect(people('Nine engineers joined the bridge.')).toEqual(['Nine engineers']);
    expect(people('Kai quickly restarted the indexer.')).toEqual(['Kai']);
  });

  it("does not flag a role's duties weighed in a meeting, or the reason a check worked", () => {
    expect(flagged("The review also discussed whether the dispatcher's duties should include checking the radio log.")).toBe(false);
    expect(flagged('It worked this time because the duty nurse was watching the ward channel.')).toBe(false);
  });
});

describe('an agent noun that names a machine or a person, by what it does (round 20)', () => {
  it('reads "the producer", "the provider" as a person who tells, owns a failure, is outsourced or misjudges', () => {
    expect(form('The producer should have warned the store team about the slipped date.')).toBe('should-have');
    expect(form("The producer's failure to chase the rating board left the launch without a build.")).toBe('failure-to');
    expect(flagged('Memory headroom was badly underestimated by the producer in the season plan.')).toBe(true);
    expect(people('The outsourced provider dropped the ball on the key rotation.')).toEqual(['The outsourced provider']);
    expect(people('Despite two reminders, the certificate owner ignored the expiry notices.')).toEqual(['the certificate owner']);
  });

  it('reads them as machines when they do what machines do', () => {
    expect(people('The producer dropped messages when the broker restarted.')).toEqual([]);
    expect(people("The identity provider's certificate expired overnight.")).toEqual([]);
    expect(flagged('The handler retried the message three times before giving up.')).toBe(false);
  });
});

describe('false blame in clean documents (round 20)', () => {
  it('does not flag thanks for a person\'s call with a plain outcome, or a person who keeps or loses their place', () => {
    expect(flagged("Thanks to Mireille's early call to the carrier, the reroute was agreed within a quarter of an hour.")).toBe(false);
    expect(flagged('Ticket holders moved to the new venue keep their seat without queueing again.')).toBe(false);
    expect(flagged('If the replay test shows a rider losing their booking, the change is rolled back.')).toBe(false);
  });

  it("still flags thanks for a person's act with damage, and losing a place by a person's own fault", () => {
    expect(flagged("Thanks to Mireille's call to skip the canary, every till in the chain went down.")).toBe(true);
    expect(flagged('Omar lost his place in the rota because he should have confirmed the swap and never did.')).toBe(true);
  });
});

describe('eye-rolls, capitals and reported blame that are not the writer\'s blame (round 20)', () => {
  it('does not flag an eye-roll after a reason, or capitals in a timeline row', () => {
    expect(flagged("@marta's hotfix reached prod because the merge gate was disabled on that repo 🙄")).toBe(false);
    expect(flagged('0415Z CPL HARGREAVES SIGNS IN. FEED SYNC FAULT CLEARED 0430Z.')).toBe(false);
  });

  it('does not flag blame others might voice and the writer sets aside', () => {
    expect(flagged('Some people will say the courier should have called ahead, but the depot had no number on file.')).toBe(false);
    expect(flagged('We were tempted to look for a careless operator, but the logs point at the retry policy.')).toBe(false);
    expect(people('The checklist for the FSE appointment had no rollback step.')).toEqual([]);
  });
});
