import { describe, expect, it } from 'vitest';
import { findingsOf, GOOD_POSTMORTEM, lintText, withSection } from '../../../test/factories/quality-doc.ts';
import type { TemplateLike } from './quality.types.ts';

describe('placeholder', () => {
  it.each([
    '[TIME] - Event 1',
    'Date: [DATE]',
    'Authors: [Name(s)]',
    'Incident date: YYYY-MM-DD',
    'Started at HH:MM UTC',
    'Error budget consumed: X% of monthly budget',
    'Breached for XX minutes',
    'Owner: @owner',
    'TODO: fill in the impact',
    'Customer complaints: TBD',
    'Status: [Yes/No]',
    '<!-- Describe the user impact here -->',
  ])('fires on "%s"', (line) => {
    const f = findingsOf('placeholder', withSection('Summary', line));
    expect(f).toHaveLength(1);
    expect(f[0]?.section).toBe('summary');
    expect(f[0]?.severity).toBe('error');
  });

  it.each([
    'See [the dashboard](https://grafana.example/d/1) and [issue-169].\n\n[issue-169]: https://github.com/o/r/issues/169',
    '- [ ] Automated monitoring',
    'Peak error rate 38% at 14:04 UTC on 2026-02-01.',
    'The `XXX` mask in logs hides card numbers.',
    '```\nTODO inside code is not prose\n```',
    'We are tracking this in [SRE] channel.',
  ])('passes "%s"', (body) => {
    expect(findingsOf('placeholder', withSection('Summary', body))).toEqual([]);
  });

  it('finds a template prompt left in when the template is given', () => {
    const template: TemplateLike = {
      id: 'basic',
      sections: [{ key: 'summary', heading: 'Summary', prompt: 'Two or three sentences: what happened, the impact, the resolution.', required: true }],
    };
    const text = withSection('Summary', 'Two or three sentences: what happened, the impact, the resolution.');
    expect(lintText(text, {}, template).filter((f) => f.rule === 'placeholder')).toHaveLength(1);
  });
});

describe('empty-section and missing-section', () => {
  it('fires on an empty required section, not on one that says N/A', () => {
    expect(findingsOf('empty-section', withSection('Impact', '')).map((f) => f.section)).toEqual(['impact']);
    expect(findingsOf('empty-section', withSection('Impact', 'N/A')).length).toBe(0);
    expect(findingsOf('empty-section', withSection('Impact', 'None.')).length).toBe(0);
  });

  it('fires on a required section that is absent (default set)', () => {
    const text = GOOD_POSTMORTEM.replace(/## Impact[\s\S]*?(?=## Timeline)/, '');
    const f = findingsOf('missing-section', text);
    expect(f.map((x) => [x.section, x.line])).toEqual([['impact', 1]]);
    expect(f[0]?.message).toMatch(/Add a "## Impact" section/);
  });

  it('uses the template to decide what is required', () => {
    const template: TemplateLike = {
      id: 'security',
      sections: [
        { key: 'summary', heading: 'Summary', required: true },
        { key: 'lessons', heading: 'Lessons Learned', required: true },
        { key: 'impact', heading: 'Impact', required: false },
      ],
    };
    const f = lintText(GOOD_POSTMORTEM, {}, template).filter((x) => x.rule === 'missing-section');
    expect(f.map((x) => x.section)).toEqual(['lessons']);
  });
});

describe('what-went-well-missing', () => {
  it('fires when the section is absent or skipped, passes when filled', () => {
    const absent = GOOD_POSTMORTEM.replace(/## What Went Well[\s\S]*?(?=## Action Items)/, '');
    expect(findingsOf('what-went-well-missing', absent)).toHaveLength(1);
    expect(findingsOf('what-went-well-missing', withSection('What Went Well', 'N/A'))).toHaveLength(1);
    expect(findingsOf('what-went-well-missing', GOOD_POSTMORTEM)).toEqual([]);
  });
});
