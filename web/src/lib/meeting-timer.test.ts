import { describe, expect, it } from 'vitest';
import { clock, timerView } from './meeting-timer.ts';

const agenda = [
  { topic: 'Introduction', minutes: 5, owner: 'Facilitator' },
  { topic: 'Timeline review', minutes: 10, owner: 'Incident Commander' },
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
