import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import { detectedRound39, lagStatedAfter } from './detection.words.round39.ts';

/**
 * Issue 16, round 39: the detection in a timeline entry, by the phase's name as a label, by verbs of reporting and
 * noticing in more languages, by a complaint passed on; and a ticket key read with its capitals only.
 */
describe('the detection phase named on the row is the detection, in several languages (round 39)', () => {
  it.each([
    'Détection : une bibliothécaire remarque que les retours ne se ferment plus.',
    'Detección: el cajero avisa que los vales salen en blanco.',
    'Erkennung: der Pförtner meldet leere Anzeigetafeln.',
    'Il magazziniere chiama la centrale. Rilevamento.',
    'Vrátný volá na dispečink. Zjištění.',
    'Ito ang detection, 12 minuto matapos ang unang error.',
    'The caretaker rings the front office; this is the detection.',
  ])('reads "%s"', (row) => {
    expect(detectedRound39(row)).toBe(true);
  });

  it.each(['Detection rules for the kiln sensors were reviewed.', 'The erkennung module restarts.'])('hard negative: "%s" (the word inside a sentence, not a label)', (row) => {
    expect(detectedRound39(row)).toBe(false);
  });
});

describe('verbs of reporting, noticing and alerting in more languages are the detection (round 39)', () => {
  it.each([
    'A raktárvezető jelzi, hogy a címkenyomtató üres lapokat ad.',
    'Szabó Gergő észreveszi, hogy a mérleg nullát mutat.',
    'A portaszolgálat riasztást kap a hűtőkamrából.',
    'Η υπεύθυνη βάρδιας αναφέρει ότι οι ζυγαριές δεν συγχρονίζονται.',
    'Ο τεχνικός εντοπίζει σφάλμα στον ελεγκτή.',
    'La recepción avisa al NOC de que las tarjetas no abren.',
    'Un lecteur signale que le catalogue est vide.',
    'Kontrola skladu hlásí chybějící palety.',
    'Vaktmästaren larmar jouren om kylrummet.',
    'Warehouse supervisor ne on-call ko call kiya.',
    'Nag-report ang guard sa helpdesk tungkol sa gate.',
    'গ্রাহক সেবায় প্রথম অভিযোগ আসে।',
    '고객센터에 배송 지연 문의 급증',
    'مدير المستودع يلاحظ أن الرفوف فارغة.',
    'Front desk escalates the complaint to facilities.',
  ])('reads "%s"', (row) => {
    expect(detectedRound39(row)).toBe(true);
  });

  it.each([
    'A címkenyomtató üres lapokat ad; nincs riasztás.',
    'ไม่มีการแจ้งเตือนใด ๆ ในช่วงนี้',
    'Η βάρδια τελειώνει κανονικά.',
    'The complaint form was redesigned last spring.',
  ])('hard negative: "%s" (no report, a negated alert, a complaint that is no detection)', (row) => {
    expect(detectedRound39(row)).toBe(false);
  });
});

describe('the lag stated with a foreign participle and "after" a length is stated (round 39)', () => {
  it.each(['Entdeckt nach 40 Minuten durch den Pförtner.', 'Upptäckt efter 2 timmar av en förare.', 'Détecté après 25 minutes par un client.'])('reads "%s"', (line) => {
    expect(lagStatedAfter(line)).toBe(true);
  });

  it('hard negative: the participle with no length ("Entdeckt durch den Pförtner")', () => {
    expect(lagStatedAfter('Entdeckt durch den Pförtner.')).toBe(false);
  });
});

const lagOf = (text: string): number =>
  lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === 'detection-lag').length;
const timeline = (rows: readonly string[]): string =>
  withSection('Timeline', ['| Time (UTC) | Event |', '|---|---|', ...rows.map((r) => `| ${r} |`)].join('\n'), GOOD_POSTMORTEM);

describe('a ticket key is read with its capitals (round 39)', () => {
  it('a lower-case file name after "file" raises no ticket, so a later alert is measured from the first row', () => {
    const doc = timeline(['09:00 | Pallet file pal-2031-07.csv uploaded to the sorter', '09:20 | Alert fires: sorter rejects > 30%', '09:30 | Decided to roll back the file']);
    expect(lagOf(doc)).toBe(0);
  });

  it('hard negative: a row that opens a ticket with its key, first in the timeline, has nothing before it', () => {
    const doc = timeline(['09:00 | Dock clerk opens WH-4411 about empty labels', '09:20 | Decided to roll back the label template', '09:30 | Labels print again']);
    expect(lagOf(doc)).toBe(1);
  });
});
