import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from './evaluate.ts';
import { allowedFailures, burnRateFromConsumption, burnRateFromErrorRate, consumedPercent, errorBudget, timeBudgetMinutes } from './slo.ts';
import { at, buildIncident, buildPolicy, T0 } from './test-factories.ts';

describe('error budget maths (seed 002), hand-worked', () => {
  it('99.9% over 30 days is 43.2 minutes', () => {
    expect(timeBudgetMinutes(0.999, 30)).toBeCloseTo(43.2, 10);
  });

  it('99.95% over 30 days is 21.6 minutes', () => {
    expect(timeBudgetMinutes(0.9995, 30)).toBeCloseTo(21.6, 10);
  });

  it('99.99% over 30 days is 4.32 minutes; 99% over 7 days is 100.8 minutes', () => {
    expect(timeBudgetMinutes(0.9999, 30)).toBeCloseTo(4.32, 10);
    expect(timeBudgetMinutes(0.99, 7)).toBeCloseTo(100.8, 10);
  });

  it('a 20 min outage at 99.9% consumes 46.3% of the monthly budget', () => {
    expect(consumedPercent(20, timeBudgetMinutes(0.999, 30))).toBeCloseTo(46.296, 3);
  });

  it('request-based: 99.9% of 1,000,000 requests allows 1,000 failures; 250 failures use 25%', () => {
    expect(allowedFailures(0.999, 1_000_000)).toBeCloseTo(1000, 8);
    expect(consumedPercent(250, allowedFailures(0.999, 1_000_000))).toBeCloseTo(25, 8);
  });

  it('burn rate: a 1% error rate against 99.9% burns 10x; a full outage burns 1000x', () => {
    expect(burnRateFromErrorRate(0.01, 0.999)).toBeCloseTo(10, 8);
    expect(burnRateFromConsumption(consumedPercent(20, 43.2), 20, 30)).toBeCloseTo(1000, 6);
    // 2% of a 30-day budget in 1 hour: 0.02 / (60 / 43200) = 14.4x, the classic fast-burn alert.
    expect(burnRateFromConsumption(2, 60, 30)).toBeCloseTo(14.4, 8);
  });

  it('remaining budget subtracts what was consumed before', () => {
    const b = errorBudget({ target: 0.999, badMinutes: 21.6, consumedBeforePercent: 30 }, 30, null);
    expect(b?.consumedPercent).toBeCloseTo(50, 8);
    expect(b?.remainingPercent).toBeCloseTo(20, 8);
    expect(b?.badMinutesSource).toBe('input');
  });
});

describe('error budget in the evaluation', () => {
  const policy = buildPolicy();
  const run = (fields: Record<string, unknown>) =>
    evaluatePolicy(buildIncident({ startedAt: T0, mitigatedAt: at(20), resolvedAt: at(30), customerVisible: true, ...fields }), policy, new Date(at(60))).metrics;

  it.each([
    ['0.999', 0.999], ['99.9 as a number', 99.9], ['"99.9%"', '99.9%'],
  ])('reads the target %s', (_label, target) => {
    const m = run({ slo: { target } });
    expect(m.errorBudget).toMatchObject({ kind: 'time', budgetMinutes: 43.2, badMinutes: 20, consumedPercent: 46.3, remainingPercent: 53.7, burnRate: 1000 });
    expect(m.errorBudgetConsumedPercent).toBe(46.3);
  });

  it('uses request counts when given', () => {
    const m = run({ slo: { target: '99.9%', totalRequests: 2_000_000, failedRequests: 500 } });
    expect(m.errorBudget).toMatchObject({ kind: 'requests', allowedFailures: 2000, consumedPercent: 25, burnRate: 0.25 });
  });

  it('prefers the typed percentage to the computed one', () => {
    expect(run({ errorBudgetConsumedPercent: 5, slo: { target: 0.999 } }).errorBudgetConsumedPercent).toBe(5);
  });

  it('refuses a target that is neither a fraction nor a percentage', () => {
    expect(() => run({ slo: { target: 3 } })).toThrow(/not valid/);
  });
});
