import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits } from './blame.patterns.ts';

/**
 * Issue 16: a clause that rejects or discusses blame is not blame. Round 10 widened the frames after two writers'
 * sets, measured once, showed explicit rejections flagged: a hedged opener ("one could argue …", "you could say …"),
 * a first impression told as such ("it looked at first like …", "hindsight makes it look like …"), "the easy story
 * is …", and "human error" named as a label (in quotes, or followed by the cause the writer names instead). The
 * sentences are written for these tests, each rejection beside a twin that still blames.
 */
const flagged = (s: string): boolean => blameHits(s).length > 0;

describe('a rejection of blame is not blame (round 10)', () => {
  it.each([
    'One could argue that Priyanka should have caught the expired token, but the expiry was never shown in the admin screen.',
    'You might say the storage team ignored the warning; the warning went to a mailbox nobody had read since the reorganisation.',
    'We could conclude the release manager missed the freeze notice, yet the notice was posted only in a channel she had no access to.',
    'It looked at first like Tobias skipped the smoke tests; the pipeline had marked them optional for hotfix branches.',
    'Hindsight makes it look like the on-call engineer overlooked an obvious graph.',
    'The easy story is that the contractor was careless with the bucket policy; the harder one is that the template made the bucket public.',
    'The obvious answer, "the DBA forgot the index", leaves out that the migration tool dropped it silently.',
    'Root cause: not "human error" but a deploy button with no confirmation step.',
    'The first draft named "operator error" as the cause; the real cause is a console that lets one click reach every region.',
    'Human error is a symptom: the script accepted an empty host list and ran against all of them.',
  ])('not flagged: "%s"', (s) => {
    expect(flagged(s)).toBe(false);
  });

  it.each([
    'Priyanka should have caught the expired token before the release went out.',
    'The storage team ignored the warning for three days.',
    'Tobias skipped the smoke tests to get home early.',
    'The contractor was careless with the bucket policy.',
    'Root cause: human error by the night operator.',
    'The on-call engineer overlooked an obvious graph, as usual.',
  ])('still flagged: "%s"', (s) => {
    expect(flagged(s)).toBe(true);
  });

  const shapes: Record<string, (n: number) => string> = {
    'hedged openers without an end': (n) => 'one could argue that '.repeat(n / 21),
    'quotes around nothing': (n) => `human error ${'" "'.repeat(n / 3)}`,
    'corrections that never name a cause': (n) => `human error ${'after review we '.repeat(n / 16)}`,
  };
  it.each(Object.keys(shapes))('takes linear time on %s: t(4n) / t(n) stays under 12', (name) => {
    expect(growthRatio(shapes[name]!, (t) => blameHits(t))).toBeLessThan(12);
  });
});
