import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../types.ts';
import { computeGaps, layoutTimeline, tickStep } from './timeline-layout.ts';

const ev = (id: string, at: string | null, source = 'manual', extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id, incidentId: 'INC-1', at, precision: 'exact', source, kind: 'note', text: id, actor: null, phase: null, link: null, decisionPoint: false, version: 1, ...extra,
});

describe('timeline layout', () => {
  it('finds gaps longer than five minutes between consecutive events', () => {
    const gaps = computeGaps([ev('a', '2026-01-01T10:00:00Z'), ev('b', '2026-01-01T10:04:00Z'), ev('c', '2026-01-01T10:30:00Z')]);
    expect(gaps).toEqual([{ from: '2026-01-01T10:04:00.000Z', to: '2026-01-01T10:30:00.000Z', minutes: 26, afterIndex: 1 }]);
  });

  it('puts one lane per source and positions events between 0 and 1', () => {
    const m = layoutTimeline([ev('a', '2026-01-01T10:00:00Z', 'slack'), ev('b', '2026-01-01T11:00:00Z', 'alertmanager', { decisionPoint: true }), ev('c', null)], []);
    expect(m.lanes).toEqual(['alertmanager', 'slack']);
    expect(m.points.map((p) => [p.id, p.x, p.lane, p.decision])).toEqual([['a', 0, 1, false], ['b', 1, 0, true]]);
    expect(m.untimed).toBe(1);
    expect(m.ticks.length).toBeGreaterThan(2);
  });

  it('widens a short span to ten minutes so a single event sits in the middle', () => {
    const m = layoutTimeline([ev('a', '2026-01-01T10:00:00Z')], []);
    expect(m.points[0]!.x).toBeCloseTo(0.5);
  });

  it('chooses round tick steps', () => {
    expect(tickStep(60)).toBe(10);
    expect(tickStep(24 * 60)).toBe(240);
  });
});
