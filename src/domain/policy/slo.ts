/**
 * SLO and error-budget maths of seed 002 ("SLO and Error Budget Impact"). Targets are
 * fractions (0.999). Time-based budget: (1 − target) × window; request-based: allowed
 * failures = (1 − target) × total requests. 99.9% over 30 days is 43.2 minutes.
 */
import type { SloInput } from './incident-input.ts';

const MINUTES_PER_DAY = 1440;

/** 1 − target without binary noise (1 − 0.999 = 0.001, not 0.0010000000000000009). */
export function budgetFraction(target: number): number {
  return Math.round((1 - target) * 1e12) / 1e12;
}

/** Error budget in minutes of full unavailability over the window. */
export function timeBudgetMinutes(target: number, windowDays: number): number {
  return budgetFraction(target) * windowDays * MINUTES_PER_DAY;
}

/** Failed requests the budget allows out of a total. */
export function allowedFailures(target: number, totalRequests: number): number {
  return budgetFraction(target) * totalRequests;
}

/** Percentage of a budget that a quantity of bad minutes or failed requests consumes. */
export function consumedPercent(bad: number, budget: number): number {
  if (budget <= 0) return bad > 0 ? Infinity : 0;
  return (bad / budget) * 100;
}

/** Burn rate from an error rate (0..1): how many times faster than sustainable the budget burns. */
export function burnRateFromErrorRate(errorRate: number, target: number): number {
  return errorRate / budgetFraction(target);
}

/** Burn rate from budget consumed (percent) over an elapsed part of the window. */
export function burnRateFromConsumption(consumedPct: number, elapsedMinutes: number, windowDays: number): number {
  if (elapsedMinutes <= 0) return 0;
  return consumedPct / 100 / (elapsedMinutes / (windowDays * MINUTES_PER_DAY));
}

/** Error-budget figures for one incident. */
export type ErrorBudget = {
  kind: 'time' | 'requests';
  target: number;
  windowDays: number;
  /** Time-based: the window's budget and the bad minutes counted. */
  budgetMinutes: number | null;
  badMinutes: number | null;
  /** Request-based: allowed failures out of the total, and the failures counted. */
  allowedFailures: number | null;
  failedRequests: number | null;
  totalRequests: number | null;
  consumedPercent: number;
  consumedBeforePercent: number;
  remainingPercent: number;
  burnRate: number | null;
  /** Where `badMinutes` came from when time-based. */
  badMinutesSource: 'input' | 'customer-impact' | null;
};

/**
 * Works out the budget an incident consumed. Request counts win when given; otherwise the
 * bad minutes given, else the customer-impact window counted as full unavailability.
 * Null when there is too little to go on.
 */
export function errorBudget(slo: SloInput, defaultWindowDays: number, impactMinutes: number | null): ErrorBudget | null {
  const windowDays = slo.windowDays ?? defaultWindowDays;
  const before = slo.consumedBeforePercent ?? 0;
  const base = { target: slo.target, windowDays, consumedBeforePercent: before };
  if (slo.totalRequests !== undefined && slo.failedRequests !== undefined) {
    const allowed = allowedFailures(slo.target, slo.totalRequests);
    const pct = consumedPercent(slo.failedRequests, allowed);
    const errorRate = slo.totalRequests > 0 ? slo.failedRequests / slo.totalRequests : 0;
    return {
      ...base, kind: 'requests', budgetMinutes: null, badMinutes: null, badMinutesSource: null,
      allowedFailures: allowed, failedRequests: slo.failedRequests, totalRequests: slo.totalRequests,
      consumedPercent: pct, remainingPercent: 100 - before - pct,
      burnRate: burnRateFromErrorRate(errorRate, slo.target),
    };
  }
  const bad = slo.badMinutes ?? impactMinutes;
  if (bad === null) return null;
  const budget = timeBudgetMinutes(slo.target, windowDays);
  const pct = consumedPercent(bad, budget);
  const elapsed = impactMinutes ?? bad;
  return {
    ...base, kind: 'time', budgetMinutes: budget, badMinutes: bad,
    badMinutesSource: slo.badMinutes !== undefined ? 'input' : 'customer-impact',
    allowedFailures: null, failedRequests: null, totalRequests: null,
    consumedPercent: pct, remainingPercent: 100 - before - pct,
    burnRate: elapsed > 0 ? burnRateFromConsumption(pct, elapsed, windowDays) : null,
  };
}
