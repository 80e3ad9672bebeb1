import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import { moreDecision, moreDetected, moreDetectionStated, moreExplainsGap } from './timeline-words.more.ts';

/**
 * Issue 16, round 35: a timeline in Indonesian / Malay, Ukrainian, Hebrew or Hindi is judged by its own words: what filled a gap
 * (waiting, monitoring, a length), a decision, a detection and the "time to detect" label.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const rules = (rows: readonly string[]): string[] => lint(withSection('Timeline', rows.join('\n'), GOOD_POSTMORTEM)).map((f) => f.rule);

describe('timeline words in Indonesian / Malay, Ukrainian, Hebrew and Hindi (round 35)', () => {
  it.each([
    'Secret baru dipasang, setelah 2,5 jam menunggu PayNusa', 'On-call payment mulai investigasi',
    'до того ми 76 хвилин моніторили повторні запити', 'Звірку завершено, вона тривала 23 хвилини',
    'ניטור: 15 דקות בשיא הצפייה', 'נועה ממשיכה לנטר עד סוף הגמר',
    'प्रदाता के जवाब के लिए 34 मिनट इंतज़ार के बाद कोटा 80 GPU हुआ', '22 मिनट की निगरानी में देरी 3 सेकंड से कम रही',
  ])('reads "%s" as saying what filled the interval', (text) => {
    expect(moreExplainsGap(text)).toBe(true);
  });

  it.each(['Channel e-wallet diaktifkan kembali', 'Рандомізацію відновлено в усіх центрах', 'באנר התקלה באפליקציה מוסר', 'कैप्शन सभी दर्शकों के लिए वापस आए'])(
    'hard negative: "%s" says nothing of the interval', (text) => {
      expect(moreExplainsGap(text)).toBe(false);
    });

  it.each(['Keputusan: nonaktifkan sementara channel e-wallet', 'Рішення: не завантажувати поправку 4', 'החלטה: rollback לגרסה 5.11', 'Олег ескалює інцидент до Ірини', 'निर्णय: अंग्रेज़ी कैप्शन को ब्रॉडकास्ट पर रखा'])(
    'reads "%s" as a decision', (text) => {
      expect(moreDecision(text)).toBe(true);
    });

  it.each(['Channel e-wallet diaktifkan kembali', 'Конфігурацію поправки 4 завантажено', 'עמית מתחיל לעבוד'])('hard negative: "%s" is no decision', (text) => {
    expect(moreDecision(text)).toBe(false);
  });

  it.each(['Tiket CS pertama: diamond tidak masuk', 'координаторка телефонує на лінію підтримки. Виявлення.', 'המוניטור מתריע ומזעיק את התורנית'])(
    'reads "%s" as the detection', (text) => {
      expect(moreDetected(text)).toBe(true);
    });

  it.each(['Secret baru dipasang', 'Рандомізацію відновлено', 'ה-rollback הושלם'])('hard negative: "%s" is no detection', (text) => {
    expect(moreDetected(text)).toBe(false);
  });

  it('reads "Час до виявлення" as the time to detect, and not a bare "виявлення"', () => {
    expect(moreDetectionStated('**Час до виявлення:** 25 хв 38 с')).toBe(true);
    expect(moreDetectionStated('Виявлення.')).toBe(false);
  });

  it('reports no gap, no missing decision and no missing detection lag in an explained Ukrainian timeline', () => {
    const found = rules([
      '- 08:05 Перший запит отримує `STRATUM_NOT_FOUND`. Початок впливу.',
      '- 08:31 Після трьох невдалих спроб протягом 25 хвилин центр телефонує на лінію підтримки. Виявлення.',
      '- 08:47 Рішення: призупинити рандомізацію в усіх центрах.',
      '- 09:20 Звірку завершено, вона тривала 23 хвилини.',
    ]);
    expect(found.filter((r) => r === 'timeline-gap' || r === 'timeline-decision-points')).toEqual([]);
  });

  it('hard negative: still reports an unexplained gap in an Indonesian timeline', () => {
    const found = rules([
      '- 14:20 On-call payment mulai investigasi.',
      '- 14:25 Keputusan: nonaktifkan channel e-wallet.',
      '- 16:40 Channel e-wallet diaktifkan kembali.',
    ]);
    expect(found).toContain('timeline-gap');
  });
});
