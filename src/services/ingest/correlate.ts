/**
 * Incidents from alerts: a firing alert with no open incident for its group key (or
 * service) declares one, later alerts of that group attach to it, and the pages'
 * detected / acknowledged / resolved times fill the incident's key times unless a
 * person typed them (a human's edit always wins over an adapter's guess).
 */
import type { Principal } from '../../domain/access/roles.ts';
import type { IncidentHint } from '../../domain/timeline/event.types.ts';
import { findSeverity, type SeverityLevel } from '../../domain/policy/severity.ts';
import { AppError } from '../../domain/errors.ts';
import { findIncident, listIncidents, type IncidentRow, type NewIncidentRow } from '../../store/repositories/incident.repository.ts';
import type { ServiceContext } from '../context.ts';
import { applyIncidentChange, declareIncident, loadIncident } from '../incident.service.ts';
import { keyTimeProblems } from '../../domain/incident/key-times.ts';

const OPEN_STATUSES = ['declared', 'investigating', 'mitigated'];

/** The principal an adapter acts as: it may declare and update incidents, nothing more. */
export function ingestPrincipal(source: string): Principal {
  return { kind: 'system', id: `ingest:${source}`, name: `ingest:${source}`, role: 'responder', userId: null };
}

/** The group key stored on an incident: the hint's key, prefixed with its source. */
export function storedGroupKey(source: string, groupKey: string): string {
  return groupKey.startsWith(`${source}:`) ? groupKey : `${source}:${groupKey}`;
}

/** The level an alert's severity stands for: the ingest severity map first, then the policy scale, else the default. */
export function severityOfHint(ctx: ServiceContext, raw: string | null): SeverityLevel {
  const scale = ctx.config.policy.scale;
  const cfg = ctx.config.ingest;
  if (raw !== null) {
    const key = raw.trim().toLowerCase();
    const mapped = Object.entries(cfg.severityMap).find(([k]) => k.toLowerCase() === key)?.[1];
    const level = findSeverity(scale, mapped ?? raw);
    if (level !== undefined) return level;
  }
  const fallback = findSeverity(scale, cfg.defaultSeverity);
  if (fallback === undefined) throw new AppError('validation_failed', `ingest.defaultSeverity "${cfg.defaultSeverity}" is not on the severity scale`);
  return fallback;
}

/** The hint that speaks for a delivery: the first with a group key, else the first. */
export function primaryHint(hints: IncidentHint[]): IncidentHint | null {
  return hints.find((h) => h.groupKey !== null) ?? hints[0] ?? null;
}

/** Whether an open incident is already tied to a different incident of the same source. */
function tiedElsewhere(row: IncidentRow, source: string): boolean {
  return row.groupKey !== null && row.groupKey.startsWith(`${source}:`);
}

/**
 * The open incident a hint belongs to. The source's own incident id (group key) decides
 * first; matching by service only attaches a new trigger, and never to an incident that
 * already stands for a different incident of the same source.
 */
async function findOpen(ctx: ServiceContext, source: string, hint: IncidentHint): Promise<IncidentRow | null> {
  if (hint.groupKey !== null) {
    const [byGroup] = await listIncidents(ctx.db, { groupKey: storedGroupKey(source, hint.groupKey), statuses: OPEN_STATUSES, limit: 1 });
    if (byGroup) return byGroup;
  }
  if (ctx.config.ingest.autoDeclare.matchService && hint.service !== null && hint.status === 'firing') {
    const candidates = await listIncidents(ctx.db, { service: hint.service, statuses: OPEN_STATUSES, limit: 20 });
    const byService = candidates.find((row) => hint.groupKey === null || !tiedElsewhere(row, source));
    if (byService) return byService;
  }
  return null;
}

function mayDeclare(ctx: ServiceContext, source: string, hint: IncidentHint): boolean {
  const rule = ctx.config.ingest.autoDeclare;
  if (!rule.enabled || hint.status !== 'firing' || !(rule.sources as string[]).includes(source)) return false;
  const min = findSeverity(ctx.config.policy.scale, rule.minSeverity);
  if (min === undefined) throw new AppError('validation_failed', `ingest.autoDeclare.minSeverity "${rule.minSeverity}" is not on the severity scale`);
  return severityOfHint(ctx, hint.severity).rank <= min.rank;
}

