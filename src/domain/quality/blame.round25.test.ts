import { describe, expect, it } from 'vitest';
import { blameHits } from './blame.patterns.ts';

/**
 * Issue 16, round 25. "Thanks to X …, we failed over …": failing over (or back) is the recovery, so it does not make the
 * thanks sarcastic; a failover that failed, or an outage after it, still does. The names and systems are invented.
 */
const forms = (s: string): string[] => blameHits(s).map((h) => h.form);

describe('failing over is a recovery in a "thanks to" sentence (round 25)', () => {
  it.each([
    "Thanks to Ilse's quick thinking, we failed over to the standby within three minutes.",
    'Thanks to the drill Kofi ran in May, the ledger fails over cleanly now.',
    "Thanks to Mireille's runbook, failing back took eight minutes.",
  ])('not blame: %s', (s) => {
    expect(forms(s)).not.toContain('thanks-to-negative');
  });

  it.each([
    "Thanks to Dario's shortcut, the failover failed and checkout was down for an hour.",
    "Thanks to Tomasz's config push, we failed over to a region with no capacity and stayed down for two hours.",
    "Thanks to Ines's hotfix, the primary failed again.",
  ])('still blame: %s', (s) => {
    expect(forms(s)).toContain('thanks-to-negative');
  });
});
