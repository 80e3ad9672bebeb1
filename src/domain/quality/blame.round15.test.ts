import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits } from './blame.patterns.ts';
import { blameFeatures } from './blame.features.ts';
import { COMPLIANT, firstPerson, metadataFields, SAFE_CHOICE } from './blame.gates.ts';
import { hedgedRejection } from './blame.rejection.ts';
import { systemReason } from './blame.reasons.ts';
import { onlyKindWords } from './blame.praise.ts';
import { maskPersons } from './person-references.ts';

/**
 * Issue 16, round 15. Forms the models retrained on 35 splits got wrong, read by structure rather than by sentence: a
 * capitalised word before a plural noun that has its own verb ("Stale tokens were …") or closes a quoted title is a
 * modifier, not a name; "they / them" after a plural thing that opens the sentence is not a person reference; a role's noun phrase ends at a verb of going on ("the controller keeps …");
 * "Document status:" and "Authors:" are metadata fields; a closing label ("Detection.") is not a verdict; "again" after a
 * thing's verb is the thing's; numbers are one token class. Recall: a hedged argument ("One might argue …") rejects blame
 * only when the sentence corrects it; evidence ("as the log shows"), a consequence ("because of it") and a time ("since
 * March") are no reason for an act; initials, a name alone in a table cell, a lab's roles and "Me" are person references;
 * compliance ("followed the checklist") and a safe choice ("decided to test on a restored copy") told plainly are care. The sentences are written for these tests; each negative has a
 * near twin that still refers to a person or still blames.
 */
const masked = (s: string): boolean => /[§π]/.test(maskPersons(s));
const names = (s: string): string[] => blameFeatures(s, null).map((f) => f.name);

describe('a capitalised modifier before a plural head is not a name (round 15)', () => {
  it.each([
    'Stale tokens were accepted by the gateway for another hour.',
    'Partial uploads are retried until the checksum matches.',
    'The banner read "Delayed shipments" for most of the morning.',
  ])('"%s" names no one', (s) => {
    expect(masked(s)).toBe(false);
  });

  it.each(['Tomasz restarts the indexer after the swap.', 'Gabriela reruns the import and it passes.'])('hard twin: "%s" still names a person', (s) => {
    expect(masked(s)).toBe(true);
  });
});

describe('"them" after a plural thing that opens the sentence is not a person reference (round 15)', () => {
  it.each([
    'Four gateways ran an old build, so the rollback left them half-configured until noon.',
    'Both replicas fell behind, and the failover promoted them anyway.',
  ])('"%s" names no one', (s) => {
    expect(masked(s)).toBe(false);
  });

  it.each([
    'Four contractors ran the old script, so the rollback left them stranded until noon.',
    'The dispatcher ignored the alarm because their shift was ending.',
  ])('hard twin: "%s" still names a person', (s) => {
    expect(masked(s)).toBe(true);
  });
});

describe('a role ends at a verb of going on (round 15)', () => {
  it('"the thermostat keeps reporting "heater OK"" does not make "heater" a person', () => {
    expect(maskPersons('The room cools; the thermostat keeps reporting "heater OK".')).not.toMatch(/§/);
  });

  it('hard twin: "the night supervisor keeps ignoring the alarm" is a person', () => {
    expect(masked('The night supervisor keeps ignoring the alarm.')).toBe(true);
  });
});

describe('"Document status:" and "Authors:" are metadata fields (round 15)', () => {
  it.each(['Document status: Draft (comments open) Authors: Leona Fitz, Amir Haddad', 'Report status: Final Owners: Kai Lund, Rosa Benet'])('"%s" is metadata', (s) => {
    expect(metadataFields(s)).toBe(true);
    expect(blameHits(s)).toEqual([]);
  });

  it('hard twin: "Document status: Final — Leona should have reviewed it again" still judges', () => {
    expect(metadataFields('Document status: Final Authors: Leona, who should have reviewed it again')).toBe(false);
  });
});

describe('a closing label is not a verdict; "again" after a thing\'s verb is the thing\'s (round 15)', () => {
  it('"Marisol silences the pager from the car. Escalation." closes with a label', () => {
    const f = names('Marisol silences the pager from the car. Escalation.');
    expect(f).toContain('label+P');
    expect(f).not.toContain('verdict+P');
  });

  it.each(['Marisol silenced the pager from the car. Unforgivable.', 'Marisol silenced the pager from the car. Typical.'])('hard twin: "%s" closes with a verdict', (s) => {
    expect(names(s)).toContain('verdict+P');
  });

  it('"The pump tripped again at 03:20 and the operator reset it." is the pump\'s recurrence', () => {
    const f = names('The pump tripped again at 03:20 and the operator reset it.');
    expect(f).toContain('stance:habit-thing');
    expect(f).not.toContain('stance:habit+P');
  });

  it('hard twin: "The operator reset the pump again without reading the log." is a habit held against the operator', () => {
    expect(names('The operator reset the pump again without reading the log.')).toContain('stance:habit+P');
  });

  it('numbers are one token class: "at 03:20" and "at 17:45" give the same features', () => {
    expect(names('Ravi acknowledged the page at 03:20.')).toEqual(names('Ravi acknowledged the page at 17:45.'));
  });
});

