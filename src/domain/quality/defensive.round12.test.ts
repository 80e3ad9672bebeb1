import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { isDefensive } from './defensive.rule.ts';

/**
 * Issue 16, round 12: defences in the passive and in other words — a process "was followed correctly", a part that "did
 * exactly what it was specified to do" or "did everything it was supposed to", "we cannot be expected to know …", a
 * failure disowned for the writer's organisation — and a sentence that goes on to point at the gap learns.
 */
describe('defensive writing in the passive and in other words (round 12)', () => {
  it.each([
    'The release process was followed correctly and the change passed all automated checks.',
    'The sync job did exactly what it was specified to do, so there was no defect in our code.',
    'The platform did everything it was supposed to.',
    'The connection limit is the vendor\'s default and we cannot be expected to know every setting of a third-party product.',
    'I do not see this as a failure of the Digital Products organisation.',
    'Nothing could have prevented this on our side, the fault was in a vendor component.',
    'The runbook was followed as written; the problem lies with the vendor\'s firmware.',
  ])('flags "%s"', (sentence) => {
    expect(isDefensive(sentence)).toBe(true);
  });

  it.each([
    'The runbook was followed as written; the gap is in what the runbook asks for.',
    'The release process was followed, but it has no step that checks the table version.',
    'The sync job did what it was specified to do; the specification itself never covered deletions, which is the gap we fix in SYNC-12.',
    'We cannot expect the vendor to publish every setting, so we will read the limits from the API at deploy time.',
    'We see this as a failure of the alerting design, not of any person.',
    'Did the platform do everything it was supposed to?',
  ])('hard negative: "%s"', (sentence) => {
    expect(isDefensive(sentence)).toBe(false);
  });

  it('a long sentence of many "was followed" clauses: t(4n)/t(n) stays near 4', () => {
    expect(growthRatio((n) => `${'the checklist was followed '.repeat(n / 27)}correctly.`, (t) => isDefensive(t))).toBeLessThan(12);
  });

  it('a long sentence of many "do not see this as": t(4n)/t(n) stays near 4', () => {
    expect(growthRatio((n) => `${'I do not see this as a '.repeat(n / 23)}failure of the team.`, (t) => isDefensive(t))).toBeLessThan(12);
  });
});
