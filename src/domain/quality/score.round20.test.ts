import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem, scorePostmortem } from './index.ts';

/**
 * Issue 16, round 20: the costs compound. A reviewer reads defects in several parts (blame, a root cause that stops at
 * the trigger, vague or unowned items, gaps in the timeline) as a post-mortem to redo, not as a sum of small slips; so
 * every part that lost points loses a quarter of its loss more for each other part that also fell short. A defect alone
 * costs only itself, a part never goes below zero, and the breakdown says what the extra points were for.
 */
function scored(text: string) {
  const { doc } = parsePostmortem(text);
  const findings = lintPostmortem(doc, text, { config: DEFAULT_QUALITY_CONFIG });
  const result = scorePostmortem(findings, doc);
  const cat = Object.fromEntries(result.breakdown.map((b) => [b.category, b]));
  return { findings, result, score: result.score, cat, count: (rule: string) => findings.filter((f) => f.rule === rule).length };
}

const ITEMS = (rows: readonly string[]) => ['| Action | Owner | Due |', '|---|---|---|', ...rows].join('\n');
const BLAME = 'The storage node filled up during the nightly export. Priya should have checked the disk alarms before she left.';
const SURFACE = 'Root cause: the disk filled up, see the [graph](https://grafana.example/d/disk).';
const VAGUE_ITEMS = ITEMS([
  '| Improve monitoring | @lena | 2026-05-01 |',
  '| Alert the storage rotation when any export volume passes 85% for 10 minutes | @storage-oncall | 2026-05-08 |',
  '| Cap the nightly export at 40% of free space and fail it early with a clear error | @lena | 2026-05-15 |',
]);

describe('score: a defect alone costs only itself (round 20)', () => {
  it('one blaming sentence in an otherwise sound document takes 7 of the language part, no compounding, and the weakest-part hold (round 30)', () => {
    const s = scored(withSection('Summary', BLAME));
    expect(s.count('blame')).toBe(1);
    expect(s.cat['blameless']?.points).toBe(13);
    expect(s.cat['blameless']?.because).not.toMatch(/more as/);
    expect(s.score).toBe(83); // 93, held to 50 + 2.5 × 13
  });

  it('a surface cause alone takes 14 of the root-cause part, as before', () => {
    const s = scored(withSection('Root Cause', SURFACE));
    expect(s.count('surface-cause')).toBeGreaterThan(0);
    expect(s.cat['rootCause']?.points).toBe(6);
    expect(s.score).toBe(65); // 86, held to 50 + 2.5 × 6 (round 30)
  });
});

describe('score: losses in several parts compound (round 20)', () => {
  it('blame and a surface cause: each loss a quarter more, said in the breakdown', () => {
    let text = withSection('Summary', BLAME);
    text = withSection('Root Cause', SURFACE, text);
    const s = scored(text);
    expect(s.cat['blameless']?.because).toMatch(/lost 7 for blame ×1 \(7 a sentence\); and 1\.8 more as 1 other part also falls short \(a quarter of the loss more for each\)/);
    expect(s.cat['rootCause']?.points).toBe(2.5); // 20 - 14 - 3.5, the weakest part
    expect(s.score).toBe(56); // 50 + 2.5 × 2.5, rounded (round 30)
    expect(s.score).toBeLessThan(93 + 86 - 100);
  });

  it('blame, a surface cause and a vague item: a defective document well under its sum, each part still at least zero', () => {
    let text = withSection('Summary', BLAME);
    text = withSection('Root Cause', SURFACE, text);
    text = withSection('Action Items', VAGUE_ITEMS, text);
    const s = scored(text);
    expect(s.count('vague-action-item')).toBe(1);
    for (const b of s.result.breakdown) expect(b.points).toBeGreaterThanOrEqual(0);
    expect(s.cat['actionItems']?.because).toMatch(/more as 2 other parts also fall short/);
    expect(s.score).toBeLessThanOrEqual(60);
    expect(s.cat['timeline']?.points).toBe(s.cat['completeness']?.points);
  });

  it('the score is the sum of the parts, so every point is accounted for in the breakdown', () => {
    let text = withSection('Summary', BLAME);
    text = withSection('Action Items', VAGUE_ITEMS, text);
    const s = scored(text);
    expect(s.score).toBe(Math.round(s.result.breakdown.reduce((n, b) => n + b.points, 0)));
  });

  it('a part already at zero takes no more, and a whole part gives up only what the weakest part holds back', () => {
    let text = withSection('Summary', `${BLAME} Omar ignored the pager. The DBA was careless with the export job.`);
    text = withSection('Root Cause', SURFACE, text);
    const s = scored(text);
    expect(s.cat['blameless']?.points).toBe(0);
    expect(s.cat['rootCause']?.points).toBeLessThanOrEqual(2.5);
    // Round 33: the root cause, a second part all but lost (2.5 of 20), holds the document further than the weakest alone (50).
    expect(s.cat['actionItems']?.because).toMatch(/the weakest part \(blameless language, 0 of 20\) and the next \(root cause, 2\.5 of 20\) hold the document to 42\.5/);
    expect(s.score).toBe(43);
  });
});

describe('score: the writers\' anchors still hold (round 20)', () => {
  it('a complete blameless post-mortem scores 100', () => {
    expect(scored(GOOD_POSTMORTEM).score).toBe(100);
  });
});
