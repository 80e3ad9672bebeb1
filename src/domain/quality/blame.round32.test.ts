import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits } from './blame.patterns.ts';
import { byProcedure, scheduledRepeat } from './blame.gates.round32.ts';
import { maskSpans, personSpans } from './person-references.ts';

/**
 * Issue 16, round 32: with the sixty-seventh to sixty-ninth voices and tuning-16 to -19 trained on, shapes the blame
 * model is not to judge on its own, and forms it must keep. Sentences written for these tests: new names, systems and
 * domains; each with a positive and a negative.
 */
const masked = (s: string): string => maskSpans(s, personSpans(s));

describe('a repeat held to its cadence is a plan, not a lapse (round 32)', () => {
  it('reads "again" followed by when it recurs', () => {
    expect(scheduledRepeat(masked('Benedikt reruns the reconciliation again nightly until the patch is deployed.'))).toBe(true);
    expect(scheduledRepeat(masked('Yusra will walk the cold store again each morning until the new probe arrives.'))).toBe(true);
    expect(blameHits('Benedikt reruns the reconciliation again nightly until the patch is deployed.', undefined, 'prose')).toEqual([]);
  });
  it('keeps the "again" of a lapse, a turn, or a second person', () => {
    expect(scheduledRepeat(masked('Benedikt forgot the reconciliation again.'))).toBe(false);
    expect(scheduledRepeat(masked('Benedikt skipped the reconciliation again nightly.'))).toBe(false);
    expect(scheduledRepeat(masked('Yusra walks the cold store again each morning, and still misses the door alarm.'))).toBe(false);
    expect(scheduledRepeat(masked('Yusra checks what Benedikt broke again each morning.'))).toBe(false);
  });
});

describe('an act told with the procedure it follows is not a fault (round 32)', () => {
  it('reads the procedure named beside the act', () => {
    expect(byProcedure(masked('Floor lead Ilse Maren declares the scanner feed down and moves packing to paper tickets (procedure PK-3).'))).toBe(true);
    expect(byProcedure(masked('Tobiah isolated the second compressor per the lockout procedure and logged the reading.'))).toBe(true);
    expect(blameHits('Floor lead Ilse Maren declares the scanner feed down and moves packing to paper tickets (procedure PK-3).', undefined, 'prose')).toEqual([]);
  });
  it('keeps an act against the procedure, a lapse, or no procedure', () => {
    expect(byProcedure(masked('Tobiah restarted the compressor without the lockout, against the procedure.'))).toBe(false);
    expect(byProcedure(masked('Tobiah ignored the high-pressure alarm (procedure PK-3 says to stop the line).'))).toBe(false);
    expect(byProcedure(masked('Tobiah isolated the second compressor and logged the reading.'))).toBe(false);
    expect(blameHits('Tobiah skipped the lockout step of the procedure and restarted the compressor.', undefined, 'prose')).not.toEqual([]);
  });
});

describe('the round-32 readings stay linear (round 32)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'scheduled repeats': (n) => 'Benedikt reruns the check again nightly and '.repeat(Math.ceil(n / 44)),
    procedures: (n) => 'Ilse declares it down per the procedure (procedure PK-3) and '.repeat(Math.ceil(n / 61)),
  };
  it.each(Object.keys(inputs))('%s: t(4n)/t(n) stays near 4', (name) => {
    expect(growthRatio(inputs[name]!, (t) => scheduledRepeat(masked(t)) || byProcedure(masked(t)))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => blameHits(t, undefined, 'prose'))).toBeLessThan(12);
  });
});
