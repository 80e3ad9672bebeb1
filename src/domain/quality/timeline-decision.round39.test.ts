import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import { decisionRound39 } from './timeline-decision.round39.ts';

/**
 * Issue 16, round 39: a decision point, or a declared incident, in Hungarian, Greek, Russian, Vietnamese, Swahili,
 * Tagalog, Persian, Arabic, Bengali and Thai.
 */
describe('a decision in more languages is a decision point (round 39)', () => {
  it.each([
    'Döntés: a hűtőkamrát kézi üzemre állítjuk.',
    'A műszakvezető úgy döntött, hogy leállítja a sort.',
    'Απόφαση: κλείνουμε την αποθήκη για δύο ώρες.',
    'Ο προϊστάμενος αποφάσισε να σταματήσει τη φόρτωση.',
    'Η βάρδια κηρύσσει περιστατικό SEV2.',
    'Решение: переключить склад на ручной приём.',
    'Дежурный объявил инцидент P2.',
    'Quyết định: tạm dừng tuyến giao hàng phía bắc.',
    'Uamuzi: kusimamisha malipo ya wakulima.',
    'Nag-decide si Ana na isara ang bodega.',
    'تصمیم: توقف ارسال سفارش‌ها',
    'القرار: إيقاف الحجز مؤقتًا',
    'সিদ্ধান্ত: গুদামের দরজা বন্ধ রাখা হবে',
    'ตัดสินใจปิดคลังสินค้าชั่วคราว',
  ])('reads "%s"', (row) => {
    expect(decisionRound39(row)).toBe(true);
  });

  it.each(['A raktár ajtaja nyitva marad.', 'Η αποθήκη ανοίγει κανονικά.', 'Склад работает в обычном режиме.', 'Kho hàng hoạt động bình thường.'])('hard negative: "%s" (no decision)', (row) => {
    expect(decisionRound39(row)).toBe(false);
  });
});

describe('a timeline whose only decision is in one of these languages has a decision point (round 39)', () => {
  const decisionFindings = (rows: readonly string[]): number => {
    const text = withSection('Timeline', ['| Idő | Esemény |', '|---|---|', ...rows.map((r) => `| ${r} |`)].join('\n'), GOOD_POSTMORTEM);
    return lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === 'timeline-decision-points').length;
  };

  it('does not report a Hungarian timeline with "Döntés:"', () => {
    expect(decisionFindings(['10:00 | A mérleg nullát mutat.', '10:04 | Döntés: a mérleget újraindítjuk.', '10:09 | A mérleg újra működik.'])).toBe(0);
  });

  it('hard negative: the same timeline without the decision is reported', () => {
    expect(decisionFindings(['10:00 | A mérleg nullát mutat.', '10:04 | A mérleg újraindul.', '10:09 | A mérleg újra működik.'])).toBe(1);
  });
});
