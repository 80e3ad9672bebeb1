import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { evaluatePolicy } from './evaluate.ts';
import { parseSeverity } from './severity.ts';
import { ALL_CLEAR, T0, at, buildIncident, buildPolicy } from './test-factories.ts';

describe('severity scale', () => {
  const { scale } = buildPolicy();

  it.each([
    ['SEV-1', 'SEV-1'], ['sev1', 'SEV-1'], ['Sev 1', 'SEV-1'], ['SEV 1', 'SEV-1'], ['sev-1', 'SEV-1'], ['sev_1', 'SEV-1'],
    ['P0', 'SEV-1'], ['p0', 'SEV-1'], ['P 0', 'SEV-1'], ['Severity 1', 'SEV-1'],
    ['P1', 'SEV-2'], ['sev2', 'SEV-2'], ['p2', 'SEV-3'], ['SEV-3', 'SEV-3'], ['P3', 'SEV-4'], ['sev 4', 'SEV-4'],
  ])('reads %s as %s', (name, id) => {
    expect(parseSeverity(scale, name).id).toBe(id);
  });

  it.each(['SEV-5', 'P4', 'critical', 'sev', '1', 'S1'])('refuses %s with the accepted names, never a guess', (name) => {
    try {
      parseSeverity(scale, name);
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e)).toBe(true);
      expect((e as Error).message).toContain(name);
      const errors = (e as { details: { errors: { path: string; message: string }[] } }).details.errors;
      expect(errors[0]?.path).toBe('severity');
      expect(errors[0]?.message).toContain('SEV-1 (P0), SEV-2 (P1), SEV-3 (P2), SEV-4 (P3)');
    }
  });

  it('evaluatePolicy refuses an unknown severity naming the field', () => {
    expect(() => evaluatePolicy(buildIncident({ severity: 'SEV-9' }), buildPolicy(), new Date(T0))).toThrow(/unknown severity "SEV-9"/);
  });
});

describe('a three-level scale from config (P1..P3, seed 002)', () => {
  const policy = buildPolicy({
    severity: { levels: ['P1', 'P2', 'P3'] },
    rules: {
      severity: { severities: ['P1'] },
      'slo-breach': { severities: ['P2'] },
      'data-affected': { severities: ['P2'] },
      'complex-or-recurring': { severities: ['P2'] },
      'optional-severity': { severities: ['P3'] },
    },
    deadlines: {
      sources: [
        { milestone: 'meeting', seed: 'ours', after: '24h', severities: ['P1'] },
        { milestone: 'meeting', seed: 'ours', after: '2w', severities: ['P2', 'P3'] },
      ],
    },
    meeting: { lengths: [{ severities: ['p1'], minMinutes: 60, maxMinutes: 90 }] },
  });
  const now = new Date(at(600));
  const run = (severity: string) =>
    evaluatePolicy(buildIncident({ ...ALL_CLEAR, severity, startedAt: T0, resolvedAt: at(10) }), policy, now);

  it('requires a post-mortem for P1 only', () => {
    expect(run('p1').verdict.level).toBe('required');
    expect(run('P2').verdict.level).toBe('not_needed');
    expect(run('P3').verdict.level).toBe('optional');
  });

  it('has no P0 or SEV-1 any more', () => {
    expect(() => run('P0')).toThrow(/unknown severity "P0".*/);
    expect(() => run('SEV-1')).toThrow(/this scale accepts|unknown severity/);
  });

  it('takes deadlines and meeting length from config', () => {
    expect(run('P1').deadlines.meeting?.at).toBe(at(10 + 24 * 60));
    expect(run('P3').deadlines.meeting?.at).toBe(at(10 + 14 * 24 * 60));
    expect(run('P1').meeting).toMatchObject({ minMinutes: 60, maxMinutes: 90 });
    expect(run('P2').meeting).toBeNull();
  });
});
