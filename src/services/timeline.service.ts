/** Use cases for an incident's timeline events added or edited by people. */
import { randomUUID } from 'node:crypto';
import { AppError } from '../domain/errors.ts';
import type { Principal } from '../domain/access/roles.ts';
import { diffFields } from '../domain/diff.ts';
import type { AddEvent, EditEvent } from '../domain/incident/incident.schema.ts';
import { insertRevision } from '../store/repositories/revision.repository.ts';
import {
  findEvent, insertEvents, listEvents, updateEventAtVersion, type NewTimelineEventRow,
} from '../store/repositories/timeline.repository.ts';
import { requireRole } from './access.ts';
import type { ServiceContext } from './context.ts';
import { inTransaction } from './transaction.ts';
import { loadIncident } from './incident.service.ts';
import { presentEvent, type EventView } from './incident.view.ts';
import { staleVersion } from './versioning.ts';

function precisionOf(at: string | null, given: AddEvent['precision']): NonNullable<AddEvent['precision']> {
  if (given) return given;
  if (at === null) return 'unknown';
  return /:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.test(at) && !/T\d{2}:\d{2}(Z|[+-])/.test(at) ? 'exact' : 'minute';
}

/** Adds a manual event to an incident's timeline. */
export async function addEvent(ctx: ServiceContext, actor: Principal, incidentId: string, input: AddEvent): Promise<EventView> {
  requireRole(actor, 'responder', 'adding a timeline event');
  await loadIncident(ctx, incidentId);
  const id = randomUUID();
  const now = ctx.now();
  const row: NewTimelineEventRow = {
    id,
    incidentId,
    at: input.at ? new Date(input.at) : null,
    precision: precisionOf(input.at, input.precision),
    source: 'manual',
    kind: input.kind,
    text: input.text,
    actor: input.actor ?? actor.name,
    phase: input.phase ?? null,
    link: input.link ?? null,
    decisionPoint: input.decisionPoint ?? false,
    idempotencyKey: `manual:${id}`,
    editedByHuman: true,
    createdBy: actor.name,
    createdAt: now,
    updatedAt: now,
  };
  const created = await inTransaction(ctx, async (tx) => {
    const [inserted] = await insertEvents(tx.db, [row]);
    await insertRevision(tx.db, { entityType: 'event', entityId: id, version: 1, actor: actor.name, action: 'add', at: now, changes: diffFields({}, { text: input.text, at: input.at }) });
    return inserted!;
  });
  return presentEvent(created);
}

/** The incident's events in time order. */
export async function listIncidentEvents(ctx: ServiceContext, actor: Principal, incidentId: string): Promise<EventView[]> {
  requireRole(actor, 'viewer', 'reading a timeline');
  await loadIncident(ctx, incidentId);
  return (await listEvents(ctx.db, incidentId, { withExcluded: true })).map(presentEvent);
}

/** Edits an event at a known version (any source: a person's edit always wins and is marked). */
export async function editEvent(
  ctx: ServiceContext, actor: Principal, incidentId: string, eventId: string, input: EditEvent, version: number,
): Promise<EventView> {
  requireRole(actor, 'responder', 'editing a timeline event');
  const current = await findEvent(ctx.db, incidentId, eventId);
  if (!current) throw new AppError('not_found', `incident ${incidentId} has no event ${eventId}`);
  if (current.version !== version) throw staleVersion('event', eventId, version, current, presentEvent(current));
  const { version: _v, ...fields } = input;
  const patch: Partial<NewTimelineEventRow> = {};
  if (fields.at !== undefined) patch.at = fields.at === null ? null : new Date(fields.at);
  if (fields.at !== undefined || fields.precision !== undefined) patch.precision = precisionOf(fields.at ?? current.at?.toISOString() ?? null, fields.precision);
  for (const k of ['kind', 'text', 'actor', 'phase', 'link', 'decisionPoint'] as const) {
    if (fields[k] !== undefined) (patch as Record<string, unknown>)[k] = fields[k];
  }
  const changes = diffFields(current, patch);
  if (Object.keys(changes).length === 0) return presentEvent(current);
  patch.editedByHuman = true;
  const updated = await inTransaction(ctx, async (tx) => {
    const row = await updateEventAtVersion(tx.db, eventId, version, patch);
    if (row) await insertRevision(tx.db, { entityType: 'event', entityId: eventId, version: row.version, actor: actor.name, action: 'edit', at: ctx.now(), changes });
    return row;
  });
  if (!updated) {
    const fresh = await findEvent(ctx.db, incidentId, eventId);
    throw staleVersion('event', eventId, version, fresh ?? current, fresh ? presentEvent(fresh) : null);
  }
  return presentEvent(updated);
}

