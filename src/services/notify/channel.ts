/** What every notification channel provides, and how HTTP answers become job outcomes. */
import type { NotifyConfig } from '../../domain/notify/config.ts';
import type { Notification } from '../../domain/notify/message.ts';
import { PermanentJobError, RetryLaterError } from '../../jobs/job-errors.ts';

export type ChannelName = 'slack' | 'email' | 'webhook';

/** Where one message goes on a channel: e-mail addresses, Slack mentions, a webhook's name. */
export type Target = { to: string[]; mention?: string[] };

/**
 * One attempt at one message: `id` is its delivery id (the same on every attempt), `key` the
 * job's idempotency key; `uncertain` says an earlier attempt may have reached the peer (a
 * server was killed or the answer was lost since `since`), so the channel uses what the peer
 * offers to not deliver it twice.
 */
export type Delivery = { id: string; key: string; uncertain: boolean; since: Date | null; now: Date };

export type Channel = {
  name: ChannelName;
  /** Why the channel cannot send (null when it is configured). */
  unconfigured(cfg: NotifyConfig): string | null;
  send(cfg: NotifyConfig, n: Notification, target: Target, d: Delivery): Promise<void>;
};

/** Throws the job error an unsuccessful HTTP answer means: 429/503 wait (Retry-After), other 4xx are permanent, 5xx retry. */
export async function throwForStatus(res: Response, what: string, now: Date): Promise<void> {
  if (res.ok) return;
  const body = (await res.text().catch(() => '')).slice(0, 300);
  const msg = `${what} answered ${res.status}${body ? `: ${body}` : ''}`;
  if (res.status === 429 || res.status === 503) {
    const ra = res.headers.get('retry-after');
    const secs = ra !== null && /^\d+$/.test(ra.trim()) ? Number(ra) * 1000 : ra !== null && !Number.isNaN(Date.parse(ra)) ? Date.parse(ra) - now.getTime() : 60_000;
    throw new RetryLaterError(msg, Math.min(Math.max(secs, 0), 3600_000));
  }
  if (res.status >= 400 && res.status < 500 && res.status !== 408) throw new PermanentJobError(msg);
  throw new Error(msg);
}

/** fetch with a timeout; network failures are transient. */
export async function post(url: string, body: string, headers: Record<string, string>, timeoutMs = 10_000): Promise<Response> {
  return fetch(url, { method: 'POST', body, headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
}