async function declareFrom(ctx: ServiceContext, source: string, hint: IncidentHint): Promise<IncidentRow> {
  const actor = ingestPrincipal(source);
  const declared = await declareIncident(ctx, actor, {
    title: (hint.title ?? `Alert from ${source}`).slice(0, 300),
    severity: severityOfHint(ctx, hint.severity).id,
    ...(hint.service === null ? {} : { primaryService: hint.service, services: [hint.service] }),
    ...(hint.environment === null ? {} : { environments: [hint.environment] }),
    summary: hint.link === null ? `Declared from ${sourceLabel(source)} alert.` : `Declared from ${sourceLabel(source)} alert: ${hint.link}`,
  });
  const row = await loadIncident(ctx, declared.id);
  const groupKey = hint.groupKey === null ? null : storedGroupKey(source, hint.groupKey);
  return applyIncidentChange(ctx, actor, row, row.version, { groupKey }, 'ingest:correlate');
}

const SOURCE_NAMES: Record<string, string> = {
  alertmanager: 'an Alertmanager', grafana: 'a Grafana', pagerduty: 'a PagerDuty', opsgenie: 'an Opsgenie', github: 'a GitHub',
  slack: 'a Slack', git: 'a git',
};

/** "an Alertmanager", "a PagerDuty": the source's name with its article, for summaries. */
export function sourceLabel(source: string): string {
  return SOURCE_NAMES[source] ?? (/^[aeiou]/i.test(source) ? `an ${source}` : `a ${source}`);
}

/** Hints that may set an incident's times: not those of a different incident of the same source. */
function hintsFor(row: IncidentRow, source: string, hints: IncidentHint[]): IncidentHint[] {
  if (!tiedElsewhere(row, source)) return hints;
  return hints.filter((h) => h.groupKey === null || storedGroupKey(source, h.groupKey) === row.groupKey);
}

type TimeKey = 'detectedAt' | 'acknowledgedAt' | 'resolvedAt';

/** The key-time patch the hints ask for, leaving every human-typed time alone. */
export function timePatch(row: IncidentRow, source: string, hints: IncidentHint[]): Partial<NewIncidentRow> {
  const patch: Partial<NewIncidentRow> = {};
  const sources = { ...row.timeSources };
  const set = (k: TimeKey, value: Date | null): void => {
    patch[k] = value;
    sources[k] = source;
  };
  const earliest = (k: TimeKey, iso: string | null): void => {
    if (iso === null || sources[k] === 'human') return;
    const d = new Date(iso);
    const cur = (patch[k]) ?? row[k];
    if (!Number.isNaN(d.getTime()) && (cur === null || d < cur)) set(k, d);
  };
  for (const h of hints) {
    earliest('detectedAt', h.detectedAt);
    earliest('acknowledgedAt', h.acknowledgedAt);
    if (sources['resolvedAt'] === 'human') continue;
    const cur = (patch.resolvedAt) ?? row.resolvedAt;
    if (h.status === 'resolved' && h.resolvedAt !== null) {
      const d = new Date(h.resolvedAt);
      if (!Number.isNaN(d.getTime()) && (cur === null || d > cur)) set('resolvedAt', d);
    } else if (h.status === 'firing' && cur !== null && sources['resolvedAt'] === source) {
      // The same source fires again: its earlier resolution no longer holds.
      set('resolvedAt', null);
    }
  }
  if (Object.keys(patch).length > 0) patch.timeSources = sources;
  return patch;
}

/** Records the hints' key times on an incident (retrying once if a person edited it meanwhile). */
export async function applyHintTimes(ctx: ServiceContext, incidentId: string, source: string, hints: IncidentHint[]): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const row = await findIncident(ctx.db, incidentId);
    if (!row) return;
    const patch = timePatch(row, source, hintsFor(row, source, hints));
    // An adapter's guess that breaks the key-time rules (clock skew, an old resolve) is dropped, not fatal.
    for (const p of keyTimeProblems({ ...row, ...patch }, ctx.now())) delete (patch as Record<string, unknown>)[p.path];
    if (Object.keys(patch).filter((k) => k !== 'timeSources').length === 0) return;
    try {
      await applyIncidentChange(ctx, ingestPrincipal(source), row, row.version, patch, 'ingest:times');
      return;
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'version_conflict') || attempt === 1) throw e;
    }
  }
}

export type Correlation = { incidentId: string | null; declared: boolean };

/** Finds (or declares) the incident a delivery belongs to; null when none matches and none may be declared. */
export async function correlate(ctx: ServiceContext, source: string, hints: IncidentHint[]): Promise<Correlation> {
  const hint = primaryHint(hints);
  if (hint === null) return { incidentId: null, declared: false };
  const open = await findOpen(ctx, source, hint);
  if (open) return { incidentId: open.id, declared: false };
  if (!mayDeclare(ctx, source, hint)) return { incidentId: null, declared: false };
  const created = await declareFrom(ctx, source, hint);
  return { incidentId: created.id, declared: true };
}
