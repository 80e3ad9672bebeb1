import { describe, expect, it } from 'vitest';
import { withOpeningCapital } from './sentence-case.ts';
import { blameHits, findBlame } from './blame.patterns.ts';

describe('a sentence written without its opening capital (chat, round 15)', () => {
  it('is read with its capital, at the same length', () => {
    expect(withOpeningCapital('tomasz restarted the indexer')).toBe('Tomasz restarted the indexer');
    expect(withOpeningCapital('  ok so')).toBe('  Ok so');
    expect(withOpeningCapital('Already capitalised.')).toBe('Already capitalised.');
    expect(withOpeningCapital('14:05 restart')).toBe('14:05 restart');
    // A letter whose capital is longer would move every offset: left as written.
    expect(withOpeningCapital('ßtraße')).toBe('ßtraße');
  });

  it.each([
    'ines could have just read the rollout notes before flipping the flag',
    'yusuf forgot to drain the node again, classic',
    'dmitri was too lazy to run the migration on staging first',
  ])('blames in lowercase as in capitals: "%s"', (s) => {
    expect(findBlame(s)).not.toBeNull();
  });

  it.each([
    'the flag could have just been gated behind the rollout check',
    'ines flipped the flag at 14:02 and the error rate dropped within a minute',
    'the node drain step is missing from the runbook, so it was skipped',
  ])('leaves lowercase hard twins clean: "%s"', (s) => {
    expect(findBlame(s)).toBeNull();
  });

  it('quotes the sentence as written, not as read', () => {
    const [hit] = blameHits('yusuf forgot to drain the node again, classic');
    expect(hit).toBeDefined();
    expect(hit!.phrase).toBe(hit!.phrase.trim());
    expect('yusuf forgot to drain the node again, classic').toContain(hit!.phrase);
  });
});
