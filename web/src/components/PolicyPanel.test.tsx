// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { buildDeadline, buildIncident, buildPolicy } from '../test-support/factories.ts';
import { IncidentSummary } from './IncidentSummary.tsx';
import { PolicyPanel } from './PolicyPanel.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('the policy panel', () => {
  it('names the rule and the policy in plain words: no seed citations, no raw field names', async () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    await act(async () => {
      const policy = buildPolicy({
        verdict: { level: 'required', reasons: [{ rule: 'customer-outage', level: 'required', message: 'customer-visible outage of 20 min (seed 000 §1)', seeds: ['000'] }], unknown: ['severity'], pending: [] },
        deadlines: {
          followUpReview: buildDeadline({ rule: 'followUpReview', at: null, label: 'follow-up review of action items', provisional: true, waitingFor: ['resolvedAt'], explanation: 'follow-up review of action items 4 weeks after resolution (seed 000: "review in four weeks")' }),
          meeting: buildDeadline({ rule: 'meeting', seed: 'ours', label: 'post-mortem meeting held', explanation: 'post-mortem meeting held within 24 hours of resolution (seed ours: "our rule")' }),
        },
      });
      root.render(<><IncidentSummary incident={buildIncident({ policy })} /><PolicyPanel policy={policy} /></>);
    });
    const text = host.textContent ?? '';
    expect(text).not.toMatch(/seed/i);
    expect(text).not.toContain('resolvedAt');
    expect(text).not.toContain('followUpReview');
    expect(text).toContain('when the resolved time is known');
    expect(text).toContain('Default policy: follow-up review of action items 4 weeks after resolution');
    expect(text).toContain('Team policy: post-mortem meeting held within 24 hours of resolution');
    expect(text).toContain('policy rule: customer outage');
    await act(async () => { root.unmount(); });
  });
});
