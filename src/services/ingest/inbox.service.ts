/**
 * The durable webhook inbox: authenticate, store the raw payload (status `pending`)
 * before answering, then process it (adapter → events → incident). Failures are kept
 * (`failed`, retryable), payloads of the wrong shape are kept as `rejected`, and a
 * redelivery (same source + delivery key) is answered without a second event.
 */
import { randomUUID } from 'node:crypto';
import { WEBHOOK_SOURCES, type WebhookSource } from '../../config/sections.ts';
import { hasRole, type Principal } from '../../domain/access/roles.ts';
import { AppError, isAppError } from '../../domain/errors.ts';
import { findAdapter } from '../../formats/ingest/registry.ts';
import {
  findInbox, findInboxByDelivery, lockCorrelationKey, updateInbox, type InboxRow,
} from '../../store/repositories/inbox.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { loadIncident } from '../incident.service.ts';
import { principalForToken } from '../token.service.ts';
import { applyHintTimes, correlate, primaryHint } from './correlate.ts';
import { deliveryKeyOf, storedHeaders } from './delivery-key.ts';
import { inboxQueue, type InboxQueue } from './inbox-queue.ts';
import { storeEvents } from './import.service.ts';
import type { InboxStatus } from './ingest.schema.ts';
import { verifyWebhook, type WebhookHeaders } from './webhook-auth.ts';

export type Delivery = {
  source: string;
  headers: WebhookHeaders;
  /** The body exactly as received (signatures are checked over it). */
  rawBody: string;
  /** The parsed JSON body. */
  payload: unknown;
  /** `?incident=`: attach there without correlation. */
  targetIncident?: string | undefined;
};

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

/** The webhook source named in the URL, or 404 listing them. */
export function webhookSource(name: string): WebhookSource {
  if ((WEBHOOK_SOURCES as readonly string[]).includes(name)) return name as WebhookSource;
  const fileOnly = findAdapter(name) !== null ? ` (${name} is read from files: debrief ingest --source ${name} … --incident INC-…)` : '';
  throw new AppError('not_found', `no webhook source "${name}"${fileOnly}; webhooks: ${WEBHOOK_SOURCES.join(', ')}`);
}

/** Authenticates a delivery by the source's own scheme, or a Debrief API token (responder+) when allowed. */
export async function authenticateDelivery(ctx: ServiceContext, source: WebhookSource, headers: WebhookHeaders, rawBody: string): Promise<void> {
  const result = verifyWebhook(ctx.config.ingest, { source, headers, rawBody: Buffer.from(rawBody, 'utf8'), now: ctx.now() });
  if (result.ok) return;
  if (result.bearer !== null && ctx.config.ingest.acceptApiTokens) {
    const actor = await principalForToken(ctx, result.bearer);
    if (actor !== null) {
      if (hasRole(actor.role, 'responder')) return;
      throw new AppError('forbidden', `posting a webhook with an API token needs the responder role; ${actor.name} has ${actor.role}`, { requiredRole: 'responder' });
    }
  }
  throw result.error;
}

function outcomeOf(row: InboxRow, duplicate: boolean, events = 0, declared = false): DeliveryOutcome {
  return {
    inboxId: row.id, status: row.status as InboxStatus, duplicate, events, incidentId: row.incidentId, declared, error: row.error,
  };
}

function unavailable(e: unknown): AppError {
  return new AppError('unavailable', `the delivery could not be stored; send it again later (${(e as Error).message})`);
}

/** The background queue of this database: processes stored deliveries by id. */
function queueOf(ctx: ServiceContext): InboxQueue<DeliveryOutcome> {
  return inboxQueue(ctx.db, async (id: string) => {
    const row = await findInbox(ctx.db, id);
    if (row === null) throw new Error(`delivery ${id} vanished`);
    return processInbox(ctx, row, JSON.parse(row.body) as unknown);
  });
}

