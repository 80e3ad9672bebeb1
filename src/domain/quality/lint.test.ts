import { describe, expect, it } from 'vitest';
import { buildDoc, GOOD_POSTMORTEM, lintText, withSection } from '../../../test/factories/quality-doc.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem, QualityConfigSchema, RULES, RULE_IDS, scorePostmortem } from './index.ts';

const blaming = withSection('Summary', "Checkout failed because John didn't test properly.");

describe('lintPostmortem', () => {
  it('finds nothing in a good post-mortem', () => {
    expect(lintText(GOOD_POSTMORTEM)).toEqual([]);
  });

  it('lists every rule in RULES with a default severity and description', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    for (const r of RULES) expect(r.description.length).toBeGreaterThan(10);
  });

  it('turns rules off and changes severity from config', () => {
    expect(lintText(blaming, { rules: { blame: { enabled: false } } })).toEqual([]);
    expect(lintText(blaming, { rules: { blame: { severity: 'info' } } }).map((f) => f.severity)).toEqual(['info']);
  });

  it('gives the default config for {} and refuses unknown rules and bad values', () => {
    expect(QualityConfigSchema.parse({})).toEqual(DEFAULT_QUALITY_CONFIG);
    expect(DEFAULT_QUALITY_CONFIG.rules['timeline-gap'].gapMinutes).toBe(5);
    expect(QualityConfigSchema.safeParse({ rules: { 'no-such-rule': {} } }).success).toBe(false);
    expect(QualityConfigSchema.safeParse({ rules: { blame: { severity: 'fatal' } } }).success).toBe(false);
  });
});

describe('disable comments', () => {
  it('disables one rule for the next block', () => {
    const text = withSection('Summary', "<!-- debrief-disable blame -->\nCheckout failed because John didn't test properly.");
    expect(lintText(text)).toEqual([]);
  });

  it('does not disable other rules or later blocks', () => {
    const text = withSection(
      'Summary',
      "<!-- debrief-disable placeholder -->\nJohn didn't test properly.\n\nSarah should have been watching the dashboard.",
    );
    expect(lintText(text).map((f) => f.quote)).toEqual(["John didn't test properly.", 'Sarah should have been watching the dashboard.']);
  });

  it('disables all rules for the next line with no rule id, and at the end of a line', () => {
    expect(lintText(withSection('Summary', "<!-- debrief-disable -->\nJohn didn't test properly. TODO"))).toEqual([]);
    expect(lintText(withSection('Summary', "John didn't test properly. <!-- debrief-disable blame -->"))).toEqual([]);
  });

  it('disables a rule for the whole file', () => {
    const text = `<!-- debrief-disable-file blame, missing-section -->\n${blaming.replace(/## Impact[\s\S]*?(?=## Timeline)/, '')}`;
    expect(lintText(text)).toEqual([]);
  });
});

describe('scorePostmortem', () => {
  it('scores a clean post-mortem 100 and a poor one lower, per category', () => {
    const doc = buildDoc(GOOD_POSTMORTEM);
    expect(scorePostmortem([], doc).score).toBe(100);
    const poorText = withSection('Action Items', '| Action | Owner | Due |\n|---|---|---|\n| Improve monitoring | | |', blaming);
    const poor = buildDoc(poorText);
    const result = scorePostmortem(lintPostmortem(poor, poorText, { config: DEFAULT_QUALITY_CONFIG }), poor);
    expect(result.score).toBeLessThan(80);
    const cat = Object.fromEntries(result.breakdown.map((b) => [b.category, b]));
    expect(cat['blameless']?.points).toBeLessThan(20);
    expect(cat['actionItems']?.findings).toBe(3);
    expect(cat['timeline']?.findings).toBe(0);
    // Round 30: a part with no finding gives up only what the weakest part's hold takes, and says so.
    expect(cat['timeline']?.because).toMatch(/holds the document to/);
    expect(result.breakdown.every((b) => b.max === 20)).toBe(true);
  });
});
