import { describe, expect, it } from 'vitest';
import type { Deadlines } from '../policy/deadlines.ts';
import { milestonesMet, withProgress } from './milestones.ts';

const deadline = (rule: string, at: string) => ({
  rule, label: rule, at, seed: '001', after: '72h', basis: 'resolvedAt', basisUsed: 'resolvedAt', quote: '', explanation: '', provisional: false, waitingFor: [], candidates: [],
});

describe('post-mortem milestones', () => {
  it('reads a published post-mortem as met (on time or late), and the draft as met by its review request', () => {
    const deadlines = { published: deadline('published', '2026-03-13T10:00:00.000Z'), draft: deadline('draft', '2026-03-11T10:00:00.000Z'), meeting: deadline('meeting', '2026-03-12T10:00:00.000Z') } as unknown as Deadlines;
    const met = milestonesMet({ ownerAssignedAt: '2026-03-10T10:00:00.000Z', reviewRequestedAt: '2026-03-11T12:00:00.000Z', meetingHeldAt: null, firstPublishedAt: '2026-03-12T09:00:00.000Z' });
    const out = withProgress(deadlines, met);
    expect(out.published?.met).toEqual({ at: '2026-03-12T09:00:00.000Z', late: false });
    expect(out.draft?.met).toEqual({ at: '2026-03-11T12:00:00.000Z', late: true });
    expect(out.meeting?.met).toBeNull();
  });
});
