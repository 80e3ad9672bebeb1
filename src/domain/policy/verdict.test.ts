import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from './evaluate.ts';
import { ALL_CLEAR, T0, at, buildIncident, buildPolicy } from './test-factories.ts';

const policy = buildPolicy();
const NOW = new Date(at(24 * 60));

function verdictOf(fields: Record<string, unknown>, p = policy, now = NOW) {
  return evaluatePolicy(buildIncident(fields), p, now).verdict;
}

/** A resolved SEV-4 incident of 1 minute with every flag known false. */
const BASE = { ...ALL_CLEAR, severity: 'SEV-4', startedAt: T0, mitigatedAt: at(1), resolvedAt: at(1) };

// Each row quotes the seed line it checks; `fires` is the rule expected to fire (or not).
const rows: { seed: string; quote: string; fields: Record<string, unknown>; rule: string; fires: boolean; level: string }[] = [
  { seed: '000', quote: 'SEV-1 (Critical) | Always', fields: { severity: 'SEV-1' }, rule: 'severity', fires: true, level: 'required' },
  { seed: '000', quote: 'SEV-2 (High) | Always', fields: { severity: 'SEV-2' }, rule: 'severity', fires: true, level: 'required' },
  { seed: '001', quote: 'All P0 incidents - Always, no exceptions', fields: { severity: 'P0' }, rule: 'severity', fires: true, level: 'required' },
  { seed: '001', quote: 'All P1 incidents - Always, no exceptions', fields: { severity: 'P1' }, rule: 'severity', fires: true, level: 'required' },
  { seed: '000', quote: 'SEV-3 (Medium) | If SLO breached', fields: { severity: 'SEV-3', sloBreached: true }, rule: 'slo-breach', fires: true, level: 'required' },
  { seed: '000', quote: 'SEV-3 (Medium) | If SLO breached (not breached)', fields: { severity: 'SEV-3' }, rule: 'slo-breach', fires: false, level: 'optional' },
  { seed: '000', quote: 'SEV-3 (Medium) | If ... data affected', fields: { severity: 'SEV-3', dataAffected: true }, rule: 'data-affected', fires: true, level: 'required' },
  { seed: '000', quote: 'SEV-4 (Low) | Optional', fields: {}, rule: 'optional-severity', fires: true, level: 'optional' },
  { seed: '000', quote: 'customer-visible outage > 5 minutes (exactly 5: no)', fields: { customerVisible: true, mitigatedAt: at(5), resolvedAt: at(5) }, rule: 'customer-outage', fires: false, level: 'optional' },
  { seed: '000', quote: 'customer-visible outage > 5 minutes (4: no)', fields: { customerVisible: true, mitigatedAt: at(4), resolvedAt: at(4) }, rule: 'customer-outage', fires: false, level: 'optional' },
  { seed: '000', quote: 'customer-visible outage > 5 minutes (6: yes)', fields: { customerVisible: true, mitigatedAt: at(6), resolvedAt: at(6) }, rule: 'customer-outage', fires: true, level: 'required' },
  { seed: '000', quote: 'customer-visible outage > 5 minutes (not visible)', fields: { customerVisible: false, mitigatedAt: at(20), resolvedAt: at(20) }, rule: 'customer-outage', fires: false, level: 'optional' },
  { seed: '000', quote: 'outage ends at mitigation (mitigated at 5, resolved at 25)', fields: { customerVisible: true, mitigatedAt: at(5), resolvedAt: at(25) }, rule: 'customer-outage', fires: false, level: 'optional' },
  { seed: '002', quote: 'Incidents lasting >30 minutes (exactly 30: no)', fields: { resolvedAt: at(30) }, rule: 'long-incident', fires: false, level: 'optional' },
  { seed: '002', quote: 'Incidents lasting >30 minutes (29: no)', fields: { resolvedAt: at(29) }, rule: 'long-incident', fires: false, level: 'optional' },
  { seed: '002', quote: 'Incidents lasting >30 minutes (31: yes)', fields: { resolvedAt: at(31) }, rule: 'long-incident', fires: true, level: 'required' },
  { seed: '000', quote: 'Data loss or corruption', fields: { dataLoss: true }, rule: 'data-loss', fires: true, level: 'required' },
  { seed: '001', quote: 'Data loss events - Any severity (type data_loss)', fields: { type: 'data loss' }, rule: 'data-loss', fires: true, level: 'required' },
  { seed: '000', quote: 'Security incident', fields: { security: true }, rule: 'security', fires: true, level: 'required' },
  { seed: '001', quote: 'Security incidents - Any severity (type security)', fields: { type: 'security' }, rule: 'security', fires: true, level: 'required' },
  { seed: '000', quote: 'Cascading failure affecting multiple services', fields: { cascading: true }, rule: 'cascading', fires: true, level: 'required' },
  { seed: '000', quote: 'Manual intervention required to restore service', fields: { manualIntervention: true }, rule: 'manual-intervention', fires: true, level: 'required' },
  { seed: '002', quote: 'SLO breaches that consume >10% of monthly error budget (10: no)', fields: { errorBudgetConsumedPercent: 10 }, rule: 'error-budget', fires: false, level: 'optional' },
  { seed: '002', quote: 'SLO breaches that consume >10% of monthly error budget (9.9: no)', fields: { errorBudgetConsumedPercent: 9.9 }, rule: 'error-budget', fires: false, level: 'optional' },
  { seed: '002', quote: 'SLO breaches that consume >10% of monthly error budget (10.1: yes)', fields: { errorBudgetConsumedPercent: 10.1 }, rule: 'error-budget', fires: true, level: 'required' },
  { seed: '002', quote: 'Customer-impacting incidents with external complaints (0: no)', fields: { externalComplaints: 0 }, rule: 'external-complaints', fires: false, level: 'optional' },
  { seed: '002', quote: 'Customer-impacting incidents with external complaints (1: yes)', fields: { externalComplaints: 1 }, rule: 'external-complaints', fires: true, level: 'required' },
  { seed: '002', quote: 'Multi-environment incidents affecting multiple stages (1: no)', fields: { environments: ['PROD'] }, rule: 'multi-environment', fires: false, level: 'optional' },
  { seed: '002', quote: 'Multi-environment incidents affecting multiple stages (2: yes)', fields: { environments: ['QA', 'PROD'] }, rule: 'multi-environment', fires: true, level: 'required' },
  { seed: '002', quote: 'same stage twice is one stage', fields: { environments: ['prod', 'PROD'] }, rule: 'multi-environment', fires: false, level: 'optional' },
  { seed: '001', quote: 'Near misses - Caught before user impact', fields: { nearMiss: true }, rule: 'near-miss', fires: true, level: 'recommended' },
  { seed: '001', quote: 'Process failures - Deployment issues, human errors', fields: { processFailure: true }, rule: 'process-failure', fires: true, level: 'recommended' },
  { seed: '001', quote: 'P2 incidents - If complex', fields: { severity: 'P2', complex: true }, rule: 'complex-or-recurring', fires: true, level: 'recommended' },
  { seed: '001', quote: 'P2 incidents - If ... recurring', fields: { severity: 'P2', recurring: true }, rule: 'complex-or-recurring', fires: true, level: 'recommended' },
  { seed: '001', quote: 'P3 incidents - Usually not needed (complex P3: no)', fields: { severity: 'P3', complex: true }, rule: 'complex-or-recurring', fires: false, level: 'optional' },
];

