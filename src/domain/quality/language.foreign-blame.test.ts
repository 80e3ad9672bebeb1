/**
 * Round 29: in a document, a sentence in another language is read for blame by that language's table
 * (blame.foreign.ts: a counterfactual modal or a fault noun given to a person), never by the English words; a sentence
 * the English reading finds nothing in (Hinglish reads as English) is tried on the table too.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf, GOOD_POSTMORTEM } from '../../../test/factories/quality-doc.ts';
import { growthRatio } from '../../../test/support/cpu-time.ts';

const inWrong = (text: string): string => `${GOOD_POSTMORTEM}\n## What Went Wrong\n\n${text}\n`;

describe('blame in other languages, in a document', () => {
  it.each([
    ['German, a counterfactual with the verb at the end of a long clause', 'Frau Keller hätte die Warnung im Dashboard schon vor dem Release am Freitagabend sehen müssen.'],
    ['Spanish, "debió haber" after a name', 'Pablo debió haber revisado el certificado antes de publicar la versión.'],
    ['Portuguese, the fault given to a person', 'A culpa foi do Tiago, que apagou a tabela de pagamentos sem backup.'],
    ['Italian, "avrebbe dovuto" after a name', 'Chiara avrebbe dovuto controllare la configurazione prima del rilascio.'],
    ['Hinglish, "galti … ki thi"', 'Yeh galti Arjun ki thi, usne backup skip kar diya tha.'],
  ])('%s is blame, on its own line', (_form, sentence) => {
    const text = inWrong(sentence);
    const found = findingsOf('blame', text);
    expect(found.map((f) => f.line)).toEqual([text.split('\n').findIndex((l) => l === sentence) + 1]);
  });

  it.each([
    ['German, a system as the subject', 'Der Scheduler hätte den Job nach dem dritten Fehler in der Nacht stoppen müssen.'],
    ['Spanish, a system as the subject', 'El balanceador debió haber drenado el nodo antes del despliegue.'],
    ['Spanish, the fault rejected', 'No fue culpa de Pablo: el panel permitía borrar sin confirmación.'],
    ['Portuguese, a person as a neutral actor', 'Camila Souza iniciou o rollback no painel de modelos às 15:09.'],
    ['Hinglish, a person as a neutral actor', 'Arjun ne rollback kiya aur service das minute mein wapas aa gayi.'],
  ])('%s is not blame', (_form, sentence) => {
    expect(findingsOf('blame', inWrong(sentence))).toEqual([]);
  });

  it('stays linear on a long German clause of capitalised words: t(4n)/t(n) stays near 4', () => {
    const inputs = (n: number): string => inWrong(`${'Herr Brandt hätte '.repeat(n / 18)}müssen.`);
    expect(growthRatio(inputs, (t) => findingsOf('blame', t))).toBeLessThan(12);
  });
});
