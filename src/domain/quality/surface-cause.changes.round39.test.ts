import { describe, expect, it } from 'vitest';
import { findingsOf, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { causedByDeclared } from './surface-cause.changes.round39.ts';

/**
 * Issue 16, round 39: a root cause that stops at a change, in shapes the rule did not read — a passive change with an
 * adverb or during other work, an update that altered something, a fault introduced by a piece of work, a cause declared
 * as what caused the event, a declaration in a list item followed by other items — and a section headed "Why" alone.
 */
const surface = (body: string, heading = 'Root Cause'): number => findingsOf('surface-cause', withSection(heading, body)).length;

describe('a change as the whole cause (round 39)', () => {
  it.each([
    ['a passive change with an adverb', 'The tariff code on the ferry booking form was still set to the winter timetable.'],
    ['a passive change during other work', 'The locker-bank PIN table was altered during the warehouse cutover.'],
    ['a passive change as part of other work', 'The greenhouse vent schedule was replaced as part of the controller refresh.'],
    ['an update that altered something', 'The scanner firmware upgrade altered the barcode checksum mode on every till.'],
    ['a release that changed how a thing works', 'The Tuesday release changed how the booking page rounds deposit amounts.'],
    ['a fault introduced by a piece of work', 'The kiln controller stopped logging temperatures because of a setting introduced during the patch.'],
    ['a cause declared as what caused the event', 'The outage was caused by human error during the Saturday router swap.'],
    ['a cause declared as what triggered the event', 'This disruption was triggered by a typo in the museum ticket price table.'],
  ])('flags %s', (_form, body) => {
    expect(surface(body)).toBe(1);
  });

  it.each([
    ['a passive change, and the check it skipped', 'The tariff code was still set to the winter timetable because nothing validates the code against the published schedule.'],
    ['an update that altered something, and what let it', 'The scanner firmware upgrade altered the checksum mode; the rollout has no test against a sample of real barcodes.'],
    ['a cause declared with the missing safeguard', 'The outage was caused by a router swap that no review or pre-change check covered.'],
    ['a long analysis that goes past the change', 'The vent schedule was replaced during the refresh, and the controller accepts any schedule without a dry run, so nothing stopped a schedule that closed every vent at noon.'],
  ])('hard negative: %s', (_form, body) => {
    expect(surface(body)).toBe(0);
  });

  it('reads "by" after caused or triggered only at a line\'s start', () => {
    expect(causedByDeclared('The delay was caused by a stale token.')).toBe('a stale token.');
    expect(causedByDeclared('We think the delay was caused by a stale token.')).toBeNull();
  });
});

describe('a declaration in a list item (round 39)', () => {
  it('ends at its item: the next item is the effect, not a deeper cause', () => {
    expect(surface('- Root cause: the payroll export rename\n- Files landed in the old folder\n- Nobody was paid on Friday')).toBe(1);
  });
  it('still reads a plain line that wraps onto the next', () => {
    expect(surface('Root cause: the payroll export rename, which nothing\nvalidated against the bank\'s folder list.')).toBe(0);
  });
  it('keeps the item\'s own wrapped line', () => {
    expect(surface('- Root cause: the payroll export rename, which no check\n  compared with the bank\'s folder list')).toBe(0);
  });
});

describe('a section headed "Why" alone (round 39)', () => {
  const doc = (why: string): string => `## What happened\n\nThe tram ticket machines refused cards.\n\n${why}\n\nThe card reader firmware update.\n\n## Next steps\n\n- @ines: add a canary machine`;
  it('is the root cause, as a heading, with an emoji or as a bold line', () => {
    for (const why of ['## Why', '## 🔧 Why', '**Why**', '## Why?']) expect(parsePostmortem(doc(why)).doc.sections.map((s) => s.key)).toContain('rootCause');
  });
  it('is not a heading that only opens with why', () => {
    expect(parsePostmortem(doc('## Why we chose trams')).doc.sections.map((s) => s.key)).not.toContain('rootCause');
  });
});
