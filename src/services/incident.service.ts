/** Use cases for incidents: declare, list, read, update, change status. */
import { randomUUID } from 'node:crypto';
import { AppError } from '../domain/errors.ts';
import type { Principal } from '../domain/access/roles.ts';
import { diffFields } from '../domain/diff.ts';
import { incidentDay } from '../domain/incident/incident-id.ts';
import { keyTimeProblems, type KeyTimes } from '../domain/incident/key-times.ts';
import { canTransition, nextStatuses, STATUS_KEY_TIME, type IncidentStatus } from '../domain/incident/incident-status.ts';
import {
  FLAG_KEYS, KEY_TIME_KEYS, type ChangeStatus, type DeclareIncident, type ListIncidentsQuery, type UpdateIncident,
} from '../domain/incident/incident.schema.ts';
import {
  findIncident, findIncidentWithInputs, insertIncidentWithRevision, listIncidentPage, updateIncidentAtVersion, type IncidentRow, type NewIncidentRow,
} from '../store/repositories/incident.repository.ts';
import { insertRevision, listRevisions } from '../store/repositories/revision.repository.ts';
import { insertEvents } from '../store/repositories/timeline.repository.ts';
import { requireRole } from './access.ts';
import type { ServiceContext } from './context.ts';
import { inTransaction } from './transaction.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { staleVersion } from './versioning.ts';
import { ensureDraftOnResolve } from './postmortem/draft.service.ts';
import { normalizeSeverityInput, presentIncident, presentIncidentWithInputs, presentNewIncident, type FullIncidentView } from './incident-policy.ts';
import { presentIncidentList, verdictUse } from './incident-list.ts';
import type { IncidentListPage } from '../domain/incident/incident-list.view.ts';

const toDate = (s: string | null | undefined): Date | null | undefined => (s === undefined ? undefined : s === null ? null : new Date(s));

function flagsFrom(input: Partial<Record<string, unknown>>, base: Record<string, boolean | number | null> = {}): Record<string, boolean | number | null> {
  const flags = { ...base };
  for (const k of FLAG_KEYS) {
    const v = input[k];
    if (v !== undefined) flags[k] = v as boolean | number | null;
  }
  return flags;
}

/** Throws 422 when the key times an incident would have break the sanity rules. */
function checkKeyTimes(ctx: ServiceContext, times: KeyTimes): void {
  const problems = keyTimeProblems(times, ctx.now());
  if (problems.length) throw new AppError('rule_violation', 'the key times do not add up', { errors: problems });
}

const keyTimesOf = (r: Partial<NewIncidentRow>): KeyTimes => ({
  startedAt: r.startedAt ?? null, detectedAt: r.detectedAt ?? null, acknowledgedAt: r.acknowledgedAt ?? null,
  mitigatedAt: r.mitigatedAt ?? null, resolvedAt: r.resolvedAt ?? null, closedAt: r.closedAt ?? null,
});

/** Loads an incident or throws 404. */
export async function loadIncident(ctx: ServiceContext, id: string): Promise<IncidentRow> {
  const row = await findIncident(ctx.db, id);
  if (!row) throw new AppError('not_found', `no incident ${id}`);
  return row;
}

/** Declares an incident; the id is allocated per day, race-free. */
export async function declareIncident(ctx: ServiceContext, actor: Principal, input: DeclareIncident): Promise<FullIncidentView> {
  requireRole(actor, 'responder', 'declaring an incident');
  const now = ctx.now();
  const declaredAt = input.declaredAt ? new Date(input.declaredAt) : now;
  const timeSources: Record<string, string> = {};
  for (const k of KEY_TIME_KEYS) if (input[k]) timeSources[k] = 'human';
  const row: NewIncidentRow = {
    title: input.title,
    summary: input.summary ?? '',
    severity: normalizeSeverityInput(ctx, input.severity, 'severity'),
    type: input.type ?? 'other',
    status: input.resolvedAt ? 'resolved' : input.mitigatedAt ? 'mitigated' : 'declared',
    primaryService: input.primaryService ?? null,
    services: input.services ?? (input.primaryService ? [input.primaryService] : []),
    environments: input.environments ?? [],
    flags: flagsFrom(input),
    commander: input.commander ?? null,
    slo: input.slo ?? null,
    declaredAt,
    startedAt: toDate(input.startedAt) ?? null,
    detectedAt: toDate(input.detectedAt) ?? null,
    acknowledgedAt: toDate(input.acknowledgedAt) ?? null,
    mitigatedAt: toDate(input.mitigatedAt) ?? null,
    resolvedAt: toDate(input.resolvedAt) ?? null,
    closedAt: toDate(input.closedAt) ?? null,
    timeSources,
    createdBy: actor.name,
    createdAt: now,
    updatedAt: now,
  };
  checkKeyTimes(ctx, keyTimesOf(row));
  // One statement: id allocation, the row and its revision commit together (search indexing is marked by a trigger, done later).
  const created = await insertIncidentWithRevision(ctx.db, incidentDay(declaredAt), row, {
    actor: actor.name, action: 'declare', at: now, changes: diffFields({}, { title: row.title, severity: row.severity, status: row.status }),
  });
  return presentNewIncident(ctx, created);
}

