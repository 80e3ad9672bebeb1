/**
 * A kept verdict is used by the list only when it has the compact verdict's shape: the hand-written
 * check accepts exactly what `CompactVerdictSchema` accepts, on valid verdicts and on each way one can be off.
 */
import { describe, expect, it } from 'vitest';
import { CompactVerdictSchema, keptCompactVerdict } from './incident-list.view.ts';

const deadline = { milestone: 'owner', label: 'post-mortem owner assigned', at: '2026-11-01T00:20:00.000Z', provisional: false, overdue: true };
const valid: unknown[] = [
  { level: 'required', required: true, nextDeadline: deadline },
  { level: 'optional', required: false, nextDeadline: null },
  { level: 'not_needed', required: false, nextDeadline: { ...deadline, milestone: 'followUpReview', at: '2026-11-01T05:50:00+05:30' } },
  { level: 'recommended', required: false, nextDeadline: { ...deadline, at: '2026-11-01T00:20:00Z', provisional: true } },
];
const off: unknown[] = [
  null, 'required', 42, [], [valid[0]],
  { level: 'required', deadline: 'soon' },
  { level: 'urgent', required: true, nextDeadline: null },
  { level: 'required', required: 'yes', nextDeadline: null },
  { level: 'required', required: true },
  { level: 'required', required: true, nextDeadline: undefined },
  { level: 'required', required: true, nextDeadline: null, extra: 1 },
  { level: 'required', required: true, nextDeadline: 'tomorrow' },
  { level: 'required', required: true, nextDeadline: [] },
  { level: 'required', required: true, nextDeadline: { ...deadline, milestone: 'party' } },
  { level: 'required', required: true, nextDeadline: { ...deadline, label: 3 } },
  { level: 'required', required: true, nextDeadline: { ...deadline, at: 'next week' } },
  { level: 'required', required: true, nextDeadline: { ...deadline, at: '2026-11-01' } },
  { level: 'required', required: true, nextDeadline: { ...deadline, at: '2026-11-01T00:20:00.000Z\n' } },
  { level: 'required', required: true, nextDeadline: { ...deadline, overdue: 'no' } },
  { level: 'required', required: true, nextDeadline: { ...deadline, provisional: undefined } },
  { level: 'required', required: true, nextDeadline: { ...deadline, extra: 1 } },
];

describe('a kept compact verdict', () => {
  it('is used when it has the compact verdict\'s shape, as the schema reads it', () => {
    for (const v of valid) {
      expect(CompactVerdictSchema.safeParse(v).success, JSON.stringify(v)).toBe(true);
      expect(keptCompactVerdict(v), JSON.stringify(v)).toEqual(v);
    }
  });

  it('is not used (computed again) when any key or value is off, wherever the schema refuses it', () => {
    for (const v of off) {
      expect(CompactVerdictSchema.safeParse(v).success, JSON.stringify(v)).toBe(false);
      expect(keptCompactVerdict(v), JSON.stringify(v)).toBeNull();
    }
  });
});