/** Checks the payload's shape now (pure and fast), so the sender hears of a payload it would not send. */
function shapeProblem(source: string, payload: unknown, headers: Record<string, string>): AppError | null {
  try {
    findAdapter(source)?.adapter(payload, { headers });
    return null;
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
}

/**
 * Receives one authenticated delivery: checks its shape, stores it (group commit) and
 * queues it; answers at once, or after processing when asked to wait (`waitMs`).
 */
export async function receiveDelivery(ctx: ServiceContext, source: WebhookSource, d: Delivery, waitMs = ctx.config.ingest.waitForProcessingMs): Promise<DeliveryOutcome> {
  if (d.targetIncident !== undefined) await loadIncident(ctx, d.targetIncident);
  const now = ctx.now();
  const headers = storedHeaders(d.headers);
  const rejection = shapeProblem(source, d.payload, headers);
  const deliveryKey = deliveryKeyOf(source, d.headers, d.payload, Buffer.from(d.rawBody, 'utf8'));
  const queue = queueOf(ctx);
  let stored: InboxRow | null;
  try {
    stored = await queue.store({
      id: randomUUID(), source, deliveryKey, receivedAt: now, headers, body: d.rawBody,
      status: rejection ? 'rejected' : 'pending', error: rejection?.message ?? null, processedAt: rejection ? now : null,
      targetIncidentId: d.targetIncident ?? null,
    });
  } catch (e) {
    throw unavailable(e);
  }
  if (rejection) {
    const inboxId = stored?.id ?? (await findInboxByDelivery(ctx.db, source, deliveryKey))?.id ?? null;
    throw new AppError(rejection.code === 'malformed_json' ? 'malformed_json' : 'validation_failed', rejection.message, { ...rejection.details, inboxId });
  }
  let row = stored;
  if (row === null) {
    const existing = await findInboxByDelivery(ctx.db, source, deliveryKey);
    if (existing === null) throw unavailable(new Error('the stored delivery vanished'));
    // A redelivery of something that never got through is the sender's retry: process it again.
    if (existing.status !== 'failed' && existing.status !== 'pending') return outcomeOf(existing, true);
    row = existing;
  }
  queue.enqueue(row.id);
  const done = waitMs > 0 ? await queue.waitFor(row.id, waitMs) : null;
  return { ...(done ?? outcomeOf(row, false)), duplicate: stored === null };
}

/** Runs the adapter over a stored delivery and files its events; records the outcome on the inbox row. */
export async function processInbox(ctx: ServiceContext, row: InboxRow, payload: unknown): Promise<DeliveryOutcome> {
  const entry = findAdapter(row.source);
  if (entry === null) throw new AppError('not_found', `no adapter for source "${row.source}"`);
  const now = ctx.now();
  let result;
  try {
    result = entry.adapter(payload, { headers: row.headers });
  } catch (e) {
    if (!isAppError(e)) throw e;
    // Not what the source sends: kept (nothing acknowledged is lost) but refused, so the sender hears of it.
    const rejected = await updateInbox(ctx.db, row.id, { status: 'rejected', error: e.message, processedAt: now, attempts: row.attempts + 1 }).catch((err: unknown) => { throw unavailable(err); });
    throw new AppError(e.code === 'malformed_json' ? 'malformed_json' : 'validation_failed', e.message, { ...e.details, inboxId: rejected?.id ?? row.id });
  }
  const events = result.events;
  const hints = result.hints;
  try {
    return await ctx.db.transaction(async (tx) => {
      const txCtx: ServiceContext = { ...ctx, db: tx };
      const hint = primaryHint(hints);
      await lockCorrelationKey(tx, `ingest:${row.targetIncidentId ?? hint?.groupKey ?? hint?.service ?? row.source}`);
      let incidentId: string | null = row.targetIncidentId;
      let declared = false;
      if (incidentId === null) ({ incidentId, declared } = await correlate(txCtx, row.source, hints));
      else await loadIncident(txCtx, incidentId);
      let inserted = 0;
      if (incidentId !== null) {
        inserted = (await storeEvents(txCtx, incidentId, events, { inboxId: row.id, createdBy: `ingest:${row.source}` })).inserted;
        await applyHintTimes(txCtx, incidentId, row.source, hints);
      }
      const done = await updateInbox(tx, row.id, { status: 'processed', error: null, processedAt: now, incidentId, eventCount: inserted, attempts: row.attempts + 1 });
      return outcomeOf(done ?? row, false, inserted, declared);
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const failed = await updateInbox(ctx.db, row.id, { status: 'failed', error: message.slice(0, 2000), processedAt: now, attempts: row.attempts + 1 })
      .catch((err: unknown) => { throw unavailable(err); });
    return outcomeOf(failed ?? row, false);
  }
}

/** Processes a stored delivery again (failed, rejected, unmatched…), optionally attaching it to a named incident. */
export async function retryInbox(ctx: ServiceContext, actor: Principal, id: string, incident?: string): Promise<DeliveryOutcome> {
  const row = await loadInboxRow(ctx, actor, id, 'retrying an ingest delivery');
  if (incident !== undefined) await loadIncident(ctx, incident);
  let payload: unknown;
  try {
    payload = JSON.parse(row.body);
  } catch (e) {
    throw new AppError('rule_violation', `delivery ${id} is not JSON and cannot be processed: ${(e as Error).message}`);
  }
  const target = incident ?? row.targetIncidentId;
  const updated = target === row.targetIncidentId ? row : (await updateInbox(ctx.db, row.id, { targetIncidentId: target }))!;
  return processInbox(ctx, updated, payload);
}

/** One stored delivery, after the access check (responder+), or 404. */
export async function loadInboxRow(ctx: ServiceContext, actor: Principal, id: string, action: string): Promise<InboxRow> {
  requireRole(actor, 'responder', action);
  const row = await findInbox(ctx.db, id);
  if (!row) throw new AppError('not_found', `no ingest delivery ${id}`);
  return row;
}

