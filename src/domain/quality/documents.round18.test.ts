import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 18: the document rules on whole post-mortems in the shapes of this round (a timeline table's source
 * column, a reflexive in a defence, foreign field labels).
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const rules = (md: string, rule: string) => lint(md).filter((f) => f.rule === rule).map((f) => f.line);

describe('a timeline table with a source or author column (round 18)', () => {
  it('never reads the next cell as a follow-up of the event\'s sentence', () => {
    const md = [
      '## Timeline',
      '',
      '| Time | Event | Source |',
      '|---|---|---|',
      '| 21:02 | Water reaches the pump room. | Camera recording |',
      '| 21:05 | Kofi calls the duty engineer, Mei, by phone. | Phone log |',
      '| 21:09 | Mei photographs the wet panels. | Photographs |',
      '| 21:12 | Mei asks for the pumps to stay off until morning. | Interview |',
    ].join('\n');
    expect(rules(md, 'blame')).toEqual([]);
  });
});

describe('a defence with a reflexive (round 18)', () => {
  it('reads "X itself worked as designed" as defensive', () => {
    const md = ['## Root cause', '', 'Ingestion itself worked as designed; the loader did what it was configured to do.'].join('\n');
    expect(rules(md, 'defensive')).toEqual([3]);
  });
});

describe('action items with foreign field labels (round 18)', () => {
  it('finds no missing owner or date where the labels are Italian, Polish or Portuguese with an English gloss', () => {
    const md = [
      '## Action items',
      '',
      '1. Aggiungere il controllo dei codici al tool di unione *(Add a code check to the merge tool)*',
      '   Responsabile *(Owner)*: Gino Rossi — Scadenza *(Due)*: 2027-02-01',
      '2. Bloquear o agendamento antes do embargo (Block scheduling before the embargo)',
      '   Responsável (Owner): Rita Lopes · Prazo (Due): 2027-01-12',
    ].join('\n');
    expect(rules(md, 'action-item-owner')).toEqual([]);
    expect(rules(md, 'action-item-due')).toEqual([]);
  });

  it('still finds an owner written as a stand-in', () => {
    const md = ['## Action items', '', '1. Dodać bufor w geofence (add a geofence buffer)', '   Właściciel (Owner): TBD · Termin (Due): TBD'].join('\n');
    expect(rules(md, 'action-item-owner')).toEqual([3]);
    expect(rules(md, 'action-item-due')).toEqual([3]);
  });
});

describe('a bilingual document (round 18)', () => {
  it('judges no sentence in another language, and only the English piece of a "German / English" line', () => {
    const md = [
      '## Zusammenfassung / Summary',
      '',
      'Die Schichtleitung bemerkte den Fehler um 07:12 Uhr, bevor ein Ofen belegt wurde, und der Tag wurde von Hand geplant.',
      '',
      'The shift lead noticed the fault at 07:12, before any oven was loaded, and the day was planned by hand.',
      '',
      '- Ingrid prüft den Ausdruck gegen die Liste der Lieferanten / Ingrid checks the printout against the suppliers\' list.',
    ].join('\n');
    expect(rules(md, 'blame')).toEqual([]);
  });

  it('still judges the English gloss of a foreign sentence', () => {
    const md = ['## Causa principale *(Root cause)*', '', 'Errore umano durante l\'unione. *(EN: Root cause: human error during the merge.)*'].join('\n');
    expect(rules(md, 'blame')).toEqual([3]);
  });
});

describe('timeline gaps (round 18)', () => {
  const gaps = (entries: string[]) => rules(['## Timeline', '', ...entries].join('\n'), 'timeline-gap');

  it('reads a wait told in the present ("waits for approval") as what filled the gap', () => {
    expect(gaps(['- 07:40 Change request waits for approval from the network lead, who starts at 08:30.', '- 08:35 Request approved.'])).toEqual([]);
  });

  it('reads a process told item by item ("one after the other") as what filled the gap', () => {
    expect(gaps(['- 10:00 Engineer reaches the plant and fixes the config.', '- 10:20 All pumps report again, after the controller restarted them one after the other.'])).toEqual([]);
  });

  it('reads a thing started at the gap\'s start and still running at its end as what filled it', () => {
    expect(gaps(['- 06:40 Survey flight 7 starts with two drones.', '- 06:55 Wind gusts reach 8 m/s; the flight is still running.'])).toEqual([]);
  });

  it('still finds an unexplained gap', () => {
    expect(gaps(['- 06:40 Survey flight 7 starts with two drones.', '- 06:55 Wind gusts reach 8 m/s.'])).toEqual([4]);
  });

  it('reads a table row whose date cell is in a form the reader does not know by its time cell', () => {
    const md = ['## Timeline', '', '| Date | Time | Event |', '|---|---|---|', '| 22-01 | 13:40 | Firmware rollout starts. |', '|  | 14:20 | Robots stop at their chargers. |'].join('\n');
    // Round 22: the reader now knows a day and month written "22-01" (day first, as 22 cannot be a month) and keeps it.
    expect(parsePostmortem(md).doc.timeline.entries.map((e) => e.asWritten)).toEqual(['22-01 13:40', '14:20']);
  });
});

