/**
 * Webhook authentication, the way each sender does it: an HMAC-SHA256 signature over
 * the raw body where the source signs (GitHub, PagerDuty, Grafana with a secret), a
 * bearer token or basic-auth password where it does not (Alertmanager `http_config`,
 * Opsgenie, Grafana). Comparisons are constant-time; signed timestamps that are too
 * old are refused. Debrief API tokens are checked by the caller (they need the store).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IngestConfig, IngestSourceConfig, WebhookSource } from '../../config/sections.ts';
import { AppError } from '../../domain/errors.ts';

/** Lower-cased header names, as Node gives them. */
export type WebhookHeaders = Record<string, string | string[] | undefined>;

export type WebhookAuthInput = {
  source: WebhookSource;
  headers: WebhookHeaders;
  /** The body exactly as received. */
  rawBody: Buffer;
  now: Date;
};

/** Accepted (and how), or refused with the problem to answer and any bearer token seen (maybe a Debrief API token). */
export type WebhookAuthResult =
  | { ok: true; via: 'signature' | 'secret' }
  | { ok: false; error: AppError; bearer: string | null };

function header(headers: WebhookHeaders, name: string): string | null {
  const v = headers[name.toLowerCase()];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s.trim() === '' ? null : s.trim();
}

/** Constant-time equality of two byte strings of any length (compared as SHA-256 digests). */
export function safeEqual(a: Buffer | string, b: Buffer | string): boolean {
  const da = createHash('sha256').update(a).digest();
  const db = createHash('sha256').update(b).digest();
  return timingSafeEqual(da, db) && Buffer.byteLength(a) === Buffer.byteLength(b);
}

/** HMAC-SHA256 of a message, hex. */
export function hmacHex(secret: string, ...parts: (Buffer | string)[]): string {
  const mac = createHmac('sha256', secret);
  for (const p of parts) mac.update(p);
  return mac.digest('hex');
}

/** True when `givenHex` is the HMAC of the message under one of the secrets (constant-time, equal-length buffers). */
function signatureMatches(secrets: string[], givenHex: string, parts: (Buffer | string)[]): boolean {
  if (!/^[0-9a-f]{64}$/i.test(givenHex)) return false;
  const given = Buffer.from(givenHex, 'hex');
  let ok = false;
  // Every secret is tried, so the time taken does not tell which one matched.
  for (const s of secrets) ok = timingSafeEqual(Buffer.from(hmacHex(s, ...parts), 'hex'), given) || ok;
  return ok;
}

/** The secrets accepted for a source: current, shorthand and previous ones. */
export function secretsOf(config: IngestConfig, source: WebhookSource): string[] {
  const sc = config.sources[source];
  return [sc?.secret, config.secrets[source], ...(sc?.previousSecrets ?? [])].filter((s): s is string => s !== undefined);
}

function unauthorized(message: string, bearer: string | null): WebhookAuthResult {
  return { ok: false, error: new AppError('unauthorized', message), bearer };
}

function credentials(headers: WebhookHeaders): { bearer: string | null; password: string | null } {
  const auth = header(headers, 'authorization');
  if (auth === null) return { bearer: null, password: null };
  const bearer = /^Bearer\s+(\S+)$/i.exec(auth)?.[1] ?? null;
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(auth)?.[1];
  if (basic === undefined) return { bearer, password: null };
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return { bearer, password: colon < 0 ? null : decoded.slice(colon + 1) };
}

function checkTimestamp(value: string, sc: IngestSourceConfig | undefined, now: Date): string | null {
  if (!/^\d{9,13}$/.test(value)) return `the timestamp header must be Unix seconds, got "${value.slice(0, 40)}"`;
  const n = Number(value);
  const ms = n > 1e11 ? n : n * 1000;
  const ageSeconds = Math.round((now.getTime() - ms) / 1000);
  const max = sc?.maxAgeSeconds ?? 300;
  if (Math.abs(ageSeconds) > max) {
    return `the signed timestamp is ${ageSeconds} s ${ageSeconds >= 0 ? 'old' : 'in the future'}; deliveries more than ${max} s away are refused (replay protection: ingest.sources.<source>.maxAgeSeconds)`;
  }
  return null;
}

