/**
 * The compact verdict of an incident list: the verdict level and the next post-mortem
 * deadline, without the reasons, candidate sources, quotes and numbers of the full
 * evaluation. `evaluateCompactVerdict` computes it from the incident alone (a page of 50
 * asks it 50 times, so it skips the explanations); `compactVerdictOf` projects it from a
 * full evaluation, and the two are tested to agree. Pure: `now` is passed in.
 */
import { MILESTONE_LABELS, type Milestone } from '../policy/deadline-sources.ts';
import type { Deadline } from '../policy/deadlines.ts';
import type { PolicyIncident } from '../policy/incident-input.ts';
import { computeMetrics, type KeyTime, type KeyTimeValue } from '../policy/metrics.ts';
import { addPeriodText } from '../policy/period.ts';
import type { Policy } from '../policy/resolve-policy.ts';
import { parseSeverity, severityMatches, type SeverityLevel } from '../policy/severity.ts';
import { decideVerdict } from '../policy/verdict.ts';
import type { DeadlineProgress } from '../lifecycle/milestones.ts';
import type { CompactVerdict, NextDeadline } from './incident-list.view.ts';

/** The milestones a post-mortem's progress can meet (see `milestonesMet`), in the order they come. */
export const TRACKED_MILESTONES: readonly Milestone[] = ['owner', 'draft', 'meeting', 'published'];

type DeadlineTime = Pick<Deadline, 'at' | 'provisional'>;

/**
 * The earliest tracked deadline not met yet (one without a time is skipped). Once the
 * post-mortem is published nothing is next: an owner or meeting never recorded (a
 * post-mortem imported from before Debrief) is not chased after publication.
 */
export function nextDeadlineOf(
  deadlines: Partial<Record<Milestone, DeadlineTime>>, met: Partial<Record<Milestone, unknown>>, now: Date,
): NextDeadline | null {
  if (met.published) return null;
  let best: NextDeadline | null = null;
  for (const m of TRACKED_MILESTONES) {
    const d = deadlines[m];
    if (!d || d.at === null || met[m]) continue;
    if (best === null || d.at < best.at) {
      best = { milestone: m, label: MILESTONE_LABELS[m], at: d.at, provisional: d.provisional, overdue: Date.parse(d.at) < now.getTime() };
    }
  }
  return best;
}

/** The compact verdict projected from a full evaluation (as `GET /api/v1/incidents/:id` shows it). */
export function compactVerdictOf(
  policy: { verdict: { level: CompactVerdict['level'] }; deadlines: Partial<Record<Milestone, DeadlineProgress>> }, now: Date,
): CompactVerdict {
  const met = Object.fromEntries(Object.entries(policy.deadlines).map(([k, d]) => [k, d?.met ?? null]));
  return { level: policy.verdict.level, required: policy.verdict.level === 'required', nextDeadline: nextDeadlineOf(policy.deadlines, met, now) };
}

type Source = Policy['config']['deadlines']['sources'][number];
type Chosen = { applicable: boolean; chosen: Source[]; waitsOnSeverity: boolean };

/** Which sources decide a milestone for a severity, worked out once per policy. */
const choices = new WeakMap<Policy, Map<string, Chosen>>();

function chosenSources(policy: Policy, milestone: Milestone, severity: SeverityLevel | null): Chosen {
  let byKey = choices.get(policy);
  if (byKey === undefined) { byKey = new Map(); choices.set(policy, byKey); }
  const key = `${milestone} ${severity?.id ?? ''}`;
  const known = byKey.get(key);
  if (known !== undefined) return known;
  const { strategy, sources } = policy.config.deadlines;
  const rows = sources.filter((s) => s.milestone === milestone);
  const applicable = rows.filter((s) => s.severities === 'any' || (severity !== null && severityMatches(policy.scale, severity, s.severities)));
  const bySeed = strategy === 'strictest' ? [] : applicable.filter((s) => s.seed === strategy);
  const out = {
    applicable: applicable.length > 0,
    chosen: bySeed.length > 0 ? bySeed : applicable,
    waitsOnSeverity: severity === null && rows.some((s) => s.severities !== 'any'),
  };
  byKey.set(key, out);
  return out;
}

function anchorOf(keyTimes: Partial<Record<KeyTime, KeyTimeValue>>, basis: Source['basis']): Date | null {
  if (basis === 'startedAt') return keyTimes.startedAt?.at ?? keyTimes.detectedAt?.at ?? null;
  return keyTimes[basis]?.at ?? null;
}

/**
 * The time and provisional flag of each tracked milestone's deadline: the same winner as
 * `computeDeadlines` (the earliest of the chosen sources), without candidates or wording.
 */
