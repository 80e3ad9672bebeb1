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
 * until then (its next deadline falls due). Not `lasting`: it moves with the clock (an
 * unresolved incident's duration and impact grow), so it holds for this reading only.
 */
export type CompactVerdictAt = { verdict: CompactVerdict; lasting: false } | { verdict: CompactVerdict; lasting: true; until: Date | null };

/**
 * The compact verdict of an incident, given the milestones its post-mortem has met, and how
 * long it holds. `clockWindow`: the timeline's outlier window still grows with `now`, so an
 * event outside it now may count later.
 */
export function evaluateCompactVerdictAt(
  incident: PolicyIncident, policy: Policy, met: Partial<Record<Milestone, string>>, now: Date, clockWindow = false,
): CompactVerdictAt {
  const severity = incident.severity == null ? null : parseSeverity(policy.scale, incident.severity);
  const metrics = computeMetrics(incident, policy.config, now);
  const { level } = decideVerdict({ incident, severity, scale: policy.scale, metrics, config: policy.config });
  const nextDeadline = nextDeadlineOf(trackedDeadlineTimes(metrics.keyTimes, severity, policy), met, now);
  const verdict: CompactVerdict = { level, required: level === 'required', nextDeadline };
  if (metrics.ongoing || metrics.customerImpactOngoing || clockWindow) return { verdict, lasting: false };
  return { verdict, lasting: true, until: nextDeadline !== null && !nextDeadline.overdue ? new Date(nextDeadline.at) : null };
}

/** The compact verdict of an incident, given the milestones its post-mortem has met. */
export function evaluateCompactVerdict(
  incident: PolicyIncident, policy: Policy, met: Partial<Record<Milestone, string>>, now: Date,
): CompactVerdict {
  return evaluateCompactVerdictAt(incident, policy, met, now).verdict;
}
