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
  return (await listEvents(ctx.db, incidentId)).map(presentEvent);
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
