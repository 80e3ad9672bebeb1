import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits } from './blame.patterns.ts';
import { onlyNotified } from './blame.patients.ts';
import { clearsPerson } from './blame.rejection.ts';
import { blameFeatures } from './blame.features.ts';
import { maskPersons, personSpans } from './person-references.ts';
import { judgingValence } from './valence.ts';

/**
 * Issue 16, round 13. The forms the retrained model (27 training splits) got wrong on training documents, read by
 * structure: a person only reached by a notification ("Alert fires and pages the on-call"), an alert that fires (no
 * judging word), a past participle opening a noun phrase ("Scheduled reports …") and software named with an agent
 * suffix ("the assembler") that are not people, a capitalised modifier or list item that is a thing ("the Lumen
 * listening party", "Apple Podcasts, Spotify and other apps"), and a purpose disclaimed ("named …, not to evaluate
 * their performance"). The sentences are written for these tests; each negative has a near twin that still blames.
 */
const flagged = (s: string): boolean => blameHits(s).length > 0;
const notified = (s: string): boolean => onlyNotified(s, maskPersons(s));

describe('a person only reached by a notification is not judged (round 13)', () => {
  it.each([
    '03:12 — Disk-pressure alert fires and pages the storage on-call.',
    'The watchdog notifies the duty manager, Ines Okafor.',
    'At 22:40 the synthetic check fails twice and pages the on-call (Bram).',
    'The replication monitor escalates to the DBA on call.',
  ])('only reached in "%s"', (s) => {
    expect(notified(s)).toBe(true);
    expect(flagged(s)).toBe(false);
  });

  it.each([
    '03:12 — Disk-pressure alert fires and pages the storage on-call, who ignores it.',
    '03:12 — The alert pages the storage on-call, who finally answers after 40 minutes.',
    'Wendel pages the storage on-call and goes back to sleep.',
    '03:12 — The alert pages the careless intern again.',
  ])('hard twin: the person acts, is turned or judged, in "%s"', (s) => {
    expect(notified(s)).toBe(false);
  });

  it('the acting twins still blame', () => {
    expect(flagged('03:12 — Disk-pressure alert fires and pages the storage on-call, who ignores it.')).toBe(true);
    expect(flagged('03:12 — The alert pages the storage on-call, who finally answers after 40 minutes.')).toBe(true);
  });

  it('an alert that fires judges no one: "fires" is read through "fire", a word that describes systems', () => {
    expect(judgingValence('fires')).toBe(0);
    expect(judgingValence('alarms')).toBe(0);
    expect(judgingValence('careless')).toBeLessThan(-1);
  });
});

describe('things that read as people (round 13)', () => {
  it.each([
    ['Scheduled reports for 212 tenants arrived two hours late.', 'Scheduled'],
    ['Delayed invoices went out on Tuesday.', 'Delayed'],
    ['The resize took 20 minutes because the compactor cannot pause mid-run.', 'the compactor'],
    ['During the Orbit product-launch webinar, viewers saw frozen slides.', 'Orbit'],
    ['New builds did not reach Google Play, Huawei AppGallery and other stores for a day.', 'Play'],
  ])('"%s": "%s" is not a person', (s, word) => {
    expect(personSpans(s).map((p) => s.slice(p.start, p.end))).not.toContain(word);
    expect(flagged(s)).toBe(false);
  });

  it.each([
    ['Jared reported the issue an hour late, as usual.', 'Jared'],
    ['The migration took 20 minutes because the installer cannot be bothered to read the runbook.', 'the installer'],
    ['Dana, Kofi and other engineers skipped the review.', 'Dana'],
  ])('hard twin: "%s" still names "%s"', (s, word) => {
    expect(personSpans(s).map((p) => s.slice(p.start, p.end))).toContain(word);
  });
});

