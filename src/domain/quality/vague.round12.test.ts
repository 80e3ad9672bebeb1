import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { actionItemVagueness } from './vague.patterns.ts';

/**
 * Issue 16, round 12: "fix" or "repair" said of a thing and nothing more names the thing, not the fault nor the change,
 * and nothing says when it is fixed. A named defect, an exact artefact or anything after the thing leaves the item to
 * the rest of the rules and the model.
 */
describe('a bare repair of a thing is vague (round 12)', () => {
  it.each(['Fix the export job', 'Fix the export job.', 'Repair the sync service', 'fix our booking widget'])('"%s" is vague: no outcome', (item) => {
    expect(actionItemVagueness(item)).toEqual(expect.objectContaining({ kind: 'no-criterion', missing: ['outcome'] }));
  });

  it.each([
    'Fix the export job so that it retries a permission error three times before paging',
    'Fix the export job permissions on the warehouse bucket',
    'Fix the typo in deploy/prod.tfvars',
    'Fix the off-by-one in the pager',
    'Fix EXPORT-231',
  ])('hard negative: "%s" is not a bare repair', (item) => {
    const v = actionItemVagueness(item);
    expect(v === null || v.missing.join() !== 'outcome' || v.opener !== item.split(' ')[0]).toBe(true);
  });

  it('a long item of many words after "Fix the": t(4n)/t(n) stays near 4', () => {
    expect(growthRatio((n) => `Fix the ${'export '.repeat(n / 7)}`, (t) => actionItemVagueness(t))).toBeLessThan(12);
  });
});