describe('a root cause in another language with an English gloss (round 18)', () => {
  const doc = (gloss: string) => ['## Causa principale *(Root cause)*', '', 'Errore umano durante l\'aggiornamento del listino.', gloss].join('\n');

  it('reads the gloss\'s "Root cause:" label as the declaration: a person alone is a surface cause', () => {
    expect(rules(doc('*(EN: Root cause: human error during the price list update.)*'), 'surface-cause')).toEqual([1]);
  });

  it('finds none where the gloss names what let it through', () => {
    expect(rules(doc('*(EN: Root cause: the price list import has no validation of the currency column.)*'), 'surface-cause')).toEqual([]);
  });
});

describe('detection in the timeline (round 18)', () => {
  const lag = (entries: string[]) => rules(['## Timeline', '', ...entries].join('\n'), 'detection-lag');

  it('reads a page to the engineer "on call" (two words) as the detection', () => {
    expect(lag(['- 06:00 Playout stops on a missing audio file.', '- 06:03 The silence switch pages the engineer on call, Rasmus.'])).toEqual([]);
  });

  it('reads a check that shows the fault as the detection', () => {
    expect(lag(['- 05:55 Dosing starts on the wrong recipe.', '- 08:35 End of cycle; the lab comparison shows the shade is off.'])).toEqual([]);
  });

  it('still finds no detection where nothing detects', () => {
    expect(lag(['- 05:55 Dosing starts on the wrong recipe.', '- 08:35 End of cycle.'])).toEqual([1]);
  });
});

describe('timeline days told by weekday (round 18)', () => {
  const order = (lines: string[]) => rules(['## Timeline', '', ...lines].join('\n'), 'timeline-order');

  it('reads "Wednesday 10:35" after "Monday 17:20" as two days later, not out of order', () => {
    expect(order(['- Monday 17:20 – scanner driver 2.1 installed', '- Wednesday 10:35 – nurse sees another patient\'s scan in the chart', '- Wednesday 11:30 – decision to roll back'])).toEqual([]);
  });

  it('reads a chat stamp\'s weekday after the time ("[09:12 Mon]") as a new day', () => {
    expect(order(['[17:02] lena: deploying pricing 2.3', '[17:09] lena: done, going home', '[09:12 Mon] omar: why are the quotes cheaper than last year?'])).toEqual([]);
  });

  it('reads a day line with its zone in brackets ("Tuesday 21 April (CEST)") as the day of the entries below it', () => {
    const md = ['## Timeline', '', 'Monday 20 April (CEST)', '', '- 19:10 Restore attempt fails.', '', 'Tuesday 21 April (CEST)', '', '- 08:30 Third restore attempt, same result.'].join('\n');
    expect(rules(md, 'timeline-order')).toEqual([]);
  });

  it('still finds entries out of order on one day', () => {
    expect(order(['- Monday 17:20 – driver installed', '- Monday 16:10 – first error'])).toEqual([4]);
  });
});

describe('surface causes under setext headings (round 18)', () => {
  it('reads a certificate "used for" a link that expired as the trigger', () => {
    const md = ['4\\. Root cause', '--------------', '', 'The client certificate used for mutual TLS with Ratesy expired at 09:12 on 3 May.'].join('\n');
    expect(rules(md, 'surface-cause')).toEqual([1]);
  });

  it('reads "no policy can react to that" as an excuse, not a safeguard the system lacked', () => {
    const md = ['IV. Root cause', '==============', '', 'A partner started sending a new traffic source without notice, and no scaling policy can react to that kind of step.'].join('\n');
    expect(rules(md, 'surface-cause')).toEqual([1]);
  });

  it('still reads a missing safeguard as a deeper cause', () => {
    const md = ['IV. Root cause', '==============', '', 'A partner started sending a new traffic source without notice, and no alert watches a partner\'s request rate.'].join('\n');
    expect(rules(md, 'surface-cause')).toEqual([]);
  });
});

describe('Jira monospace in prose (round 18)', () => {
  it('reads "{{…}}" as code, not words about a person', () => {
    const md = ['## Impact', '', '* 4 plots double-booked. Query: {{SELECT plot_id, count(*) FROM reservations WHERE status=\'held\' GROUP BY plot_id}}.'].join('\n');
    expect(rules(md, 'blame')).toEqual([]);
  });
});
