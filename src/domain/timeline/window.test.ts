import { describe, expect, it } from 'vitest';
import { incidentWindow, isOutside, outsideWindow } from './window.ts';

const now = new Date('2026-11-20T12:00:00Z');

describe('incident window', () => {
  it('spans the key times with the margin either side and flags an event from another year', () => {
    const w = incidentWindow({ startedAt: '2026-11-10T10:00:00Z', resolvedAt: '2026-11-10T14:00:00Z' }, [], 24, now);
    expect(w).toEqual({ from: '2026-11-09T10:00:00.000Z', to: '2026-11-11T14:00:00.000Z', basis: 'key_times', marginHours: 24 });
    expect(isOutside(w, '2016-03-01T10:00:00Z')).toBe(true);
    expect(isOutside(w, '2026-11-10T09:00:00Z')).toBe(false);
    expect(isOutside(w, '2026-11-11T15:00:00Z')).toBe(true);
    expect(isOutside(w, null)).toBe(false);
  });

  it('runs to now while the incident is not resolved', () => {
    const w = incidentWindow({ detectedAt: '2026-11-01T00:00:00Z' }, [], 1, now);
    expect(w.to).toBe('2026-11-20T13:00:00.000Z');
  });

  it('centres on the median of the other events when no key time is known, so one stray event does not move it', () => {
    const w = incidentWindow({ declaredAt: '2026-11-20T00:00:00Z' }, ['2026-05-01T10:00:00Z', '2026-05-01T11:00:00Z', '2016-01-01T00:00:00Z'], 12, now);
    expect(w.basis).toBe('other_events');
    expect(isOutside(w, '2026-05-01T12:00:00Z')).toBe(false);
    expect(isOutside(w, '2016-01-01T00:00:00Z')).toBe(true);
  });

  it('falls back to the declaration when nothing else is known', () => {
    const w = incidentWindow({ declaredAt: '2026-11-20T00:00:00Z' }, [null], 48, now);
    expect(w.basis).toBe('declared');
    expect(outsideWindow(w, [{ at: '2016-04-01T00:00:00Z' }, { at: '2026-11-19T00:00:00Z' }, { at: null }])).toEqual([{ at: '2016-04-01T00:00:00Z' }]);
  });
});
