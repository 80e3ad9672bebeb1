import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { modelFeatures, wishRequest } from './vague.requests.ts';
import { unnamedDocument } from './vague.unnamed-document.ts';
import { actionItemVagueness } from './vague.patterns.ts';

/**
 * Issue 16, round 33: a request whose whole object is a wish is vague whoever the party is; a request for a named
 * thing, or a wish with a number or a place after it, is left to the other readings; a document named by its kind alone
 * is vague; an item in another language is read by its shape, not by English words. Sentences written for these tests.
 */
describe('a request whose whole object is a wish (round 33)', () => {
  it.each(['Ask the carrier for faster answers', 'Request from the landlord for better heating', 'Ask Hexafleet for more reliable pickups'])(
    'reads "%s" as a wish, and as vague',
    (item) => {
      expect(wishRequest(item)).toBe(true);
      expect(actionItemVagueness(item)).not.toBeNull();
    },
  );

  it.each(['Ask the carrier for the pickup scan export of 12 May', 'Ask the carrier for faster answers on ticket 5120', 'Ask the carrier for better label stock in bay 3'])(
    'hard twin: "%s" is no bare wish',
    (item) => {
      expect(wishRequest(item)).toBe(false);
    },
  );

  it('stays linear: t(4n)/t(n) near 4 on a long request', () => {
    expect(growthRatio((n) => `Ask the carrier for better ${'answers '.repeat(Math.ceil(n / 8))}`, (t) => wishRequest(t))).toBeLessThan(12);
  });
});

describe('a document named by its kind alone (round 33)', () => {
  it.each(['Write a playbook', 'Draft a procedure for the night sort', '@kemal Create a guide for the label printers'])('reads "%s" as vague', (item) => {
    expect(unnamedDocument(item)).not.toBeNull();
    expect(actionItemVagueness(item)).not.toBeNull();
  });

  it.each([
    'Write a playbook at docs/playbooks/label-printer-jam.md',
    'Draft a procedure for the night sort and walk it through with the crew on the 14th',
    'Create a guide for the label printers and link it from the PrinterOffline alert',
  ])('hard twin: "%s" names where it lives or when it is done', (item) => {
    expect(unnamedDocument(item)).toBeNull();
  });

  it('stays linear: t(4n)/t(n) near 4 on a long item', () => {
    expect(growthRatio((n) => `Write a playbook for the ${'night '.repeat(Math.ceil(n / 6))}`, (t) => unnamedDocument(t))).toBeLessThan(12);
  });
});

describe('an item in another language is read by its shape (round 33)', () => {
  const words = (item: string): string[] => modelFeatures(item, item).map((f) => f.name).filter((n) => /^(?:v|v2|w|b):/.test(n));
  it('drops the word features of an item whose verb and words are not English', () => {
    expect(words('Prévoir une vérification quotidienne des étiquettes')).toEqual([]);
    expect(words('Perbaiki koordinasi antar gudang')).toEqual([]);
  });

  it('keeps them for a terse English item with no function word, and for an English sentence', () => {
    expect(words("Add handover log field 'Active bypasses'")).not.toEqual([]);
    expect(words('Plan a training session for the new drivers')).not.toEqual([]);
  });
});
