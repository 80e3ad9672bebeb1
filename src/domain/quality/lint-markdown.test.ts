import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem, scorePostmortem } from './index.ts';
import type { RuleId } from './quality.types.ts';

/** Markdown → parsePostmortem → lint, as the CLI and the server do it. */
function lint(text: string) {
  const { doc } = parsePostmortem(text);
  return lintPostmortem(doc, text, { config: DEFAULT_QUALITY_CONFIG });
}
const rules = (text: string): RuleId[] => [...new Set(lint(text).map((f) => f.rule))].sort();

describe('lint through the Markdown parser', () => {
  it('finds nothing in a good post-mortem and scores it 100', () => {
    const { doc } = parsePostmortem(GOOD_POSTMORTEM);
    expect(doc.timeline.entries.length).toBe(6);
    expect(doc.actionItems.length).toBe(3);
    expect(lint(GOOD_POSTMORTEM)).toEqual([]);
    expect(scorePostmortem([], doc).score).toBe(100);
  });

  it('reports a copied seed template: placeholders, vague items, missing owners', () => {
    const text = [
      '# Post-Mortem: [Incident Name]',
      '',
      '**Date:** [Incident Date]',
      '',
      '## Executive Summary',
      '',
      '[2-3 sentence summary of incident, impact, and resolution]',
      '',
      '## Impact',
      '',
      '- **Duration:** [X] minutes ([START TIME] - [END TIME] UTC)',
      '',
      '## Timeline (All times UTC)',
      '',
      '| Time | Event |',
      '|------|-------|',
      '| [TIME] | [First event leading to incident] |',
      '',
      '## Root Cause Analysis',
      '',
      'Typo in configuration file.',
      '',
      '## What Went Well',
      '',
      '## Action Items',
      '',
      '| Action | Owner | Priority | Due Date | Status |',
      '|--------|-------|----------|----------|--------|',
      '| Improve monitoring | | P1 | | Open |',
    ].join('\n');
    const found = rules(text);
    for (const r of ['placeholder', 'surface-cause', 'vague-action-item', 'action-item-owner', 'action-item-due', 'what-went-well-missing'] as const) {
      expect(found).toContain(r);
    }
    expect(found).not.toContain('blame');
  });

  it('quotes the blaming sentence at its line', () => {
    const text = withSection('Summary', "Checkout failed for 23 minutes.\nThe outage happened because John didn't test properly.");
    const blame = lint(text).filter((f) => f.rule === 'blame');
    expect(blame).toEqual([
      expect.objectContaining({ line: text.split('\n').findIndex((l) => l.includes('John')) + 1, quote: "The outage happened because John didn't test properly." }),
    ]);
  });

  it('reads the 5 Whys format of seed 001 and flags a short chain', () => {
    const text = `${GOOD_POSTMORTEM}\n## Appendix: 5 Whys Analysis\n\n**Problem:** Checkout failed\n\n**Why 1:** Why did checkout fail?\n→ Because the upstream list was empty\n\n**Why 2:** Why was it empty?\n→ Because the template had no validation\n`;
    expect(lint(text).filter((f) => f.rule === 'surface-cause').map((f) => f.message)).toEqual([expect.stringMatching(/2 whys/)]);
  });

  it('flags out-of-order and imprecise rows of a parsed timeline', () => {
    const text = GOOD_POSTMORTEM.replace('| 14:09 |', '| 14:01 |').replace('| 14:16 |', '| ~14:16 |');
    const found = lint(text).map((f) => f.rule);
    expect(found).toContain('timeline-order');
    expect(found).toContain('timeline-precision');
  });
});
