import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from '../../domain/quality/index.ts';
import { foreignTimeCell } from './foreign-time-words.ts';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 39: more hours told as approximate in a time cell — Spanish "a eso de" and "como a" ("A eso de las 9
 * p. m.", "Como a las 8 de la mañana"), Turkish "civarı" after a part of the day ("akşam 9 civarı"), the half hour in
 * Korean and Japanese ("9시 반쯤", "9時半頃"), and such a time after a day and month ("12/04 vers 21h").
 */
describe('an approximate hour in more forms is an imprecise time cell (round 39)', () => {
  it.each(['A eso de las 9 p. m.', 'Como a las 8 de la mañana', 'akşam 9 civarı', '9시 반쯤', '9時半頃', '12/04 vers 21h'])('reads "%s"', (cell) => {
    expect(foreignTimeCell(cell)).toBe(cell);
  });

  it.each(['9 p. m.', '12/04 21:10', 'A las 9:10', '21:10'])('hard negative: "%s" is a precise time (or no approximate one)', (cell) => {
    expect(foreignTimeCell(cell)).toBeNull();
  });

  it('reports the row "| Como a las 8 de la mañana | …" in a timeline', () => {
    const text = withSection('Timeline', ['| Hora | Evento |', '|---|---|', '| 07:40 | Se apaga la cámara de frío |', '| Como a las 8 de la mañana | El encargado avisa al almacén |', '| 08:20 | Cámara reiniciada |'].join('\n'), GOOD_POSTMORTEM);
    const found = lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === 'timeline-precision');
    expect(found.map((f) => text.split('\n')[f.line - 1])).toEqual(['| Como a las 8 de la mañana | El encargado avisa al almacén |']);
  });
});
