import { describe, expect, it } from 'vitest';
import { importMismatches, titleAgreement } from './import-match.ts';

const incident = { id: 'INC-2026-12-02-001', title: 'Checkout errors', day: '2026-12-02' };

describe('an imported post-mortem and the incident it names', () => {
  it('agree when the title shares most words and the date is within a day', () => {
    expect(importMismatches({ title: 'Checkout errors after the config push', incidentDate: '2026-12-01' }, incident)).toEqual([]);
  });

  it('disagree on an unrelated title, naming both titles', () => {
    const reasons = importMismatches({ title: 'Kubernetes IP starvation', incidentDate: null }, incident);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('Kubernetes IP starvation');
    expect(reasons[0]).toContain('Checkout errors');
  });

  it('disagree on a date more than a day away', () => {
    expect(importMismatches({ title: 'Checkout errors', incidentDate: '2019-03-24' }, incident)).toEqual(["its date 2019-03-24 is not the incident's 2026-12-02"]);
  });

  it('say nothing when the document states neither', () => {
    expect(importMismatches({ title: null, incidentDate: null }, incident)).toEqual([]);
    expect(titleAgreement('', 'Checkout errors')).toBe(1);
  });
});
