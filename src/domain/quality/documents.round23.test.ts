import { describe, expect, it } from 'vitest';
import { findingsOf, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import { goesDeeper } from './surface-cause.ts';

/**
 * Issue 16, round 23: readings of document structure meant to hold for exports nobody has seen yet — a root cause that
 * only tells what happened, an act nothing in the system does, a chat export's message headers.
 */
const surface = (body: string): number => findingsOf('surface-cause', withSection('Root Cause', body)).length;

describe('a root cause that only tells what happened (round 23)', () => {
  it.each([
    ['a state with no safeguard', 'The warehouse scanner profile was still pointing at the retired label printer.'],
    ['what the system then did', 'The ferry booking page showed the winter timetable. The importer copied it to every sailing on the route.'],
    ['a load over a capacity', 'Requests from the ticket lottery exceeded what the queue service could hold that morning.'],
  ])('flags %s', (_form, body) => {
    expect(surface(body)).toBe(1);
  });

  it.each([
    ['a missing safeguard', 'The scanner profile still pointed at the retired printer, and nothing checks a profile against the printer inventory.'],
    ['a design cause', 'The importer assumed every sailing shares one timetable, so a winter file overwrote the summer sailings.'],
    ['a stand-in too short to judge', 'See below.'],
  ])('hard negative: %s', (_form, body) => {
    expect(surface(body)).toBe(0);
  });
});

describe('an act nothing in the system does (round 23)', () => {
  it.each([
    ['nothing + a present verb', 'the greenhouse pumps run on a fixed timer and nothing adjusts them to soil moisture'],
    ['nothing in the X + a verb', 'nothing in the booking engine limits how many holds one agent can place'],
    ['nothing + a past verb', 'nothing reconciled the two ledgers before the export'],
  ])('goes deeper: %s', (_form, text) => {
    expect(goesDeeper(text)).toBe(true);
  });

  it.each([
    ['a defence', 'we followed the checklist, so there was nothing else we could have done'],
    ['a report that nothing changed', 'nothing changed on the tram depot side that week'],
    ['nothing was done', 'the lamp failed and nothing was done about it until Monday'],
  ])('goes no deeper: %s', (_form, text) => {
    expect(goesDeeper(text)).toBe(false);
  });
});

describe("a chat export's message headers (round 23)", () => {
  const entries = (timeline: string): string[] =>
    parsePostmortem(`# Incident\n\n## Timeline\n\n${timeline}\n`).doc.timeline.entries.map((e) => e.asWritten);

  it('reads each "**Name** time" header as a message of its own', () => {
    const md = ['> **Ilse Moreau** 9:02 AM', '> the tram signals on line 4 are all red', '>', '> **Tobias Wren** 9:40 AM', '> depot confirms a relay fault'].join('\n');
    expect(entries(md)).toEqual(['9:02 AM', '9:40 AM']);
  });

  it('reads a chat handle before the time', () => {
    expect(entries(['ilse.m 14:05', 'signals red on line 4', '', 'tobias_w 14:31', 'relay swapped'].join('\n'))).toEqual(['14:05', '14:31']);
  });

  it('hard negative: a sentence ending on a time stays part of the entry above', () => {
    expect(entries(['- 14:05 Signals on line 4 turn red', '  and the depot was told at 14:20'].join('\n'))).toEqual(['14:05']);
  });
});

describe('a note in brackets after what started (round 23)', () => {
  const gaps = (rows: string[]): number => {
    const text = withSection('Timeline', rows.join('\n'));
    return lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === 'timeline-gap').length;
  };

  it("reads the writer's note on the time, after an entry that starts something", () => {
    expect(gaps(['- 10:02 — Lift 3 stops between floors', '- 10:11 — Technician started the manual lowering (nobody on site between 10:02 and 10:11)'])).toBe(0);
  });

  it('hard negative: what started is still not read as filling the time before it', () => {
    expect(gaps(['- 10:02 — Lift 3 stops between floors', '- 10:11 — Technician started the manual lowering, waiting for the key'])).toBe(1);
  });
});
