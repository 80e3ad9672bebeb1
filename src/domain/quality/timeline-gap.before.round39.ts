/*
 * Round 39 (issue 16): a length at a gap's start that tells of the time before that entry, not after it. "After 49
 * minutes of monitoring the drain, the backlog is clear", "Tras 25 minutos de monitoreo, se reprocesan …", "its first run
 * took 7 minutes", "재기동 완료 (20분 소요)", "اكتمال التراجع بعد 8 دقائق": the work named ran up to the entry and is done
 * by it. The gap that follows is explained by it only when the length covers the gap (round 38 reads a length of exactly
 * the gap as the time the entry's state lasted); a shorter one was read as an explanation of the whole interval.
 */

/** The unit of a length, in the languages whose timelines the rules read. */
const UNIT = String.raw`(?:min(?:s|utes?|utos?|uti|uten|utter|uter)?|h|hrs?|hours?|horas?|ore|stunden|timer|timmar|uur|heures?)`;

/** A length of work done before the entry: "after N minutes (of X)", "took N minutes", and the same in other languages. */
const PAST_LENGTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:after|tras|despu[ée]s de|ap[óo]s|dopo|nach|apr[èe]s|efter|etter|took(?:[ \t]+(?:about|around|roughly|only|just|nearly|almost))?|tok|tog|dauerte|durou|dur[óo]|durò|a pris|tardó|levou)[ \t]+(\d{1,3})[ \t]?${UNIT}(?![\p{L}\p{N}])(?:[ \t]+(?:of|de|di|von|av|van|d[e']?)[ \t]*[\p{L}-]{1,30})?`,
  'giu',
);
/** The same written after the number: Korean "20분 소요" (20 minutes taken), Arabic "بعد 8 دقائق" (after 8 minutes). */
const PAST_LENGTH_AFTER_NUMBER = /(\d{1,3})[ \t]?(?:분|시간)[ \t]?(?:소요|걸림|걸려)|بعد (\d{1,3}) (?:دقائق|دقيقة|ساعات|ساعة)/gu;

const HOUR_WORDS = /^(?:h|hrs?|hours?|horas?|ore|stunden|timer|timmar|uur|heures?|시간|ساعات|ساعة)$/i;

/** The minutes a matched length stands for (hours by their unit word). */
function lengthMinutes(match: string, n: number): number {
  const words = match.toLowerCase().split(/[\s\d]+/u).filter((w) => w.length > 0);
  return words.some((w) => HOUR_WORDS.test(w) || w.startsWith('시간')) ? n * 60 : n;
}

/**
 * The entry at a gap's start without the lengths of work done before it that are shorter than the gap: what is left is
 * what the entry can say of the time after it.
 */
export function withoutShortPastLengths(text: string, gapMinutes: number): string {
  const drop = (whole: string, a?: string, b?: string): string => {
    const n = Number(a ?? b ?? '0');
    return lengthMinutes(whole, n) < gapMinutes ? ' ' : whole;
  };
  return text.replace(PAST_LENGTH, (whole, a: string) => drop(whole, a)).replace(PAST_LENGTH_AFTER_NUMBER, (whole, a?: string, b?: string) => drop(whole, a, b));
}
