import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem, scorePostmortem } from './index.ts';
import { BUILTIN_TEMPLATES } from '../templates/builtin-templates.ts';
import { newPostmortemFromTemplate } from '../../formats/postmortem/new-postmortem.ts';
import { writePostmortem } from '../../formats/postmortem/write-postmortem.ts';

/** Markdown → parser → lint → score, as the CLI and the server do it. */
function scored(text: string) {
  const { doc } = parsePostmortem(text);
  const findings = lintPostmortem(doc, text, { config: DEFAULT_QUALITY_CONFIG });
  const result = scorePostmortem(findings, doc);
  return { findings, ...result, cat: Object.fromEntries(result.breakdown.map((b) => [b.category, b])) };
}

/** Seed 001's document template, copied and not filled in. */
const UNTOUCHED_DRAFT = [
  '# Post-Mortem: [Incident Name]',
  '',
  '**Date:** [Incident Date]',
  '**Status:** Draft | Review | Published',
  '',
  '## Executive Summary',
  '',
  '[2-3 sentence summary of incident, impact, and resolution]',
  '',
  '## Impact',
  '',
  '- **Duration:** [X] minutes ([START TIME] - [END TIME] UTC)',
  '- **Severity:** P0 | P1 | P2 | P3',
  '- **Users Affected:** [Number or percentage]',
  '',
  '## Timeline (All times UTC)',
  '',
  '| Time | Event |',
  '|------|-------|',
  '| [TIME] | [First event leading to incident] |',
  '| [TIME] | [Resolution] |',
  '',
  '## Root Cause Analysis',
  '',
  '### What Happened',
  '',
  '[Detailed, technical explanation of what occurred]',
  '',
  '**Immediate Cause:**',
  '[Direct trigger of incident]',
  '',
  '## What Went Well',
  '',
  '- ✅ [Thing that worked well 1]',
  '',
  '## Action Items',
  '',
  '| Action | Owner | Priority | Due Date | Status |',
  '|--------|-------|----------|----------|--------|',
  '| [Specific action to prevent recurrence] | [Name] | P0 | [Date] | Open |',
  '',
  '## Lessons Learned',
  '',
  '- [Lesson 1]',
].join('\n');

