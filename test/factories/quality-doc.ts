/**
 * A tiny stand-in for the Markdown parser, for the quality rule tests: headings become
 * sections, timeline table rows become entries, action-item table rows become items.
 * It understands only the simple shapes the tests write.
 */
import type { ActionItem, PostmortemDoc, Section, SectionKey, TimelineEntry } from '../../src/domain/postmortem/document.types.ts';

const KEYS: [RegExp, SectionKey][] = [
  [/summary/i, 'summary'],
  [/impact/i, 'impact'],
  [/timeline/i, 'timeline'],
  [/5 whys|five whys/i, 'fiveWhys'],
  [/contributing/i, 'contributingFactors'],
  [/root cause/i, 'rootCause'],
  [/detection/i, 'detection'],
  [/went well|worked well/i, 'whatWentWell'],
  [/went wrong|could be (?:improved|better)/i, 'whatWentWrong'],
  [/lessons/i, 'lessons'],
  [/action items?/i, 'actionItems'],
  [/evidence|supporting/i, 'evidence'],
];

function cells(line: string): string[] {
  return line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
}

/** Builds a PostmortemDoc from Markdown the way the parser would, for the shapes used in tests. */
export function buildDoc(text: string, overrides: Partial<PostmortemDoc> = {}): PostmortemDoc {
  const lines = text.split('\n');
  const sections: Section[] = [];
  const entries: TimelineEntry[] = [];
  const items: ActionItem[] = [];
  let current: SectionKey | null = null;
  lines.forEach((raw, i) => {
    const h = /^(#{1,6})\s+(.*)$/.exec(raw);
    if (h) {
      const heading = h[2] ?? '';
      current = KEYS.find(([re]) => re.test(heading))?.[1] ?? null;
      sections.push({ key: current, heading, line: i + 1, level: h[1]!.length, body: '' });
      return;
    }
    if (!/^\s*\|/.test(raw) || /^\s*\|?\s*:?-{2,}/.test(raw)) return;
    const c = cells(raw);
    if (/^(time|action|id)\b/i.test(c[0] ?? '')) return;
    if (current === 'timeline') {
      const asWritten = c[0] ?? '';
      const precision = /~|around|\?\?|morning/i.test(asWritten) ? 'approximate' : /^\d{4}-\d{2}-\d{2}$/.test(asWritten) ? 'date' : 'minute';
      const dated = /^(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2})$/.exec(asWritten);
      const at = dated ? `${dated[1]}T${dated[2]}:00.000Z` : null;
      entries.push({ asWritten, at, precision, text: c.slice(1).join(' '), line: i + 1 });
    }
    if (current === 'actionItems') {
      const [action = '', owner = '', due = ''] = c;
      items.push({
        key: null,
        text: action,
        owner: owner === '' ? null : owner,
        due: /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : null,
        status: null,
        priority: null,
        line: i + 1,
      });
    }
  });
  // Each section's body: its lines up to the next heading, as the parser gives it.
  sections.forEach((s, k) => {
    const end = (sections[k + 1]?.line ?? lines.length + 1) - 1;
    s.body = lines.slice(s.line, end).join('\n').trim();
  });
  return {
    meta: { title: null, incidentId: null, incidentDate: null, severity: null, durationStated: null, authors: [], status: null, template: null, timezone: null, extra: {} },
    sections,
    timeline: { entries, outOfOrder: false },
    actionItems: items,
    rootCause: null,
    ...overrides,
  };
}

/** A complete, clean post-mortem; tests replace one part to make one rule fire. */
export const GOOD_POSTMORTEM = `# Post-Mortem: Checkout errors after config push

## Summary

Checkout returned HTTP 502 for 23 minutes after a load-balancer configuration change.

## Impact

- 4,120 failed checkout requests (see [dashboard](https://grafana.example/d/checkout))
- Error rate peaked at 38%.

## Timeline

| Time (UTC) | Event |
|---|---|
| 14:00 | Config change merged and applied to lb-1 |
| 14:02 | Alert fired: checkout 5xx > 5% |
| 14:05 | On-call acknowledged and started investigating |
| 14:09 | Decided to roll back the config change |
| 14:12 | Rollback applied; error rate recovering |
| 14:16 | Error rate back under 0.1%, monitoring |

Time to detect: 2 minutes.

## Root Cause

The upstream list in \`haproxy.cfg\` was empty because the config template had no validation
for empty host lists, and the CI pipeline did not run \`haproxy -c\` on generated files.

## What Went Well

- The alert fired within 2 minutes.
- Thanks to Priya for spotting the empty upstream list quickly.

## Action Items

| Action | Owner | Due |
|---|---|---|
| Add a CI check that runs \`haproxy -c\` on generated configs | @alice | 2026-03-01 |
| Add validation for empty host lists in the LB config schema | @team-lb | 2026-03-08 |
| Page the LB rotation when 5xx exceeds 5% for 2 minutes on checkout | @bob | 2026-03-08 |
`;

import { lintPostmortem } from '../../src/domain/quality/lint.ts';
import { QualityConfigSchema, type QualityConfigInput } from '../../src/domain/quality/quality.config.ts';
import type { Finding, RuleId, TemplateLike } from '../../src/domain/quality/quality.types.ts';

/** Lints Markdown built with buildDoc under a (partial) quality config. */
export function lintText(text: string, config: QualityConfigInput = {}, template?: TemplateLike): Finding[] {
  return lintPostmortem(buildDoc(text), text, { config: QualityConfigSchema.parse(config), ...(template ? { template } : {}) });
}

/** The findings of one rule. */
export function findingsOf(rule: RuleId, text: string, config: QualityConfigInput = {}): Finding[] {
  return lintText(text, config).filter((f) => f.rule === rule);
}

/** GOOD_POSTMORTEM with one section's body replaced. */
export function withSection(heading: string, body: string, base = GOOD_POSTMORTEM): string {
  const re = new RegExp(`(## ${heading}\\n)([\\s\\S]*?)(?=\\n## |$)`);
  if (!re.test(base)) throw new Error(`no section ${heading}`);
  return base.replace(re, (_m, h: string) => `${h}\n${body}\n`);
}