describe('verdict rules, quoting the seeds', () => {
  it.each(rows)('seed $seed "$quote" → $rule fired=$fires, $level', ({ fields, rule, fires, level }) => {
    const v = verdictOf({ ...BASE, ...fields });
    expect(v.reasons.some((r) => r.rule === rule)).toBe(fires);
    expect(v.level).toBe(level);
  });
});

describe('verdict details', () => {
  it('lists every rule that fired, strongest level first', () => {
    const v = verdictOf({ ...BASE, severity: 'SEV-1', security: true, nearMiss: true, resolvedAt: at(45) });
    expect(v.level).toBe('required');
    expect(v.reasons.map((r) => r.rule)).toEqual(['severity', 'long-incident', 'security', 'near-miss']);
    expect(v.reasons[0]).toMatchObject({ rule: 'severity', level: 'required', seeds: ['000', '001', '002'] });
    expect(v.unknown).toEqual([]);
  });

  it('says which unknown fields could change the verdict (SEV-3, sloBreached unknown)', () => {
    const { sloBreached: _s, ...rest } = BASE;
    const v = verdictOf({ ...rest, severity: 'SEV-3' });
    expect(v.level).toBe('optional');
    expect(v.unknown).toEqual(['sloBreached']);
    expect(v.pending).toEqual([{ rule: 'slo-breach', level: 'required', fields: ['sloBreached'] }]);
  });

  it('reports nothing unknown once the verdict is required', () => {
    const v = verdictOf({ severity: 'SEV-1' });
    expect(v.level).toBe('required');
    expect(v.unknown).toEqual([]);
  });

  it('with nothing known, every field that could fire a rule is unknown', () => {
    const v = verdictOf({});
    expect(v.level).toBe('not_needed');
    expect(v.unknown).toEqual(expect.arrayContaining(['severity', 'startedAt', 'customerVisible', 'dataLoss', 'security', 'environments']));
  });

  it('measures an unresolved incident to now: short so far is unknown, long so far fires', () => {
    const { resolvedAt: _r, mitigatedAt: _m, ...open } = BASE;
    expect(verdictOf(open, policy, new Date(at(20))).unknown).toContain('resolvedAt');
    const long = verdictOf(open, policy, new Date(at(31)));
    expect(long.reasons.find((r) => r.rule === 'long-incident')?.message).toMatch(/has lasted 31 min so far/);
  });

  it('counts from detection when the start is unknown, and says the start could change it', () => {
    const { startedAt: _s, ...rest } = BASE;
    const v = verdictOf({ ...rest, detectedAt: T0, resolvedAt: at(20) });
    expect(v.unknown).toContain('startedAt');
    expect(verdictOf({ ...rest, detectedAt: T0, resolvedAt: at(40) }).reasons.map((r) => r.rule)).toContain('long-incident');
  });

  it('turns rules off and moves thresholds from config', () => {
    const p = buildPolicy({ rules: { 'long-incident': { minutes: 60 }, security: { enabled: false }, 'near-miss': { level: 'required' } } });
    expect(verdictOf({ ...BASE, resolvedAt: at(45) }, p).level).toBe('optional');
    expect(verdictOf({ ...BASE, resolvedAt: at(61) }, p).level).toBe('required');
    expect(verdictOf({ ...BASE, security: true }, p).level).toBe('optional');
    expect(verdictOf({ ...BASE, nearMiss: true }, p).level).toBe('required');
  });

  it('derives the error budget from the SLO when the percentage is not typed (20 min at 99.9% = 46.3%)', () => {
    const { errorBudgetConsumedPercent: _e, ...rest } = BASE;
    const v = verdictOf({ ...rest, customerVisible: true, mitigatedAt: at(20), resolvedAt: at(20), slo: { target: 0.999 } });
    expect(v.reasons.find((r) => r.rule === 'error-budget')?.message).toContain('46.3%');
  });
});

describe('reasons of a stronger verdict', () => {
  it('leave out the optional severity rule when something required fired', async () => {
    const { defaultPolicy } = await import('./index.ts');
    const e = evaluatePolicy({ severity: 'SEV-4', security: true }, defaultPolicy(), new Date('2026-03-01T00:00:00Z'));
    expect(e.verdict.level).toBe('required');
    expect(e.verdict.reasons.map((r) => r.rule)).toEqual(['security']);
  });
});
