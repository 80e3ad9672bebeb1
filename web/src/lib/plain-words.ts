/**
 * Plain words for what the server names by field or rule: milestones, key times and flags
 * read as a person would say them, and the process documents' citations ("seed 000") left
 * out of the interface (their provenance is in docs/policy.md).
 */
import { MILESTONE_LABELS, type Milestone } from '../../../src/domain/policy/deadline-sources.ts';
import { KEY_TIMES } from '../contract.ts';
import { formatValue } from './format.ts';

const FIELDS: Record<string, string> = {
  ...Object.fromEntries(KEY_TIMES.map(([k, label]) => [k, `the ${label.toLowerCase()} time`])),
  severity: 'the severity', declaredAt: 'the declaration time', primaryService: 'the primary service', dueDate: 'the due date',
  dueReason: 'the reason for the due date', wontDoReason: "the reason it won't be done", customerVisible: 'customer visible',
  dataLoss: 'data loss', dataAffected: 'data affected', manualIntervention: 'manual intervention', sloBreached: 'SLO breached',
  nearMiss: 'near miss', processFailure: 'process failure', errorBudgetConsumedPercent: 'error budget used (%)', externalComplaints: 'external complaints',
};

/** A field or milestone name in words ("resolvedAt" → "the resolved time", "followUpReview" → "follow-up review of action items"). */
export function plainName(name: string): string {
  if (name in MILESTONE_LABELS) return MILESTONE_LABELS[name as Milestone];
  if (FIELDS[name]) return FIELDS[name];
  // camelCase / snake_case → words (a sentence is left as it is).
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return name;
  return name.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * One recorded change as a sentence: "Severity set to SEV-2" (nothing before), "Severity
 * changed from SEV-3 to SEV-2", "Primary service cleared (was checkout)".
 */
export function describeChange(field: string, from: unknown, to: unknown): string {
  const name = plainName(field).replace(/^the /, '');
  const subject = name.charAt(0).toUpperCase() + name.slice(1);
  const [before, after] = [formatValue(from), formatValue(to)];
  if (before === '—') return `${subject} set to ${after}`;
  if (after === '—') return `${subject} cleared (was ${before})`;
  return `${subject} changed from ${before} to ${after}`;
}

/**
 * Whose rule a deadline follows, as the interface says it: the default policy (a source
 * cited by one of the process documents' numbers, "000"…) or the team's own source.
 */
export function policySource(seed: string): 'Default policy' | 'Team policy' {
  return /^\d{3}$/.test(seed) ? 'Default policy' : 'Team policy';
}

/**
 * A policy text without its citations of the process documents ("(seed 000 §5: …)", "seed
 * 001:", "seeds 000, 002") or of a team's own source ("(seed acme: "our rule")").
 */
export function withoutSeeds(text: string): string {
  return text
    .replace(/\s*\((?:[^()]*;\s*)?seeds? (?:\d{3}|[\w-]+(?=[:)]))[^()]*\)/gi, '')
    .replace(/\bseeds? \d{3}(?:\s*(?:,|and)\s*\d{3})*\s*(?:§\s*[\d.]+)?\s*:?\s*/gi, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
