/**
 * The post-mortem rules of seeds 000, 001 and 002, one per id. Each rule looks at what is
 * known and says `fired` (with a message), `clear`, or `unknown` with the missing fields
 * that could make it fire. Thresholds and on/off come from `policy.rules`.
 */
import type { PolicyIncident } from './incident-input.ts';
import type { KeyTime, Metrics } from './metrics.ts';
import type { PolicyConfig, RuleId, RulesConfig } from './policy-config.ts';
import { severityMatches, type SeverityLevel, type SeverityScale } from './severity.ts';

/** What a rule sees. `severity` is null when the incident gives none. */
export type RuleContext = {
  incident: PolicyIncident;
  severity: SeverityLevel | null;
  scale: SeverityScale;
  metrics: Metrics;
  config: PolicyConfig;
};

export type RuleOutcome =
  | { status: 'fired'; message: string }
  | { status: 'clear' }
  | { status: 'unknown'; fields: string[] };

type RuleDefinition<K extends RuleId> = {
  seeds: string[];
  /** What fires the rule, with its thresholds. */
  describe: (cfg: RulesConfig[K]) => string;
  evaluate: (ctx: RuleContext, cfg: RulesConfig[K]) => RuleOutcome;
};

type Tri = true | false | null;
type FlagField = 'customerVisible' | 'dataLoss' | 'dataAffected' | 'security' | 'cascading' | 'manualIntervention'
  | 'sloBreached' | 'nearMiss' | 'processFailure' | 'recurring' | 'complex';

const CLEAR: RuleOutcome = { status: 'clear' };
const fired = (message: string): RuleOutcome => ({ status: 'fired', message });

function flag(ctx: RuleContext, field: FlagField): Tri {
  return ctx.incident[field] ?? null;
}

function sevList(names: string[] | 'any'): string {
  return names === 'any' ? 'any severity' : names.join('/');
}

/** Combines conditions that must all hold; each is true, false or unknown with its fields. */
function all(conditions: { value: Tri; field: string }[], message: () => string): RuleOutcome {
  if (conditions.some((c) => c.value === false)) return CLEAR;
  const unknown = conditions.filter((c) => c.value === null).map((c) => c.field);
  return unknown.length === 0 ? fired(message()) : { status: 'unknown', fields: unknown };
}

function severityIn(ctx: RuleContext, names: string[] | 'any'): Tri {
  if (names === 'any') return true;
  return ctx.severity === null ? null : severityMatches(ctx.scale, ctx.severity, names);
}

function flagRule<K extends RuleId>(field: FlagField, what: string, message: string, seeds: string[]): RuleDefinition<K> {
  return {
    seeds,
    describe: () => `${what} (${field}), any severity`,
    evaluate: (ctx) => all([{ value: flag(ctx, field), field }], () => message),
  };
}

/**
 * A "longer than N minutes" rule over a measured span. Not fired at exactly N. While the
 * span is still open (measured to `now`) or its start is a fallback, a short span can grow:
 * the fields that would settle it are reported unknown.
 */
function longerThan(
  minutes: number | null,
  threshold: number,
  open: { ongoing: boolean; endField: KeyTime; startIsFallback: boolean },
  message: (m: number) => string,
): { value: Tri; fields: string[]; message: string } {
  if (minutes === null) return { value: null, fields: ['startedAt'], message: '' };
  if (minutes > threshold) return { value: true, fields: [], message: message(minutes) };
  const fields = [...(open.startIsFallback ? ['startedAt'] : []), ...(open.ongoing ? [open.endField] : [])];
  return { value: fields.length > 0 ? null : false, fields, message: '' };
}

const fmtMin = (m: number): string => `${Math.round(m * 10) / 10} min`;