/** Applies a patch at a known version with its revision in one transaction; 404 / 409 as for an edit. */
async function changeEvent(
  ctx: ServiceContext, actor: Principal, incidentId: string, eventId: string, version: number | undefined,
  action: string, patch: Partial<NewTimelineEventRow>, changes: Record<string, { from: unknown; to: unknown }>,
) {
  const current = await findEvent(ctx.db, incidentId, eventId);
  if (!current) throw new AppError('not_found', `incident ${incidentId} has no event ${eventId}`);
  const expected = version ?? current.version;
  if (current.version !== expected) throw staleVersion('event', eventId, expected, current, presentEvent(current));
  const updated = await inTransaction(ctx, async (tx) => {
    const row = await updateEventAtVersion(tx.db, eventId, expected, patch);
    if (row) await insertRevision(tx.db, { entityType: 'event', entityId: eventId, version: row.version, actor: actor.name, action, at: ctx.now(), changes });
    return row;
  });
  if (!updated) {
    const fresh = await findEvent(ctx.db, incidentId, eventId);
    if (!fresh) throw new AppError('not_found', `incident ${incidentId} has no event ${eventId}`);
    throw staleVersion('event', eventId, expected, fresh, presentEvent(fresh));
  }
  return updated;
}

/**
 * Excludes an event (kept and listed, left out of gaps, numbers, the policy and the chart),
 * or includes it again; a revision records it. `version` optional (stale → 409).
 */
export async function setEventExcluded(
  ctx: ServiceContext, actor: Principal, incidentId: string, eventId: string, excluded: boolean, version?: number,
): Promise<EventView> {
  requireRole(actor, 'responder', excluded ? 'excluding a timeline event' : 'including a timeline event');
  const current = await findEvent(ctx.db, incidentId, eventId);
  if (current && current.excluded === excluded && (version === undefined || version === current.version)) return presentEvent(current);
  const row = await changeEvent(ctx, actor, incidentId, eventId, version, excluded ? 'exclude' : 'include',
    { excluded, editedByHuman: true }, { excluded: { from: !excluded, to: excluded } });
  return presentEvent(row);
}

/**
 * Deletes an event: it leaves the timeline for good (the row stays, marked, so importing the
 * same file again does not bring it back); a revision records what it was. `version` optional.
 */
export async function deleteEvent(ctx: ServiceContext, actor: Principal, incidentId: string, eventId: string, version?: number): Promise<{ id: string; deleted: true }> {
  requireRole(actor, 'responder', 'deleting a timeline event');
  const current = await findEvent(ctx.db, incidentId, eventId);
  const changes = { deleted: { from: false, to: true }, ...(current ? { at: { from: current.at?.toISOString() ?? null, to: null }, text: { from: current.text, to: null } } : {}) };
  await changeEvent(ctx, actor, incidentId, eventId, version, 'delete', { deletedAt: ctx.now(), editedByHuman: true }, changes);
  return { id: eventId, deleted: true };
}

/** Deletes several events of an incident (the outliers an import flagged) in one transaction, a revision each. */
export async function deleteEvents(ctx: ServiceContext, actor: Principal, incidentId: string, ids: readonly string[]): Promise<{ deleted: number; missing: string[] }> {
  requireRole(actor, 'responder', 'deleting timeline events');
  await loadIncident(ctx, incidentId);
  return inTransaction(ctx, async (tx) => {
    let deleted = 0;
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const current = await findEvent(tx.db, incidentId, id);
      const row = current ? await updateEventAtVersion(tx.db, id, current.version, { deletedAt: ctx.now(), editedByHuman: true }) : null;
      if (!current || !row) { missing.push(id); continue; }
      await insertRevision(tx.db, {
        entityType: 'event', entityId: id, version: row.version, actor: actor.name, action: 'delete', at: ctx.now(),
        changes: { deleted: { from: false, to: true }, at: { from: current.at?.toISOString() ?? null, to: null }, text: { from: current.text, to: null } },
      });
      deleted++;
    }
    return { deleted, missing };
  });
}
