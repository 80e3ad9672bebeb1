/** Pure arithmetic of the facilitator's timer: where the meeting stands against its time boxes. */
import type { AgendaItem } from '../types.ts';

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