/** Lists incidents with filters and a cursor: the list view (compact verdict), one statement a page. */
export async function listIncidentsPage(ctx: ServiceContext, actor: Principal, q: ListIncidentsQuery): Promise<IncidentListPage> {
  requireRole(actor, 'viewer', 'listing incidents');
  const statuses = q.status === undefined ? undefined : Array.isArray(q.status) ? q.status : [q.status];
  const sevs = q.severity === undefined ? undefined : (Array.isArray(q.severity) ? q.severity : q.severity.split(','));
  const use = verdictUse(ctx);
  const rows = await listIncidentPage(ctx.db, {
    statuses,
    severities: sevs?.map((s) => normalizeSeverityInput(ctx, s, 'severity')),
    service: q.service,
    type: q.type,
    q: q.q,
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
    after: q.cursor ? decodeCursor(q.cursor) : undefined,
    limit: q.limit + 1,
  }, use);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1]?.row;
  const nextCursor = rows.length > q.limit && last ? encodeCursor({ declaredAt: new Date(last.declaredAt), id: last.id }) : null;
  return { items: await presentIncidentList(ctx, page, use), nextCursor };
}

/** Reads one incident with its policy verdict, deadlines and numbers. */
export async function getIncident(ctx: ServiceContext, actor: Principal, id: string): Promise<FullIncidentView> {
  requireRole(actor, 'viewer', 'reading an incident');
  const found = await findIncidentWithInputs(ctx.db, id);
  if (!found) throw new AppError('not_found', `no incident ${id}`);
  return presentIncidentWithInputs(ctx, found.row, found.inputs);
}

/** Applies a change at a known version, recording a revision; 409 when stale. */
export async function applyIncidentChange(
  ctx: ServiceContext, actor: Principal, current: IncidentRow, version: number, patch: Partial<NewIncidentRow>, action: string,
): Promise<IncidentRow> {
  if (current.version !== version) throw staleVersion('incident', current.id, version, current, await presentIncident(ctx, current));
  checkKeyTimes(ctx, keyTimesOf({ ...current, ...patch }));
  const changes = diffFields(current, patch);
  delete changes['timeSources'];
  if (Object.keys(changes).length === 0) return current;
  const now = ctx.now();
  const updated = await inTransaction(ctx, async (tx) => {
    const row = await updateIncidentAtVersion(tx.db, current.id, version, { ...patch, updatedAt: now });
    if (row) await insertRevision(tx.db, { entityType: 'incident', entityId: current.id, version: row.version, actor: actor.name, action, changes, at: now });
    return row;
  });
  if (!updated) {
    const fresh = await loadIncident(ctx, current.id);
    throw staleVersion('incident', current.id, version, fresh, await presentIncident(ctx, fresh));
  }
  return updated;
}

/** Updates fields of an incident (PATCH). */
export async function updateIncident(ctx: ServiceContext, actor: Principal, id: string, input: UpdateIncident, version: number): Promise<FullIncidentView> {
  requireRole(actor, 'responder', 'updating an incident');
  const current = await loadIncident(ctx, id);
  const { version: _v, ...fields } = input;
  const patch: Partial<NewIncidentRow> = {};
  if (fields.title !== undefined) patch.title = fields.title;
  if (fields.summary !== undefined) patch.summary = fields.summary;
  if (fields.severity !== undefined) patch.severity = normalizeSeverityInput(ctx, fields.severity, 'severity');
  if (fields.type !== undefined) patch.type = fields.type;
  if (fields.primaryService !== undefined) patch.primaryService = fields.primaryService;
  if (fields.services !== undefined) patch.services = fields.services;
  if (fields.environments !== undefined) patch.environments = fields.environments;
  if (fields.commander !== undefined) patch.commander = fields.commander;
  if (fields.slo !== undefined) patch.slo = fields.slo;
  const timeSources = { ...current.timeSources };
  for (const k of KEY_TIME_KEYS) {
    const v = toDate(fields[k]);
    if (v !== undefined) { patch[k] = v; timeSources[k] = 'human'; }
  }
  patch.timeSources = timeSources;
  const flags = flagsFrom(fields, current.flags);
  if (JSON.stringify(flags) !== JSON.stringify(current.flags)) patch.flags = flags;
  return presentIncident(ctx, await applyIncidentChange(ctx, actor, current, version, patch, 'update'));
}

