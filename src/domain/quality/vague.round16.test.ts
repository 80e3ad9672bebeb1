import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { actionItemVagueness } from './vague.patterns.ts';
import { taskText } from './vague.wrappers.ts';

/**
 * Issue 16, round 16: an action item pasted as a task-table row or inside a site generator's shortcode is judged by the
 * task inside it, with the row's criterion cell. The items are written for these tests; each vague one has a concrete twin.
 */
describe('the task inside a row or a shortcode (round 16)', () => {
  it('reads the task cell, not the key, handle, status or date', () => {
    expect(taskText('| PLAT-88 | Tidy up the alerting | @mira | In Progress | 2026-03-01 |')).toBe('Tidy up the alerting');
    expect(taskText('{{% notice note %}}Action: sort out the backups{{% /notice %}}')).toBe('sort out the backups');
    expect(taskText('Tidy up the alerting')).toBe('Tidy up the alerting');
  });

  it('keeps a criterion cell with the task', () => {
    expect(taskText('| PLAT-89 | Queue depth autoscaling | infra | done when a soak test holds p95 under 200 ms |')).toBe('Queue depth autoscaling — done when a soak test holds p95 under 200 ms');
  });

  it.each([
    '| PLAT-88 | Look into the flaky alerting | @mira | To Do | Sprint 9 |',
    '{{< callout type="info" >}}Action: improve the backup situation{{< /callout >}}',
  ])('a vague task in its wrapper is vague: "%s"', (s) => {
    expect(actionItemVagueness(s)).not.toBeNull();
  });

  it.each([
    '| PLAT-90 | Add a disk-usage alert at 85% on the backup volume | @mira | To Do | Sprint 9 |',
    '| PLAT-89 | Queue depth autoscaling | infra | done when a soak test holds p95 under 200 ms |',
  ])('its concrete twin is not: "%s"', (s) => {
    expect(actionItemVagueness(s)).toBeNull();
  });

  it('stays linear in the row length', () => {
    expect(growthRatio((n) => `| ${'a b c | '.repeat(n / 8)}x`, (t) => taskText(t))).toBeLessThan(12);
    expect(growthRatio((n) => `{{< x >}}${'{ '.repeat(n / 2)}`, (t) => taskText(t))).toBeLessThan(12);
  });
});
