import { describe, expect, it } from 'vitest';
import type { SimilarIncident } from '../../../src/domain/learning/contract.ts';
import { relatedLine, relatedSectionKey, withRelated } from './related.ts';

const s: SimilarIncident = {
  incidentId: 'INC-2026-0042', title: 'Checkout certificate expired', startedAt: '2026-03-04T10:00:00.000Z', score: 0.71,
  reasons: ['same service: checkout', 'same failure terms in root cause: certificate, expired'], sharedTerms: ['certificate'], repeat: true, recurredAfterFix: true,
};

describe('related incidents accepted into the document', () => {
  it('prefers the Related Incidents section, then the references section, else none', () => {
    expect(relatedSectionKey(['summary', 'evidence', 'relatedIncidents'])).toBe('relatedIncidents');
    expect(relatedSectionKey(['summary', 'evidence'])).toBe('evidence');
    expect(relatedSectionKey(['summary'])).toBeNull();
  });
  it('writes the incident, its date, the repeat flag and the reasons on one line', () => {
    expect(relatedLine(s)).toBe('- INC-2026-0042 Checkout certificate expired (2026-03-04) — repeat: it recurred after its fix shipped: same service: checkout; same failure terms in root cause: certificate, expired');
  });
  it('appends to the body once', () => {
    const once = withRelated('Earlier:\n', s);
    expect(once).toBe(`Earlier:\n${relatedLine(s)}`);
    expect(withRelated(once, s)).toBe(once);
  });
});
