/** Human text for `debrief policy show` and `debrief policy check`. */
import type { PolicyEvaluation } from '../../domain/policy/evaluate.ts';
import type { PolicyView } from '../../domain/policy/describe.ts';
import { MILESTONE_LABELS } from '../../domain/policy/deadline-sources.ts';

const LEVEL_WORDS = { required: 'REQUIRED', recommended: 'RECOMMENDED', optional: 'OPTIONAL', not_needed: 'NOT NEEDED' } as const;

function when(iso: string | null): string {
  return iso === null ? 'not yet known' : iso.replace(/:00\.000Z$/, 'Z').replace('.000Z', 'Z').replace('T', ' ');
}

function minutes(n: number | null): string | null {
  return n === null ? null : `${Math.round(n * 10) / 10} min`;
}

/** The verdict, deadlines and numbers of one incident as text. */
export function formatEvaluation(e: PolicyEvaluation, header?: string): string {
  const lines: string[] = [];
  if (header !== undefined) lines.push(header);
  const { verdict } = e;
  const main = verdict.reasons.filter((r) => r.level === verdict.level);
  const lower = verdict.reasons.filter((r) => r.level !== verdict.level);
  if (main.length === 0) lines.push(`Post-mortem ${LEVEL_WORDS[verdict.level]}: no rule fired.`);
  else {
    lines.push(`Post-mortem ${LEVEL_WORDS[verdict.level]} because:`);
    for (const r of main) lines.push(`  - ${r.message} [${r.rule}; seed ${r.seeds.join(', ')}]`);
  }
  for (const r of lower) lines.push(`  (also ${r.level}: ${r.message} [${r.rule}])`);
  if (verdict.unknown.length > 0) {
    lines.push(`Not known, and could change this: ${verdict.unknown.join(', ')}`);
    for (const p of verdict.pending) lines.push(`  - ${p.rule} (${p.level}) waits on ${p.fields.join(', ')}`);
  }
  const deadlines = Object.values(e.deadlines);
  if (deadlines.length > 0) {
    lines.push('Deadlines:');
    const width = Math.max(...deadlines.map((d) => d.label.length));
    for (const d of deadlines) {
      const flag = d.provisional ? ` (provisional: waiting for ${d.waitingFor.join(', ')})` : '';
      const why = d.explanation.startsWith(d.label) ? d.explanation.slice(d.label.length + 1) : d.explanation;
      lines.push(`  ${d.label.padEnd(width)}  ${when(d.at).padEnd(17)}  ${why}${flag}`);
    }
  }
  const m = e.metrics;
  const figures = [
    ['duration', minutes(m.durationMinutes)],
    ['time to detect', minutes(m.timeToDetectMinutes)],
    ['to acknowledge', minutes(m.timeToAcknowledgeMinutes)],
    ['to mitigate', minutes(m.timeToMitigateMinutes)],
    ['to resolve', minutes(m.timeToResolveMinutes)],
    ['customer impact', minutes(m.customerImpactMinutes)],
  ].filter((f): f is [string, string] => f[1] !== null);
  if (figures.length > 0) lines.push(`Numbers${m.ongoing ? ' (ongoing, measured to now)' : ''}: ${figures.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const b = m.errorBudget;
  if (b !== null) {
    const budget = b.kind === 'time' ? `${b.budgetMinutes} min` : `${b.allowedFailures} failed requests`;
    const burn = b.burnRate === null ? '' : `, burn rate ${b.burnRate}x`;
    lines.push(`Error budget: ${b.consumedPercent}% of ${budget} (${Math.round(b.target * 1e5) / 1e3}% over ${b.windowDays} d)${burn}, ${b.remainingPercent}% remaining`);
  } else if (m.errorBudgetConsumedPercent !== null) lines.push(`Error budget consumed: ${m.errorBudgetConsumedPercent}%`);
  for (const w of m.warnings) lines.push(`Warning: ${w}`);
  if (e.meeting !== null) {
    lines.push(`Meeting: ${e.meeting.minMinutes}-${e.meeting.maxMinutes} min${e.meeting.seed === '' ? '' : ` (seed ${e.meeting.seed})`}; agenda of ${e.meeting.agendaMinutes} min`);
  }
  if (e.focus !== null) {
    lines.push(`Focus for a ${e.focus.label.toLowerCase()} (seed ${e.focus.seed}):`);
    for (const q of e.focus.questions) lines.push(`  - ${q}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The effective policy as text. */
export function formatPolicy(p: PolicyView): string {
  const lines: string[] = [];
  lines.push(`Severity scale (most severe first): ${p.severity.levels.map((l) => (l.aliases.length > 0 ? `${l.id} (${l.aliases.join(', ')})` : l.id)).join(', ')}`);
  lines.push('Rules:');
  const width = Math.max(...p.rules.map((r) => r.id.length));
  for (const r of p.rules) {
    lines.push(`  ${r.enabled ? 'on ' : 'off'}  ${r.id.padEnd(width)}  ${r.level.padEnd(11)}  ${r.fires} (seed ${r.seeds.join(', ')})`);
  }
  lines.push(`Deadlines (strategy: ${p.deadlines.strategy}; calendar months in ${p.timeZone}):`);
  for (const s of p.deadlines.sources) {
    const sev = s.severities === 'any' ? 'any severity' : s.severities.join('/');
    lines.push(`  ${MILESTONE_LABELS[s.milestone].padEnd(34)} ${s.after.padStart(4)} after ${s.basis.padEnd(10)} ${sev.padEnd(12)} seed ${s.seed}: ${s.quote}`);
  }
  lines.push(`Action-item priorities: ${Object.entries(p.actionItems.priorities).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  lines.push(`Horizons: ${Object.entries(p.actionItems.horizons).map(([k, h]) => `${k} ${h.within} (${h.priorities.join(', ')})`).join(', ')}`);
  lines.push(`Meeting: ${p.meeting.lengths.map((l) => `${l.severities === 'any' ? 'any' : l.severities.join('/')} ${l.minMinutes}-${l.maxMinutes} min`).join(', ')}; agenda ${p.meeting.agendaMinutes} min`);
  lines.push(`Customer impact ends at ${p.impact.customerImpactEnds}; error budget window ${p.slo.windowDays} days`);
  return `${lines.join('\n')}\n`;
}
