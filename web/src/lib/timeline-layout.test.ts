import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../contract.ts';
import { buildEvent } from '../test-support/factories.ts';
import { computeGaps, formatSpan, layoutTimeline, tickStep } from './timeline-layout.ts';

const ev = (id: string, at: string | null, source = 'manual', extra: Partial<TimelineEvent> = {}): TimelineEvent =>
  buildEvent({ id, incidentId: 'INC-1', at, precision: 'exact', source, text: id, ...extra });

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

  it('cuts a silence of years out of the axis: a break marker, no five-million-minute gap, the incident keeps the width', () => {
    const events = [ev('old', '2016-05-02T09:00:00Z', 'slack'), ...Array.from({ length: 30 }, (_, i) => ev(`e${i}`, new Date(Date.parse('2026-03-10T10:00:00Z') + i * 120_000).toISOString(), 'slack'))];
    const gaps = computeGaps(events);
    expect(gaps.some((g) => g.minutes > 5_000_000)).toBe(true);
    const m = layoutTimeline(events, gaps);
    expect(m.breaks).toHaveLength(1);
    expect(m.breaks[0]!.label).toBe('9.9 years later');
    expect(m.gaps.every((g) => g.minutes < 1000)).toBe(true);
    const recent = m.points.filter((p) => p.id !== 'old').map((p) => p.x);
    expect(Math.max(...recent) - Math.min(...recent)).toBeGreaterThan(0.8);
  });

  it('never puts two axis labels closer than the minimum gap, however many events and stretches', () => {
    const events = Array.from({ length: 584 }, (_, i) => ev(`e${i}`, new Date(Date.parse('2016-01-01T00:00:00Z') + i * 37 * 3_600_000).toISOString(), 'slack'));
    const m = layoutTimeline(events, computeGaps(events), { plotWidth: 860, minLabelGap: 96 });
    expect(m.ticks.length).toBeGreaterThan(0);
    expect(m.ticks.length).toBeLessThanOrEqual(Math.floor(860 / 96) + 1);
    for (let i = 1; i < m.ticks.length; i++) expect((m.ticks[i]!.x - m.ticks[i - 1]!.x) * 860).toBeGreaterThanOrEqual(96);
    const labelled = m.gaps.filter((g) => g.label !== null).map((g) => (g.x1 + g.x2) / 2);
    for (let i = 1; i < labelled.length; i++) expect((labelled[i]! - labelled[i - 1]!) * 860).toBeGreaterThanOrEqual(96);
  });

  it('says long durations in days and years', () => {
    expect(formatSpan(45)).toBe('45 min');
    expect(formatSpan(190)).toBe('3 h 10 min');
    expect(formatSpan(5_687_448.9)).toBe('10.8 years');
  });
});