describe('a hedged argument rejects blame only when the sentence corrects it (round 15)', () => {
  it.each([
    'One could argue the release captain missed the canary alarm, but it fired into a muted channel.',
    'You might think Odile skipped the checklist; the real question is why the checklist had no step for it.',
  ])('"%s" is a rejection', (s) => {
    expect(hedgedRejection(maskPersons(s), maskPersons(s))).toBe(true);
    expect(blameHits(s)).toEqual([]);
  });

  it.each([
    'One might argue that the maintainers of the billing job were less than careful with its retries.',
    'One could argue the release captain had every chance to halt the rollout and simply did not.',
  ])('hard twin: "%s" is not read as a rejection', (s) => {
    expect(hedgedRejection(maskPersons(s), maskPersons(s))).toBe(false);
  });

  it('hard twin: "less than careful" after "one might argue" is hedged blame', () => {
    expect(blameHits('One might argue that the maintainers of the billing job were less than careful with its retries.').length).toBeGreaterThan(0);
  });
  // Round 32: retrained on 86 training splits the model stopped judging "had every chance to … and simply did not" after
  // "one could argue" (it weighs the hedge against blame; marked it.fails); round 33 reads the claim behind an opening
  // impersonal hedge as a sentence of its own (blame.hedged-claim.ts).
  it('hard twin: "had every chance to halt the rollout and simply did not" is hedged blame', () => {
    expect(blameHits('One could argue the release captain had every chance to halt the rollout and simply did not.').length).toBeGreaterThan(0);
  });

  it('a kind word denied by degree is not kind: "less than careful", "far from rigorous"', () => {
    expect(onlyKindWords('The maintainers were less than careful with its retries.')).toBe(false);
    expect(onlyKindWords('The maintainers were careful with its retries.')).toBe(true);
  });
});

describe('evidence, a consequence and a time are no reason for the act (round 15)', () => {
  it.each([' let the bad row through, as the audit trail shows.', ' and the queue stalled because of it.', ' had not opened the console since March.'])('"…%s" is no system reason', (rest) => {
    expect(systemReason(rest)).toBe(false);
  });

  it.each([' because the console timed out.', ', as the runbook instructs.', ' since the page went to the old rota.'])('hard twin: "…%s" is a system reason', (rest) => {
    expect(systemReason(rest)).toBe(true);
  });
});

describe('initials, a name alone in a table cell, a lab\'s roles and "Me" are person references (round 15)', () => {
  it.each([
    'T.W. quietly reverted the migration without telling anyone.',
    'QV ignored the lint warnings and merged at midnight.',
    '| 03:12 | Ottilie | skips the disk check before rebooting |',
    'The postdoc deleted the raw reads to free up space.',
    'The data owner approved the export without reading it.',
  ])('"%s" names a person', (s) => {
    expect(masked(s)).toBe(true);
  });

  it.each(['U.K. traffic dropped by a third.', 'DNS answered with stale records for an hour.', 'WAF blocked the health checks after the rule push.', '| 03:12 | Primary | fails over to the replica |'])(
    'hard twin: "%s" names no one',
    (s) => {
      expect(masked(s)).toBe(false);
    },
  );

  it('"Me" opening a sentence is the writer', () => {
    expect(firstPerson('Me rushing the restore is why the morning orders were lost.')).toHaveLength(1);
  });

  it('a modifier makes a department a noun: "online sales for the slots" names no one, "Then finance decided" does', () => {
    expect(masked('When online sales for the evening slots opened, the queue stalled.')).toBe(false);
    expect(masked('Then finance decided to skip the load test.')).toBe(true);
  });
});

describe('compliance and a safe choice told plainly are not judged (round 15)', () => {
  it.each([
    'The night operator followed the restart checklist and paged storage at once.',
    'Ingrid decided, with the vendor, to rehearse the cut-over on a restored copy.',
  ])('"%s" is not blame', (s) => {
    const m = maskPersons(s);
    expect(COMPLIANT.test(m) || SAFE_CHOICE.test(m)).toBe(true);
    expect(blameHits(s)).toEqual([]);
  });

  it.each(['Ingrid decided to rehearse the cut-over in production on a Friday.', 'The night operator ignored the restart checklist again.'])('hard twin: "%s" is neither', (s) => {
    const m = maskPersons(s);
    expect(COMPLIANT.test(m) || SAFE_CHOICE.test(m)).toBe(false);
  });
});

describe('people likened to children while they acted is contempt (round 15)', () => {
  it.each(['Resellers kept pressing refresh like toddlers until the queue collapsed.', 'The night crew poked at the breaker panel like kids with a new toy.'])('"%s" blames', (s) => {
    expect(blameHits(s)[0]?.form).toBe('contempt');
  });

  it.each(['The scheduler restarts like clockwork every night.', 'We rewrote the notice in words that children could follow.'])('hard twin: "%s" does not', (s) => {
    expect(blameHits(s)).toEqual([]);
  });
});

describe('round 15 shapes stay linear', () => {
  it('long inputs: t(4n)/t(n) stays near 4', () => {
    expect(growthRatio((n) => `Four gateways ran ${'an old build and '.repeat(n / 17)}left them`, (t) => maskPersons(t))).toBeLessThan(12);
    expect(growthRatio((n) => `JR ignored ${'the warning and '.repeat(n / 16)}merged`, (t) => maskPersons(t))).toBeLessThan(12);
    expect(growthRatio((n) => `The pump ${'tripped and '.repeat(n / 12)}again`, (t) => blameFeatures(t, null))).toBeLessThan(12);
    expect(growthRatio((n) => `One could argue ${'the captain missed it and '.repeat(n / 26)}did`, (t) => blameHits(t))).toBeLessThan(12);
    expect(growthRatio((n) => `Ingrid decided ${'with the vendor and '.repeat(n / 20)}to test on a copy`, (t) => SAFE_CHOICE.test(maskPersons(t)))).toBeLessThan(12);
    expect(growthRatio((n) => ` let it through, as ${'the audit '.repeat(n / 10)}shows`, (t) => systemReason(t))).toBeLessThan(12);
    expect(growthRatio((n) => `Resellers kept pressing ${'the refresh button '.repeat(n / 19)}like toddlers`, (t) => blameHits(t))).toBeLessThan(12);
  });
});
