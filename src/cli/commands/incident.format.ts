/** Text output of incidents for the CLI. */
import type { IncidentListItem } from '../../domain/incident/incident-list.view.ts';
import type { IncidentView } from '../../domain/incident/incident.view.ts';

const minutes = (m: number | null): string => {
  if (m === null) return 'not known';
  const h = Math.floor(m / 60);
  const r = Math.round(m % 60);
  return h > 0 ? `${h} h ${r} min` : `${r} min`;
};

/** One line: id, severity, status, title. */
export function formatIncidentLine(i: Pick<IncidentView, 'id' | 'severity' | 'status' | 'title'>): string {
  return `${i.id}  ${i.severity.padEnd(6)} ${i.status.padEnd(13)} ${i.title}`;
}

/** One line of `incident list`: id, severity, status, the verdict, title, and the next deadline when a post-mortem is expected. */
export function formatIncidentListLine(i: IncidentListItem): string {
  const next = i.verdict.level === 'required' || i.verdict.level === 'recommended' ? i.verdict.nextDeadline : null;
  const due = next ? `  (next: ${next.label} by ${next.at}${next.overdue ? ', overdue' : ''})` : '';
  return `${i.id}  ${i.severity.padEnd(6)} ${i.status.padEnd(13)} ${i.verdict.level.padEnd(11)} ${i.title}${due}`;
}

/** A readable block with key times and the policy evaluation. */
export function formatIncidentDetail(i: IncidentView): string {
  const lines = [`${i.id}: ${i.title}`, `  severity ${i.severity}, type ${i.type ?? 'other'}, status ${i.status}, version ${i.version}`];
  if (i.services?.length) lines.push(`  services: ${i.services.join(', ')}`);
  for (const k of ['declaredAt', 'startedAt', 'detectedAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt', 'closedAt'] as const) {
    const v = i[k];
    if (v) lines.push(`  ${k.replace('At', '').padEnd(12)} ${v}`);
  }
  if (i.slo) lines.push(`  SLO ${i.slo.target}% over ${i.slo.windowDays} days`);
  const { verdict, metrics: m } = i.policy;
  lines.push(`  post-mortem: ${verdict.level}`);
  for (const r of verdict.reasons) lines.push(`    - [${r.rule}] ${r.message}`);
  {
    lines.push(`  numbers${m.ongoing ? ' (ongoing)' : ''}:`);
    lines.push(`    duration ${minutes(m.durationMinutes)}; to detect ${minutes(m.timeToDetectMinutes)}; to acknowledge ${minutes(m.timeToAcknowledgeMinutes)}`);
    lines.push(`    to mitigate ${minutes(m.timeToMitigateMinutes)}; to resolve ${minutes(m.timeToResolveMinutes)}; customer impact ${minutes(m.customerImpactMinutes)}`);
    if (m.errorBudgetConsumedPercent !== null) lines.push(`    error budget consumed ${m.errorBudgetConsumedPercent}%`);
    for (const w of m.warnings) lines.push(`    ! ${w}`);
  }
  const deadlines = Object.values(i.policy.deadlines).filter((d) => d !== undefined);
  if (deadlines.length) {
    lines.push('  deadlines:');
    for (const d of deadlines) {
      if (d.met) { lines.push(`    ${d.label.padEnd(34)} done ${d.met.at}${d.met.late && d.at ? ` (after the deadline ${d.at})` : ''}`); continue; }
      const when = d.at ?? (d.waitingFor.length ? `when ${d.waitingFor.join(', ')} is known` : 'not set');
      lines.push(`    ${d.label.padEnd(34)} ${when}${d.provisional ? ' (provisional)' : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
