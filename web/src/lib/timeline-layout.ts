/** Pure layout of the visual timeline: lanes by source, positions on a time axis, gaps and ticks. */
import type { Gap, TimelineEvent } from '../types.ts';

export type ChartPoint = { id: string; x: number; lane: number; phase: string; decision: boolean; at: string; text: string };
export type ChartGap = { x1: number; x2: number; minutes: number };
export type ChartTick = { x: number; at: number };
export type ChartModel = { start: number; end: number; lanes: string[]; points: ChartPoint[]; gaps: ChartGap[]; ticks: ChartTick[]; untimed: number };

const MINUTE = 60_000;
const STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 720, 1440, 2880, 10080];

/** Gaps longer than `minutes` between consecutive timed events (used when the server sends none). */
export function computeGaps(events: TimelineEvent[], minutes = 5): Gap[] {
  const timed = events.filter((e) => e.at).map((e) => new Date(e.at!).getTime()).sort((a, b) => a - b);
  const gaps: Gap[] = [];
  for (let i = 1; i < timed.length; i++) {
    const diff = (timed[i]! - timed[i - 1]!) / MINUTE;
    if (diff > minutes) gaps.push({ from: new Date(timed[i - 1]!).toISOString(), to: new Date(timed[i]!).toISOString(), minutes: Math.round(diff), afterIndex: i - 1 });
  }
  return gaps;
}

/** Tick spacing in minutes giving at most `max` ticks over the span. */
export function tickStep(spanMinutes: number, max = 8): number {
  return STEPS.find((s) => spanMinutes / s <= max) ?? STEPS[STEPS.length - 1]!;
}

/** Places timed events on a 0..1 axis, one lane per source, with gaps and round ticks. */
export function layoutTimeline(events: TimelineEvent[], gaps: Gap[]): ChartModel {
  const timed = events.filter((e) => e.at);
  const lanes = [...new Set(timed.map((e) => e.source))].sort();
  if (timed.length === 0) return { start: 0, end: 0, lanes, points: [], gaps: [], ticks: [], untimed: events.length };
  const times = timed.map((e) => new Date(e.at!).getTime());
  let start = Math.min(...times);
  let end = Math.max(...times);
  if (end - start < 10 * MINUTE) {
    const pad = (10 * MINUTE - (end - start)) / 2;
    start -= pad;
    end += pad;
  }
  const span = end - start;
  const x = (t: number): number => (t - start) / span;
  const points = timed.map((e) => ({
    id: e.id, x: x(new Date(e.at!).getTime()), lane: lanes.indexOf(e.source), phase: e.phase ?? 'none',
    decision: e.decisionPoint, at: e.at!, text: e.text,
  }));
  const step = tickStep(span / MINUTE) * MINUTE;
  const ticks: ChartTick[] = [];
  for (let t = Math.ceil(start / step) * step; t <= end; t += step) ticks.push({ x: x(t), at: t });
  return {
    start, end, lanes, points, ticks, untimed: events.length - timed.length,
    gaps: gaps.map((g) => ({ x1: x(new Date(g.from).getTime()), x2: x(new Date(g.to).getTime()), minutes: g.minutes })),
  };
}