function notConfigured(source: WebhookSource, bearer: string | null): WebhookAuthResult {
  return unauthorized(
    `webhooks from ${source} are not configured: set ingest.sources.${source}.secret in debrief.config.yaml ` +
    `(see docs/ingest.md), or send a Debrief API token of role responder as "Authorization: Bearer <token>"`,
    bearer,
  );
}

function verifyGithub(secrets: string[], input: WebhookAuthInput, bearer: string | null): WebhookAuthResult {
  const sig = header(input.headers, 'x-hub-signature-256');
  if (sig === null) return unauthorized('GitHub deliveries must be signed: the X-Hub-Signature-256 header is missing (set the webhook secret in GitHub to ingest.sources.github.secret)', bearer);
  const hex = /^sha256=(.*)$/.exec(sig)?.[1] ?? '';
  return signatureMatches(secrets, hex, [input.rawBody]) ? { ok: true, via: 'signature' } : unauthorized('the X-Hub-Signature-256 signature does not match the body and the configured secret', bearer);
}

function verifyPagerduty(secrets: string[], input: WebhookAuthInput, bearer: string | null): WebhookAuthResult {
  const sig = header(input.headers, 'x-pagerduty-signature');
  if (sig === null) return unauthorized('PagerDuty deliveries must be signed: the X-PagerDuty-Signature header is missing (copy the subscription\'s signing secret to ingest.sources.pagerduty.secret)', bearer);
  // Several signatures are listed while PagerDuty rotates its secret: any may match.
  const hexes = sig.split(',').map((s) => /^\s*v1=(.*?)\s*$/.exec(s)?.[1]).filter((h): h is string => h !== undefined);
  let ok = false;
  for (const h of hexes) ok = signatureMatches(secrets, h, [input.rawBody]) || ok;
  return ok ? { ok: true, via: 'signature' } : unauthorized('no v1 signature in X-PagerDuty-Signature matches the body and the configured secret', bearer);
}

function verifyGrafanaSignature(secrets: string[], sc: IngestSourceConfig | undefined, input: WebhookAuthInput, sig: string, bearer: string | null): WebhookAuthResult {
  const ts = header(input.headers, sc?.timestampHeader ?? 'X-Grafana-Alerting-Signature-Timestamp');
  if (ts === null && sc?.requireTimestamp === true) return unauthorized(`the ${sc.timestampHeader} header is required (ingest.sources.grafana.requireTimestamp)`, bearer);
  if (ts !== null) {
    const problem = checkTimestamp(ts, sc, input.now);
    if (problem !== null) return unauthorized(problem, bearer);
  }
  // With a timestamp header Grafana signs "<timestamp>:<body>", else the body alone.
  const parts = ts === null ? [input.rawBody] : [ts, ':', input.rawBody];
  return signatureMatches(secrets, sig, parts) ? { ok: true, via: 'signature' } : unauthorized('the Grafana signature does not match the body and the configured secret', bearer);
}

/** Checks one delivery's credentials against the source's configuration. */
export function verifyWebhook(config: IngestConfig, input: WebhookAuthInput): WebhookAuthResult {
  const { source } = input;
  const sc = config.sources[source];
  const { bearer, password } = credentials(input.headers);
  if (sc?.enabled === false) return { ok: false, error: new AppError('forbidden', `webhooks from ${source} are disabled (ingest.sources.${source}.enabled: false)`), bearer: null };
  const secrets = secretsOf(config, source);
  if (secrets.length === 0) return notConfigured(source, bearer);
  if (source === 'github') return verifyGithub(secrets, input, bearer);
  if (source === 'pagerduty') return verifyPagerduty(secrets, input, bearer);
  if (source === 'grafana') {
    const sig = header(input.headers, sc?.signatureHeader ?? 'X-Grafana-Alerting-Signature');
    if (sig !== null) return verifyGrafanaSignature(secrets, sc, input, sig, bearer);
  }
  const given = bearer ?? password;
  if (given === null) {
    return unauthorized(`send the ${source} secret as "Authorization: Bearer <secret>" or as the basic-auth password (see docs/ingest.md)`, null);
  }
  let ok = false;
  for (const s of secrets) ok = safeEqual(s, given) || ok;
  return ok ? { ok: true, via: 'secret' } : unauthorized(`the credentials do not match ingest.sources.${source}.secret`, bearer);
}
