/** Pure arithmetic of the facilitator's timer: where the meeting stands against its time boxes. */
import type { AgendaItem } from '../contract.ts';

export type TimerView = {
  topic: AgendaItem | null;
  next: AgendaItem | null;
  /** Seconds left in the current time box (negative when over). */
  remaining: number;
  over: boolean;
  /** Share of the current box used, 0..1. */
  progress: number;
  /** Planned seconds of the whole agenda, and how far ahead (+) or behind (−) of plan the meeting is. */
  planned: number;
  slack: number;
};

/** The view of the timer at `index` with `itemElapsed` seconds spent on the current topic and `totalElapsed` in all. */
export function timerView(agenda: AgendaItem[], index: number, itemElapsed: number, totalElapsed: number): TimerView {
  const topic = agenda[index] ?? null;
  const box = (topic?.minutes ?? 0) * 60;
  const remaining = box - itemElapsed;
  const plannedSoFar = agenda.slice(0, index).reduce((s, a) => s + a.minutes * 60, 0) + Math.min(itemElapsed, box);
  return {
    topic, next: agenda[index + 1] ?? null, remaining, over: topic !== null && remaining < 0,
    progress: box > 0 ? Math.min(1, itemElapsed / box) : 1,
    planned: agenda.reduce((s, a) => s + a.minutes * 60, 0),
    slack: plannedSoFar - totalElapsed,
  };
}

/** Seconds as "m:ss" (with a minus sign when negative). */
export function clock(seconds: number): string {
  const s = Math.abs(Math.round(seconds));
  return `${seconds < 0 ? '−' : ''}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The timer's state, counted from wall-clock times rather than ticks, so it survives a
 * background tab (throttled intervals), leaving the page and a reload (kept per
 * post-mortem in sessionStorage): seconds banked before `since`, plus now − since while running.
 */
export type TimerState = { index: number; running: boolean; since: number | null; item: number; total: number };

export const TIMER_START: TimerState = { index: 0, running: false, since: null, item: 0, total: 0 };

/** Seconds on the current topic and in all, at `now` (ms). */
export function elapsedAt(s: TimerState, now: number): { item: number; total: number } {
  const run = s.running && s.since !== null ? Math.max(0, (now - s.since) / 1000) : 0;
  return { item: Math.floor(s.item + run), total: Math.floor(s.total + run) };
}

/** Starts or resumes the clock. */
export function startTimer(s: TimerState, now: number): TimerState {
  return s.running ? s : { ...s, running: true, since: now };
}

/** Pauses, banking the time run so far. */
export function pauseTimer(s: TimerState, now: number): TimerState {
  if (!s.running) return s;
  const e = elapsedAt(s, now);
  return { ...s, running: false, since: null, item: e.item, total: e.total };
}

/** Moves to topic `to` (clamped to 0..count): the new topic's box starts at zero, the total keeps running. */
export function goToTopic(s: TimerState, to: number, count: number, now: number): TimerState {
  const e = elapsedAt(s, now);
  return { ...s, index: Math.max(0, Math.min(count, to)), item: 0, total: e.total, since: s.running ? now : null };
}

/** Reads a saved state (null when absent or not a timer state). */
export function parseTimerState(text: string | null): TimerState | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<TimerState>;
    if (typeof v.index !== 'number' || typeof v.running !== 'boolean' || typeof v.item !== 'number' || typeof v.total !== 'number') return null;
    return { index: v.index, running: v.running, since: typeof v.since === 'number' ? v.since : null, item: v.item, total: v.total };
  } catch {
    return null;
  }
}
