import { describe, expect, it } from 'vitest';
import { blameFeatures } from './blame.features.ts';
import { statusLine } from './blame.features.round35.ts';

/**
 * Issue 16, round 35: a short last sentence that reports a state is a label, not a verdict (blame.features.round35.ts).
 * Sentences written for these tests, each with its verdict twin.
 */
const names = (s: string): string[] => blameFeatures(s, null).map((f) => f.name);

describe('a status line after the account is a label, not a verdict (round 35)', () => {
  it('a noun phrase and its participle is a status line; a rating, a lapse or a bare participle is not', () => {
    expect(statusLine('Contact-failure alert condition met.')).toBe(true);
    expect(statusLine('Service restored')).toBe(true);
    expect(statusLine('Typical.')).toBe(false);
    expect(statusLine('Ignored.')).toBe(false);
    expect(statusLine('Completely ignored.')).toBe(false);
    expect(statusLine('Tests skipped again.')).toBe(false);
    expect(statusLine('Nobody noticed.')).toBe(false);
  });
  it('the status line after a person weighs as a label; the verdict after a person as a verdict', () => {
    expect(names('Ops lead pages the vendor at 02:10. Vendor bridge opened.')).toContain('label+P');
    expect(names('Ops lead pages the vendor at 02:10. Vendor bridge opened.')).not.toContain('verdict+P');
    expect(names('Ops lead pages the vendor at 02:10. Third time this month.')).toContain('verdict+P');
  });
});
