import { describe, expect, it } from 'vitest';
import { loadJsonFixture } from '../../../test/helpers/payload-fixtures.ts';
import { pagerdutyAdapter } from './pagerduty.adapter.ts';

describe('pagerdutyAdapter', () => {
  it('reads a V3 acknowledgement keyed by the event id', () => {
    const r = pagerdutyAdapter(loadJsonFixture('pagerduty-v3-acknowledged.json'), {});
    expect(r.events).toEqual([
      {
        at: '2024-03-05T14:15:40.120Z',
        precision: 'exact',
        source: 'pagerduty',
        kind: 'incident.acknowledged',
        text: 'Incident #77 "Checkout error rate high" acknowledged',
        actor: 'Dana Ops',
        phase: 'investigation',
        link: 'https://acme.pagerduty.com/incidents/PINC123',
        idempotencyKey: 'pagerduty:01EXAMPLEACKEVENT000000001',
      },
    ]);
    expect(r.hints[0]).toMatchObject({ groupKey: 'PINC123', severity: 'P1', service: 'checkout-api', status: 'acknowledged', acknowledgedAt: '2024-03-05T14:15:40.120Z' });
  });

  it('keeps an unknown event type as a generic event', () => {
    const r = pagerdutyAdapter(loadJsonFixture('pagerduty-v3-unknown-type.json'), {});
    expect(r.events[0]).toMatchObject({ kind: 'incident.conference_bridge.updated', actor: null, at: '2024-03-05T14:16:00Z', link: 'https://acme.pagerduty.com/incidents/PINC123' });
    expect(r.events[0]?.text).toContain('Checkout error rate high');
  });

  it('reads a V3 note as a note', () => {
    const body = { event: { id: 'E1', event_type: 'incident.annotated', occurred_at: '2024-03-05T14:20:00Z', agent: { summary: 'Dana Ops' }, data: { type: 'incident_note', content: 'Failing over to the replica', incident: { id: 'PINC123', summary: 'x' } } } };
    const [e] = pagerdutyAdapter(body, {}).events;
    expect(e).toMatchObject({ kind: 'note', text: 'Failing over to the replica', phase: 'mitigation', decisionPoint: true });
  });

  it('reads V2 messages, marking an escalation as a decision', () => {
    const r = pagerdutyAdapter(loadJsonFixture('pagerduty-v2-messages.json'), {});
    expect(r.events[0]).toMatchObject({ kind: 'incident.escalated', at: '2024-03-05T14:25:00Z', decisionPoint: true, idempotencyKey: 'pagerduty:7c1d2e3f-0000-11e7-a799-22000a15839c' });
    expect(r.hints[0]).toMatchObject({ groupKey: 'PINC999', service: 'jobs-worker' });
  });

  it('tolerates a missing occurred_at with a warning', () => {
    const r = pagerdutyAdapter({ event: { id: 'E2', event_type: 'incident.resolved', data: { id: 'P1', type: 'incident', title: 'x' } } }, {});
    expect(r.events[0]).toMatchObject({ at: null, precision: 'unknown', kind: 'incident.resolved' });
    expect(r.warnings[0]?.field).toBe('event.occurred_at');
  });

  it('refuses an Opsgenie payload and a V3 body without event_type', () => {
    expect(() => pagerdutyAdapter(loadJsonFixture('opsgenie-acknowledge.json'), {})).toThrow(/pagerduty: "event" must be an object/);
    expect(() => pagerdutyAdapter({ event: {} }, {})).toThrow('pagerduty: "event.event_type" must be a string');
  });
});
