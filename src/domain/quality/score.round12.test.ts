import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem, scorePostmortem } from './index.ts';

/**
 * Issue 16, round 12: each finding family deducts from the part it concerns, up to that part's 20 points and no
 * further, and the breakdown says what each point was lost for. Blame and defensive writing 7 a sentence from the
 * language part; a surface cause 14 of the root cause; an action item's share for a vague item, half of it with no
 * owner, a quarter with no due date; a gap 2 points of the timeline; template text left in a part costs that part.
 */
function scored(text: string) {
  const { doc } = parsePostmortem(text);
  const findings = lintPostmortem(doc, text, { config: DEFAULT_QUALITY_CONFIG });
  const result = scorePostmortem(findings, doc);
  const cat = Object.fromEntries(result.breakdown.map((b) => [b.category, b]));
  return { findings, score: result.score, cat, count: (rule: string) => findings.filter((f) => f.rule === rule).length };
}

const ITEMS = (rows: readonly string[]) => ['| Action | Owner | Due |', '|---|---|---|', ...rows].join('\n');

describe('blame and defensive writing cost the language part, 7 a sentence (round 12)', () => {
  it('takes 7 for one blaming sentence; the other parts give up only what the weakest part holds back (round 30)', () => {
    const s = scored(withSection('Summary', 'Checkout returned HTTP 502 for 23 minutes after a load-balancer change. Nadia should have checked the host list before merging.'));
    expect(s.count('blame')).toBe(1);
    expect(s.cat['blameless']?.points).toBe(13);
    expect(s.cat['blameless']?.because).toMatch(/lost 7 for blame ×1 \(7 a sentence\)/);
    expect(s.cat['rootCause']?.points).toBeGreaterThan(17);
    expect(s.cat['rootCause']?.because).toMatch(/holds the document to 82\.5/);
    expect(s.score).toBeGreaterThanOrEqual(75);
  });

  it('takes the whole part for three or more, and a document that blames three times scores no more than 50 (round 30)', () => {
    const s = scored(withSection('Summary', 'Nadia should have checked the host list. Ken dropped the ball on the review. The DBA was careless with the restore. Omar ignored the alert.'));
    expect(s.count('blame')).toBeGreaterThanOrEqual(3);
    expect(s.cat['blameless']?.points).toBe(0);
    expect(s.cat['actionItems']?.points).toBe(12.5);
    expect(s.cat['timeline']?.points).toBe(12.5);
    expect(s.score).toBe(50);
  });

  it('hard negative: a plain account of who did what keeps all 20', () => {
    expect(scored(withSection('Summary', 'Checkout returned HTTP 502 for 23 minutes. Nadia rolled back release 812 at 14:20.')).cat['blameless']?.points).toBe(20);
  });
});

describe('a surface cause takes 14 of the root-cause part (round 12)', () => {
  it('scores "Root cause: a typo in the config file." at 6 and says why', () => {
    const s = scored(withSection('Root Cause', 'Root cause: a typo in the config file, see the [diff](https://git.example/c/1).'));
    expect(s.count('surface-cause')).toBeGreaterThan(0);
    expect(s.cat['rootCause']?.points).toBeLessThanOrEqual(6);
    expect(s.cat['rootCause']?.because).toMatch(/stops at the trigger: 14 of 20/);
  });
});

describe('action items: each item is worth its share (round 12)', () => {
  it('takes a vague item\'s whole share: one of three vague costs a third of the part', () => {
    const s = scored(withSection('Action Items', ITEMS([
      '| Improve monitoring | @alice | 2026-03-01 |',
      '| Add validation for empty host lists in the LB config schema | @team-lb | 2026-03-08 |',
      '| Page the LB rotation when 5xx exceeds 5% for 2 minutes on checkout | @bob | 2026-03-08 |',
    ])));
    expect(s.count('vague-action-item')).toBe(1);
    expect(s.cat['actionItems']?.points).toBeCloseTo(13.3, 1);
    expect(s.cat['actionItems']?.because).toMatch(/vague-action-item ×1 \(its whole share an item\)/);
  });

  it('takes half a share for an item with no owner and a quarter for one with no due date', () => {
    const s = scored(withSection('Action Items', ITEMS([
      '| Add a CI check that runs `haproxy -c` on generated configs | | 2026-03-01 |',
      '| Add validation for empty host lists in the LB config schema | @team-lb | |',
      '| Page the LB rotation when 5xx exceeds 5% for 2 minutes on checkout | @bob | 2026-03-08 |',
      '| Alert on LB config pushes with zero hosts in any backend | @bob | 2026-03-08 |',
    ])));
    expect(s.count('action-item-owner')).toBe(1);
    expect(s.count('action-item-due')).toBe(1);
    expect(s.cat['actionItems']?.points).toBeCloseTo(20 - 2.5 - 1.25, 0);
  });

  it('hard negative: specific items, each owned and dated, keep all 20', () => {
    expect(scored(GOOD_POSTMORTEM).cat['actionItems']?.points).toBe(20);
  });
});

describe('template text left inside a part costs that part (round 12)', () => {
  it('takes 5 from the action items for an item whose owner is still "TBD", besides completeness', () => {
    const s = scored(withSection('Action Items', ITEMS([
      '| Add a CI check that runs `haproxy -c` on generated configs | TBD | 2026-03-01 |',
      '| Add validation for empty host lists in the LB config schema | @team-lb | 2026-03-08 |',
      '| Page the LB rotation when 5xx exceeds 5% for 2 minutes on checkout | @bob | 2026-03-08 |',
    ])));
    const placeholders = s.findings.filter((f) => f.rule === 'placeholder' && f.section === 'actionItems').length;
    expect(placeholders).toBe(1);
    expect(s.cat['actionItems']?.because).toMatch(/template text left in this part ×1/);
    expect(s.cat['completeness']?.points).toBeLessThan(20);
  });
});

describe('the parts hold the writers\' bounds (round 12)', () => {
  it('a complete blameless post-mortem still scores 100', () => {
    expect(scored(GOOD_POSTMORTEM).score).toBe(100);
  });

  it('a document that blames, stops at the trigger and writes vague items scores under 60 (the writers bound defective documents at 35–60)', () => {
    let text = withSection('Summary', 'Checkout returned HTTP 502 for 23 minutes. Nadia should have checked the host list. Ken dropped the ball on the review.');
    text = withSection('Root Cause', 'Root cause: a typo in the config file, see the [diff](https://git.example/c/1).', text);
    text = withSection('Action Items', ITEMS(['| Improve monitoring | @alice | 2026-03-01 |', '| Be more careful with configs | @team-lb | 2026-03-08 |', '| Page the LB rotation when 5xx exceeds 5% for 2 minutes on checkout | @bob | 2026-03-08 |']), text);
    expect(scored(text).score).toBeLessThan(60);
  });
});
