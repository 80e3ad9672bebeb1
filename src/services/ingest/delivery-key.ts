/**
 * The key that recognises a redelivery (or a replay) of the same webhook. Only what the
 * signature covers counts: the body. GitHub deliveries are keyed by what the payload
 * identifies (deployment + status ids, push shas, a subject's id + action + updated_at),
 * PagerDuty by its `event.id`, everything else by a SHA-256 of the raw body. The unsigned
 * X-GitHub-Delivery header is never part of the key: a captured body replayed with new
 * delivery ids is recognised as the same delivery.
 */
import { createHash } from 'node:crypto';
import { githubPayloadIdentity } from '../../formats/ingest/github.adapter.ts';
import type { WebhookHeaders } from './webhook-auth.ts';

function pagerdutyEventId(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const event = (payload as Record<string, unknown>)['event'];
  if (typeof event !== 'object' || event === null) return null;
  const id = (event as Record<string, unknown>)['id'];
  return typeof id === 'string' && id.trim() !== '' ? id.trim().slice(0, 200) : null;
}

/** The inbox delivery key of one webhook delivery. */
export function deliveryKeyOf(source: string, _headers: WebhookHeaders, payload: unknown, rawBody: Buffer): string {
  if (source === 'github') {
    const id = githubPayloadIdentity(payload);
    if (id !== null) return `github-payload:${createHash('sha256').update(id).digest('hex')}`;
  }
  if (source === 'pagerduty') {
    const id = pagerdutyEventId(payload);
    if (id !== null) return `pagerduty-event:${id}`;
  }
  return `sha256:${createHash('sha256').update(rawBody).digest('hex')}`;
}

const DROPPED_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-csrf-token']);

/** The headers kept beside a raw payload: every one but credentials. */
export function storedHeaders(headers: WebhookHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined || DROPPED_HEADERS.has(k)) continue;
    out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}
