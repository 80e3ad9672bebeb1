import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import { englishPieces, isForeignSentence } from './language.foreign.ts';

/**
 * Issue 16, round 20: the document rules on whole post-mortems in the shapes of this round: an action item already
 * closed (ticked, struck, "done" in its due cell) is not judged vague, as there is nothing left to make specific; a
 * Portuguese clause with its English gloss in brackets is judged by its gloss only, and a short Portuguese clause is
 * read as foreign by its contractions ("ao", "às", "até"); a root cause that is a typo in other words ("a transposed
 * digit") or one machine's restart, with nothing behind it, is a surface cause.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const lines = (md: string, rule: string) => lint(md).filter((f) => f.rule === rule).map((f) => f.line);
const doc = (items: readonly string[]) => ['# Kiln outage', '', '## Summary', '', 'The kiln controller lost its schedule for two hours.', '', '## Action items', '', ...items].join('\n');

describe('a closed action item is not judged vague (round 20)', () => {
  it('a ticked checkbox with a short verb phrase is not vague; the same item open is', () => {
    const closed = doc(['- [x] Review storage — @ada — done 2027-02-10', '- [ ] Review storage — @ben — 2027-03-01']);
    expect(lines(closed, 'vague-action-item')).toEqual([10]);
  });

  it('a table row closed in its due cell is not vague', () => {
    const md = doc(['| Action | Owner | Due |', '|---|---|---|', '| Fix the kiln | Ada Moreno | done |', '| Improve monitoring | Ben Ito | 2027-03-01 |']);
    expect(lines(md, 'vague-action-item')).toEqual([12]);
  });

  it('a struck (dropped) item is not vague', () => {
    expect(lines(doc(['- ~~Improve monitoring~~ — @ben (won\'t do)']), 'vague-action-item')).toEqual([]);
  });
});

describe('a foreign clause with its English gloss in brackets (round 20)', () => {
  const line = 'Operadora Rita Sousa avisa ao chefe que a fila está parada há dez minutos (*operator tells the lead the queue is stuck*).';

  it('judges only the gloss', () => {
    expect(englishPieces(line).map((p) => p.text)).toEqual(['*operator tells the lead the queue is stuck*']);
    expect(line.slice(englishPieces(line)[0]!.start)).toMatch(/^\*operator tells/);
  });

  it('reads a short Portuguese clause by its contractions', () => {
    expect(isForeignSentence('Técnico liga ao fornecedor às 09:10 e espera até ao meio-dia')).toBe(true);
  });

  it('hard negative: an English sentence with an aside in brackets is judged whole', () => {
    const english = 'The deploy (which Ana started at 09:10) failed before the canary finished.';
    expect(englishPieces(english)).toEqual([{ text: english, start: 0 }]);
  });

  it('hard negative: blame in the gloss is still found', () => {
    const md = ['# Fila parada', '', '## Resumo (Summary)', '', 'O operador ignorou o alarme durante a noite (*the night operator should have checked the alarm instead of ignoring it*).'].join('\n');
    expect(lines(md, 'blame')).toEqual([5]);
  });
});

describe('surface cause: a typo in other words, a restart as the whole cause (round 20)', () => {
  const rc = (body: string) => ['# Pick lists to the wrong site', '', '## Summary', '', 'Pick lists went to the wrong warehouse for two hours.', '', '## Root cause', '', body].join('\n');

  it('"a transposed digit in …" with only its consequence is a surface cause', () => {
    expect(lines(rc('Root cause: a transposed digit in the warehouse code in bundle 7.2 (`WH-0712` for `WH-0721`), so every pick list went to the other site.'), 'surface-cause')).not.toEqual([]);
  });

  it('"A broker node restart redelivered …" with only its consequence is a surface cause', () => {
    expect(lines(rc('A broker node restart redelivered 900 unacknowledged messages, and the billing workers applied each of them twice.'), 'surface-cause')).not.toEqual([]);
  });

  it('hard negative: the same triggers with the safeguard that was missing are not', () => {
    expect(lines(rc('A transposed digit in the warehouse code went live because the bundle import has no checksum validation on site codes.'), 'surface-cause')).toEqual([]);
    expect(lines(rc('A broker node restart redelivered 900 messages, and they were applied twice because the billing workers have no idempotency check on message IDs.'), 'surface-cause')).toEqual([]);
  });
});
