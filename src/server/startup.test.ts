import { describe, expect, it } from 'vitest';
import { holdEventLoop, startupSteps } from './startup.ts';

const timers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('server start helpers', () => {
  it('holds one referenced timer while the start runs and lets it go when released', () => {
    const before = timers();
    const release = holdEventLoop();
    expect(timers()).toBe(before + 1);
    release();
    expect(timers()).toBe(before);
  });

  it('records each step as milliseconds since the process started, in order', () => {
    const { steps, mark } = startupSteps();
    mark('database');
    mark('listen');
    expect(Object.keys(steps)).toEqual(['entered', 'database', 'listen']);
    expect(steps['listen']).toBeGreaterThanOrEqual(steps['entered']!);
  });
});
