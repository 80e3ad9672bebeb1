import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { proseLines } from './lint.context.ts';
import { readSource } from './source-text.ts';

/**
 * Issue 16, round 12: a wiki page's own metadata line ("Created by …, last modified on …") says who keeps the page, not
 * what anyone did in the incident: the prose readers (blame, defensive) do not read it. A sentence of the author's that
 * happens to open with the same word is still read.
 */
const prose = (md: string): string[] => proseLines(readSource(md, parsePostmortem(md).doc)).map((p) => p.text);

describe('page metadata is not the author\'s prose (round 12)', () => {
  it.each([
    'Created by Jon Halvorsen, last modified on Nov 12, 2026',
    'Created by Lukas Brandt, last modified by Dana Weiss on Oct 02, 2026',
    'Created by: Kevin Osei',
    'Last updated by Dana Weiss on 2026-10-02',
  ])('skips "%s"', (line) => {
    expect(prose(`# Bookings broke\n\n${line}\n\nThe import ran at 09:00.\n`)).toEqual(['Bookings broke', 'The import ran at 09:00.']);
  });

  it('hard negative: a sentence of the author\'s that opens with "Created" is read', () => {
    const line = 'Created by the nightly job at 02:00, the index was empty. Nobody checked it.';
    expect(prose(`# Bookings broke\n\n${line}\n`)).toContain(line);
  });

  it('a long metadata line: t(4n)/t(n) stays near 4', () => {
    expect(growthRatio((n) => `# X\n\nCreated by ${'Jon '.repeat(n / 4)}\n`, (t) => prose(t))).toBeLessThan(12);
  });
});
