/**
 * Processing stored deliveries, many at a time: adapters run over each raw payload,
 * deliveries are grouped by what they correlate on, and each group is filed in its own
 * transaction (claim its deliveries, lock its correlation key, correlate once, one INSERT
 * of all its events, key times once, one update of its inbox rows). Groups go in the
 * order of their keys, so two servers take the same locks in the same order; a
 * delivery another server holds is left to it (`SKIP LOCKED`). A transient failure
 * (deadlock, serialization, connection) is tried again with backoff and, if it lasts,
 * leaves the deliveries pending for their job's next attempt (failed on its last one,
 * `giveUp`); any other failure is recorded as `failed` with its reason without sinking
 * the others.
 */
import { isAppError } from '../../domain/errors.ts';
import type { IncidentHint, IngestedEvent } from '../../domain/timeline/event.types.ts';
import { findAdapter } from '../../formats/ingest/registry.ts';
import {
  claimInbox, countInboxAttempt, lockCorrelationKey, markInboxFailed, markInboxProcessed, type InboxRow,
} from '../../store/repositories/inbox.repository.ts';
import { insertEvents } from '../../store/repositories/timeline.repository.ts';
import { dbErrorMessage, isTransientDbError, withTransientRetry } from '../../store/transient.ts';
import type { ServiceContext } from '../context.ts';
import { loadIncident } from '../incident.service.ts';
import { applyHintTimes, correlate, primaryHint, storedGroupKey } from './correlate.ts';
import { eventRows } from './import.service.ts';
import type { DeliveryOutcome, InboxStatus } from '../../domain/timeline/ingest.view.ts';

export type { DeliveryOutcome };

/** Tries of one group within a run (the first included) while it fails transiently. */
const GROUP_TRIES = 4;
/** The first backoff between those tries (then doubling, with jitter). */
const BACKOFF_MS = 25;

/** The outcome as recorded on an inbox row. */
export function outcomeOf(row: InboxRow, duplicate: boolean, declared = false): DeliveryOutcome {
  return {
    inboxId: row.id, status: row.status as InboxStatus, duplicate, events: row.eventCount, incidentId: row.incidentId, declared, error: row.error,
  };
}

type Read = { row: InboxRow; events: IngestedEvent[]; hints: IncidentHint[] };
type Unreadable = { row: InboxRow; status: 'rejected' | 'failed'; message: string };
type Group = { key: string; source: string; target: string | null; reads: Read[] };

/** How a run goes. */
export type ProcessOptions = {
  /** Which deliveries it may take: those in one of these statuses, or any (null). */
  statuses: string[] | null;
  /** Deliveries on their last attempt: a transient failure records them `failed` instead of leaving them pending. */
  giveUp?: ReadonlySet<string>;
};

