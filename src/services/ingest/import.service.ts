/** Storing adapter events on an incident's timeline, idempotently (same source + key → one event). */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../domain/access/roles.ts';
import type { IngestedEvent } from '../../domain/timeline/event.types.ts';
import type { ImportOutcome, OutlierView } from '../../domain/timeline/ingest.view.ts';
import { MEMBER_PLACEHOLDER_MARK, namedCopy } from '../../domain/timeline/member-names.ts';
import { diffFields } from '../../domain/diff.ts';
import { incidentWindow, outsideWindow, type IncidentWindow } from '../../domain/timeline/window.ts';
import type { IncidentRow } from '../../store/repositories/incident-read.repository.ts';
import { insertRevision } from '../../store/repositories/revision.repository.ts';
import {
  insertEvents, listCountedEventTimes, listUntouchedHolding, updateEventAtVersion, type NewTimelineEventRow, type TimelineEventRow,
} from '../../store/repositories/timeline.repository.ts';
import type { Db } from '../../store/database.ts';
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

/** What an import does with events outside the incident's window: store them (flagged in the answer) or leave them out. */
export const OUTLIER_CHOICES = ['keep', 'drop'] as const;
export type OutlierChoice = (typeof OUTLIER_CHOICES)[number];

// The answer's shape is the domain's view (the route declares it as its response schema).
export type { ImportOutcome, OutlierView };

/** The incident's window for an import: its key times, else its other events, else its declaration. */
export async function windowOf(ctx: ServiceContext, incident: IncidentRow): Promise<IncidentWindow> {
  const iso = (d: Date | null): string | null => d?.toISOString() ?? null;
  const others = (await listCountedEventTimes(ctx.db, incident.id)).map(iso);
  return incidentWindow({
    startedAt: iso(incident.startedAt), detectedAt: iso(incident.detectedAt), declaredAt: iso(incident.declaredAt),
    acknowledgedAt: iso(incident.acknowledgedAt), mitigatedAt: iso(incident.mitigatedAt), resolvedAt: iso(incident.resolvedAt), closedAt: iso(incident.closedAt),
  }, others, ctx.config.ingest.outlierMarginHours, ctx.now());
}

/**
 * Events imported before with member ids written as placeholders (a Slack export without
 * users.json) take the names this import brings, unless a person edited or deleted them;
 * each change is a revision. Returns how many events were named.
 */
async function nameMembers(db: Db, actor: Principal, incidentId: string, source: string, again: readonly IngestedEventInput[], now: Date): Promise<number> {
  if (again.length === 0) return 0;
  const stored = await listUntouchedHolding(db, incidentId, source, MEMBER_PLACEHOLDER_MARK);
  if (stored.length === 0) return 0;
  const incoming = new Map(again.map((e) => [e.idempotencyKey, e]));
  let named = 0;
  for (const row of stored) {
    const e = incoming.get(row.idempotencyKey);
    const patch = e ? namedCopy(row, e) : null;
    if (!patch) continue;
    const updated = await updateEventAtVersion(db, row.id, row.version, patch);
    if (!updated) continue;
    await insertRevision(db, { entityType: 'event', entityId: row.id, version: updated.version, actor: actor.name, action: 'import:names', at: now, changes: diffFields(row, patch) });
    named++;
  }
  return named;
}

/**
 * Imports events read from files (`debrief ingest … --incident`, the file drop) into one
 * incident, in one transaction. Events outside the incident's window are listed as
 * outliers; `outliers: 'drop'` leaves them out, `'keep'` (default) stores them.
 */
export async function importEvents(
  ctx: ServiceContext, actor: Principal, incidentId: string, input: ImportEvents, opts: { outliers?: OutlierChoice } = {},
): Promise<ImportOutcome> {
  requireRole(actor, 'responder', 'importing timeline events');
  const incident = await loadIncident(ctx, incidentId);
  const choice = opts.outliers ?? 'keep';
  const window = await windowOf(ctx, incident);
  const outside = new Set(outsideWindow(window, input.events));
  const toStore = choice === 'drop' ? input.events.filter((e) => !outside.has(e)) : input.events;
  const { inserted, existing, named } = await ctx.db.transaction(async (tx) => {
    if (toStore.length === 0) return { inserted: [] as TimelineEventRow[], existing: 0, named: 0 };
    const rows = await insertEvents(tx, eventRows(incidentId, toStore, { inboxId: null, createdBy: actor.name }, ctx.now()));
    const fresh = new Set(rows.map((r) => r.idempotencyKey));
    const again = toStore.filter((e) => !fresh.has(e.idempotencyKey));
    return { inserted: rows, existing: again.length, named: await nameMembers(tx, actor, incidentId, input.source, again, ctx.now()) };
  });
  const idByKey = new Map(inserted.map((r) => [r.idempotencyKey, r.id]));
  const outliers = [...outside]
    .map((e) => ({ id: choice === 'drop' ? null : idByKey.get(e.idempotencyKey) ?? null, at: new Date(e.at!).toISOString(), source: e.source, kind: e.kind, text: e.text.slice(0, 300) }))
    .sort((a, b) => a.at.localeCompare(b.at));
  return { incidentId, inserted: inserted.length, existing, named, window, outliers, outlierAction: choice === 'drop' ? 'dropped' : 'kept' };
}
