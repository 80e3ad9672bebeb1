import { describe, expect, it } from 'vitest';
import type { FieldProblem } from '../errors.ts';
import { PolicyConfigSchema } from './policy-config.ts';
import { loadPolicy, resolvePolicy } from './resolve-policy.ts';

function problemsOf(raw: unknown): FieldProblem[] {
  try {
    loadPolicy(raw);
  } catch (e) {
    return (e as { details: { errors: FieldProblem[] } }).details.errors;
  }
  throw new Error('expected the policy to be refused');
}

describe('PolicyConfigSchema', () => {
  it('gives the default policy for {}', () => {
    const config = PolicyConfigSchema.parse({});
    expect(config.timeZone).toBe('UTC');
    expect(config.severity.levels.map((l) => l.id)).toEqual(['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4']);
    expect(config.rules['customer-outage']).toEqual({ enabled: true, level: 'required', minutes: 5 });
    expect(config.rules['long-incident'].minutes).toBe(30);
    expect(config.rules['error-budget'].percent).toBe(10);
    expect(config.deadlines.strategy).toBe('strictest');
    expect(config.actionItems.priorities).toEqual({ P0: '24h', P1: '1w', P2: '1mo', P3: '1q' });
    expect(() => resolvePolicy(config)).not.toThrow();
  });

  it('keeps defaults beside a partial override', () => {
    const { config } = loadPolicy({ rules: { 'long-incident': { minutes: 45 } } });
    expect(config.rules['long-incident']).toEqual({ enabled: true, level: 'required', minutes: 45 });
    expect(config.rules.severity.severities).toEqual(['SEV-1', 'SEV-2']);
  });

  it('normalises periods written in words', () => {
    const { config } = loadPolicy({ actionItems: { priorities: { P0: '24 hours', P1: '1 week', P2: '1 month', P3: '1 quarter' } } });
    expect(config.actionItems.priorities).toEqual({ P0: '24h', P1: '1w', P2: '1mo', P3: '1q' });
  });
});

describe('invalid policy config', () => {
  it('lists every problem at once: zod problems and cross-section checks together', () => {
    const problems = problemsOf({
      timeZone: 'Mars/Olympus',
      rules: {
        severity: { enabled: 'yes', severities: ['SEV-1', 'SEV-7'] },
        'long-incident': { minutes: -1 },
        'optional-severity': { severities: ['P9'] },
        'no-such-rule': {},
      },
      deadlines: {
        strategy: '009',
        sources: [
          { milestone: 'meeting', seed: 'x', after: '3 fortnights' },
          { milestone: 'draft', seed: '000', after: '24h', severities: ['SEV-0'] },
        ],
      },
      meeting: { lengths: [{ severities: ['SEV-8'], minMinutes: 60, maxMinutes: 30 }] },
      actionItems: { horizons: { immediate: { within: '1w', priorities: ['P0', 'P7'] } } },
    });
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'policy.timeZone',
        'policy.rules.severity.enabled',
        'policy.rules.long-incident.minutes',
        'policy.rules',
        'policy.deadlines.sources.0.after',
        'policy.meeting.lengths.0.maxMinutes',
        // Cross-section checks, reported in the same error:
        'policy.rules.optional-severity.severities.0',
        'policy.deadlines.sources.1.severities.0',
        'policy.actionItems.horizons.immediate.priorities.1',
      ]),
    );
    expect(problems.find((p) => p.path === 'policy.rules.optional-severity.severities.0')?.message).toMatch(/unknown severity "P9"/);
    expect(problems.length).toBeGreaterThanOrEqual(9);
  });

  it('reports unknown severities in rules, deadlines and meeting lengths of a valid-shaped config together', () => {
    const problems = problemsOf({
      severity: { levels: ['P1', 'P2', 'P3'] },
    });
    const paths = problems.map((p) => p.path);
    // The defaults name SEV-1..SEV-4, which a P1..P3 scale lacks: every place is listed.
    expect(paths).toEqual(
      expect.arrayContaining([
        'policy.rules.severity.severities.0',
        'policy.rules.severity.severities.1',
        'policy.rules.slo-breach.severities.0',
        'policy.deadlines.sources.2.severities.0',
        'policy.meeting.lengths.0.severities.0',
      ]),
    );
    expect(problems[0]?.message).toContain('the scale has P1, P2, P3');
  });

  it('refuses a strategy that names no seed of the table', () => {
    expect(problemsOf({ deadlines: { strategy: '009' } })).toEqual([
      { path: 'policy.deadlines.strategy', message: '"009" is neither "strictest" nor a seed of deadlines.sources (001, 002, 000)' },
    ]);
  });

  it('refuses two levels that share a name after normalising', () => {
    const problems = problemsOf({ severity: { levels: [{ id: 'SEV-1', aliases: ['P0'] }, { id: 'sev1' }] }, rules: { severity: { severities: ['SEV-1'] } } });
    expect(problems.map((p) => p.path)).toContain('policy.severity.levels.1');
  });
});
