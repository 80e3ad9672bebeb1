import type { ActionItem, PostmortemDoc, TimelineEntry } from '../../src/domain/postmortem/document.types.ts';
import type { PostmortemTemplate } from '../../src/domain/templates/template.types.ts';
import { firstSentence } from '../../src/formats/postmortem/first-sentence.ts';
import { newPostmortemFromTemplate } from '../../src/formats/postmortem/new-postmortem.ts';

const PROSE: Record<string, string> = {
  summary: 'The checkout API returned errors for 42 minutes after a config push. A rollback restored service.',
  rootCause: 'A connection pool limit was lowered by a config change that skipped review. Nothing validated the value.',
  contributingFactors: '- No canary for config changes.\n- The alert threshold was too high.',
  impact: '- About 12% of checkouts failed.\n- No data was lost.',
  timeline: 'All times UTC.',
};

/** A filled-in post-mortem for tests: every template section has prose, plus a timeline and action items. */
export function buildPostmortem(template: PostmortemTemplate, overrides: Partial<PostmortemDoc> = {}): PostmortemDoc {
  const doc = newPostmortemFromTemplate(template, { id: 'INC-2024-03-02-001', title: 'Checkout errors after a config push', date: '2024-03-02', severity: 'SEV-2', authors: ['Dana Lee', 'Sam Ortiz'] });
  doc.meta.durationStated = '42m';
  doc.meta.extra = { team: 'payments' };
  doc.sections = doc.sections.map((s) => ({ ...s, body: PROSE[s.key ?? ''] ?? `Notes for ${s.heading.toLowerCase()}: nothing unusual | kept as written.` }));
  doc.sections.push({ key: null, heading: 'Glossary of Odd Terms', line: 0, level: 2, body: 'A free section Debrief does not know.' });
  const entries: TimelineEntry[] = [
    { asWritten: '2024-03-02T14:03:12Z', at: '2024-03-02T14:03:12.000Z', precision: 'exact', text: 'Config change pushed', line: 0, source: 'git' },
    { asWritten: '2024-03-02T14:05Z', at: '2024-03-02T14:05:00.000Z', precision: 'minute', text: 'Error-rate alert fired | pager', line: 0, phase: 'detection' },
    { asWritten: '~14:20', at: '2024-03-02T14:20:00.000Z', precision: 'approximate', text: 'Rollback decided', line: 0, decisionPoint: true },
    { asWritten: '??:??', at: null, precision: 'unknown', text: 'Status page updated', line: 0 },
    { asWritten: '2024-03-03', at: '2024-03-03T00:00:00.000Z', precision: 'date', text: 'Follow-up review held', line: 0 },
  ];
  const items: ActionItem[] = [
    { key: 'A1', text: 'Validate pool limits in CI', owner: '@dana', status: 'open', due: '2024-03-09', priority: 'P1', line: 0 },
    { key: 'A2', text: 'Add a canary stage for config pushes', owner: 'Sam Ortiz', status: 'in_progress', due: null, priority: 'P2', line: 0 },
    { key: null, text: 'Lower the alert threshold', owner: null, status: 'done', due: null, priority: null, line: 0 },
  ];
  doc.timeline = { entries, outOfOrder: false };
  doc.actionItems = items;
  const rc = doc.sections.find((s) => s.key === 'rootCause');
  doc.rootCause = rc ? firstSentence(rc.body) : null;
  return { ...doc, ...overrides };
}

/** The document with every line number set to 0, for comparing a round trip. */
export function withoutLines(doc: PostmortemDoc): PostmortemDoc {
  return {
    ...doc,
    sections: doc.sections.map((s) => ({ ...s, line: 0 })),
    timeline: { ...doc.timeline, entries: doc.timeline.entries.map((e) => ({ ...e, line: 0 })) },
    actionItems: doc.actionItems.map((a) => ({ ...a, line: 0 })),
  };
}
