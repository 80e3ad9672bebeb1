import { describe, expect, it } from 'vitest';
import { loadJsonFixture } from '../../../test/helpers/payload-fixtures.ts';
import { opsgenieAdapter } from './opsgenie.adapter.ts';

describe('opsgenieAdapter', () => {
  it('stamps an acknowledgement with updatedAt read as nanoseconds', () => {
    const r = opsgenieAdapter(loadJsonFixture('opsgenie-acknowledge.json'), {});
    expect(r.events[0]).toMatchObject({
      at: '2024-03-05T14:15:00.456Z',
      kind: 'alert.acknowledged',
      text: '#88 Replica lag above 30s on db-3 acknowledged',
      actor: 'sam@example.com',
      phase: 'investigation',
      idempotencyKey: 'opsgenie:4c5d6e7f-1111-2222-3333-444455556666:Acknowledge:2024-03-05T14:15:00.456Z',
    });
    expect(r.hints[0]).toMatchObject({ groupKey: 'db3-replica-lag', severity: 'P2', service: 'db-3', status: 'acknowledged', detectedAt: '2024-03-05T14:10:00.123Z' });
  });

  it('reads an integer priority as P1–P5 and a Create at createdAt (milliseconds)', () => {
    // Parsed from text, as a webhook body is: the nanosecond integer loses its last digits, as in production.
    const body: unknown = JSON.parse('{"action":"Create","alert":{"alertId":"a","message":"Disk full","createdAt":1709647800123,"updatedAt":1709647800123000111,"priority":1}}');
    const r = opsgenieAdapter(body, {});
    expect(r.events[0]).toMatchObject({ at: '2024-03-05T14:10:00.123Z', kind: 'alert.created', phase: 'detection' });
    expect(r.hints[0]?.severity).toBe('P1');
  });

  it('keeps an unknown action as a generic event, approximately timed when updatedAt is missing', () => {
    const r = opsgenieAdapter(loadJsonFixture('opsgenie-unknown-action.json'), {});
    expect(r.events[0]).toMatchObject({ kind: 'CustomAction', precision: 'approximate', at: '2024-03-05T14:10:00.123Z' });
    expect(r.warnings[0]?.field).toBe('alert.updatedAt');
  });

  it('reads a note and gives distinct keys to distinct actions', () => {
    const note = opsgenieAdapter({ action: 'AddNote', alert: { alertId: 'a', note: 'Restarting the replica', updatedAt: 1709648000000000000 } }, {});
    expect(note.events[0]).toMatchObject({ kind: 'note', text: 'Restarting the replica', phase: 'mitigation' });
    const close = opsgenieAdapter({ action: 'Close', alert: { alertId: 'a', message: 'm', updatedAt: 1709648000000000000 } }, {});
    expect(close.events[0]?.idempotencyKey).not.toBe(note.events[0]?.idempotencyKey);
    expect(close.events[0]?.phase).toBe('resolution');
  });

  it('refuses an Alertmanager payload, naming the field', () => {
    expect(() => opsgenieAdapter(loadJsonFixture('alertmanager-firing.json'), {})).toThrow('opsgenie: "action" must be a string');
  });
});
