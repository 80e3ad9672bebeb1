import { describe, expect, it } from 'vitest';
import { plainName, policySource, withoutSeeds } from './plain-words.ts';

describe('plain words in the interface', () => {
  it('names fields and milestones as people say them', () => {
    expect(plainName('resolvedAt')).toBe('the resolved time');
    expect(plainName('followUpReview')).toBe('follow-up review of action items');
    expect(plainName('severity')).toBe('the severity');
    expect(plainName('someNewField')).toBe('some new field');
    expect(plainName('Severity not known yet')).toBe('Severity not known yet');
  });

  it('says whether a deadline follows the default policy or the team\'s own source', () => {
    expect(policySource('001')).toBe('Default policy');
    expect(policySource('acme')).toBe('Team policy');
  });

  it('leaves the process documents\' citations out', () => {
    expect(withoutSeeds('draft written within 48 h after resolution (seed 000: "a draft within 48 hours")')).toBe('draft written within 48 h after resolution');
    expect(withoutSeeds('Seed 001: 60–90 min for this severity.')).toBe('60–90 min for this severity.');
    expect(withoutSeeds('SEV-1 always needs one (rule sev1; seeds 000, 002)')).toBe('SEV-1 always needs one');
    expect(withoutSeeds('meeting held within 24 hours of resolution (seed acme-ops: "our rule")')).toBe('meeting held within 24 hours of resolution');
    expect(withoutSeeds('draft written within 1 week of resolution (seed ours); the strictest of 2 sources')).toBe('draft written within 1 week of resolution; the strictest of 2 sources');
    expect(withoutSeeds('nothing to strip (seeded data)')).toBe('nothing to strip (seeded data)');
  });
});
