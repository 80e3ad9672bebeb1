import { describe, expect, it } from 'vitest';
import type { Finding } from '../contract.ts';
import { buildMarkdown, generatedTables, groupFindings } from './postmortem-markdown.ts';

const sections = [
  { key: 'summary', heading: 'Summary', body: 'Checkout failed.\nFor 20 minutes.' },
  { key: 'root_cause', heading: 'Root Cause', body: '' },
  { key: 'lessons', heading: 'Lessons', body: 'Bob broke prod.' },
];
const finding = (line: number, section?: string): Finding => ({ rule: 'blame', severity: 'warning', message: 'm', line, quote: 'q', sectionHeading: null, ...(section ? { section: section as Finding['section'] } : {}) });

describe('post-mortem Markdown for the lint API', () => {
  it('writes the title, then each heading and body', () => {
    const { markdown, ranges } = buildMarkdown('Checkout outage', sections);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Checkout outage');
    for (const r of ranges) expect(lines[r.headingLine - 1]).toMatch(/^## /);
    expect(lines[ranges[2]!.bodyLine - 1]).toBe('Bob broke prod.');
    expect(lines[ranges[0]!.bodyLine]).toBe('For 20 minutes.');
  });

  it('maps finding lines back to sections, with the line inside the section', () => {
    const { ranges } = buildMarkdown('T', sections);
    const { bySection, general } = groupFindings([finding(ranges[2]!.bodyLine), finding(ranges[0]!.bodyLine + 1), finding(1)], ranges);
    expect(bySection.get('lessons')?.[0]?.sectionLine).toBe(1);
    expect(bySection.get('summary')?.[0]?.sectionLine).toBe(2);
    expect(general).toHaveLength(1);
  });

  it('uses the finding section key for whole-document findings (an empty required section)', () => {
    const { ranges } = buildMarkdown('T', sections);
    const { bySection } = groupFindings([finding(1, 'root_cause'), finding(1, 'unknown_key')], ranges);
    expect(bySection.get('root_cause')).toHaveLength(1);
  });

  it('appends the generated action-item table to its section', () => {
    const extras = generatedTables([], [{ key: 'A1', title: 'Alert on 5xx | rate', owner: 'ada', priority: 'P1', dueDate: '2026-02-01', status: 'open' }]);
    const { markdown } = buildMarkdown('T', [{ key: 'actionItems', heading: 'Action Items', body: '' }], extras);
    expect(markdown).toContain('| A1 | Alert on 5xx \\| rate | ada | P1 | 2026-02-01 | open |');
  });
});
