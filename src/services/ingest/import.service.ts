/** Storing adapter events on an incident's timeline, idempotently (same source + key → one event). */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../domain/access/roles.ts';
import type { IngestedEvent } from '../../domain/timeline/event.types.ts';
import { insertEvents, type NewTimelineEventRow } from '../../store/repositories/timeline.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { loadIncident } from '../incident.service.ts';
import type { ImportEvents, IngestedEventInput } from './ingest.schema.ts';

export type StoreOptions = {
  /** The inbox delivery the events came from (null for file imports). */
  inboxId: string | null;
  createdBy: string;
};

export type StoreOutcome = { inserted: number; existing: number };

/** The rows for a batch of events (ids fresh, times as instants). */
export function eventRows(incidentId: string, events: readonly (IngestedEvent | IngestedEventInput)[], opts: StoreOptions, now: Date): NewTimelineEventRow[] {
  return events.map((e) => ({
    id: randomUUID(),
    incidentId,
    at: e.at === null ? null : new Date(e.at),
    precision: e.precision,
    source: e.source,
    kind: e.kind,
    text: e.text,
    actor: e.actor,
    phase: e.phase,
    link: e.link,
    decisionPoint: e.decisionPoint ?? false,
    idempotencyKey: e.idempotencyKey,
    sha: e.sha ?? null,
    inboxId: opts.inboxId,
    createdBy: opts.createdBy,
    createdAt: now,
    updatedAt: now,
  }));
}

/** Inserts events, skipping those already stored under the same (incident, source, key). */
export async function storeEvents(
  ctx: ServiceContext, incidentId: string, events: readonly (IngestedEvent | IngestedEventInput)[], opts: StoreOptions,
): Promise<StoreOutcome> {
  if (events.length === 0) return { inserted: 0, existing: 0 };
  const inserted = await insertEvents(ctx.db, eventRows(incidentId, events, opts, ctx.now()));
  return { inserted: inserted.length, existing: events.length - inserted.length };
}

/** Imports events read from files (`debrief ingest … --incident`) into one incident, in one transaction. */
export async function importEvents(ctx: ServiceContext, actor: Principal, incidentId: string, input: ImportEvents): Promise<StoreOutcome & { incidentId: string }> {
  requireRole(actor, 'responder', 'importing timeline events');
  await loadIncident(ctx, incidentId);
  const outcome = await ctx.db.transaction(async (tx) =>
    storeEvents({ ...ctx, db: tx }, incidentId, input.events, { inboxId: null, createdBy: actor.name }));
  return { incidentId, ...outcome };
}
