import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';
import { blameFeatures } from './blame.features.ts';
import { notEnglish } from './blame.language.ts';
import { quotedName } from './blame.quoted-name.ts';

/**
 * Issue 16, round 27: false blame on neutral document sentences, by shape. Sentences written for these tests: new
 * names, systems and domains; each form has a positive and a negative.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));
const names = (s: string): Set<string> => new Set(blameFeatures(s, null).map((f) => f.name));
const judged = (s: string, where: 'sentence' | 'prose' | 'entry' = 'prose'): boolean => blameHits(s, undefined, where).length > 0;

describe('a system named by an agent noun, by its act on data (round 27)', () => {
  it('reads an agent noun that buffers, decodes, hot-reloads or rejects records as a system', () => {
    expect(people('The reconciliator should have buffered the ledger rows until the feed came back.')).toEqual([]);
    expect(people('The tiler should have refused to reload a basemap that had lost half its tiles.')).toEqual([]);
    expect(people('The allocator should have rejected the duplicate booking instead of storing both.')).toEqual([]);
    expect(people('The relay dispatcher picks up the first message, fails to decode it, and retries it in a loop.')).toEqual([]);
    expect(judged('The stitcher should have stopped writing after the second checksum mismatch.')).toBe(false);
    expect(people('The inventory manager should have refused to push an empty stock snapshot to the shop.')).toEqual([]);
    expect(people('The scorer should have failed closed when a weight was missing.')).toEqual([]);
    expect(people('The parser should have rejected malformed timestamps instead of guessing.')).toEqual([]);
  });
  it('keeps a person named by a role, and an agent noun whose act is a person\'s', () => {
    expect(judged('The radiographer should have stopped the scan when the patient moved.')).toBe(true);
    expect(judged('The dispatcher should have sent a second crew to the junction.')).toBe(true);
    expect(people('The surveyor rejected the first drawing and phoned the architect.')).toContain('The surveyor');
    expect(judged('The shift manager should have refused to sign the permit.')).toBe(true);
    // A pronoun in the clause is who the later act belongs to.
    expect(people('The archivist opened the box, and then she re-indexed it by hand.')).toContain('The archivist');
  });
});

describe('a past participle that looks like its verb (round 27)', () => {
  it('reads "should have reset" and "should have split" as what a person should have done', () => {
    expect(judged('Ms Okafor should have reset the pressure limit after the test.', 'sentence')).toBe(true);
    expect(judged('Leandro should have split the import into batches before signing off.', 'sentence')).toBe(true);
  });
  it('has no should-have when a system is the subject or the act is a plan', () => {
    expect(judged('The counter should have reset at midnight but the job was paused.', 'sentence')).toBe(false);
  });
});

describe('a quoted name of a thing is no scare quote (round 27)', () => {
  const q = (s: string, quote: string): boolean => quotedName(s, s.indexOf(quote), s.indexOf(quote) + quote.length);
  it('reads a quote after a thing noun, a naming verb or before a thing noun as a name', () => {
    expect(q('Finance had renamed the field "Net due" that morning.', '"Net due"')).toBe(true);
    expect(q('The kiosk kept showing "Try again" to Wendell.', '"Try again"')).toBe(true);
    expect(q('Priya moved the "Late fees" column to the end.', '"Late fees"')).toBe(true);
    expect(names('Procurement had added a column "Vendor code" before "Region" that week.').has('scare-quote+P')).toBe(false);
  });
  it('keeps scare quotes around what a person did or is called', () => {
    expect(q('Our "expert" consultant signed it off.', '"expert"')).toBe(false);
    expect(q('Ingrid "tidied up" the bucket policy.', '"tidied up"')).toBe(false);
    expect(names('Ingrid "tidied up" the bucket policy.').has('scare-quote+P')).toBe(true);
  });
});

describe('a sentence in another language is not read by English words (round 27)', () => {
  it('reads Dutch, Swedish and Indonesian sentences as not English', () => {
    expect(notEnglish('Nieuwe gebruikers kregen de melding "Wachtrij is vol".')).toBe(true);
    expect(notEnglish('Kunderna fick ett felmeddelande när kassan stängdes.')).toBe(true);
    expect(notEnglish('Pengguna baru menerima pesan kesalahan saat pembayaran.')).toBe(true);
    expect(judged('Nieuwe deelnemers kregen de waarschuwing "Zaal is vol".')).toBe(false);
  });
  it('keeps English, terse English and chat as English', () => {
    expect(notEnglish('Marit restarted the broker at noon.')).toBe(false);
    expect(notEnglish('Root cause: expired certificate on gateway.')).toBe(false);
    expect(notEnglish('ngl ravi kinda tanked it')).toBe(false);
    expect(notEnglish('Deploy frozen, rollback started, customers notified.')).toBe(false);
  });
});

describe('the neutral agent passive (round 27)', () => {
  it('reads an act of accounting or review by a person, with no fault after it, as plain', () => {
    expect(names('Refunds are being calculated by the billing team this week.').has('agent-passive-plain+P')).toBe(true);
    expect(names('The duty roster was drawn up by the charge nurse.').has('passive-by+P')).toBe(false);
  });
  it('keeps the passive of a change to the thing, and adds a fault after it', () => {
    expect(names('The rate limit was set to zero by Oyelaran during the migration.').has('passive-by+P')).toBe(true);
    expect(names('The vendor advisory was filed away by the night supervisor and never read.').has('passive-by-fault+P')).toBe(true);
    expect(names('The change was reviewed by Dagny without the load test.').has('passive-by+P')).toBe(true);
  });
});

describe('the round-27 readings stay linear (round 27)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'repeated character': (n) => 'a'.repeat(n),
    'agent nouns and auxiliaries': (n) => 'the matcher should have, and then to '.repeat(Math.ceil(n / 37)),
    'agent nouns and data': (n) => 'The tiler refused, or rejected the rows '.repeat(Math.ceil(n / 40)),
    'brackets and NUL': (n) => '([\u0000)] '.repeat(Math.ceil(n / 6)),
  };
  it.each(Object.keys(inputs))('%s: t(4n)/t(n) stays near 4', (name) => {
    expect(growthRatio(inputs[name]!, (t) => personSpans(t))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => blameHits(t, undefined, 'prose'))).toBeLessThan(12);
  });
});
