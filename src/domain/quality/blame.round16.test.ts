import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits } from './blame.patterns.ts';
import { ASSIGNED, DELAY_EXPLAINED, ON_LEAVE } from './blame.gates.ts';
import { isCommonWord } from './common-words.ts';
import { withOpeningCapital } from './sentence-case.ts';
import { maskPersons } from './person-references.ts';
import { blameFeatures } from './blame.features.ts';
import { clearsPerson } from './blame.rejection.ts';

/**
 * Issue 16, round 16. Lowercase chat names people in lowercase beyond the first word ("… reverted by oskar"): in a
 * sentence written without capitals, a word outside the common English words and the product's vocabulary is read as
 * a name. A delay a thing's event explains, and people addressed and handed their parts, are not judged. The sentences
 * are written for these tests; each positive has a hard-negative twin.
 */
const flagged = (s: string): boolean => blameHits(s).length > 0;

describe('a lowercase name beyond the first word (round 16)', () => {
  it('the word list knows common words and the product vocabulary, not names', () => {
    for (const w of ['deploy', 'rollback', 'cache', 'yeah', 'kinda', 'k8s', 'cron', 'lgtm', 'staging']) expect(isCommonWord(w)).toBe(true);
    for (const w of ['oskar', 'tendai', 'bogdan', 'yerlan']) expect(isCommonWord(w)).toBe(false);
  });

  it('capitalises the names of a sentence written without capitals, at the same length', () => {
    expect(withOpeningCapital('the hotfix got reverted by oskar twice')).toBe('The hotfix got reverted by Oskar twice');
    expect(withOpeningCapital('tbh bogdan should have waited for the canary')).toBe('Tbh Bogdan should have waited for the canary');
    // Words shaped like English words stay as written ("misconfigured", "idempotency").
    expect(withOpeningCapital('the idempotency key got misconfigured in staging')).toBe('The idempotency key got misconfigured in staging');
    // A writer who capitalises a word mid-sentence capitalises names: nothing else is read as one.
    expect(withOpeningCapital('the patch from Dana broke tendai stuff')).toBe('The patch from Dana broke tendai stuff');
  });

  it.each([
    'ngl tendai just yolo merged the schema change without asking anyone',
    'the cache flush was skipped again by bogdan, who clearly never reads the checklist',
  ])('blames with the name in lowercase: "%s"', (s) => {
    expect(maskPersons(withOpeningCapital(s))).toMatch(/§/);
    expect(flagged(s)).toBe(true);
  });

  it.each([
    'ngl the schema change merged without a migration check and nobody was paged',
    'the cache flush was skipped by the cron job because the lock file was stale',
  ])('hard twin without a person stays clean: "%s"', (s) => {
    expect(flagged(s)).toBe(false);
  });
});

describe('a delay explained by a thing, people handed their parts (round 16)', () => {
  it.each([
    'Bogdan restored the replica eventually, after the snapshot finished copying.',
    'Tendai merged the fix finally, once the flaky check went green.',
  ])('hard negative: "%s" is clean', (s) => {
    expect(DELAY_EXPLAINED.test(maskPersons(s))).toBe(true);
    expect(flagged(s)).toBe(false);
  });

  it('a delay a person explains is still read: "Bogdan restored the replica eventually, after Oskar chased him twice."', () => {
    expect(DELAY_EXPLAINED.test(maskPersons('Bogdan restored the replica eventually, after Oskar chased him twice.'))).toBe(false);
  });

  it.each(['Oskar, you own the rollback plan, Tendai you take comms.', 'Priya you own the status page updates.'])('hard negative: "%s" assigns, not judges', (s) => {
    expect(ASSIGNED.test(maskPersons(s))).toBe(true);
    expect(flagged(s)).toBe(false);
  });

  it.each(['The release captain was on parental leave that sprint.', 'Our DBA is off sick today, so the vacuum waits.'])('hard negative: "%s" is an absence told plainly', (s) => {
    expect(ON_LEAVE.test(maskPersons(s))).toBe(true);
    expect(flagged(s)).toBe(false);
  });

  it('its twin with a reproach is not an assignment: "Oskar, you own the rollback plan and you still skipped it."', () => {
    expect(ASSIGNED.test(maskPersons('Oskar, you own the rollback plan and you still skipped it.'))).toBe(false);
  });
});

describe('chat\'s lowercase "i", operations tiers (round 16)', () => {
  it('reads a lowercase "i" as the writer in a sentence written without capitals', () => {
    expect(withOpeningCapital('ugh i forgot to unpin the old image')).toBe('Ugh I forgot to unpin the old image');
    expect(withOpeningCapital('the fix is in, i think')).toBe('The fix is in, I think');
  });

  it.each(['L2 let the P1 sit for an hour without an update.', 'Night mgr skipped the handover call.'])('a tier or a manager by shorthand is a person: "%s"', (s) => {
    expect(maskPersons(s)).toMatch(/§/);
  });

  it.each(['The P1 sat in the queue for an hour without an update.', 'The handover call was skipped because the bridge link expired.'])('hard twin: "%s" names no one', (s) => {
    expect(maskPersons(s)).not.toMatch(/§/);
  });
});

describe('a thing\'s negation, a group cleared (round 16)', () => {
  const names = (s: string): string[] => blameFeatures(s, null).map((f) => f.name);

  it.each(['Desk officer Rhona Peel reports the barrier arm will not lift.', 'Rhona logs the freezer at -12 °C, still rising, with no alarm.'])('no negation+P when the negation is a thing\'s: "%s"', (s) => {
    expect(names(s)).not.toContain('negation+P');
  });

  it.each(['Rhona never logged the freezer reading.', 'Rhona logged the reading and did not raise the alarm.'])('twin: the person\'s own negation stays: "%s"', (s) => {
    expect(names(s)).toContain('negation+P');
  });

  it.each(['No one on §¤¤¤¤¤¤¤¤¤¤ or in stores did anything wrong.', 'Nobody at §¤¤¤¤¤¤¤¤ is at fault here.'])('clears a group: "%s"', (s) => {
    expect(clearsPerson(s)).toBe(true);
  });

  it('its twin blames the group: "Nobody at §¤¤¤¤¤¤¤¤ bothered to look."', () => {
    expect(clearsPerson('Nobody at §¤¤¤¤¤¤¤¤ bothered to look.')).toBe(false);
  });
});

describe('round 16 shapes stay linear', () => {
  it('in the sentence length', () => {
    expect(growthRatio((n) => `ok ${'zorblat quenty '.repeat(n / 15)}done`, (t) => withOpeningCapital(t))).toBeLessThan(12);
    expect(growthRatio((n) => `Dana answered eventually, after the ${'pager app and '.repeat(n / 14)}x`, (t) => DELAY_EXPLAINED.test(t))).toBeLessThan(12);
    expect(growthRatio((n) => `§ you own ${', , '.repeat(n / 4)}x`, (t) => ASSIGNED.test(t))).toBeLessThan(12);
    expect(growthRatio((n) => `nobody on ${'the desk '.repeat(n / 9)}did anything wrong`, (t) => clearsPerson(t))).toBeLessThan(12);
    expect(growthRatio((n) => `Rhona ${'the freezer '.repeat(n / 12)}will not`, (t) => blameFeatures(t, null))).toBeLessThan(12);
  });
});
