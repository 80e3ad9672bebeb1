/**
 * Incident numbers derived from the key times and the timeline, never typed twice.
 *
 * A key time typed on the incident wins; otherwise it comes from the first timeline event
 * whose kind names it (`incident.acknowledged`, `alert.firing`, `service.restored`…), and
 * for detection and mitigation from the first event of the `detection` / `resolution`
 * phase. Duration runs from start (detection when the start is unknown) to resolution;
 * time to acknowledge, mitigate and resolve run from detection (seeds 001/002: "detection
 * to resolution"); time to detect runs from start. An unresolved incident is measured up
 * to `now` and marked ongoing.
 */
import type { PolicyConfig } from './policy-config.ts';
import type { PolicyIncident, TimelineEventInput } from './incident-input.ts';
import { errorBudget, type ErrorBudget } from './slo.ts';

export const KEY_TIMES = ['startedAt', 'detectedAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt', 'closedAt'] as const;
export type KeyTime = (typeof KEY_TIMES)[number];

/** A key time and where it came from. */
export type KeyTimeValue = { at: Date; source: 'input' | 'timeline' };

const KIND_PATTERNS: Record<KeyTime, RegExp> = {
  startedAt: /^(incident[._-])?(started|start|began|begin|onset)$/i,
  detectedAt: /^((incident|alert)[._-])?(detected|firing|fired|triggered)$/i,
  acknowledgedAt: /^((incident|alert)[._-])?(acknowledged|ack|acked)$/i,
  mitigatedAt: /^((incident|service)[._-])?(mitigated|restored)$/i,
  resolvedAt: /^(incident[._-])?resolved$/i,
  closedAt: /^(incident[._-])?closed$/i,
};

const PHASE_FALLBACK: Partial<Record<KeyTime, string>> = { detectedAt: 'detection', mitigatedAt: 'resolution' };

/** Key times of an incident: typed first, then derived from its timeline. */
export function deriveKeyTimes(incident: PolicyIncident): Partial<Record<KeyTime, KeyTimeValue>> {
  const events = (incident.timeline ?? [])
    .filter((e): e is TimelineEventInput & { at: Date } => e.at !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const out: Partial<Record<KeyTime, KeyTimeValue>> = {};
  for (const key of KEY_TIMES) {
    const typed = incident[key];
    if (typed instanceof Date) {
      out[key] = { at: typed, source: 'input' };
      continue;
    }
    const phase = PHASE_FALLBACK[key];
    const hit = events.find((e) => KIND_PATTERNS[key].test(e.kind)) ?? (phase === undefined ? undefined : events.find((e) => e.phase === phase));
    if (hit !== undefined) out[key] = { at: hit.at, source: 'timeline' };
  }
  return out;
}

/** Every derived number, in minutes (unrounded), with the key times used. */
export type Metrics = {
  keyTimes: Partial<Record<KeyTime, KeyTimeValue>>;
  ongoing: boolean;
  durationMinutes: number | null;
  timeToDetectMinutes: number | null;
  timeToAcknowledgeMinutes: number | null;
  timeToMitigateMinutes: number | null;
  timeToResolveMinutes: number | null;
  customerImpactMinutes: number | null;
  /** True when the customer impact is still open (measured to `now`). */
  customerImpactOngoing: boolean;
  errorBudget: ErrorBudget | null;
  /** Error budget consumed as typed, else as computed from `slo`. */
  errorBudgetConsumedPercent: number | null;
  warnings: string[];
};

function minutesBetween(from: Date | undefined, to: Date | undefined): number | null {
  if (from === undefined || to === undefined) return null;
  return (to.getTime() - from.getTime()) / 60_000;
}

/** Derives durations and error-budget figures; unresolved incidents are measured to `now`. */
export function computeMetrics(incident: PolicyIncident, config: PolicyConfig, now: Date): Metrics {
  const k = deriveKeyTimes(incident);
  const warnings: string[] = [];
  for (let i = 0; i < KEY_TIMES.length; i++) {
    for (let j = i + 1; j < KEY_TIMES.length; j++) {
      const a = KEY_TIMES[i] as KeyTime;
      const b = KEY_TIMES[j] as KeyTime;
      const ta = k[a]?.at;
      const tb = k[b]?.at;
      // Acknowledgement may precede mitigation or not; only the start/detect/resolve/close order is checked.
      if (ta !== undefined && tb !== undefined && ta > tb && !(a === 'acknowledgedAt' || b === 'acknowledgedAt')) {
        warnings.push(`${b} (${tb.toISOString()}) is before ${a} (${ta.toISOString()})`);
      }
    }
  }
  const start = k.startedAt?.at ?? k.detectedAt?.at;
  const detect = k.detectedAt?.at ?? k.startedAt?.at;
  const resolved = k.resolvedAt?.at;
  const ongoing = resolved === undefined;
  const end = resolved ?? now;
  const impactEnd =
    config.impact.customerImpactEnds === 'mitigatedAt' ? (k.mitigatedAt?.at ?? resolved) : resolved;
  const customerImpactMinutes = minutesBetween(start, impactEnd ?? now);
  const budget =
    incident.slo === undefined || incident.slo === null
      ? null
      : errorBudget(incident.slo, config.slo.windowDays, incident.customerVisible === false ? null : customerImpactMinutes);
  return {
    keyTimes: k,
    ongoing,
    durationMinutes: minutesBetween(start, end),
    timeToDetectMinutes: minutesBetween(k.startedAt?.at, k.detectedAt?.at),
    timeToAcknowledgeMinutes: minutesBetween(detect, k.acknowledgedAt?.at),
    timeToMitigateMinutes: minutesBetween(detect, k.mitigatedAt?.at),
    timeToResolveMinutes: minutesBetween(detect, resolved),
    customerImpactMinutes,
    customerImpactOngoing: impactEnd === undefined,
    errorBudget: budget,
    errorBudgetConsumedPercent: incident.errorBudgetConsumedPercent ?? budget?.consumedPercent ?? null,
    warnings,
  };
}
