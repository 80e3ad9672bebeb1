import { describe, expect, it } from 'vitest';
import { nextPeriod, parsePeriod, periodOf, previousPeriod } from './period.ts';

describe('report periods', () => {
  it('finds the month, quarter and year containing an instant (UTC)', () => {
    const at = new Date('2026-05-31T23:59:59Z');
    expect(periodOf('monthly', at).label).toBe('2026-05');
    expect(periodOf('quarterly', at).label).toBe('2026-Q2');
    expect(periodOf('annual', at).label).toBe('2026');
  });
  it('steps to the next and previous period across year ends', () => {
    expect(nextPeriod(parsePeriod('monthly', '2026-12')).label).toBe('2027-01');
    expect(nextPeriod(parsePeriod('quarterly', '2026-Q4')).label).toBe('2027-Q1');
    expect(previousPeriod(parsePeriod('quarterly', '2026-Q1')).label).toBe('2025-Q4');
    expect(nextPeriod(parsePeriod('annual', '2026')).label).toBe('2027');
  });
  it('refuses a period in the wrong form, naming the accepted one', () => {
    expect(() => parsePeriod('quarterly', '2026-05')).toThrow(/YYYY-Qn \(2026-Q2\)/);
  });
});
