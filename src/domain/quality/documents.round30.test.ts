import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { isDefensive } from './language.rules.ts';
import { lintPostmortem } from './index.ts';
import { QualityConfigSchema } from './quality.config.ts';

/**
 * Issue 16, round 30: readers and rules by shape — a defence that puts the failure out of the team's control, whatever
 * reason follows it. Every sentence here is written for the test.
 */
const lint = (text: string) => {
  const { doc } = parsePostmortem(text);
  return { doc, findings: lintPostmortem(doc, text, { config: QualityConfigSchema.parse({}) }) };
};

describe('a failure put out of the team\'s control (round 30)', () => {
  it.each([
    'The late alert was outside our control, since the carrier only sends its report at noon.',
    'The registry was down, so this was outside of our control.',
    'This was beyond our control; the DNS provider changed the record.',
    "The rollback was outside the mobile team's control; releases go through the store review.",
    'The cache stayed stale, which was out of our control once the CDN had it, there is no way to purge a region alone.',
  ])('"%s" defends', (s) => {
    expect(isDefensive(s)).toBe(true);
  });
  it.each([
    'The drift was not outside our control: the gap is in our own checklist.',
    'The crane stood outside the control room all week.',
    'We moved the alerting outside our control plane cluster.',
    'The queue was out of our control, and the gap is in our runbook, which never covered a full queue.',
  ])('"%s" does not', (s) => {
    expect(isDefensive(s)).toBe(false);
  });
});

describe('linear time on the round 30 forms', () => {
  it('control stays linear on long runs', () => {
    const control = (n: number) => `## Summary\n\n${'It was outside the a b team control. '.repeat(n)}${'outside of the '.repeat(n)}\n`;
    expect(growthRatio(control, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
});