describe('a purpose disclaimed clears the people named (round 13)', () => {
  it.each([
    'Engineers are named in the timeline so readers can follow it, not to judge their choices.',
    'Names appear below only where someone took a step, never to assign blame.',
    'The staff involved are listed for context, not to evaluate them.',
  ])('"%s" clears', (s) => {
    expect(clearsPerson(maskPersons(s))).toBe(true);
    expect(flagged(s)).toBe(false);
  });

  it('hard twin: a disclaimer taken back by "but" still blames', () => {
    expect(clearsPerson(maskPersons('Not to point fingers, but Oren merged it without a review.'))).toBe(false);
    expect(flagged('Not to point fingers, but Oren merged it without a review.')).toBe(true);
  });

  it('hard twin: a decision not to do something is no disclaimer, and still blames', () => {
    expect(clearsPerson(maskPersons('The release manager chose not to run the smoke tests, again.'))).toBe(false);
    expect(flagged('The release manager chose not to run the smoke tests, again.')).toBe(true);
  });
});

describe('"thanks to" a person as a cause is its own feature (round 13)', () => {
  const names = (s: string): string[] => blameFeatures(s, null).map((f) => f.name);
  it.each([
    'Thanks to the release manager, the whole region spent Friday night on the old build.',
    'We can thank Bertil for the four-hour restore on Sunday.',
  ])('"%s" weighs as a cause', (s) => {
    expect(names(s)).toContain('thanks-cause+P');
  });

  it.each([
    'Thanks to the release manager, the rollback finished in minutes and the queue recovered.',
    'Many thanks to Bertil for the four-hour restore on Sunday.',
    'Thanks to the load test, the bottleneck was known in advance.',
  ])('hard twin: "%s" is not the bad-cause feature', (s) => {
    expect(names(s)).not.toContain('thanks-cause+P');
  });
});

describe('a reading considered, then concluded elsewhere without "that" (round 13)', () => {
  it('"… considered whether X should have …, and concluded the <thing> …" rejects the reading', () => {
    expect(flagged('The panel considered whether the shift lead should have rolled back earlier and concluded the rollback tooling was too slow to trust.')).toBe(false);
  });

  it('hard twin: concluded with the person still at fault blames', () => {
    expect(flagged('The panel considered whether the shift lead should have rolled back earlier and concluded the shift lead was careless.')).toBe(true);
  });
});

describe('"our fault" is self-blame, not the first word of a compound noun (round 13)', () => {
  it.each([
    'Our fault-ticket workflow has no step that groups repeated faults on one pump.',
    'Our fault tree for the chiller plant had no branch for a stuck damper.',
    'My bad-request counter only counts 400s, so the 413s never showed.',
  ])('clean: "%s"', (s) => {
    expect(flagged(s)).toBe(false);
  });
  it.each([
    'Honestly that outage was our fault, we skipped the canary.',
    'My bad — I rushed the migration without reading the lock warning.',
  ])('blames: "%s"', (s) => {
    expect(flagged(s)).toBe(true);
  });
});

describe('the round-13 readings take linear time on adversarial input', () => {
  const inputs: Record<string, (n: number) => string> = {
    'notification verbs without a person': (n) => 'pages notifies alerts escalates to '.repeat(n / 35),
    'notification verbs before people': (n) => 'pages the on-call, Sam (Ana) '.repeat(n / 29),
    'a list that never ends in other': (n) => 'Spotify, Apple Podcasts, '.repeat(n / 25),
    'capitalised words after the': (n) => 'the Lumen party the Orbit launch '.repeat(n / 33),
    'disclaimers without a verb': (n) => 'not to never to not to assign '.repeat(n / 30),
    'thanks to without a person': (n) => 'thanks to we can thank thanks '.repeat(n / 30),
    'conclusions without a reading': (n) => 'we concluded the agreed the determined our '.repeat(n / 43),
  };
  it.each(Object.keys(inputs))('%s: t(4n) / t(n) stays under 12', (name) => {
    expect(growthRatio(inputs[name]!, (t) => [onlyNotified(t, maskPersons(t)), clearsPerson(maskPersons(t)), blameHits(t)])).toBeLessThan(12);
  });
});
