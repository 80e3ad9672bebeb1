import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits, ruleHits } from './blame.patterns.ts';
import { metadataFields } from './blame.gates.ts';
import { maskPersons } from './person-references.ts';

/**
 * Issue 16, round 14. Forms the models retrained on 31 splits got wrong on training documents, read by structure: a run
 * of metadata fields (e-mail headers, "Prepared by: … Date of incident: …") names people without judging them; "thanks
 * to" a person's scare-quoted act followed by a failed state that lasted ("stayed locked for six hours") credits them
 * with the failure; "their" after a plural thing and its verb in the same clause is the thing's. The sentences are
 * written for these tests; each negative has a near twin that still blames.
 */
const flagged = (s: string): boolean => blameHits(s).length > 0;

describe('a run of metadata fields is not judged by the model (round 14)', () => {
  it.each([
    'Cc: Marta Kowalczyk <marta@harbour-logistics.example>',
    'From: Desmond Achebe <d.achebe@rivergate.example> Sent: Monday, 2 March 2026 09:14',
    'Prepared by: Ilse Brandt (plant operations) Date of incident: 12 January 2026',
    'Reviewed with: Tom Okafor, Lena Park Status: final',
  ])('"%s" is metadata', (s) => {
    expect(metadataFields(s)).toBe(true);
    expect(flagged(s)).toBe(false);
  });

  it.each([
    'Cc: Marta Kowalczyk, who should have caught this before it shipped',
    'Summary: Desmond ignored the pager for an hour and nobody covered for him.',
    'Prepared by Ilse Brandt, who forgot to check the valve log again.',
  ])('hard twin: "%s" is not metadata', (s) => {
    expect(metadataFields(s)).toBe(false);
  });

  it('a field run that still judges stays with the rules: "Author: Raj Status: Raj forgot to rotate the key again"', () => {
    expect(metadataFields('Author: Raj Status: Raj forgot to rotate the key again')).toBe(false);
  });
});

describe('thanks to a scare-quoted act, then a failed state that lasted, blames (round 14)', () => {
  it.each([
    'Thanks to Jonas\'s "small cleanup", the archive stayed offline for two days.',
    'Thanks to Mira\'s "minor config change", the payment gateway remained down until midnight.',
    'Thanks to the night lead\'s "quick reboot", the freezer doors stayed locked all shift.',
  ])('"%s" blames', (s) => {
    expect(ruleHits(s).map((h) => h.form)).toContain('thanks-to-negative');
  });

  it.each([
    'Thanks to Jonas\'s careful cleanup, the archive stayed online for the whole migration.',
    'Thanks to Mira, the payment gateway stayed up through the peak.',
    'Thanks to the night lead\'s quick reboot, the freezer doors unlocked within a minute.',
  ])('hard twin: "%s" does not blame by that form', (s) => {
    expect(ruleHits(s).map((h) => h.form)).not.toContain('thanks-to-negative');
  });
});

describe('a first person only is judged when the model is sure (round 14)', () => {
  it.each([
    'Totally my call and I botched it, I skipped the dry run.',
    'I was careless with the firewall change, plain and simple.',
  ])('"%s" blames', (s) => {
    expect(flagged(s)).toBe(true);
  });

  it.each([
    'I restarted the ingest workers at 04:10 and the backlog cleared.',
    'I was the incident commander and paged storage at 01:55.',
    'In my view the alert thresholds were set for a smaller fleet.',
  ])('hard twin: "%s" does not', (s) => {
    expect(flagged(s)).toBe(false);
  });
});

describe('doubtful reported speech about one\'s own conduct blames (round 14)', () => {
  it.each([
    'Viktor insists he rebuilt the index before the cutover.',
    'The courier lead swears she loaded every cage on the van.',
    'Hana told us she had emailed the supplier; their inbox has no record of it.',
    'Oskar says he checked the valve, though the shift log tells a different story.',
  ])('"%s" blames', (s) => {
    expect(ruleHits(s).map((h) => h.form)).toContain('contradicted');
  });

  it.each([
    'Viktor said he rebuilt the index before the cutover; the job history shows the build was skipped by a feature flag.',
    'The courier lead said the cages were loaded at 05:40.',
    'Hana insists she emailed the supplier, and the mail server log confirms it.',
    'Oskar said he checked the valve; the gauge he read is mounted after the bypass.',
  ])('hard twin: "%s" does not blame by that form', (s) => {
    expect(ruleHits(s).map((h) => h.form)).not.toContain('contradicted');
  });
});

describe('"their" after a plural thing and its verb is the thing\'s (round 14)', () => {
  it.each([
    ['A handful of episodes missed their scheduled publish time.', 'their'],
    ['Both compressors lost their oil pressure within a minute.', 'their'],
    ['Several feeds skipped their nightly refresh.', 'their'],
  ])('"%s": "%s" is not a person', (s) => {
    expect(maskPersons(s)).toContain('their');
  });

  it.each([
    'Several engineers skipped their nightly checks again.',
    'The contractors ignored their own checklist.',
  ])('hard twin: "%s" still refers to people', (s) => {
    expect(maskPersons(s)).not.toContain('their');
  });

  it('long inputs stay linear: t(4n)/t(n) stays near 4', () => {
    expect(growthRatio((n) => `Cc: ${'Ann Lee <a@b.example>; '.repeat(n / 22)}`, (t) => [metadataFields(t), blameHits(t)])).toBeLessThan(12);
    expect(growthRatio((n) => `Thanks to Ann's "fix", ${'the pumps stayed '.repeat(n / 17)}`, (t) => ruleHits(t))).toBeLessThan(12);
    expect(growthRatio((n) => `${'many feeds '.repeat(n / 11)}missed their slot`, (t) => maskPersons(t))).toBeLessThan(12);
    expect(growthRatio((n) => `Raj says he ran ${'the tests and '.repeat(n / 14)}no record`, (t) => ruleHits(t))).toBeLessThan(12);
  });
});
