import { describe, expect, it } from 'vitest';
import { englishLabels } from './action-item-labels.ts';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 18: action items whose field labels are in another language, with or without an English gloss in
 * brackets, in field lines under the item and in a table's header.
 */
const items = (md: string) => parsePostmortem(md).doc.actionItems.map((a) => ({ owner: a.owner, due: a.due }));

describe('foreign field labels on action items (round 18)', () => {
  it('reads a label glossed in English in brackets, bare or in emphasis', () => {
    expect(englishLabels('Responsável (Owner): Rita Lopes · Prazo (Due): 2027-01-12')).toBe('Owner: Rita Lopes · Due: 2027-01-12');
    expect(englishLabels('Responsabile *(Owner)*: Gino Rossi — Scadenza *(Due)*: 2027-02-01')).toBe('Owner: Gino Rossi — Due: 2027-02-01');
  });

  it('reads a bare foreign label at the start of a field or after a separator', () => {
    expect(englishLabels('Właściciel: Jan Kos · Termin: 2027-03-03')).toBe('Owner: Jan Kos · Due: 2027-03-03');
    expect(englishLabels('Verantwortlich: Team Netz')).toBe('Owner: Team Netz');
  });

  it('leaves the item\'s own words alone', () => {
    expect(englishLabels('Fix the thing (owner): Bob')).toBe('Fix the thing (owner): Bob');
    expect(englishLabels('Add a termin check to the planner')).toBe('Add a termin check to the planner');
  });

  it('finds the owner and due date on a numbered item\'s glossed field line', () => {
    const md = [
      '## Action items',
      '',
      '1. Bloccare l\'unione se i codici differiscono *(Block the merge when the codes differ)*',
      '   Responsabile *(Owner)*: Gino Rossi — Scadenza *(Due)*: 2027-02-01',
      '2. Dodać bufor w geofence (add a geofence buffer)',
      '   Właściciel (Owner): Jan Kos · Termin (Due): 2027-03-03',
    ].join('\n');
    expect(items(md)).toEqual([
      { owner: 'Gino Rossi', due: '2027-02-01' },
      { owner: 'Jan Kos', due: '2027-03-03' },
    ]);
  });

  it('reads a table whose owner and date columns are named in Spanish', () => {
    const md = ['## Action items', '', '| # | Acción | Responsable | Fecha |', '|---|---|---|---|', '| 1 | Add a trunk check to the switch upgrade runbook | Rosa Díaz | 2027-05-01 |'].join('\n');
    expect(items(md)).toEqual([{ owner: 'Rosa Díaz', due: '2027-05-01' }]);
  });
});

describe('a zone note with the day after "on" (round 18)', () => {
  it('reads "All times are UTC on Tuesday 10 November 2026." as a note, not a date-only entry', () => {
    const { doc } = parsePostmortem(['## Timeline', '', 'All times are UTC on Tuesday 10 November 2026.', '', '| Time | Event |', '|---|---|', '| 09:22 | Deploy starts. |'].join('\n'));
    expect(doc.timeline.entries.map((e) => e.asWritten)).toEqual(['09:22']);
  });
});
