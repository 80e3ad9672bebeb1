/*
 * Round 39 (issue 16): the half of the day written beside a 12-hour clock in words, not "AM" / "PM": Chinese "上午" /
 * "下午", Japanese "午前" / "午後", Korean "오전" / "오후", Spanish "de la mañana" / "de la tarde" / "de la noche", German
 * "vormittags" / "nachmittags" / "abends". Read as the meridiem, "下午 1:11" after "下午 12:58" is 13:11, not 01:11 — an
 * entry the order rule took for one written out of place. The words of the half-day are a closed class.
 */

/** The afternoon and evening half, as the clock's word. */
const PM = /下午|午后|午後|晚上|傍晚|오후|저녁|(?<![\p{L}])(?:de la (?:tarde|noche)|da tarde|da noite|del pomeriggio|della sera|de l'après-midi|du soir|nachmittags|abends)(?![\p{L}])/iu;
/** The morning half. */
const AM = /上午|早上|凌晨|午前|오전|새벽|(?<![\p{L}])(?:de la (?:mañana|madrugada)|da manhã|del mattino|du matin|vormittags|morgens)(?![\p{L}])/iu;

/** The half of the day a time's words name, or null when they name none (or both). */
export function halfDayOf(asWritten: string): 'am' | 'pm' | null {
  const pm = PM.test(asWritten);
  const am = AM.test(asWritten);
  if (pm === am) return null;
  return pm ? 'pm' : 'am';
}

/** The half of the day written right after a clock ("1:05 de la tarde", "3:10 nachmittags"): a closed list of phrases. */
const PM_AFTER = /[ \t]{1,2}(?:de la (?:tarde|noche)|da (?:tarde|noite)|del pomeriggio|della sera|de l'après-midi|du soir|nachmittags|abends)(?![\p{L}])/uy;
const AM_AFTER = /[ \t]{1,2}(?:de la (?:mañana|madrugada)|da manhã|del mattino|du matin|vormittags|morgens)(?![\p{L}])/uy;

/** A 12-hour clock with no meridiem, given the half of the day written after it in words; the match extended over them. */
export function withHalfDayAfter<T extends { hour: number | null; meridiem: 'am' | 'pm' | null; end: number }>(s: string, t: T): T {
  if (t.meridiem !== null || t.hour === null || t.hour < 1 || t.hour > 12) return t;
  for (const [re, half] of [[PM_AFTER, 'pm'], [AM_AFTER, 'am']] as const) {
    re.lastIndex = t.end;
    const m = re.exec(s);
    if (m !== null) return { ...t, meridiem: half, end: t.end + m[0].length };
  }
  return t;
}
