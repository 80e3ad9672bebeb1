/**
 * The durable webhook inbox: authenticate, store the raw payload (status `pending`) and
 * its `ingest.process` job before answering, then the job runner processes it (adapter →
 * events → incident; inbox.job.ts). Failures are kept (`failed`, retryable), payloads of
 * the wrong shape are kept as `rejected`, and a redelivery (same source + delivery key)
 * is answered without a second event.
 */
import { randomUUID } from 'node:crypto';
import { WEBHOOK_SOURCES, type WebhookSource } from '../../config/sections.ts';
import { hasRole, type Principal } from '../../domain/access/roles.ts';
import { AppError, isAppError } from '../../domain/errors.ts';
import { findAdapter } from '../../formats/ingest/registry.ts';
import {
  findInbox, findInboxByDelivery, inboxBacklog, requeueInbox, type InboxRow,
} from '../../store/repositories/inbox.repository.ts';
import { JobRunner } from '../../jobs/job-runner.ts';
import { jobRunnerOrOnDemand, stopOnDemandRunner } from '../../jobs/runner-registry.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { loadIncident } from '../incident.service.ts';
import { principalForToken } from '../token.service.ts';
import { deliveryKeyOf, storedHeaders } from './delivery-key.ts';
import { inboxStore } from './inbox-queue.ts';
import { INGEST_JOB, INGEST_JOB_SPEC, ingestJobKind } from './inbox.job.ts';
import { awaitOutcome } from './inbox-outcomes.ts';
import { outcomeOf, type DeliveryOutcome } from './process-deliveries.ts';
import { verifyWebhook, type WebhookHeaders } from './webhook-auth.ts';
import { githubIssueEvidence } from '../trackers/evidence.service.ts';

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

/** The webhook source named in the URL, or 404 listing them. */
export function webhookSource(name: string): WebhookSource {
  if ((WEBHOOK_SOURCES as readonly string[]).includes(name)) return name as WebhookSource;
  const fileOnly = findAdapter(name) !== null ? ` (${name} is read from files: debrief ingest --source ${name} … --incident INC-…)` : '';
  throw new AppError('not_found', `no webhook source "${name}"${fileOnly}; webhooks: ${WEBHOOK_SOURCES.join(', ')}`);
}

/** Authenticates a delivery by the source's own scheme, or a Debrief API token (responder+) when allowed. */
export async function authenticateDelivery(ctx: ServiceContext, source: WebhookSource, headers: WebhookHeaders, rawBytes: Buffer): Promise<void> {
  const result = verifyWebhook(ctx.config.ingest, { source, headers, rawBody: rawBytes, now: ctx.now() });
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

function unavailable(e: unknown): AppError {
  return new AppError('unavailable', `the delivery could not be stored; send it again later (${(e as Error).message})`);
}

/** How long an inbox retry waits for its outcome before answering (with `pending`). */
const RETRY_WAIT_MS = 4000;

/**
 * The job runner filing this database's deliveries: the server's (src/jobs/job-runner-lifecycle.ts),
 * or, where no server runs (the in-process app), one made on demand that runs inbox jobs only,
 * woken by each delivery stored.
 */
function inboxRunner(ctx: ServiceContext): JobRunner {
  return jobRunnerOrOnDemand(ctx.db, () => new JobRunner(ctx, new Map([[INGEST_JOB, ingestJobKind]]), {
    registeredKindsOnly: true, leaseMs: ingestJobKind.leaseMs ?? 10_000, pace: () => inboxStore(ctx.db).pace(),
  }));
}

/** Stops the inbox runner made on demand for this database, if any (the claimed jobs it never started go back to pending). */
export async function stopInboxProcessing(ctx: ServiceContext): Promise<void> {
  await stopOnDemandRunner(ctx.db);
}

/** The first string (value or key) of a payload holding a NUL, as a path; null when none does. */
export function nulPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? (path || '(body)') : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const here = path ? `${path}.${k}` : k;
      if (k.includes('\u0000')) return here;
      const found = nulPath(v, here);
      if (found !== null) return found;
    }
  }
  return null;
}

export type InboxBacklogView = {
  pending: number;
  oldestPendingAt: string | null;
  /** Seconds since the oldest pending delivery was received (0 when nothing waits). */
  oldestPendingAgeSeconds: number;
  failed: number;
  rejected: number;
  processed: number;
};

/** The backlog without an access check: for the operations metrics. */
export async function inboxBacklogStats(ctx: ServiceContext): Promise<InboxBacklogView> {
  const b = await inboxBacklog(ctx.db);
  const age = b.oldestPendingAt === null ? 0 : Math.max(0, (ctx.now().getTime() - b.oldestPendingAt.getTime()) / 1000);
  return {
    pending: b.pending, oldestPendingAt: b.oldestPendingAt?.toISOString() ?? null, oldestPendingAgeSeconds: Math.round(age * 10) / 10,
    failed: b.failed, rejected: b.rejected, processed: b.processed,
  };
}

