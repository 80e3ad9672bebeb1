import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from './evaluate.ts';
import { at, buildIncident, buildPolicy, T0 } from './test-factories.ts';

const H = 60;
const D = 24 * H;
const RESOLVED = 60; // resolved an hour after T0

function deadlinesOf(severity: string | undefined, p = buildPolicy(), extra: Record<string, unknown> = {}) {
  const incident = buildIncident({ severity, startedAt: T0, resolvedAt: at(RESOLVED), ...extra });
  return evaluatePolicy(incident, p, new Date(at(RESOLVED))).deadlines;
}

describe('deadlines from the seeds, strictest wins', () => {
  // [severity, milestone, minutes after T0, winning seed]
  it.each([
    ['SEV-1', 'owner', RESOLVED, '001'],
    ['SEV-1', 'meeting', RESOLVED + 24 * H, '000'],
    ['SEV-2', 'meeting', RESOLVED + 48 * H, '000'],
    ['SEV-3', 'meeting', RESOLVED + 48 * H, '001'],
    ['SEV-1', 'draft', RESOLVED + 24 * H, '000'],
    ['SEV-2', 'draft', RESOLVED + 48 * H, '000'],
    ['SEV-3', 'draft', RESOLVED + 48 * H, '001'],
    ['SEV-1', 'published', RESOLVED + 72 * H, '000'],
    ['SEV-3', 'published', 7 * D, '002'],
    ['SEV-3', 'actionItems', RESOLVED + 14 * D, '001'],
    ['SEV-3', 'openItemsReview', RESOLVED + 7 * D, '000'],
  ] as const)('%s %s is due %i min after the start (seed %s)', (severity, milestone, minutes, seed) => {
    const d = deadlinesOf(severity)[milestone];
    expect(d?.at).toBe(at(minutes));
    expect(d?.seed).toBe(seed);
    expect(d?.rule).toBe(milestone);
    expect(d?.provisional).toBe(false);
  });

  it('explains the winner and lists the candidates that lost', () => {
    const meeting = deadlinesOf('SEV-1').meeting;
    expect(meeting).toMatchObject({ seed: '000', basis: 'resolvedAt', after: '24h', quote: 'Schedule within 24 hours for SEV-1' });
    expect(meeting?.explanation).toMatch(/within 24 hours of resolution \(seed 000: "Schedule within 24 hours for SEV-1"\); the strictest of 3 sources/);
    expect(meeting?.candidates.map((c) => [c.seed, c.after])).toEqual([['001', '48h'], ['002', '2w']]);
  });

  it('counts seed 002 "within 1 week of incident" from the start', () => {
    const published = deadlinesOf('SEV-3').published;
    expect(published?.basis).toBe('startedAt');
    expect(published?.explanation).toContain('of the start of the incident');
  });

  it('marks deadlines provisional while the incident is not resolved', () => {
    const incident = buildIncident({ severity: 'SEV-2', startedAt: T0 });
    const d = evaluatePolicy(incident, buildPolicy(), new Date(at(10))).deadlines;
    expect(d.meeting).toMatchObject({ at: null, provisional: true, waitingFor: ['resolvedAt'] });
    expect(d.published).toMatchObject({ at: at(7 * D), provisional: true, waitingFor: ['resolvedAt'] });
  });

  it('leaves out severity-specific sources when the severity is not known', () => {
    const d = deadlinesOf(undefined);
    expect(d.meeting?.seed).toBe('001');
    expect(d.meeting?.waitingFor).toEqual(['severity']);
  });

  it('follows one seed when the strategy names it, falling back to the strictest where it is silent', () => {
    const p = buildPolicy({ deadlines: { strategy: '000' } });
    const d = deadlinesOf('SEV-3', p);
    expect(d.draft).toMatchObject({ seed: '000', at: at(RESOLVED + 7 * D) });
    expect(d.draft?.candidates.map((c) => c.seed)).toEqual(['001', '002']);
    expect(d.actionItems?.seed).toBe('001');
    expect(d.actionItems?.explanation).toMatch(/seed 000 sets no actionItems deadline, so the strictest applies/);
  });

  it('takes custom sources from config', () => {
    const p = buildPolicy({
      deadlines: { strategy: 'acme', sources: [{ milestone: 'meeting', seed: 'acme', after: '3d', quote: 'our rule' }] },
    });
    const d = deadlinesOf('SEV-1', p);
    expect(Object.keys(d)).toEqual(['meeting']);
    expect(d.meeting).toMatchObject({ seed: 'acme', at: at(RESOLVED + 3 * D) });
  });
});
