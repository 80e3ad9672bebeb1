import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors.ts';
import { loadJsonFixture } from '../../../test/helpers/payload-fixtures.ts';
import { alertmanagerAdapter } from './alertmanager.adapter.ts';
import { grafanaAdapter } from './grafana.adapter.ts';

describe('alertmanagerAdapter', () => {
  it('reads one firing event per alert, in UTC, keeping nanoseconds', () => {
    const r = alertmanagerAdapter(loadJsonFixture('alertmanager-firing.json'), {});
    expect(r.events).toHaveLength(2);
    const [first, second] = r.events;
    expect(first).toMatchObject({
      at: '2024-03-05T14:12:30.512345678Z',
      precision: 'exact',
      source: 'alertmanager',
      kind: 'alert.firing',
      phase: 'detection',
      link: 'https://prom.example.internal/graph?g0.expr=checkout_5xx_ratio&g0.tab=1',
      idempotencyKey: 'alertmanager:a1b2c3d4e5f60718:2024-03-05T14:12:30.512345678Z:firing',
    });
    expect(first?.text).toBe('CheckoutErrorRate (checkout-7f9c) firing: 5xx ratio above 4% on checkout');
    expect(second?.text).toBe('CheckoutErrorRate (checkout-2d1e) firing');
  });

  it('gives hints: group key, severity, service, environment, detection time', () => {
    const [hint] = alertmanagerAdapter(loadJsonFixture('alertmanager-firing.json'), {}).hints;
    expect(hint).toMatchObject({
      groupKey: '{}/{team="payments"}:{alertname="CheckoutErrorRate"}',
      severity: 'page',
      service: 'checkout',
      environment: 'prod',
      status: 'firing',
      detectedAt: '2024-03-05T14:12:30.512345678Z',
      resolvedAt: null,
    });
  });

  it('reads a resolution at endsAt with its own key, and the start under the firing key', () => {
    const firing = alertmanagerAdapter(loadJsonFixture('alertmanager-firing.json'), {});
    const resolved = alertmanagerAdapter(loadJsonFixture('alertmanager-resolved.json'), {});
    const end = resolved.events.find((e) => e.kind === 'alert.resolved');
    expect(end).toMatchObject({ at: '2024-03-05T14:41:05.1Z', phase: 'resolution' });
    const start = resolved.events.find((e) => e.kind === 'alert.firing');
    expect(start?.idempotencyKey).toBe(firing.events[0]?.idempotencyKey);
    expect(end?.idempotencyKey).not.toBe(start?.idempotencyKey);
    expect(resolved.hints[0]).toMatchObject({ status: 'resolved', resolvedAt: '2024-03-05T14:41:05.1Z' });
  });

  it('gives the same key to a redelivery', () => {
    const a = alertmanagerAdapter(loadJsonFixture('alertmanager-firing.json'), {});
    const b = alertmanagerAdapter(loadJsonFixture('alertmanager-firing.json'), {});
    expect(a.events.map((e) => e.idempotencyKey)).toEqual(b.events.map((e) => e.idempotencyKey));
  });

  it('derives a key from the sorted labels when there is no fingerprint', () => {
    const body = { status: 'firing', alerts: [{ status: 'firing', labels: { b: '2', a: '1' }, startsAt: '2024-01-01T00:00:00Z' }] };
    const other = { status: 'firing', alerts: [{ status: 'firing', labels: { a: '1', b: '2' }, startsAt: '2024-01-01T00:00:00Z' }] };
    expect(alertmanagerAdapter(body, {}).events[0]?.idempotencyKey).toBe(alertmanagerAdapter(other, {}).events[0]?.idempotencyKey);
  });

  it('tolerates missing optional fields with warnings', () => {
    const r = alertmanagerAdapter({ alerts: [{ labels: { alertname: 'X' } }, 'junk'] }, {});
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ at: null, precision: 'unknown', kind: 'alert.firing' });
    expect(r.warnings.map((w) => w.field)).toEqual(expect.arrayContaining(['alerts[0].startsAt', 'alerts[0].status', 'alerts[1]']));
  });

  it('refuses what Alertmanager does not send, naming the field', () => {
    expect(() => alertmanagerAdapter({ event: { event_type: 'incident.triggered' } }, {})).toThrow('alertmanager: "alerts" must be an array');
    expect(() => alertmanagerAdapter('text', {})).toThrow(AppError);
    expect(() => alertmanagerAdapter([], {})).toThrow(/alertmanager:/);
  });
});

describe('grafanaAdapter', () => {
  it('reads unified alerting like Alertmanager, with its title as hint', () => {
    const r = grafanaAdapter(loadJsonFixture('grafana-unified.json'), {});
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ source: 'grafana', kind: 'alert.firing', at: '2024-03-05T14:02:00Z', text: 'DiskAlmostFull firing: Volume /data on db-3 is 93% full' });
    expect(r.hints[0]).toMatchObject({ title: '[FIRING:1] DiskAlmostFull (Storage warning)', severity: 'warning' });
  });

  it('reads legacy alerting, which has no time, with a warning', () => {
    const r = grafanaAdapter(loadJsonFixture('grafana-legacy.json'), {});
    expect(r.events[0]).toMatchObject({ at: null, precision: 'unknown', kind: 'alert.firing', link: 'https://grafana.example.internal/d/search?panelId=3' });
    expect(r.events[0]?.text).toContain('Search latency alerting: Search p99 above 750 ms (p99 latency ms=812)');
    expect(r.hints[0]).toMatchObject({ severity: 'high', status: 'firing' });
    expect(r.warnings).toHaveLength(1);
  });

  it('refuses a PagerDuty payload', () => {
    expect(() => grafanaAdapter(loadJsonFixture('pagerduty-v3-acknowledged.json'), {})).toThrow(/grafana: "alerts" must be an array/);
  });
});
