import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem, scorePostmortem } from './index.ts';

/**
 * Issue 16, round 8: the score takes off for what a reviewer counts as missing substance — a root cause that stops at
 * the trigger loses half the root-cause points, defensive writing costs what blame costs, a part the document does
 * not have at all (reported by missing-section) earns nothing — and the breakdown says so.
 */
function scored(text: string) {
  const { doc } = parsePostmortem(text);
  const findings = lintPostmortem(doc, text, { config: DEFAULT_QUALITY_CONFIG });
  const result = scorePostmortem(findings, doc);
  return { findings, ...result, cat: Object.fromEntries(result.breakdown.map((b) => [b.category, b])) };
}

describe('a surface cause takes half the root-cause points (round 8)', () => {
  it('scores "Root cause: a typo in the config file." at 10 of 20 and says why', () => {
    const s = scored(withSection('Root Cause', 'Root cause: a typo in the config file, see the [diff](https://git.example/c/1).'));
    expect(s.findings.map((f) => f.rule)).toContain('surface-cause');
    expect(s.cat['rootCause']?.points).toBeLessThanOrEqual(10);
    expect(s.cat['rootCause']?.because).toMatch(/stops at the trigger/);
  });

  it('hard negative: a root cause past the trigger keeps its points', () => {
    expect(scored(GOOD_POSTMORTEM).cat['rootCause']?.points).toBe(20);
  });
});

describe('defensive writing costs what blame costs (round 8)', () => {
  it('takes 7 points for each defensive sentence (round 12: was 6) and names the reason', () => {
    const text = withSection('Summary', 'Checkout returned HTTP 502 for 23 minutes after a load-balancer change. We followed the process correctly and nothing could have prevented this.');
    const s = scored(text);
    const defensive = s.findings.filter((f) => f.rule === 'defensive').length;
    expect(defensive).toBeGreaterThan(0);
    expect(s.cat['blameless']?.points).toBe(20 - Math.min(20, 7 * defensive));
    expect(s.cat['blameless']?.because).toMatch(/justifying costs what blame costs/);
  });

  it('hard negative: a plain account keeps the blameless points', () => {
    expect(scored(GOOD_POSTMORTEM).cat['blameless']?.points).toBe(20);
  });
});

describe('a part the document does not have earns nothing (round 8)', () => {
  const withoutTimeline = GOOD_POSTMORTEM.replace(/## Timeline[\s\S]*?(?=## Root Cause)/, '');

  it('scores the timeline 0 when there is no timeline section', () => {
    const s = scored(withoutTimeline);
    expect(s.findings.some((f) => f.rule === 'missing-section')).toBe(true);
    expect(s.cat['timeline']?.points).toBe(0);
    expect(s.cat['timeline']?.because).toMatch(/no "timeline" section/);
  });

  it('hard negative: the other parts keep points, held together to 50 by the missing part (round 30)', () => {
    const s = scored(withoutTimeline);
    expect(s.cat['actionItems']?.points).toBeGreaterThan(0);
    expect(s.cat['rootCause']?.points).toBeGreaterThan(0);
    expect(s.score).toBeLessThanOrEqual(50);
  });
});
