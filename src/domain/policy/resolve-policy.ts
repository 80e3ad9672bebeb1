/**
 * From config to a resolved Policy. `loadPolicy` reports zod's problems and the checks
 * that span sections (severity names, the deadline strategy, action-item horizons) in
 * one error, so a person fixing debrief.config.yaml sees every problem at once.
 */
import { validationError, type FieldProblem } from '../errors.ts';
import { zodProblems } from '../validation.ts';
import {
  ActionItemsConfigSchema,
  DeadlineSourceSchema,
  MeetingConfigSchema,
  PolicyConfigSchema,
  RulesObjectSchema,
  SeverityConfigSchema,
  type PolicyConfig,
} from './policy-config.ts';
import { buildScale, describeScale, findSeverity, type SeverityScale } from './severity.ts';

/** A policy ready to evaluate: the effective config and its severity scale. */
export type Policy = { config: PolicyConfig; scale: SeverityScale };

/** Normalised action-item priority key: `p 0`, `P-0` → `P0`. */
export function priorityKey(name: string): string {
  return name.toUpperCase().replace(/[\s\-_.]/g, '');
}

type Pieces = {
  scale?: SeverityScale | undefined;
  rules: [string, unknown][];
  sources: { index: number; value: { seed: string; severities: string[] | 'any' } }[];
  sourcesComplete: boolean;
  strategy?: string | undefined;
  meeting?: PolicyConfig['meeting'] | undefined;
  actionItems?: PolicyConfig['actionItems'] | undefined;
};

function checkNames(scale: SeverityScale, names: unknown, path: string, out: FieldProblem[]): void {
  if (!Array.isArray(names)) return;
  names.forEach((name, i) => {
    if (typeof name === 'string' && findSeverity(scale, name) === undefined) {
      out.push({ path: `${path}.${i}`, message: `unknown severity "${name}"; the scale has ${describeScale(scale)}` });
    }
  });
}

/** Cross-section problems among the pieces that parsed. */
function crossProblems(p: Pieces): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (p.scale !== undefined) {
    const scale = p.scale;
    for (const [id, rule] of p.rules) {
      checkNames(scale, (rule as { severities?: unknown }).severities, `policy.rules.${id}.severities`, out);
    }
    for (const { index, value } of p.sources) checkNames(scale, value.severities, `policy.deadlines.sources.${index}.severities`, out);
    p.meeting?.lengths.forEach((l, i) => checkNames(scale, l.severities, `policy.meeting.lengths.${i}.severities`, out));
  }
  if (p.strategy !== undefined && p.strategy !== 'strictest' && p.sourcesComplete) {
    const seeds = [...new Set(p.sources.map((s) => s.value.seed))];
    if (!seeds.includes(p.strategy)) {
      out.push({ path: 'policy.deadlines.strategy', message: `"${p.strategy}" is neither "strictest" nor a seed of deadlines.sources (${seeds.join(', ')})` });
    }
  }
  if (p.actionItems !== undefined) {
    const keys = new Map<string, string>();
    for (const name of Object.keys(p.actionItems.priorities)) {
      const key = priorityKey(name);
      const other = keys.get(key);
      if (other !== undefined) out.push({ path: `policy.actionItems.priorities.${name}`, message: `same priority as "${other}"` });
      keys.set(key, name);
    }
    const seen = new Map<string, string>();
    for (const [horizon, h] of Object.entries(p.actionItems.horizons)) {
      h.priorities.forEach((name, i) => {
        const path = `policy.actionItems.horizons.${horizon}.priorities.${i}`;
        const key = priorityKey(name);
        if (!keys.has(key)) out.push({ path, message: `unknown priority "${name}"; priorities are ${[...keys.values()].join(', ')}` });
        const other = seen.get(key);
        if (other !== undefined) out.push({ path, message: `priority "${name}" is already in horizon ${other}` });
        seen.set(key, horizon);
      });
    }
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses each section on its own so cross-checks can run even when another section is broken. */
function piecesOf(raw: Record<string, unknown>): Pieces {
  const severity = SeverityConfigSchema.safeParse(raw['severity']);
  const rawRules = isRecord(raw['rules']) ? raw['rules'] : {};
  const rules: [string, unknown][] = [];
  for (const [id, schema] of Object.entries(RulesObjectSchema.shape)) {
    const r = schema.safeParse(rawRules[id]);
    if (r.success) rules.push([id, r.data]);
  }
  const deadlines = isRecord(raw['deadlines']) ? raw['deadlines'] : {};
  const rawSources = deadlines['sources'];
  const sources: Pieces['sources'] = [];
  let sourcesComplete = true;
  if (Array.isArray(rawSources)) {
    rawSources.forEach((s: unknown, index) => {
      const r = DeadlineSourceSchema.safeParse(s);
      if (r.success) sources.push({ index, value: r.data });
      else sourcesComplete = false;
    });
  } else if (rawSources === undefined) {
    PolicyConfigSchema.shape.deadlines.parse(undefined).sources.forEach((value, index) => sources.push({ index, value }));
  } else sourcesComplete = false;
  const strategy = deadlines['strategy'];
  const meeting = MeetingConfigSchema.safeParse(raw['meeting']);
  const actionItems = ActionItemsConfigSchema.safeParse(raw['actionItems']);
  return {
    scale: severity.success ? buildScale(severity.data.levels) : undefined,
    rules,
    sources,
    sourcesComplete,
    strategy: typeof strategy === 'string' ? strategy : undefined,
    meeting: meeting.success ? meeting.data : undefined,
    actionItems: actionItems.success ? actionItems.data : undefined,
  };
}

/** Resolves an already-parsed config, throwing one validation error for every cross-section problem. */
export function resolvePolicy(config: PolicyConfig): Policy {
  const scale = buildScale(config.severity.levels);
  const problems = crossProblems({
    scale,
    rules: Object.entries(config.rules),
    sources: config.deadlines.sources.map((value, index) => ({ index, value })),
    sourcesComplete: true,
    strategy: config.deadlines.strategy,
    meeting: config.meeting,
    actionItems: config.actionItems,
  });
  if (problems.length > 0) throw validationError(problems, 'invalid configuration in section "policy"');
  return { config, scale };
}

/** Parses and resolves the raw `policy` section (undefined → defaults), listing every problem at once. */
export function loadPolicy(raw: unknown): Policy {
  const parsed = PolicyConfigSchema.safeParse(raw ?? {});
  const problems = parsed.success ? [] : zodProblems(parsed.error, 'policy');
  if (parsed.success) return resolvePolicy(parsed.data);
  if (isRecord(raw)) problems.push(...crossProblems(piecesOf(raw)));
  throw validationError(problems, 'invalid configuration in section "policy"');
}

/** The default policy of the seeds. */
export function defaultPolicy(): Policy {
  return loadPolicy({});
}
