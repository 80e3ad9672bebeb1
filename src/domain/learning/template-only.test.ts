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
});
