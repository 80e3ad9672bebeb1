import { describe, expect, it } from 'vitest';
import { withProgress } from '../lifecycle/milestones.ts';
import { evaluatePolicy } from '../policy/evaluate.ts';
import { at, buildIncident, buildPolicy, T0 } from '../policy/test-factories.ts';
import { compactVerdictOf, evaluateCompactVerdict, evaluateCompactVerdictAt, MAX_HOLD_MS, nextDeadlineOf } from './compact-verdict.ts';

const POLICIES = {
  strictest: buildPolicy(),
  'seed 000': buildPolicy({ deadlines: { strategy: '000' } }),
  'own seed in a zone, calendar months': buildPolicy({
    timeZone: 'Europe/Berlin',
    deadlines: { strategy: 'acme', sources: [{ milestone: 'published', seed: 'acme', after: '1mo', basis: 'startedAt', quote: 'our rule' }, { milestone: 'draft', seed: 'acme', after: '36h', basis: 'detectedAt', severities: ['SEV-1'], quote: 'fast' }] },
  }),
};

const INCIDENTS: Record<string, Record<string, unknown>> = {
  'nothing known': {},
  'severity only': { severity: 'SEV-2' },
  'ongoing SEV-1, customers hit': { severity: 'SEV-1', customerVisible: true, startedAt: T0, detectedAt: at(5) },
  'resolved SEV-3': { severity: 'SEV-3', startedAt: T0, resolvedAt: at(60) },
  'detected from the timeline only': { severity: 'SEV-1', timeline: [{ at: at(12), kind: 'alert.firing', phase: 'detection' }, { at: at(90), kind: 'note', phase: 'resolution' }], resolvedAt: at(120) },
  'start before a clock change': { severity: 'SEV-2', startedAt: '2026-03-28T23:30:00Z', resolvedAt: '2026-03-29T03:00:00Z' },
};

const MET: Record<string, Record<string, string>> = {
  'nothing met': {},
  'owner assigned': { owner: at(70) },
  'owner, draft and meeting': { owner: at(70), draft: at(3000), meeting: at(4000) },
  'all met': { owner: at(70), draft: at(3000), meeting: at(4000), published: at(9000) },
};

describe('the compact verdict', () => {
  const cases = Object.entries(POLICIES).flatMap(([p, policy]) => Object.entries(INCIDENTS).flatMap(([i, fields]) =>
    Object.entries(MET).flatMap(([m, met]) => [at(100), at(60 * 24 * 40)].map((now) => ({ name: `${p} / ${i} / ${m} / ${now}`, policy, fields, met, now: new Date(now) })))));

  it.each(cases)('agrees with the full evaluation: $name', ({ policy, fields, met, now }) => {
    const incident = buildIncident(fields);
    const full = evaluatePolicy(incident, policy, now);
    const expected = compactVerdictOf({ verdict: full.verdict, deadlines: withProgress(full.deadlines, met) }, now);
    expect(evaluateCompactVerdict(incident, policy, met, now)).toEqual(expected);
  });

  it('names the earliest deadline not met, overdue once past it', () => {
    const deadlines = { owner: { at: at(60), provisional: false }, draft: { at: at(3000), provisional: true }, published: { at: at(2000), provisional: false } };
    expect(nextDeadlineOf(deadlines, {}, new Date(at(10)))).toEqual({ milestone: 'owner', label: 'post-mortem owner assigned', at: at(60), provisional: false, overdue: false });
    expect(nextDeadlineOf(deadlines, { owner: at(61) }, new Date(at(2500)))).toMatchObject({ milestone: 'published', overdue: true });
    expect(nextDeadlineOf(deadlines, { owner: at(61), published: at(1900), draft: at(1800) }, new Date(at(2500)))).toBeNull();
  });

  it('chases nothing once published, even an owner or meeting never recorded', () => {
    const deadlines = { owner: { at: at(60), provisional: false }, meeting: { at: at(1440), provisional: false }, published: { at: at(2000), provisional: false } };
    expect(nextDeadlineOf(deadlines, { published: at(1900) }, new Date(at(5000)))).toBeNull();
  });

  it('skips deadlines still waiting for a key time and milestones a post-mortem cannot meet', () => {
    expect(nextDeadlineOf({ owner: { at: null, provisional: true }, actionItems: { at: at(1), provisional: false } }, {}, new Date(T0))).toBeNull();
  });

  it('says required only for the required level', () => {
    const now = new Date(at(100));
    expect(evaluateCompactVerdict(buildIncident({ severity: 'SEV-1', customerVisible: true, startedAt: T0 }), POLICIES.strictest, {}, now)).toMatchObject({ level: 'required', required: true });
    expect(evaluateCompactVerdict(buildIncident({ severity: 'SEV-4', startedAt: T0, resolvedAt: at(3) }), POLICIES.strictest, {}, now).required).toBe(false);
  });

  it.each(cases)('holds as long as it says it does, and no longer: $name', ({ policy, fields, met, now }) => {
    const incident = buildIncident(fields);
    const at0 = evaluateCompactVerdictAt(incident, policy, met, now);
    expect(at0.verdict).toEqual(evaluateCompactVerdict(incident, policy, met, now));
    if (!at0.lasting) return;
    const end = at0.until?.getTime() ?? now.getTime() + 400 * 86_400_000;
    for (const t of [now.getTime() + 1000, (now.getTime() + end) / 2, end - 1, end]) {
      if (t > end) continue;
      expect(evaluateCompactVerdict(incident, policy, met, new Date(t)), new Date(t).toISOString()).toEqual(at0.verdict);
    }
    // No longer than it must: a second after its end it has changed (unless it ended at the longest hold).
    if (at0.until !== null && end < now.getTime() + MAX_HOLD_MS) expect(evaluateCompactVerdict(incident, policy, met, new Date(end + 1001))).not.toEqual(at0.verdict);
  });

  it('holds an unresolved incident\'s verdict until its duration crosses a rule\'s threshold, to the second', () => {
    // SEV-3, customers not hit: only "incident longer than N minutes" can fire as it goes on.
    const incident = buildIncident({ severity: 'SEV-3', customerVisible: false, startedAt: T0 });
    const now = new Date(at(10));
    const at0 = evaluateCompactVerdictAt(incident, POLICIES.strictest, {}, now);
    expect(at0.lasting).toBe(true);
    const until = at0.lasting ? at0.until!.getTime() : 0;
    expect(until).toBeGreaterThan(now.getTime());
    expect(evaluateCompactVerdict(incident, POLICIES.strictest, {}, new Date(until)).level).toBe(at0.verdict.level);
    expect(evaluateCompactVerdict(incident, POLICIES.strictest, {}, new Date(until + 1000)).level).not.toBe(at0.verdict.level);
  });

  it('does not last while the outlier window still grows with the clock', () => {
    const incident = buildIncident({ severity: 'SEV-3', startedAt: T0, resolvedAt: at(60) });
    expect(evaluateCompactVerdictAt(incident, POLICIES.strictest, {}, new Date(at(100)), true).lasting).toBe(false);
    expect(evaluateCompactVerdictAt(incident, POLICIES.strictest, {}, new Date(at(100))).lasting).toBe(true);
  });
});