const STATUS_PHASE: Partial<Record<IncidentStatus, string>> = { investigating: 'investigation', mitigated: 'mitigation', resolved: 'resolution', closed: 'resolution' };

/** A status change becomes an entry of the incident's timeline (source "debrief"), once per version. */
async function recordStatusEvent(ctx: ServiceContext, actor: Principal, updated: IncidentRow, input: ChangeStatus, at: Date): Promise<void> {
  const now = ctx.now();
  const note = input.note?.trim();
  await insertEvents(ctx.db, [{
    id: randomUUID(), incidentId: updated.id, at, precision: 'exact', source: 'debrief', kind: `status.${input.status}`,
    text: `Status changed to ${input.status}${note ? `: ${note}` : ''}`, actor: actor.name, phase: STATUS_PHASE[input.status] ?? null,
    link: null, decisionPoint: false, idempotencyKey: `status:${updated.version}`, editedByHuman: false,
    createdBy: actor.name, createdAt: now, updatedAt: now,
  }]);
}

/** Moves an incident to another status, recording the key time of that status and a timeline entry. */
export async function changeIncidentStatus(ctx: ServiceContext, actor: Principal, id: string, input: ChangeStatus, version: number): Promise<FullIncidentView> {
  requireRole(actor, 'responder', 'changing an incident status');
  return inTransaction(ctx, (tx) => changeStatusInTransaction(tx, actor, id, input, version));
}

async function changeStatusInTransaction(ctx: ServiceContext, actor: Principal, id: string, input: ChangeStatus, version: number): Promise<FullIncidentView> {
  requireRole(actor, 'responder', 'changing an incident status');
  const current = await loadIncident(ctx, id);
  if (current.version !== version) throw staleVersion('incident', id, version, current, await presentIncident(ctx, current));
  const from = current.status as IncidentStatus;
  if (!canTransition(from, input.status)) {
    throw new AppError('rule_violation', `an incident cannot go from ${from} to ${input.status}; allowed: ${nextStatuses(from).join(', ') || 'none (closed is final)'}`);
  }
  const at = input.at ? new Date(input.at) : ctx.now();
  const patch: Partial<NewIncidentRow> = { status: input.status };
  const timeSources = { ...current.timeSources };
  const reopening = input.status === 'investigating' && (from === 'mitigated' || from === 'resolved');
  if (reopening) {
    // A reopen starts a new cycle: the first cycle's times are kept in `cycles`, not rewritten.
    patch.cycles = [...current.cycles, {
      mitigatedAt: current.mitigatedAt?.toISOString() ?? null,
      resolvedAt: current.resolvedAt?.toISOString() ?? null,
      reopenedAt: at.toISOString(),
      reopenedBy: actor.name,
    }];
    patch.mitigatedAt = null;
    patch.resolvedAt = null;
    delete timeSources['mitigatedAt'];
    delete timeSources['resolvedAt'];
  } else {
    // A known time is kept unless the person gives one (`at`): a status change is not a correction.
    const key = STATUS_KEY_TIME[input.status];
    if (key !== 'declaredAt' && (current[key] === null || input.at)) {
      patch[key] = at;
      timeSources[key] = 'human';
    }
  }
  patch.timeSources = timeSources;
  const updated = await applyIncidentChange(ctx, actor, current, version, patch, `status:${input.status}`);
  await recordStatusEvent(ctx, actor, updated, input, at);
  // Policy says whether a post-mortem is required; the draft appears with the owner assigned at once.
  if (input.status === 'resolved') await ensureDraftOnResolve(ctx, actor, id);
  return presentIncident(ctx, updated);
}

/** The revision history of an incident. */
export async function incidentRevisions(ctx: ServiceContext, actor: Principal, id: string) {
  requireRole(actor, 'viewer', 'reading incident history');
  await loadIncident(ctx, id);
  const rows = await listRevisions(ctx.db, 'incident', id);
  return rows.map((r) => ({ version: r.version, actor: r.actor, at: r.at.toISOString(), action: r.action, changes: r.changes }));
}
