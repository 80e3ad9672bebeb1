import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../templates/index.ts';
import { buildDraft } from './draft.ts';

const impactOf = (startedAt: string, resolvedAt: string): string => {
  const doc = buildDraft({
    template: BUILTIN_TEMPLATES.find((t) => t.sections.some((s) => s.key === 'impact'))!,
    incident: {
      id: 'INC-1', title: 'Payments timeouts', summary: '', severity: 'P2', type: 'other', services: ['payments'], environments: [],
      commander: null, startedAt, detectedAt: null, mitigatedAt: null, resolvedAt, declaredAt: startedAt,
    },
    events: [], focusQuestions: [], owner: null,
    metrics: { durationMinutes: 120, timeToDetectMinutes: null, timeToAcknowledgeMinutes: null, timeToMitigateMinutes: null, timeToResolveMinutes: null, customerImpactMinutes: null, errorBudgetConsumedPercent: null },
  });
  return doc.sections.find((s) => s.key === 'impact')!.body;
};

describe('the draft\'s impact section', () => {
  it('writes the incident\'s span as people read it, in UTC, not as raw ISO times', () => {
    expect(impactOf('2026-12-02T21:44:11.465Z', '2026-12-02T23:44:11.465Z')).toContain('- **Duration:** 2 h 0 min (2026-12-02 21:44 – 23:44 UTC)');
    expect(impactOf('2026-12-02T23:10:00.000Z', '2026-12-03T01:10:00.000Z')).toContain('(2026-12-02 23:10 – 2026-12-03 01:10 UTC)');
  });
});
