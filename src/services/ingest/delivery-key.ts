/**
 * The key that recognises a redelivery of the same webhook: the sender's own
 * delivery id where it has one (GitHub `X-GitHub-Delivery`, PagerDuty `event.id`),
 * else a SHA-256 of the raw body.
 */
import { createHash } from 'node:crypto';
import type { WebhookHeaders } from './webhook-auth.ts';

function headerValue(headers: WebhookHeaders, name: string): string | null {
  const v = headers[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s.trim() === '' ? null : s.trim().slice(0, 200);
}

function pagerdutyEventId(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const event = (payload as Record<string, unknown>)['event'];
  if (typeof event !== 'object' || event === null) return null;
  const id = (event as Record<string, unknown>)['id'];
  return typeof id === 'string' && id.trim() !== '' ? id.trim().slice(0, 200) : null;
}

/** The inbox delivery key of one webhook delivery. */
export function deliveryKeyOf(source: string, headers: WebhookHeaders, payload: unknown, rawBody: Buffer): string {
  if (source === 'github') {
    const id = headerValue(headers, 'x-github-delivery');
    if (id !== null) return `github-delivery:${id}`;
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
