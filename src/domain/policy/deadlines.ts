/**
 * Deadlines of a post-mortem, from the seeds' table (deadline-sources.ts) and the key
 * times. Each milestone reports the winning source (seed, basis, period, quote) and the
 * candidates that lost. `strictest` takes the earliest instant; a seed name takes that
 * seed's row and falls back to the strictest when the seed says nothing for the milestone.
 */
import { MILESTONE_LABELS, MILESTONES, type DeadlineBasis, type Milestone } from './deadline-sources.ts';
import type { KeyTime, KeyTimeValue } from './metrics.ts';
import { addPeriodText, describePeriod, parsePeriod } from './period.ts';
import type { Policy } from './resolve-policy.ts';
import { severityMatches, type SeverityLevel } from './severity.ts';

/** One source's deadline for a milestone. */
export type DeadlineCandidate = {
  seed: string;
  at: string | null;
  after: string;
  basis: DeadlineBasis;
  /** The key time actually used (start falls back to detection). */
  basisUsed: KeyTime | null;
  quote: string;
  explanation: string;
};

/** The deadline of one milestone, with the source that set it and those that lost. */
export type Deadline = DeadlineCandidate & {
  rule: Milestone;
  label: string;
  /** True when a key time or the severity is missing and the deadline may still move earlier. */
  provisional: boolean;
  waitingFor: string[];
  candidates: DeadlineCandidate[];
};

export type Deadlines = Partial<Record<Milestone, Deadline>>;

const BASIS_LABEL: Record<KeyTime, string> = {
  startedAt: 'the start of the incident',
  detectedAt: 'detection',
  acknowledgedAt: 'acknowledgement',
  mitigatedAt: 'mitigation',
  resolvedAt: 'resolution',
  closedAt: 'closure',
};

function anchor(keyTimes: Partial<Record<KeyTime, KeyTimeValue>>, basis: DeadlineBasis): { key: KeyTime; at: Date } | null {
  const order: KeyTime[] = basis === 'startedAt' ? ['startedAt', 'detectedAt'] : [basis];
  for (const key of order) {
    const v = keyTimes[key];
    if (v !== undefined) return { key, at: v.at };
  }
  return null;
}

type Source = Policy['config']['deadlines']['sources'][number];

function candidateOf(source: Source, keyTimes: Partial<Record<KeyTime, KeyTimeValue>>, timeZone: string): DeadlineCandidate {
  const a = anchor(keyTimes, source.basis);
  const period = parsePeriod(source.after);
  const within = period === undefined ? source.after : describePeriod(period);
  const from = BASIS_LABEL[a?.key ?? source.basis];
  const timing = within === 'immediately' ? `immediately after ${from}` : `within ${within} of ${from}`;
  const quote = source.quote === '' ? '' : `: "${source.quote}"`;
  return {
    seed: source.seed,
    at: a === null ? null : addPeriodText(a.at, source.after, timeZone).toISOString(),
    after: source.after,
    basis: source.basis,
    basisUsed: a?.key ?? null,
    quote: source.quote,
    explanation: `${MILESTONE_LABELS[source.milestone]} ${timing} (seed ${source.seed}${quote})`,
  };
}

function earliest(cands: DeadlineCandidate[]): DeadlineCandidate | undefined {
  let best: DeadlineCandidate | undefined;
  for (const c of cands) {
    if (c.at !== null && (best === undefined || best.at === null || c.at < best.at)) best = c;
  }
  return best;
}

/** Computes every milestone's deadline for an incident of the given severity (null: not known). */
export function computeDeadlines(
  keyTimes: Partial<Record<KeyTime, KeyTimeValue>>,
  severity: SeverityLevel | null,
  policy: Policy,
): Deadlines {
  const { strategy, sources } = policy.config.deadlines;
  const out: Deadlines = {};
  for (const milestone of MILESTONES) {
    const rows = sources.filter((s) => s.milestone === milestone);
    const applicable = rows.filter(
      (s) => s.severities === 'any' || (severity !== null && severityMatches(policy.scale, severity, s.severities)),
    );
    if (applicable.length === 0) continue;
    const bySeed = strategy === 'strictest' ? [] : applicable.filter((s) => s.seed === strategy);
    const chosen = bySeed.length > 0 ? bySeed : applicable;
    // Each source's candidate once (the chosen ones and the others shown beside the winner).
    const candidateBySource = new Map(applicable.map((s) => [s, candidateOf(s, keyTimes, policy.config.timeZone)]));
    const cands = chosen.map((s) => candidateBySource.get(s)!);
    const waitingFor: string[] = [...new Set(cands.filter((c) => c.at === null).map((c) => c.basis))];
    if (severity === null && rows.some((s) => s.severities !== 'any')) waitingFor.push('severity');
    const winner = earliest(cands) ?? cands[0];
    if (winner === undefined) continue;
    const note =
      strategy === 'strictest'
        ? cands.length > 1 ? `; the strictest of ${cands.length} sources` : ''
        : bySeed.length > 0 ? `; strategy ${strategy}` : `; seed ${strategy} sets no ${milestone} deadline, so the strictest applies`;
    const others = applicable.map((s) => candidateBySource.get(s)!).filter(
      (c) => !(c.seed === winner.seed && c.after === winner.after && c.basis === winner.basis),
    );
    out[milestone] = {
      ...winner,
      explanation: `${winner.explanation}${note}`,
      rule: milestone,
      label: MILESTONE_LABELS[milestone],
      provisional: waitingFor.length > 0,
      waitingFor,
      candidates: others,
    };
  }
  return out;
}
