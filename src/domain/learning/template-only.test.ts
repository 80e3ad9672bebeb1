import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../../formats/postmortem/index.ts';
import { isTemplateOnly } from './template-only.ts';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'learning');
const tpl = `# Post-mortem: [Incident title]

## Summary
[Describe what happened in two sentences.]

## Impact
- Users affected: [number]
- Duration: [HH:MM]

## Root Cause
What was the underlying cause?

## Timeline
| Time | Event |
|------|-------|
| HH:MM | [event] |

## Action Items
| Action | Owner | Due |
|---|---|---|
| [action] | [owner] | YYYY-MM-DD |
`;

describe('template-only documents', () => {
  it('recognises a template of prompts and placeholders', () => {
    expect(isTemplateOnly(parsePostmortem(tpl).doc)).toBe(true);
  });
  it.each(readdirSync(fixtures).filter((f) => f.endsWith('.md')))('keeps the written post-mortem %s', (f) => {
    expect(isTemplateOnly(parsePostmortem(readFileSync(join(fixtures, f), 'utf8')).doc)).toBe(false);
  });
  it('keeps a post-mortem whose lines carry links and evidence citations', () => {
    const md = `# Search index stale after a mapping change

## Summary
Search results were [stale for two hours](https://grafana.example.com/d/search) after the mapping change [evidence ev_0123456789abcdef](/incidents/INC-2026-05-02-001/evidence/ev_0123456789abcdef).

## Root Cause
The reindex job [skipped documents](https://git.example.com/search/pull/812) whose mapping version changed [evidence ev_00112233aabbccdd].

## Impact
About 4,100 queries returned [outdated listings](https://grafana.example.com/d/listings) to shoppers.
`;
    expect(isTemplateOnly(parsePostmortem(md).doc)).toBe(false);
  });
  it('keeps a one-paragraph post-mortem', () => {
    expect(isTemplateOnly(parsePostmortem('# Ledger writes rejected\n\n## Summary\n\nThe ledger service rejected writes for 20 minutes.\n').doc)).toBe(false);
  });

  describe('a template with a worked example in its prose', () => {
    // Templates often explain each section with an example sentence, which reads like content.
    const example = (title: string): string => `# ${title}

## Summary
A short account for readers who were not there: for example, after a deploy of the billing service the
invoice page returned errors for most customers for about twenty minutes, until the change was rolled back.

## Impact
Who noticed and what they could not do. Customers could not download invoices and support received
several tickets; give the numbers you have, the affected regions and the revenue at risk if known.

## Timeline
- 09:12 The deploy finishes and the error rate starts to climb on the invoice endpoint
- 09:20 The on-call engineer is paged by the error-rate alert and starts looking at the dashboards
- 09:31 The deploy is rolled back and the error rate returns to its usual level within minutes

## Lessons
What went well, what went wrong, where we got lucky: the rollback was quick because the change was small.
`;
    it.each(['Title', 'Incident title', '[Date]: [Title]', 'Outage of $SERVICE in $REGION', 'Post-mortem template', 'Template: service incident', '{{ incident_name }}'])('is a template when titled %j and no incident date is given', (title) => {
      expect(isTemplateOnly(parsePostmortem(example(title)).doc)).toBe(true);
    });
    it('is a template when the file is named one, whatever the title', () => {
      expect(isTemplateOnly(parsePostmortem(example('Invoice page errors')).doc, 'docs/incidents/TEMPLATE.md')).toBe(true);
      expect(isTemplateOnly(parsePostmortem(example('Invoice page errors')).doc, 'PM-yyyy-nnn report.md')).toBe(true);
    });
    it('is a post-mortem when a title naming templates describes an incident', () => {
      expect(isTemplateOnly(parsePostmortem(example('Email templates rendered blank after the CMS upgrade')).doc, 'email-templates-blank.md')).toBe(false);
    });
    it('is a post-mortem when it gives the incident date, even in a file named as a template', () => {
      const dated = example('Title').replace('## Timeline\n- 09:12', '## Timeline\n- 2024-05-02 09:12');
      expect(isTemplateOnly(parsePostmortem(dated).doc, 'template.md')).toBe(false);
    });
  });
});

