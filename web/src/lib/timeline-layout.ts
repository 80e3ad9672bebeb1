/**
 * Pure layout of the visual timeline: lanes by source, positions on a time axis, gaps and
 * ticks. Silences longer than `breakMinutes` (an event from another year) become a fixed-width
 * break in the axis instead of squeezing every other event into one pixel; ticks and gap
 * labels are thinned so two never sit closer than `minLabelGap` (in the chart's units).
 */
import type { Gap, TimelineEvent } from '../contract.ts';

export type ChartPoint = { id: string; x: number; lane: number; phase: string; decision: boolean; at: string; text: string };
export type ChartGap = { x1: number; x2: number; minutes: number; label: string | null };
/** A cut in the axis: time between `from` and `to` is not drawn. */
export type ChartBreak = { x: number; from: number; to: number; label: string };
/** `withDate`: the first tick of a stretch of the axis shows the day too. */
export type ChartTick = { x: number; at: number; withDate: boolean };
export type ChartModel = {
  start: number; end: number; lanes: string[]; points: ChartPoint[]; gaps: ChartGap[]; ticks: ChartTick[]; breaks: ChartBreak[]; untimed: number;
};
export type LayoutOptions = {
  /** Width of the plot in chart units (the SVG's viewBox). */
  plotWidth?: number;
  /** Closest two labels may be, in chart units (the chart is never drawn under 640 px for 1000 units: 96 units ≥ 60 px). */
  minLabelGap?: number;
  /** Silences longer than this are cut out of the axis. */
  breakMinutes?: number;
};

const MINUTE = 60_000;
const STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 720, 1440, 2880, 10080, 43200, 525600];
const BREAK_SHARE = 0.04;

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

/** A duration for a person: "45 min", "3 h 10 min", "4 days", "9.8 years". */
export function formatSpan(minutes: number): string {
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) {
    const m = Math.round(minutes);
    return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
  }
  const days = minutes / 1440;
  if (days < 60) return `${Math.round(days)} days`;
  if (days < 730) return `${Math.round(days / 30.4)} months`;
  return `${(days / 365.25).toFixed(1)} years`;
}

type Segment = { start: number; end: number; offset: number; width: number };

/** Stretches of time with no silence longer than `breakMs`, each given a share of the axis. */
function segmentsOf(times: number[], breakMs: number): Segment[] {
  const spans: { start: number; end: number }[] = [];
  for (const t of times) {
    const last = spans[spans.length - 1];
    if (last && t - last.end <= breakMs) last.end = t;
    else spans.push({ start: t, end: t });
  }
  // The axis is shared by how long each stretch really is (a lone old event gets only the floor) …
  const lengths = spans.map((s) => s.end - s.start);
  // … and a stretch shorter than ten minutes is widened in time so its events do not pile up.
  for (const s of spans) {
    if (s.end - s.start < 10 * MINUTE) {
      const pad = (10 * MINUTE - (s.end - s.start)) / 2;
      s.start -= pad;
      s.end += pad;
    }
  }
  const breaks = spans.length - 1;
  const breakShare = Math.min(BREAK_SHARE, 0.3 / Math.max(1, breaks));
  const available = 1 - breaks * breakShare;
  const total = lengths.reduce((n, l) => n + l, 0);
  // Each stretch gets at least a little room, the rest in proportion to its length.
  const floor = Math.min(0.08, available / spans.length / 2);
  const rest = available - floor * spans.length;
  let offset = 0;
  return spans.map((s, i) => {
    const width = floor + rest * (total > 0 ? lengths[i]! / total : 1 / spans.length);
    const seg = { ...s, offset, width };
    offset += width + breakShare;
    return seg;
  });
}

/** Places timed events on a 0..1 axis (broken at long silences), one lane per source, with gaps and thinned round ticks. */
export function layoutTimeline(events: TimelineEvent[], gaps: Gap[], opts: LayoutOptions = {}): ChartModel {
  const plotWidth = opts.plotWidth ?? 860;
  const minGap = (opts.minLabelGap ?? 96) / plotWidth;
  const breakMs = (opts.breakMinutes ?? 12 * 60) * MINUTE;
  const timed = events.filter((e) => e.at);
  const lanes = [...new Set(timed.map((e) => e.source))].sort();
  if (timed.length === 0) return { start: 0, end: 0, lanes, points: [], gaps: [], ticks: [], breaks: [], untimed: events.length };
  const sortedTimes = timed.map((e) => new Date(e.at!).getTime()).sort((a, b) => a - b);
  const segments = segmentsOf(sortedTimes, breakMs);
  const segmentOf = (t: number): Segment => segments.find((s) => t <= s.end) ?? segments[segments.length - 1]!;
  const x = (t: number): number => {
    const s = segmentOf(t);
    return s.offset + (Math.min(Math.max(t, s.start), s.end) - s.start) / (s.end - s.start) * s.width;
  };
  const points = timed.map((e) => ({
    id: e.id, x: x(new Date(e.at!).getTime()), lane: lanes.indexOf(e.source), phase: e.phase ?? 'none',
    decision: e.decisionPoint, at: e.at!, text: e.text,
  }));
  const breaks: ChartBreak[] = segments.slice(1).map((s, i) => {
    const before = segments[i]!;
    return { x: (before.offset + before.width + s.offset) / 2, from: before.end, to: s.start, label: `${formatSpan((s.start - before.end) / MINUTE)} later` };
  });

  const ticks: ChartTick[] = [];
  for (const s of segments) {
    const room = Math.max(1, Math.floor(s.width / minGap));
    const step = tickStep((s.end - s.start) / MINUTE, room) * MINUTE;
    let first = true;
    for (let t = Math.ceil(s.start / step) * step; t <= s.end; t += step) {
      const tx = x(t);
      const prev = ticks[ticks.length - 1];
      if (prev && tx - prev.x < minGap) continue;
      ticks.push({ x: tx, at: t, withDate: first });
      first = false;
    }
  }

  let lastLabel = -Infinity;
  const chartGaps: ChartGap[] = [];
  for (const g of gaps) {
    const from = new Date(g.from).getTime();
    const to = new Date(g.to).getTime();
    if (segmentOf(from) !== segmentOf(to)) continue; // shown as a break
    const x1 = x(from);
    const x2 = x(to);
    const mid = (x1 + x2) / 2;
    const label = mid - lastLabel >= minGap ? `gap ${formatSpan(g.minutes)}` : null;
    if (label) lastLabel = mid;
    chartGaps.push({ x1, x2, minutes: g.minutes, label });
  }
  return { start: segments[0]!.start, end: segments[segments.length - 1]!.end, lanes, points, ticks, breaks, gaps: chartGaps, untimed: events.length - timed.length };
}
