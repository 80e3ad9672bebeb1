/**
 * Processing stored deliveries, many at a time: adapters run over each raw payload,
 * deliveries are grouped by what they correlate on, and each group is filed in one
 * savepoint (correlate once, one INSERT of all its events, key times once, one update
 * of its inbox rows). A group that fails is recorded as failed without sinking the others.
 */
import { AppError, isAppError } from '../../domain/errors.ts';
import type { IncidentHint, IngestedEvent } from '../../domain/timeline/event.types.ts';
import { findAdapter } from '../../formats/ingest/registry.ts';
import { lockCorrelationKey, markInboxFailed, markInboxProcessed, type InboxRow } from '../../store/repositories/inbox.repository.ts';
import { insertEvents } from '../../store/repositories/timeline.repository.ts';
import type { ServiceContext } from '../context.ts';
import { loadIncident } from '../incident.service.ts';
import { applyHintTimes, correlate, primaryHint, storedGroupKey } from './correlate.ts';
import { eventRows } from './import.service.ts';
import type { InboxStatus } from './ingest.schema.ts';

export type DeliveryOutcome = {
  inboxId: string;
  status: InboxStatus;
  duplicate: boolean;
  /** Events newly stored by this delivery. */
  events: number;
  incidentId: string | null;
  declared: boolean;
  error: string | null;
};

/** The outcome as recorded on an inbox row. */
export function outcomeOf(row: InboxRow, duplicate: boolean, declared = false): DeliveryOutcome {
  return {
    inboxId: row.id, status: row.status as InboxStatus, duplicate, events: row.eventCount, incidentId: row.incidentId, declared, error: row.error,
  };
}

type Read = { row: InboxRow; events: IngestedEvent[]; hints: IncidentHint[] };
type Group = { key: string; source: string; target: string | null; reads: Read[] };

function read(row: InboxRow): Read | AppError {
  const entry = findAdapter(row.source);
  if (entry === null) return new AppError('not_found', `no adapter for source "${row.source}"`);
  try {
    const result = entry.adapter(JSON.parse(row.body) as unknown, { headers: row.headers });
    return { row, events: result.events, hints: result.hints };
  } catch (e) {
    if (isAppError(e)) return e;
    if (e instanceof SyntaxError) return new AppError('malformed_json', `the stored body is not JSON: ${e.message}`);
    throw e;
  }
}

function groupKeyOf(r: Read): string {
  if (r.row.targetIncidentId !== null) return `target:${r.row.targetIncidentId}:${r.row.source}`;
  const hint = primaryHint(r.hints);
  if (hint?.groupKey != null) return `group:${storedGroupKey(r.row.source, hint.groupKey)}`;
  if (hint?.service != null) return `service:${r.row.source}:${hint.service}`;
  return `source:${r.row.source}`;
}

async function fileGroup(ctx: ServiceContext, g: Group, now: Date, out: Map<string, DeliveryOutcome>): Promise<void> {
  const hints = g.reads.flatMap((r) => r.hints);
  await lockCorrelationKey(ctx.db, `ingest:${g.key}`);
  let incidentId = g.target;
  let declared = false;
  if (incidentId === null) ({ incidentId, declared } = await correlate(ctx, g.source, hints));
  else await loadIncident(ctx, incidentId);
  const counts = new Map(g.reads.map((r) => [r.row.id, 0]));
  if (incidentId !== null) {
    const id = incidentId;
    const rows = g.reads.flatMap((r) => eventRows(id, r.events, { inboxId: r.row.id, createdBy: `ingest:${g.source}` }, now));
    for (const e of await insertEvents(ctx.db, rows)) counts.set(e.inboxId!, (counts.get(e.inboxId!) ?? 0) + 1);
    await applyHintTimes(ctx, incidentId, g.source, hints);
  }
  const done = await markInboxProcessed(ctx.db, counts, incidentId, now);
  done.forEach((row, i) => out.set(row.id, outcomeOf(row, false, declared && i === 0)));
}

/** Processes stored deliveries (in arrival order) and records each outcome on its inbox row. */
export async function processDeliveries(ctx: ServiceContext, rows: InboxRow[]): Promise<Map<string, DeliveryOutcome>> {
  const out = new Map<string, DeliveryOutcome>();
  const now = ctx.now();
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const r = read(row);
    if (r instanceof AppError) {
      // Not what the source sends: kept (nothing acknowledged is lost), marked rejected.
      for (const rejected of await markInboxFailed(ctx.db, [row.id], 'rejected', r.message, now)) out.set(rejected.id, outcomeOf(rejected, false));
      continue;
    }
    const key = groupKeyOf(r);
    const g = groups.get(key) ?? { key, source: row.source, target: row.targetIncidentId, reads: [] };
    g.reads.push(r);
    groups.set(key, g);
  }
  if (groups.size === 0) return out;
  const failures: { ids: string[]; message: string }[] = [];
  await ctx.db.transaction(async (tx) => {
    for (const g of groups.values()) {
      try {
        await tx.transaction(async (sp) => fileGroup({ ...ctx, db: sp }, g, now, out));
      } catch (e) {
        failures.push({ ids: g.reads.map((r) => r.row.id), message: e instanceof Error ? e.message : String(e) });
      }
    }
  });
  for (const f of failures) {
    for (const failed of await markInboxFailed(ctx.db, f.ids, 'failed', f.message, now)) out.set(failed.id, outcomeOf(failed, false));
  }
  return out;
}
