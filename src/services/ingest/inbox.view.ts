/** Reading the ingest inbox: the list (without bodies) and one delivery with its raw payload. */
import type { Principal } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/errors.ts';
import type { InboxItem, InboxPage, InboxStatus, InboxSummary } from '../../domain/timeline/ingest.view.ts';
import { listInbox, type InboxRow } from '../../store/repositories/inbox.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import type { ListInboxQuery } from './ingest.schema.ts';
import { loadInboxRow } from './inbox.service.ts';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** A delivery as the API lists it. */
export function presentInboxSummary(row: Omit<InboxRow, 'body' | 'headers'>): InboxSummary {
  return {
    id: row.id,
    source: row.source,
    deliveryKey: row.deliveryKey,
    receivedAt: row.receivedAt.toISOString(),
    status: row.status as InboxStatus,
    error: row.error,
    attempts: row.attempts,
    processedAt: iso(row.processedAt),
    incidentId: row.incidentId,
    targetIncidentId: row.targetIncidentId,
    eventCount: row.eventCount,
    retryUrl: `/api/v1/ingest/inbox/${row.id}/retry`,
  };
}

function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function encodeCursor(row: { receivedAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.receivedAt.toISOString(), row.id])).toString('base64url');
}

function decodeCursor(cursor: string): { receivedAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const receivedAt = new Date(at);
    if (typeof id !== 'string' || Number.isNaN(receivedAt.getTime())) throw new Error('bad');
    return { receivedAt, id };
  } catch {
    throw new AppError('validation_failed', 'cursor is not one this server gave out', { errors: [{ path: 'cursor', message: 'invalid cursor' }] });
  }
}

/** Lists deliveries newest first (filter by status and source; cursor pagination). */
export async function listInboxPage(ctx: ServiceContext, actor: Principal, q: ListInboxQuery): Promise<InboxPage> {
  requireRole(actor, 'responder', 'reading the ingest inbox');
  const rows = await listInbox(ctx.db, {
    ...(q.status === undefined ? {} : { status: q.status }),
    ...(q.source === undefined ? {} : { source: q.source }),
    ...(q.cursor === undefined ? {} : { after: decodeCursor(q.cursor) }),
    limit: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { items: page.map(presentInboxSummary), nextCursor: rows.length > q.limit && last ? encodeCursor(last) : null };
}

/** One delivery with its headers (credentials never stored) and raw payload. */
export async function getInboxItem(ctx: ServiceContext, actor: Principal, id: string): Promise<InboxItem> {
  const row = await loadInboxRow(ctx, actor, id, 'reading an ingest delivery');
  return { ...presentInboxSummary(row), headers: row.headers, rawBody: row.body, payload: parsedOrNull(row.body) };
}
