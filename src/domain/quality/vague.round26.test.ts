import { describe, expect, it } from 'vitest';
import { actionItemVagueness } from './vague.patterns.ts';

/**
 * Issue 16, round 26: a vague action item read by its task, not by its assignment fields (vague.assignment.ts), and a
 * bare timing word as a step with no criterion. Items written for these tests; each form has a positive and a negative.
 */
const vague = (s: string): boolean => actionItemVagueness(s) !== null;

describe('an item read without its owner and due fields (round 26)', () => {
  it('finds the vague task behind a handle, a key or an owner field', () => {
    expect(vague('Rotate the signing keys sooner @Priya Nair')).toBe(true);
    expect(vague('LAB-17 Retrain lab techs · Unassigned · Due 2027-02-01')).toBe(true);
  });
  it('keeps a specific task specific with the same fields', () => {
    expect(vague('Add a pager alert when the freezer log stops for 5 minutes @Priya Nair')).toBe(false);
    expect(vague('LAB-17 Add a checksum step to the sample import script · Unassigned · Due 2027-02-01')).toBe(false);
  });
});

describe('a bare timing word (round 26)', () => {
  it('reads "on time" and "promptly" with no measure as no criterion', () => {
    expect(vague('Renew the domain on time')).toBe(true);
    expect(vague('Answer vendor tickets promptly')).toBe(true);
  });
  it('reads a measured deadline as a criterion', () => {
    expect(vague('Renew the domain 30 days before expiry, with a calendar alert on the ops calendar')).toBe(false);
  });
});
