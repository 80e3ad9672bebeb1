import { describe, expect, it } from 'vitest';
import { findingsOf, withSection } from '../../../test/factories/quality-doc.ts';

/**
 * Issue 16, round 8: defensive writing by its structure, whatever the part or the procedure is called — "<the part>
 * worked as designed" for any part of the system, and following any written procedure "correctly" (checklist,
 * protocol, instructions), in any tense.
 */
const defensive = (sentence: string): number => findingsOf('defensive', withSection('Root Cause', sentence)).length;

describe('"… worked as designed" for any part of the system (round 8)', () => {
  it.each(['The surge algorithm worked as designed, only the input number was wrong.', 'Our pricing logic behaved exactly as intended.', 'The controller firmware performed as specified.'])(
    'flags "%s"',
    (s) => {
      expect(defensive(s)).toBe(1);
    },
  );

  it.each(['The new alert will fire as soon as the threshold is set.', 'The surge algorithm was designed for one input feed, and nothing validates that feed.'])('hard negative: leaves "%s" clean', (s) => {
    expect(defensive(s)).toBe(0);
  });
});

describe('following any written procedure "correctly" (round 8)', () => {
  it.each(['We follow the deploy checklist correctly, so the fault lies elsewhere.', 'The team followed the change protocol to the letter.'])('flags "%s"', (s) => {
    expect(defensive(s)).toBe(1);
  });

  it.each(['We followed the deploy checklist, and it has no step that checks the input feed.', 'We will follow the new checklist from the next release.'])('hard negative: leaves "%s" clean', (s) => {
    expect(defensive(s)).toBe(0);
  });
});
