import { describe, expect, it } from 'vitest';
import { clock, elapsedAt, goToTopic, parseTimerState, pauseTimer, startTimer, timerView, TIMER_START } from './meeting-timer.ts';

const agenda = [
  { topic: 'Introduction', minutes: 5, owner: 'Facilitator', prompts: [] },
  { topic: 'Timeline review', minutes: 10, owner: 'Incident Commander', prompts: [] },
];

describe('meeting timer', () => {
  it('counts down the current time box', () => {
    const v = timerView(agenda, 0, 60, 60);
    expect(v.topic?.topic).toBe('Introduction');
    expect(v.next?.topic).toBe('Timeline review');
    expect(v.remaining).toBe(240);
    expect(v.over).toBe(false);
    expect(v.planned).toBe(900);
    expect(v.slack).toBe(0);
  });

  it('shows an overrun and how far behind plan the meeting is', () => {
    const v = timerView(agenda, 0, 420, 420);
    expect(v.over).toBe(true);
    expect(clock(v.remaining)).toBe('−2:00');
    expect(v.slack).toBe(-120);
  });

  it('is ahead of plan when a topic finished early', () => {
    const v = timerView(agenda, 1, 0, 180);
    expect(v.slack).toBe(120);
  });
});

describe('meeting timer state', () => {
  const t0 = Date.parse('2026-03-10T10:00:00Z');
  it('counts from wall-clock time, so a throttled background tab loses nothing', () => {
    const s = startTimer(TIMER_START, t0);
    // No tick in between (the tab was in the background for 95 s).
    expect(elapsedAt(s, t0 + 95_000)).toEqual({ item: 95, total: 95 });
  });

  it('banks time on pause and keeps the total across topics', () => {
    let s = startTimer(TIMER_START, t0);
    s = goToTopic(s, 1, 2, t0 + 60_000);
    s = pauseTimer(s, t0 + 90_000);
    expect(s).toMatchObject({ index: 1, running: false, item: 30, total: 90 });
    expect(elapsedAt(s, t0 + 500_000)).toEqual({ item: 30, total: 90 });
  });

  it('comes back from storage as it was left, and ignores what is not a timer', () => {
    const s = startTimer(goToTopic(TIMER_START, 1, 2, t0), t0);
    expect(parseTimerState(JSON.stringify(s))).toEqual(s);
    expect(parseTimerState('{"index":"x"}')).toBeNull();
    expect(parseTimerState('not json')).toBeNull();
  });
});