export function trackedDeadlineTimes(
  keyTimes: Partial<Record<KeyTime, KeyTimeValue>>, severity: SeverityLevel | null, policy: Policy,
): Partial<Record<Milestone, DeadlineTime>> {
  const out: Partial<Record<Milestone, DeadlineTime>> = {};
  for (const m of TRACKED_MILESTONES) {
    const { applicable, chosen, waitsOnSeverity } = chosenSources(policy, m, severity);
    if (!applicable) continue;
    let at: string | null = null;
    let waiting = waitsOnSeverity;
    for (const s of chosen) {
      const anchor = anchorOf(keyTimes, s.basis);
      if (anchor === null) { waiting = true; continue; }
      const t = addPeriodText(anchor, s.after, policy.config.timeZone).toISOString();
      if (at === null || t < at) at = t;
    }
    out[m] = { at, provisional: waiting };
  }
  return out;
}

/**
 * A compact verdict and how long it holds while its inputs stay as they are. `until` null:
 * only a change to the incident, its timeline or its post-mortem can move it; a time: it holds
 * until then (its next deadline falls due, or an unresolved incident's growing duration or
 * impact crosses a rule's threshold). Not `lasting`: it holds for this reading only.
 */
export type CompactVerdictAt = { verdict: CompactVerdict; lasting: false } | { verdict: CompactVerdict; lasting: true; until: Date | null };

/** How long an unresolved incident's verdict is said to hold at most (then it is worked out again). */
export const MAX_HOLD_MS = 6 * 3_600_000;

function evaluateWithMetrics(incident: PolicyIncident, policy: Policy, met: Partial<Record<Milestone, string>>, now: Date) {
  const severity = incident.severity == null ? null : parseSeverity(policy.scale, incident.severity);
  const metrics = computeMetrics(incident, policy.config, now);
  const { level } = decideVerdict({ incident, severity, scale: policy.scale, metrics, config: policy.config });
  const verdict: CompactVerdict = { level, required: level === 'required', nextDeadline: nextDeadlineOf(trackedDeadlineTimes(metrics.keyTimes, severity, policy), met, now) };
  return { verdict, metrics };
}

const sameVerdict = (a: CompactVerdict, b: CompactVerdict): boolean =>
  a.level === b.level && a.nextDeadline?.milestone === b.nextDeadline?.milestone && a.nextDeadline?.at === b.nextDeadline?.at
  && a.nextDeadline?.provisional === b.nextDeadline?.provisional && a.nextDeadline?.overdue === b.nextDeadline?.overdue;

/**
 * The compact verdict of an incident, given the milestones its post-mortem has met, and how
 * long it holds. `clockWindow`: the timeline's outlier window grows with `now` and an event
 * lies beyond it, so that event may count later (it is not kept then).
 *
 * An unresolved incident's duration and customer impact grow with the clock; the rules over
 * them ("longer than N minutes", "more than P% of the error budget") can only fire as they
 * grow, never clear, so its verdict changes at most at the first threshold crossed: found by
 * halving the interval up to its next deadline or `MAX_HOLD_MS`, to the second (earlier, never later).
 */
export function evaluateCompactVerdictAt(
  incident: PolicyIncident, policy: Policy, met: Partial<Record<Milestone, string>>, now: Date, clockWindow = false,
): CompactVerdictAt {
  const { verdict, metrics } = evaluateWithMetrics(incident, policy, met, now);
  if (clockWindow) return { verdict, lasting: false };
  const deadline = verdict.nextDeadline !== null && !verdict.nextDeadline.overdue ? Date.parse(verdict.nextDeadline.at) : null;
  const grows = (metrics.ongoing && metrics.durationMinutes !== null) || (metrics.customerImpactOngoing && metrics.customerImpactMinutes !== null);
  if (!grows) return { verdict, lasting: true, until: deadline === null ? null : new Date(deadline) };
  const same = (t: number): boolean => sameVerdict(evaluateWithMetrics(incident, policy, met, new Date(t)).verdict, verdict);
  let lo = now.getTime();
  let hi = Math.min(lo + MAX_HOLD_MS, deadline ?? Infinity);
  if (same(hi)) return { verdict, lasting: true, until: new Date(hi) };
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2);
    if (same(mid)) lo = mid; else hi = mid;
  }
  return lo === now.getTime() ? { verdict, lasting: false } : { verdict, lasting: true, until: new Date(lo) };
}

/** The compact verdict of an incident, given the milestones its post-mortem has met. */
export function evaluateCompactVerdict(
  incident: PolicyIncident, policy: Policy, met: Partial<Record<Milestone, string>>, now: Date,
): CompactVerdict {
  return evaluateWithMetrics(incident, policy, met, now).verdict;
}
