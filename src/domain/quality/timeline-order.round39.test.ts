import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/** Issue 16, round 39: a weekday in brackets after an entry's clock ("08:15 (Sun) — …") moves the entry to that day. */
const orderFindings = (rows: readonly string[]): number => {
  const text = withSection('Timeline', rows.join('\n'), GOOD_POSTMORTEM);
  return lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === 'timeline-order').length;
};

describe('a weekday in brackets after the clock is the entry\'s day (round 39)', () => {
  it('reads "- 08:15 (Sun) — …" after "- 17:40 — …" as the next morning', () => {
    expect(orderFindings(['- 17:20 — Greenhouse vents stuck open.', '- 17:40 — Decided to close them by hand.', '- 08:15 (Sun) — Vent motor replaced.'])).toBe(0);
  });

  it('hard negative: a note in brackets that is no weekday leaves "08:15" out of order', () => {
    expect(orderFindings(['- 17:20 — Greenhouse vents stuck open.', '- 17:40 — Decided to close them by hand.', '- 08:15 (approx.) — Vent motor replaced.'])).toBe(1);
  });
});
