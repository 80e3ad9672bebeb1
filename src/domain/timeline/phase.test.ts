import { describe, expect, it } from 'vitest';
import { detectDecisionPoint, guessPhase } from './phase.ts';

describe('guessPhase', () => {
  it.each([
    ['CheckoutErrorRate firing', 'alert.firing', 'detection'],
    ['Incident #7 triggered', 'incident.triggered', 'detection'],
    ['Incident #7 acknowledged', 'incident.acknowledged', 'investigation'],
    ['anything', 'alert.resolved', 'resolution'],
    ['#12 alert closed', 'alert.closed', 'resolution'],
    ['Deploy of shop main', 'deploy.success', 'mitigation'],
    ['rolling back the release now', 'message', 'mitigation'],
    ['Restarted the pods', 'note', 'mitigation'],
    ['all clear, error rate back to normal', 'message', 'resolution'],
    ['anyone around?', 'message', 'investigation'],
    ['Bump chart to 1.2.3', 'commit', null],
  ] as const)('%s (%s) → %s', (text, kind, phase) => {
    expect(guessPhase(text, kind)).toBe(phase);
  });
});

describe('detectDecisionPoint', () => {
  it('recognises rollbacks, failovers, escalations and declarations', () => {
    for (const t of ['Decided to roll back', 'Revert "feature"', 'failing over to us-west-2', 'escalated to the DB team', 'Declaring a SEV1 incident']) {
      expect(detectDecisionPoint(t)).toBe(true);
    }
    expect(detectDecisionPoint('looking at the dashboards')).toBe(false);
  });
});
