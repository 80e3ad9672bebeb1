/** Text output of incidents for the CLI. */
import type { IncidentListItem } from '../../domain/incident/incident-list.view.ts';

export type IncidentLike = {
  id: string; title: string; severity: string; status: string; version: number; type?: string;
  services?: string[]; declaredAt?: string; startedAt?: string | null; detectedAt?: string | null;
  acknowledgedAt?: string | null; mitigatedAt?: string | null; resolvedAt?: string | null; closedAt?: string | null;
  policy?: unknown; slo?: { target: number; windowDays: number } | null;
};

type Deadline = { label: string; at: string | null; provisional?: boolean; waitingFor?: string[]; met?: { at: string; late: boolean } | null } | null;
type Metrics = {
  durationMinutes: number | null; timeToDetectMinutes: number | null; timeToAcknowledgeMinutes: number | null;
  timeToMitigateMinutes: number | null; timeToResolveMinutes: number | null; customerImpactMinutes: number | null;
  errorBudgetConsumedPercent: number | null; ongoing: boolean; warnings?: string[];
};

const minutes = (m: number | null): string => {
  if (m === null) return 'not known';
  const h = Math.floor(m / 60);
  const r = Math.round(m % 60);
  return h > 0 ? `${h} h ${r} min` : `${r} min`;
};

/** One line: id, severity, status, title. */
export function formatIncidentLine(i: IncidentLike): string {
  return `${i.id}  ${i.severity.padEnd(6)} ${i.status.padEnd(13)} ${i.title}`;
}

/** One line of `incident list`: id, severity, status, the verdict, title, and the next deadline when a post-mortem is expected. */
export function formatIncidentListLine(i: IncidentListItem): string {
  const next = i.verdict.level === 'required' || i.verdict.level === 'recommended' ? i.verdict.nextDeadline : null;
  const due = next ? `  (next: ${next.label} by ${next.at}${next.overdue ? ', overdue' : ''})` : '';
  return `${i.id}  ${i.severity.padEnd(6)} ${i.status.padEnd(13)} ${i.verdict.level.padEnd(11)} ${i.title}${due}`;
}

/** A readable block with key times and the policy evaluation. */
export function formatIncidentDetail(i: IncidentLike): string {
  const lines = [`${i.id}: ${i.title}`, `  severity ${i.severity}, type ${i.type ?? 'other'}, status ${i.status}, version ${i.version}`];
  if (i.services?.length) lines.push(`  services: ${i.services.join(', ')}`);
  for (const k of ['declaredAt', 'startedAt', 'detectedAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt', 'closedAt'] as const) {
    const v = i[k];
    if (v) lines.push(`  ${k.replace('At', '').padEnd(12)} ${v}`);
  }
  if (i.slo) lines.push(`  SLO ${i.slo.target}% over ${i.slo.windowDays} days`);
  const policy = i.policy as { verdict?: { level: string; reasons: { rule: string; message: string }[] }; deadlines?: Record<string, Deadline>; metrics?: Metrics } | null | undefined;
  if (policy?.verdict) {
    lines.push(`  post-mortem: ${policy.verdict.level}`);
    for (const r of policy.verdict.reasons) lines.push(`    - [${r.rule}] ${r.message}`);
  }
  const m = policy?.metrics;
  if (m) {
    lines.push(`  numbers${m.ongoing ? ' (ongoing)' : ''}:`);
    lines.push(`    duration ${minutes(m.durationMinutes)}; to detect ${minutes(m.timeToDetectMinutes)}; to acknowledge ${minutes(m.timeToAcknowledgeMinutes)}`);
    lines.push(`    to mitigate ${minutes(m.timeToMitigateMinutes)}; to resolve ${minutes(m.timeToResolveMinutes)}; customer impact ${minutes(m.customerImpactMinutes)}`);
    if (m.errorBudgetConsumedPercent !== null) lines.push(`    error budget consumed ${m.errorBudgetConsumedPercent}%`);
    for (const w of m.warnings ?? []) lines.push(`    ! ${w}`);
  }
  const deadlines = Object.values(policy?.deadlines ?? {}).filter((d): d is NonNullable<Deadline> => d !== null);
  if (deadlines.length) {
    lines.push('  deadlines:');
    for (const d of deadlines) {
      if (d.met) { lines.push(`    ${d.label.padEnd(34)} done ${d.met.at}${d.met.late && d.at ? ` (after the deadline ${d.at})` : ''}`); continue; }
      const when = d.at ?? (d.waitingFor?.length ? `when ${d.waitingFor.join(', ')} is known` : 'not set');
      lines.push(`    ${d.label.padEnd(34)} ${when}${d.provisional ? ' (provisional)' : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
