import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from './evaluate.ts';
import { at, buildIncident, buildPolicy, T0 } from './test-factories.ts';

const policy = buildPolicy();

describe('incident numbers, derived', () => {
  it('measures duration and the times to detect, acknowledge, mitigate and resolve', () => {
    const incident = buildIncident({
      startedAt: T0, detectedAt: at(4), acknowledgedAt: at(9), mitigatedAt: at(25), resolvedAt: at(50), closedAt: at(90),
    });
    const m = evaluatePolicy(incident, policy, new Date(at(1000))).metrics;
    expect(m).toMatchObject({
      ongoing: false,
      durationMinutes: 50,
      timeToDetectMinutes: 4,
      timeToAcknowledgeMinutes: 5,
      timeToMitigateMinutes: 21,
      timeToResolveMinutes: 46,
      customerImpactMinutes: 25,
      warnings: [],
    });
  });

  it('fills key times from the timeline when they are not typed (seed 003 example)', () => {
    const incident = buildIncident({
      severity: 'SEV-2',
      timeline: [
        { at: at(0), kind: 'alert.firing', phase: 'detection' },
        { at: at(5), kind: 'incident.acknowledged', phase: 'detection' },
        { at: at(30), kind: 'mitigation started', phase: 'investigation' },
        { at: at(45), kind: 'note', phase: 'resolution' },
        { at: at(90), kind: 'incident.resolved', phase: 'resolution' },
        { at: null, kind: 'note', phase: null },
      ],
    });
    const m = evaluatePolicy(incident, policy, new Date(at(1000))).metrics;
    expect(m.keyTimes).toEqual({
      detectedAt: { at: at(0), source: 'timeline' },
      acknowledgedAt: { at: at(5), source: 'timeline' },
      mitigatedAt: { at: at(45), source: 'timeline' },
      resolvedAt: { at: at(90), source: 'timeline' },
    });
    expect(m.timeToMitigateMinutes).toBe(45);
    expect(m.durationMinutes).toBe(90);
  });

  it('typed key times win over the timeline', () => {
    const incident = buildIncident({ detectedAt: at(2), timeline: [{ at: at(0), kind: 'alert.firing', phase: 'detection' }] });
    expect(evaluatePolicy(incident, policy, new Date(at(10))).metrics.keyTimes.detectedAt).toEqual({ at: at(2), source: 'input' });
  });

  it('measures an open incident to now', () => {
    const m = evaluatePolicy(buildIncident({ startedAt: T0 }), policy, new Date(at(42))).metrics;
    expect(m).toMatchObject({ ongoing: true, durationMinutes: 42, timeToResolveMinutes: null });
  });

  it('warns about key times out of order', () => {
    const m = evaluatePolicy(buildIncident({ startedAt: at(10), resolvedAt: at(5) }), policy, new Date(at(60))).metrics;
    expect(m.warnings[0]).toMatch(/resolvedAt .* is before startedAt/);
  });
});