describe('a score people can trust', () => {
  it('scores an untouched draft at most 30, with every part still holding the template at zero', () => {
    const { score, cat } = scored(UNTOUCHED_DRAFT);
    expect(score).toBeLessThanOrEqual(30);
    for (const c of ['rootCause', 'actionItems', 'timeline', 'completeness'] as const) expect(cat[c]?.points).toBe(0);
    expect(cat['rootCause']?.because).toMatch(/still holds the template/);
  });

  it('scores a complete blameless post-mortem 100 and says what each part is for', () => {
    const { score, findings, breakdown } = scored(GOOD_POSTMORTEM);
    expect(findings).toEqual([]);
    expect(score).toBe(100);
    expect(breakdown.map((b) => b.because)).toEqual(breakdown.map(() => expect.stringMatching(/^20 points for /)));
  });

  it('gives zero for one part still holding its prompt, which holds the document to 50 (round 30: the weakest part)', () => {
    const { cat, score } = scored(withSection('Root Cause', '[Root cause analysis - can use 5 Whys format]'));
    expect(cat['rootCause']?.points).toBe(0);
    expect(cat['timeline']?.because).toMatch(/the weakest part \(root cause, 0 of 20\) holds the document to 50/);
    expect(score).toBe(50);
  });

  it('flags a root cause that says only "TBD" or a bare "N/A", and scores it zero', () => {
    for (const lone of ['TBD', '-', 'N/A']) {
      const { findings, cat } = scored(withSection('Root Cause', lone));
      expect(findings.filter((f) => f.rule === 'empty-section')).toEqual([expect.objectContaining({ section: 'rootCause' })]);
      expect(cat['rootCause']?.points).toBe(0);
    }
    expect(scored(withSection('Impact', 'N/A — caught in staging; no customer request failed.')).findings.filter((f) => f.rule === 'empty-section')).toEqual([]);
  });

  it('costs the blameless part for each blaming sentence, each found in one paragraph with its own columns', () => {
    const paragraph = 'The purge ran at 09:00. Nadia should have checked the tenant. Later the DBA dropped the ball on the restore.';
    const text = withSection('Summary', paragraph);
    const { findings, cat } = scored(text);
    const blame = findings.filter((f) => f.rule === 'blame');
    expect(blame).toHaveLength(2);
    const raw = text.split('\n')[(blame[0]?.line ?? 1) - 1] ?? '';
    expect(blame.map((f) => raw.slice((f.column ?? 1) - 1, (f.endColumn ?? 1) - 1))).toEqual(['Nadia should have checked', 'the DBA dropped the ball']);
    expect(blame[0]?.line).toBe(blame[1]?.line);
    expect(cat['blameless']?.points).toBeLessThan(20);
  });

  it('finds a surface cause written as a label and more than ten action items', () => {
    const labelled = withSection('Summary', 'Checkout failed for 20 minutes.\n\n**Root cause:** a typo in the config file.').replace(/## Root Cause[\s\S]*?(?=\n## )/, '');
    expect(scored(labelled).findings.map((f) => f.rule)).toContain('surface-cause');
    const rows = Array.from({ length: 11 }, (_, i) => `| Alert on queue-${i} age above ${i + 5} minutes | @ops | 2026-04-0${(i % 9) + 1} |`);
    const many = withSection('Action Items', ['| Action | Owner | Due |', '|---|---|---|', ...rows].join('\n'));
    expect(scored(many).findings.map((f) => f.rule)).toContain('too-many-action-items');
  });
});

// Round 7: a part that still holds placeholders or prompts earns nothing, even beside a line of the author's.
describe('a part still holding placeholders scores zero', () => {
  it('zeroes a timeline whose rows still read [TIME] / HH:MM beside one written note', () => {
    const timeline = ['All times in UTC.', '', '| Time | Event |', '|------|-------|', '| HH:MM | [Detection: how did we find out?] |', '| [TIME] | [Resolution] |'].join('\n');
    const { cat } = scored(withSection('Timeline', timeline));
    expect(cat['timeline']?.points).toBe(0);
    expect(cat['timeline']?.because).toMatch(/still holds the template/);
  });

  it('keeps a timeline with one placeholder row among written ones', () => {
    const timeline = ['| Time | Event |', '|------|-------|', '| 14:02 | Alert fired for checkout 5xx rate. |', '| 14:05 | On-call acknowledged. |', '| 14:20 | Rollback of release 812 started. |', '| [TIME] | Incident closed. |'].join('\n');
    expect(scored(withSection('Timeline', timeline)).cat['timeline']?.points).toBeGreaterThan(0);
  });

  it('reads a 5 Whys of bare "Why?" prompts as template, and an answered chain as written', () => {
    const prompts = `${withSection('Root Cause', 'TBD')}\n## 5 Whys\n\n1. Why?\n2. Why?\n3. Why?\n`;
    expect(scored(prompts).cat['rootCause']?.points).toBe(0);
  });

  it('reads a Confluence "&nbsp;" spacer as blank, so "TBD" above it is still the template', () => {
    const { cat, findings } = scored(withSection('Action Items', 'TBD\n\n&nbsp;\n'));
    expect(cat['actionItems']?.points).toBe(0);
    expect(findings.filter((f) => f.rule === 'empty-section' && f.section === 'actionItems')).toHaveLength(1);
  });

  it('gives no blameless points to a draft whose sections are half template', () => {
    const draft = withSection('Timeline', '| Time | Event |\n|---|---|\n| [TIME] | [Event] |', withSection('Root Cause', 'TBD', withSection('Action Items', 'TBD')));
    const { cat } = scored(draft);
    expect(cat['blameless']?.points).toBe(0);
  });
});

describe('every built-in template, untouched', () => {
  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('scores at most 30: %s', (_id, template) => {
    const text = writePostmortem(newPostmortemFromTemplate(template, { id: null, title: 'Untitled', date: null }));
    const { doc } = parsePostmortem(text);
    expect(scorePostmortem(lintPostmortem(doc, text, { config: DEFAULT_QUALITY_CONFIG, template }), doc).score).toBeLessThanOrEqual(30);
  });
});
