import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SECTION_SCHEMAS, type WebhookSource } from '../../config/sections.ts';
import { safeEqual, verifyWebhook, type WebhookHeaders } from './webhook-auth.ts';

const SECRET = 'unit-test-secret-0123456789abcdef';
const OLD = 'previous-secret-0123456789abcdef';
const body = Buffer.from('{"hello":"wörld"}', 'utf8');
const now = new Date('2026-03-10T12:00:00Z');
const sig = (secret: string, ...parts: (string | Buffer)[]): string => {
  const mac = createHmac('sha256', secret);
  for (const p of parts) mac.update(p);
  return mac.digest('hex');
};
const config = (extra: Record<string, unknown> = {}) => SECTION_SCHEMAS.ingest.parse({
  sources: {
    github: { secret: SECRET, previousSecrets: [OLD] }, pagerduty: { secret: SECRET },
    grafana: { secret: SECRET, maxAgeSeconds: 60 }, alertmanager: { secret: SECRET }, ...extra,
  },
});
const check = (source: WebhookSource, headers: WebhookHeaders, cfg = config(), raw = body) => verifyWebhook(cfg, { source, headers, rawBody: raw, now });

describe('verifyWebhook', () => {
  it('accepts a GitHub signature made with the current or a previous secret, over the raw bytes', () => {
    expect(check('github', { 'x-hub-signature-256': `sha256=${sig(SECRET, body)}` })).toEqual({ ok: true, via: 'signature' });
    expect(check('github', { 'x-hub-signature-256': `sha256=${sig(OLD, body)}` }).ok).toBe(true);
    expect(check('github', { 'x-hub-signature-256': `sha256=${sig(SECRET, body)}` }, config(), Buffer.from('{"hello":"world"}')).ok).toBe(false);
  });

  it('refuses missing, malformed and wrong GitHub signatures with 401', () => {
    for (const h of [{}, { 'x-hub-signature-256': 'sha1=abc' }, { 'x-hub-signature-256': `sha256=${sig('another-secret-0123456789', body)}` }, { 'x-hub-signature-256': 'sha256=zz' }]) {
      const r = check('github', h);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.status).toBe(401);
    }
  });

  it('accepts a PagerDuty header listing several signatures when one matches', () => {
    expect(check('pagerduty', { 'x-pagerduty-signature': `v1=${'0'.repeat(64)}, v1=${sig(SECRET, body)}` }).ok).toBe(true);
    expect(check('pagerduty', { 'x-pagerduty-signature': `v1=${'0'.repeat(64)}` }).ok).toBe(false);
    expect(check('pagerduty', { 'x-pagerduty-signature': `v2=${sig(SECRET, body)}` }).ok).toBe(false);
  });

  it('checks Grafana signatures with and without the timestamp header and refuses old or future timestamps', () => {
    const ts = String(now.getTime() / 1000 - 30);
    expect(check('grafana', { 'x-grafana-alerting-signature': sig(SECRET, body) }).ok).toBe(true);
    expect(check('grafana', { 'x-grafana-alerting-signature': sig(SECRET, ts, ':', body), 'x-grafana-alerting-signature-timestamp': ts }).ok).toBe(true);
    const old = String(now.getTime() / 1000 - 120);
    const r = check('grafana', { 'x-grafana-alerting-signature': sig(SECRET, old, ':', body), 'x-grafana-alerting-signature-timestamp': old });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('120 s old');
    const future = String(now.getTime() / 1000 + 120);
    expect(check('grafana', { 'x-grafana-alerting-signature': sig(SECRET, future, ':', body), 'x-grafana-alerting-signature-timestamp': future }).ok).toBe(false);
    const strict = config({ grafana: { secret: SECRET, requireTimestamp: true } });
    expect(check('grafana', { 'x-grafana-alerting-signature': sig(SECRET, body) }, strict).ok).toBe(false);
  });

  it('lets Grafana without a signature header fall back to bearer credentials', () => {
    expect(check('grafana', { authorization: `Bearer ${SECRET}` })).toEqual({ ok: true, via: 'secret' });
  });

  it('takes bearer or basic credentials where the source does not sign, and hands back an unknown bearer', () => {
    expect(check('alertmanager', { authorization: `Bearer ${SECRET}` }).ok).toBe(true);
    expect(check('alertmanager', { authorization: `Basic ${Buffer.from(`any:${SECRET}`).toString('base64')}` }).ok).toBe(true);
    expect(check('alertmanager', { authorization: `Basic ${Buffer.from('any:nope').toString('base64')}` }).ok).toBe(false);
    const r = check('alertmanager', { authorization: 'Bearer dbt_something' });
    expect(r).toMatchObject({ ok: false, bearer: 'dbt_something' });
  });

  it('explains how to configure an unconfigured source, and refuses a disabled one with 403', () => {
    const r = check('opsgenie', { authorization: `Bearer ${SECRET}` });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('ingest.sources.opsgenie.secret');
    const off = check('alertmanager', { authorization: `Bearer ${SECRET}` }, config({ alertmanager: { secret: SECRET, enabled: false } }));
    expect(off.ok).toBe(false);
    if (!off.ok) expect(off.error.status).toBe(403);
  });

  it('reads the shorthand ingest.secrets too', () => {
    const cfg = SECTION_SCHEMAS.ingest.parse({ secrets: { opsgenie: SECRET } });
    expect(check('opsgenie', { authorization: `Bearer ${SECRET}` }, cfg).ok).toBe(true);
  });
});

describe('safeEqual', () => {
  it('compares strings of any length without throwing', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('', 'x')).toBe(false);
  });
});