export const RULES: { [K in RuleId]: RuleDefinition<K> } = {
  severity: {
    seeds: ['000', '001', '002'],
    describe: (c) => `severity is ${sevList(c.severities)} (always)`,
    evaluate: (ctx, c) =>
      all([{ value: severityIn(ctx, c.severities), field: 'severity' }], () => `${ctx.severity?.id ?? '?'} incidents always need a post-mortem`),
  },
  'slo-breach': {
    seeds: ['000'],
    describe: (c) => `severity is ${sevList(c.severities)} and an SLO was breached`,
    evaluate: (ctx, c) =>
      all(
        [{ value: severityIn(ctx, c.severities), field: 'severity' }, { value: flag(ctx, 'sloBreached'), field: 'sloBreached' }],
        () => `${ctx.severity?.id ?? 'this'} incident breached an SLO`,
      ),
  },
  'data-affected': {
    seeds: ['000'],
    describe: (c) => `severity is ${sevList(c.severities)} and data was affected`,
    evaluate: (ctx, c) => {
      const affected = flag(ctx, 'dataLoss') === true ? true : flag(ctx, 'dataAffected');
      return all(
        [{ value: severityIn(ctx, c.severities), field: 'severity' }, { value: affected, field: 'dataAffected' }],
        () => `${ctx.severity?.id ?? 'this'} incident affected data`,
      );
    },
  },
  'customer-outage': {
    seeds: ['000'],
    describe: (c) => `customer-visible outage longer than ${c.minutes} min (start to mitigation)`,
    evaluate: (ctx, c) => {
      const m = ctx.metrics;
      const endField = ctx.config.impact.customerImpactEnds;
      const span = longerThan(
        m.customerImpactMinutes,
        c.minutes,
        { ongoing: m.customerImpactOngoing, endField, startIsFallback: m.keyTimes.startedAt === undefined },
        (min) => `customer-visible outage of ${fmtMin(min)}${m.customerImpactOngoing ? ' so far' : ''}, longer than ${c.minutes} min`,
      );
      const visible = flag(ctx, 'customerVisible');
      if (visible === false || span.value === false) return CLEAR;
      if (visible === true && span.value === true) return fired(span.message);
      return { status: 'unknown', fields: [...(visible === null ? ['customerVisible'] : []), ...span.fields] };
    },
  },
  'long-incident': {
    seeds: ['002'],
    describe: (c) => `incident longer than ${c.minutes} min (start to resolution)`,
    evaluate: (ctx, c) => {
      const m = ctx.metrics;
      const span = longerThan(
        m.durationMinutes,
        c.minutes,
        { ongoing: m.ongoing, endField: 'resolvedAt', startIsFallback: m.keyTimes.startedAt === undefined },
        (min) => `the incident ${m.ongoing ? 'has lasted' : 'lasted'} ${fmtMin(min)}${m.ongoing ? ' so far' : ''}, longer than ${c.minutes} min`,
      );
      if (span.value === true) return fired(span.message);
      return span.value === false ? CLEAR : { status: 'unknown', fields: span.fields };
    },
  },
  'data-loss': {
    seeds: ['000', '001'],
    describe: () => 'data loss or corruption (dataLoss, or type data_loss), any severity',
    evaluate: (ctx) =>
      all([{ value: ctx.incident.type === 'data_loss' ? true : flag(ctx, 'dataLoss'), field: 'dataLoss' }], () => 'data was lost or corrupted'),
  },
  security: {
    seeds: ['000', '001'],
    describe: () => 'security incident (security, or type security), any severity',
    evaluate: (ctx) =>
      all([{ value: ctx.incident.type === 'security' ? true : flag(ctx, 'security'), field: 'security' }], () => 'it is a security incident'),
  },
  cascading: flagRule('cascading', 'cascading failure affecting multiple services', 'a cascading failure affected several services', ['000']),
  'manual-intervention': flagRule('manualIntervention', 'manual intervention required to restore service', 'manual intervention was needed to restore service', ['000']),
  'error-budget': {
    seeds: ['002'],
    describe: (c) => `SLO breach consumed more than ${c.percent}% of the monthly error budget`,
    evaluate: (ctx, c) => {
      const pct = ctx.metrics.errorBudgetConsumedPercent;
      if (pct === null) return { status: 'unknown', fields: ['errorBudgetConsumedPercent'] };
      return pct > c.percent ? fired(`it consumed ${Math.round(pct * 10) / 10}% of the monthly error budget, more than ${c.percent}%`) : CLEAR;
    },
  },
  'external-complaints': {
    seeds: ['002'],
    describe: (c) => `customer impact with at least ${c.minComplaints} external complaint(s)`,
    evaluate: (ctx, c) => {
      const n = ctx.incident.externalComplaints;
      if (n === undefined || n === null) return { status: 'unknown', fields: ['externalComplaints'] };
      return n >= c.minComplaints ? fired(`${n} external complaint${n === 1 ? '' : 's'} received`) : CLEAR;
    },
  },
  'multi-environment': {
    seeds: ['002'],
    describe: (c) => `at least ${c.minEnvironments} environments affected`,
    evaluate: (ctx, c) => {
      const envs = ctx.incident.environments;
      if (envs === undefined || envs === null) return { status: 'unknown', fields: ['environments'] };
      const distinct = [...new Set(envs.map((e) => e.trim().toUpperCase()))];
      return distinct.length >= c.minEnvironments ? fired(`${distinct.length} environments affected (${envs.join(', ')})`) : CLEAR;
    },
  },
  'near-miss': flagRule('nearMiss', 'near miss caught before user impact', 'a near miss that could have been a major incident', ['001', '002']),
  'process-failure': flagRule('processFailure', 'process failure, even without service impact', 'a process failure (deployment issue, human error)', ['001', '002']),
  'complex-or-recurring': {
    seeds: ['001'],
    describe: (c) => `severity is ${sevList(c.severities)} and the incident is complex or recurring`,
    evaluate: (ctx, c) => {
      const complex = flag(ctx, 'complex');
      const recurring = flag(ctx, 'recurring');
      const either: Tri = complex === true || recurring === true ? true : complex === false && recurring === false ? false : null;
      const out = all(
        [{ value: severityIn(ctx, c.severities), field: 'severity' }, { value: either, field: 'complex|recurring' }],
        () => `${ctx.severity?.id ?? 'this'} incident is ${[complex === true ? 'complex' : '', recurring === true ? 'recurring' : ''].filter(Boolean).join(' and ')}`,
      );
      if (out.status !== 'unknown') return out;
      const fields = out.fields.flatMap((f) => (f === 'complex|recurring' ? [complex === null ? 'complex' : '', recurring === null ? 'recurring' : ''].filter(Boolean) : [f]));
      return { status: 'unknown', fields };
    },
  },
  'optional-severity': {
    seeds: ['000', '001'],
    describe: (c) => `severity is ${sevList(c.severities)}`,
    evaluate: (ctx, c) =>
      all([{ value: severityIn(ctx, c.severities), field: 'severity' }], () => `a post-mortem is optional for ${ctx.severity?.id ?? '?'} incidents`),
  },
};

/** Rule ids in evaluation and display order. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** Evaluates one rule with its config (typed per id). */
export function evaluateRule<K extends RuleId>(id: K, ctx: RuleContext): RuleOutcome {
  const def: RuleDefinition<K> = RULES[id];
  return def.evaluate(ctx, ctx.config.rules[id]);
}

/** The human description of one rule with its configured thresholds. */
export function describeRule<K extends RuleId>(id: K, rules: RulesConfig): string {
  const def: RuleDefinition<K> = RULES[id];
  return def.describe(rules[id]);
}