function read(row: InboxRow): Read | Unreadable {
  const entry = findAdapter(row.source);
  if (entry === null) return { row, status: 'rejected', message: `no adapter for source "${row.source}"` };
  let payload: unknown;
  try {
    payload = JSON.parse(row.body) as unknown;
  } catch (e) {
    return { row, status: 'rejected', message: `the stored body is not JSON: ${(e as Error).message}` };
  }
  try {
    const result = entry.adapter(payload, { headers: row.headers });
    return { row, events: result.events, hints: result.hints };
  } catch (e) {
    // Not what the source sends: rejected. The adapter itself broke: failed, with the reason (a retry after a fix may work).
    if (isAppError(e)) return { row, status: 'rejected', message: e.message };
    return { row, status: 'failed', message: `the ${row.source} adapter failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function groupKeyOf(r: Read): string {
  if (r.row.targetIncidentId !== null) return `target:${r.row.targetIncidentId}:${r.row.source}`;
  const hint = primaryHint(r.hints);
  if (hint?.groupKey != null) return `group:${storedGroupKey(r.row.source, hint.groupKey)}`;
  if (hint?.service != null) return `service:${r.row.source}:${hint.service}`;
  return `source:${r.row.source}`;
}

/** Worth trying again: the database's transient failures, and an incident another transaction changed meanwhile. */
const retryable = (e: unknown): boolean => isTransientDbError(e) || (isAppError(e) && e.code === 'version_conflict');

const storable = (message: string): string => message.replaceAll('\u0000', '\\u0000');

/** Files one group in the transaction `ctx.db`: only the deliveries it could claim. */
async function fileGroup(ctx: ServiceContext, g: Group, now: Date, o: ProcessOptions): Promise<{ rows: InboxRow[]; declared: boolean }> {
  const claimed = await claimInbox(ctx.db, g.reads.map((r) => r.row.id), o.statuses);
  const reads = g.reads.filter((r) => claimed.has(r.row.id));
  if (reads.length === 0) return { rows: [], declared: false };
  const hints = reads.flatMap((r) => r.hints);
  await lockCorrelationKey(ctx.db, `ingest:${g.key}`);
  let incidentId = g.target;
  let declared = false;
  if (incidentId === null) ({ incidentId, declared } = await correlate(ctx, g.source, hints));
  else await loadIncident(ctx, incidentId);
  const counts = new Map(reads.map((r) => [r.row.id, 0]));
  if (incidentId !== null) {
    const id = incidentId;
    const rows = reads.flatMap((r) => eventRows(id, r.events, { inboxId: r.row.id, createdBy: `ingest:${g.source}` }, now));
    for (const e of await insertEvents(ctx.db, rows)) counts.set(e.inboxId!, (counts.get(e.inboxId!) ?? 0) + 1);
    await applyHintTimes(ctx, incidentId, g.source, hints);
  }
  return { rows: await markInboxProcessed(ctx.db, counts, incidentId, now), declared };
}

/** Records deliveries as failed (or rejected) with the reason, if they are still ours to record. */
async function recordFailure(ctx: ServiceContext, ids: string[], status: 'failed' | 'rejected', message: string, now: Date, o: ProcessOptions): Promise<InboxRow[]> {
  return withTransientRetry(() => ctx.db.transaction(async (tx) => {
    const claimed = await claimInbox(tx, ids, o.statuses);
    return markInboxFailed(tx, [...claimed], status, storable(message), now);
  }), { attempts: GROUP_TRIES, baseMs: BACKOFF_MS });
}

/** A group that kept failing transiently stays pending for the next attempt, unless this was the last one. */
async function recordTransient(ctx: ServiceContext, ids: string[], e: unknown, now: Date, o: ProcessOptions): Promise<InboxRow[]> {
  const message = storable(dbErrorMessage(e));
  try {
    const attempts = await countInboxAttempt(ctx.db, ids, message);
    const out: InboxRow[] = [];
    for (const [id, n] of attempts) {
      if (o.giveUp?.has(id)) out.push(...await recordFailure(ctx, [id], 'failed', `gave up after ${n} attempts: ${message}`, now, o));
    }
    return out;
  } catch {
    // The database is away: the deliveries stay pending and the next run tries again.
    return [];
  }
}

/**
 * Processes stored deliveries (in arrival order) and records each outcome on its inbox row.
 * The map holds the deliveries this call recorded an outcome for; one missing from it is
 * still pending (held by another server, or failing transiently: the next run takes it).
 */
export async function processDeliveries(ctx: ServiceContext, rows: InboxRow[], o: ProcessOptions = { statuses: ['pending'] }): Promise<Map<string, DeliveryOutcome>> {
  const out = new Map<string, DeliveryOutcome>();
  const now = ctx.now();
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const r = read(row);
    if ('status' in r) {
      // Kept (nothing acknowledged is lost) and marked: never retried for ever, never blocking the others.
      for (const done of await recordFailure(ctx, [row.id], r.status, r.message, now, o)) out.set(done.id, outcomeOf(done, false));
      continue;
    }
    const key = groupKeyOf(r);
    const g = groups.get(key) ?? { key, source: row.source, target: row.targetIncidentId, reads: [] };
    g.reads.push(r);
    groups.set(key, g);
  }
  for (const g of groups.values()) await processGroup(ctx, g, now, o, out);
  return out;
}

async function processGroup(ctx: ServiceContext, g: Group, now: Date, o: ProcessOptions, out: Map<string, DeliveryOutcome>): Promise<void> {
  const ids = g.reads.map((r) => r.row.id);
  try {
    const { rows: done, declared } = await withTransientRetry(
      () => ctx.db.transaction(async (tx) => fileGroup({ ...ctx, db: tx, inTransaction: true }, g, now, o)),
      { attempts: GROUP_TRIES, baseMs: BACKOFF_MS, isTransient: retryable },
    );
    done.forEach((row, i) => out.set(row.id, outcomeOf(row, false, declared && i === 0)));
  } catch (e) {
    if (!retryable(e) && g.reads.length > 1) {
      // One bad delivery must not fail its group: file them one by one to find it.
      for (const r of g.reads) await processGroup(ctx, { ...g, reads: [r] }, now, o, out);
      return;
    }
    const failed = retryable(e)
      ? await recordTransient(ctx, ids, e, now, o)
      : await recordFailure(ctx, ids, 'failed', isAppError(e) ? e.message : dbErrorMessage(e), now, o).catch(() => []);
    for (const row of failed) out.set(row.id, outcomeOf(row, false));
  }
}