/** How many deliveries wait and since when, how many failed (responder+). */
export async function getInboxBacklog(ctx: ServiceContext, actor: Principal): Promise<InboxBacklogView> {
  requireRole(actor, 'responder', 'reading the ingest backlog');
  return inboxBacklogStats(ctx);
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
  const nul = nulPath(d.payload);
  if (nul !== null) {
    // Text with a NUL cannot be stored as an event: refused now rather than acknowledged and never filed.
    throw new AppError('rule_violation', `${nul} contains a NUL character (\\u0000), which cannot be stored; remove it and send the delivery again`, {
      errors: [{ path: nul, message: 'contains a NUL character (\\u0000)' }],
    });
  }
  const rejection = shapeProblem(source, d.payload, headers);
  const deliveryKey = deliveryKeyOf(source, d.headers, d.payload, Buffer.from(d.rawBody, 'utf8'));
  const runner = inboxRunner(ctx);
  const id = randomUUID();
  // Listening before the job is queued: its outcome cannot come before the listener.
  const wait = waitMs > 0 && !rejection ? awaitOutcome(ctx, id, waitMs) : null;
  let stored: InboxRow | null;
  try {
    stored = await inboxStore(ctx.db).store({
      id, source, deliveryKey, receivedAt: now, headers, body: d.rawBody,
      status: rejection ? 'rejected' : 'pending', error: rejection?.message ?? null, processedAt: rejection ? now : null,
      targetIncidentId: d.targetIncident ?? null,
    });
  } catch (e) {
    wait?.cancel();
    throw unavailable(e);
  }
  if (rejection) {
    const inboxId = stored?.id ?? (await findInboxByDelivery(ctx.db, source, deliveryKey))?.id ?? null;
    throw new AppError(rejection.code === 'malformed_json' ? 'malformed_json' : 'validation_failed', rejection.message, { ...rejection.details, inboxId });
  }
  // A tracked GitHub issue closed or reopened moves its action item (closure by evidence); a redelivery applies nothing twice.
  if (source === 'github') await githubIssueEvidence(ctx, d.headers, d.payload);
  if (stored !== null) return { ...((await wait?.result) ?? outcomeOf(stored, false)), duplicate: false };
  wait?.cancel();
  const existing = await findInboxByDelivery(ctx.db, source, deliveryKey);
  if (existing === null) throw unavailable(new Error('the stored delivery vanished'));
  // A redelivery of something that never got through is the sender's retry: process it again.
  if (existing.status !== 'failed' && existing.status !== 'pending') return { ...outcomeOf(existing, true), events: 0 };
  const again = waitMs > 0 ? awaitOutcome(ctx, existing.id, waitMs) : null;
  const row = existing.status === 'failed'
    ? await ctx.db.transaction((tx) => requeueInbox(tx, existing.id, INGEST_JOB_SPEC, now, { onlyFailed: true })) ?? existing
    : existing;
  runner.kick();
  return { ...((await again?.result) ?? outcomeOf(row, false)), duplicate: true };
}

/**
 * Processes a stored delivery again (failed, rejected, unmatched…), optionally attaching it
 * to a named incident: it is pending again with a new job, and the answer waits for the outcome
 * (a few seconds at most; `pending` after that).
 */
export async function retryInbox(ctx: ServiceContext, actor: Principal, id: string, incident?: string): Promise<DeliveryOutcome> {
  const row = await loadInboxRow(ctx, actor, id, 'retrying an ingest delivery');
  if (incident !== undefined) await loadIncident(ctx, incident);
  const runner = inboxRunner(ctx);
  const wait = awaitOutcome(ctx, row.id, RETRY_WAIT_MS);
  const requeued = await ctx.db.transaction((tx) => requeueInbox(tx, row.id, INGEST_JOB_SPEC, ctx.now(), {
    onlyFailed: false, targetIncidentId: incident ?? row.targetIncidentId,
  }));
  if (requeued === null) {
    wait.cancel();
    throw new AppError('not_found', `no ingest delivery ${id}`);
  }
  runner.kick();
  return (await wait.result) ?? outcomeOf(requeued, false);
}

/** One stored delivery, after the access check (responder+), or 404. */
export async function loadInboxRow(ctx: ServiceContext, actor: Principal, id: string, action: string): Promise<InboxRow> {
  requireRole(actor, 'responder', action);
  const row = await findInbox(ctx.db, id);
  if (!row) throw new AppError('not_found', `no ingest delivery ${id}`);
  return row;
}

