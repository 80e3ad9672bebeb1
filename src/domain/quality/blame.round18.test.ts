import { describe, expect, it } from 'vitest';
import { blameHits } from './blame.patterns.ts';
import { maskPersons, personSpans } from './person-references.ts';
import { blameFeatures } from './blame.features.ts';
import { phraseMatches } from './blame.phrases.ts';
import { withOpeningCapital } from './sentence-case.ts';

/**
 * Issue 16, round 18. False blame on neutral sentences of clean documents, by form: a capitalised opening word that its
 * form makes a thing (the plural of a common word, a hyphenated word with a part in lower case, a common word before a
 * plural noun and a past verb with no object, a preposition), a role naming the thing it modifies ("the vendor call"),
 * an apposition after a role word, a title's full stop, ownership in the passive, a thing "on its own", a choice with its
 * reason told. And a miss: a chat timeline row's name after the clock time. The sentences are written for these tests;
 * each negative form has a positive twin.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));
const flagged = (s: string): boolean => blameHits(s).length > 0;
const names = (s: string): string[] => blameFeatures(s, null).map((f) => f.name);

describe('a capitalised opening word that is a thing by its form (round 18)', () => {
  it('reads the plural of a common word as a thing', () => {
    expect(people("Lockers didn't open for the night guests until the panel restarted.")).toEqual([]);
    expect(people('Tokens could still refresh, but new sign-ins failed.')).toEqual([]);
  });

  it('still reads a known given name ending in s as a person', () => {
    expect(people("Jonas didn't open the runbook before restarting the panel.")).toEqual(['Jonas']);
  });

  it('still reads people named in the plural, a department, a role and a name like "Ines" as people', () => {
    expect(people('Patrons who leave the fire door open let the rain in.')).toContain('Patrons');
    expect(people('Operations had a week of warning and let the licence lapse.')).toContain('Operations');
    expect(people('Ines was asleep at the wheel during the cutover.')).toContain('Ines');
  });

  it('reads a hyphenated word with a lower-case part as a thing', () => {
    expect(people('Ledger-sync dropped every row with a null currency.')).toEqual([]);
    expect(people('Anne-Marie dropped every row with a null currency.')).toEqual(['Anne-Marie']);
    expect(people('Min-jun dropped every row with a null currency.')).toEqual(['Min-jun']);
  });

  it('reads a common word before a plural noun and a past verb with no object as a thing', () => {
    expect(people('Queue retries stopped after the broker came back.')).toEqual([]);
  });

  it('still reads the same shape with an object after the verb as a person', () => {
    expect(people('Grace merges unreviewed patches every Friday.')).toEqual(['Grace']);
  });

  it('reads an opening preposition as no one', () => {
    expect(people('Below is the account of the badge-reader outage at the depot.')).not.toContain('Below');
  });
});

describe('a role naming the thing it modifies (round 18)', () => {
  it('is no one', () => {
    expect(people('We will close the open items after the supplier meeting.')).toEqual([]);
  });

  it('a role that acts is still a person', () => {
    expect(people('The supplier cancelled the meeting.')).toEqual(['The supplier']);
  });
});

describe('an apposition after a role word, and a title at the close (round 18)', () => {
  it('is no address and no verdict', () => {
    const n = names('Bongani hands over to the duty database administrator, Dr. Ilse Varga.');
    expect(n).not.toContain('stance:address+P');
    expect(n).not.toContain('verdict+P');
  });

  it('a person addressed after a reproach is still an address', () => {
    expect(names('You could have checked the replica first, Bongani.')).toContain('stance:address+P');
  });
});

describe('ownership in the passive (round 18)', () => {
  it('is not a passive with a person as agent', () => {
    expect(names('The rate tables are maintained by the pricing team and are reloaded nightly.')).not.toContain('passive-by+P');
  });

  it('an act done to a thing by a person still is', () => {
    expect(names('The rate tables were overwritten by the pricing team on Friday.')).toContain('passive-by+P');
  });
});

describe('a thing "on its own" after "not the problem" (round 18)', () => {
  it('is not acting alone', () => {
    expect(phraseMatches(maskPersons('Cache misses happen every hour and are not the problem on their own.')).map((m) => m.family)).toEqual([]);
  });

  it('a person deciding on their own still is', () => {
    expect(phraseMatches(maskPersons('Lars changed the firewall rule on his own.')).length).toBeGreaterThan(0);
  });
});

describe('a choice with its reason told (round 18)', () => {
  it('is not an omission', () => {
    expect(flagged('Chidi kept watching the queue rather than purging it, because a purge would have dropped paid orders.')).toBe(false);
  });

  it('the duty passed over with no reason is still one', () => {
    expect(flagged('Chidi kept refreshing the dashboard rather than reading the broker logs.')).toBe(true);
  });
});

describe('a chat timeline row (round 18)', () => {
  it('reads the word after the clock time as the opening word', () => {
    expect(withOpeningCapital('16:40 — omar finally looks at the queue')).toBe('16:40 — Omar finally looks at the queue');
    expect(people(withOpeningCapital('16:40 — omar finally looks at the queue'))).toEqual(['Omar']);
  });

  it('leaves a row opening with a capital as written', () => {
    expect(withOpeningCapital('16:40 — Omar looks at the queue')).toBe('16:40 — Omar looks at the queue');
  });
});

describe('chat contractions without an apostrophe (round 18)', () => {
  it('reads "shouldve" as "should have" about a person', () => {
    expect(blameHits('tariq shouldve rotated the signing key before the freeze').map((h) => h.form)).toContain('should-have');
  });

  it('not about a thing', () => {
    expect(flagged('the signing key shouldve rotated before the freeze')).toBe(false);
  });

  it('reads an opening word before "couldve" or "didnt" as a person', () => {
    expect(people(withOpeningCapital('yusuf couldve paged the vendor at nine'))).toContain('Yusuf');
    expect(people(withOpeningCapital('billing couldve paged the vendor at nine'))).not.toContain('Billing');
  });
});

describe('the work left to "people who know what they are doing" (round 18)', () => {
  it('is contempt for whoever did it', () => {
    expect(blameHits('Schema changes should be left to people who know what they are doing.').map((h) => h.form)).toContain('contempt');
  });

  it('people described by what they know, plainly, are not', () => {
    expect(flagged('Schema changes are reviewed by people who know the replication setup.')).toBe(false);
  });
});
