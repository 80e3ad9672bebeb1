/** Text output of incidents for the CLI. */
export type IncidentLike = {
  id: string; title: string; severity: string; status: string; version: number; type?: string;
  services?: string[]; declaredAt?: string; startedAt?: string | null; detectedAt?: string | null;
  acknowledgedAt?: string | null; mitigatedAt?: string | null; resolvedAt?: string | null; closedAt?: string | null;
  policy?: unknown;
};

/** One line: id, severity, status, title. */
export function formatIncidentLine(i: IncidentLike): string {
  return `${i.id}  ${i.severity.padEnd(6)} ${i.status.padEnd(13)} ${i.title}`;
}

/** A readable block with key times and the policy evaluation. */
export function formatIncidentDetail(i: IncidentLike): string {
  const lines = [`${i.id}: ${i.title}`, `  severity ${i.severity}, type ${i.type ?? 'other'}, status ${i.status}, version ${i.version}`];
  if (i.services?.length) lines.push(`  services: ${i.services.join(', ')}`);
  for (const k of ['declaredAt', 'startedAt', 'detectedAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt', 'closedAt'] as const) {
    const v = i[k];
    if (v) lines.push(`  ${k.replace('At', '').padEnd(12)} ${v}`);
  }
  const policy = i.policy as { verdict?: { level: string; reasons: { rule: string; message: string }[] } } | null | undefined;
  if (policy?.verdict) {
    lines.push(`  post-mortem: ${policy.verdict.level}`);
    for (const r of policy.verdict.reasons) lines.push(`    - [${r.rule}] ${r.message}`);
  }
  return `${lines.join('\n')}\n`;
}
