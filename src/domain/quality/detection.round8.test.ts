import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 8: the detection time stated in the writer's words ("detection took 22 minutes", the start and the
 * detection each with its clock time in one sentence) is stated; a statement still holding the template's value
 * ("Time to detect: [X minutes]", "?? minutes") is not.
 */
const lagOf = (text: string): number =>
  lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === 'detection-lag').length;
/** The good post-mortem without its timeline's own start and alert (so only the Detection section can state the lag). */
const base = withSection('Timeline', '| Time (UTC) | Event |\n|---|---|\n| 14:09 | Decided to roll back the config change |\n| 14:12 | Rollback applied; error rate recovering |', GOOD_POSTMORTEM);
const withDetection = (body: string): string => base.replace('## Root Cause', `## Detection\n\n${body}\n\n## Root Cause`);

describe('the detection time in the writer\'s words is stated (round 8)', () => {
  it('needs a statement when there is none (the base reports the lag)', () => {
    expect(lagOf(withDetection('The on-call looked at the dashboards.'))).toBe(1);
  });

  it.each([
    'Detection took 4 h 36 min: nothing watches the ledger overnight.',
    'The drift started at 21:40 when the first tracks went live. The sampler caught it at 22:02.',
    'Throttling started at 19:30; the partner helpdesk escalated at 19:52.',
  ])('reads "%s" as stated', (body) => {
    expect(lagOf(withDetection(body))).toBe(0);
  });

  it.each(['Time to detect: [X minutes]', 'Time to detect: ?? minutes (need the server logs)', 'Time to detect: TBD'])('hard negative: "%s" still holds the template', (body) => {
    expect(lagOf(withDetection(body))).toBe(1);
  });

  it('hard negative: a start time and a later time that is no detection ("started at 21:40 … finished at 22:02")', () => {
    expect(lagOf(withDetection('The batch started at 21:40 and finished at 22:02.'))).toBe(1);
  });
});

describe('the start-and-detection reading is linear (round 8)', () => {
  it('t(4n) / t(n) stays under 12 on a line of "started 12:00 " runs', () => {
    const doc = (n: number): string => withDetection('started 12:00 '.repeat(n / 14));
    expect(growthRatio(doc, lagOf, { from: 4000, upTo: 256_000 })).toBeLessThan(12);
  });
});
