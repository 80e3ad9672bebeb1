// Round 36: times in any script and with any word before them, read by shape and position rather than by word lists.
// - digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width) read as ASCII digits, one
//   character for one, so that offsets hold;
// - a time label of a word or two and a clock ("klo 10.02", "kl. 14.02", "około 14:02", "약 14:02", "ประมาณ 09.30 น.",
//   "14.02 Uhr"): the clock, with the words before it kept as its lead. A lead that most entries of a timeline share is the
//   language's clock word ("klo", "at"); one that only a few carry marks those times approximate (`markMinorityLeads`).
import { AROUND_BEFORE } from './foreign-time-words.ts';
import { halfDayOf } from './half-day.ts';
export { withHalfDayAfter } from './half-day.ts';
import type { TimeMatch } from './time-scan.ts';

/** Zero of each script whose ten digits are consecutive code points. */
const ZEROS = [0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10];
const OTHER_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\u07C0-\u07C9\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F\u0E50-\u0E59\u0ED0-\u0ED9\u0F20-\u0F29\u1040-\u1049\u17E0-\u17E9\u1810-\u1819\uFF10-\uFF19\uFF1A]/g;

/** The text with other scripts' digits (and the full-width colon) as ASCII, the same length. */
export function asciiDigits(s: string): string {
  if (!OTHER_DIGIT.test(s)) return s;
  OTHER_DIGIT.lastIndex = 0;
  return s.replace(OTHER_DIGIT, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0xff1a) return ':';
    const zero = ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
    return String(code - zero);
  });
}

/** A lead that is a word for "around" ("kolem", "rond", "około"): its time is approximate whatever the other entries carry. */
const AROUND_LEAD = new RegExp(String.raw`^${AROUND_BEFORE}$`, 'iu');

/**
 * A time label: up to two words before a clock (a colon, a dot or an "h" between hour and minutes), an optional short
 * word after it ("Uhr", "น."), then the label's end: the text's end, or a separator ("—", "–", "|", ":", "- ").
 * Bold or italic marks may wrap it. Every repeat is bounded: linear.
 */
const LABEL = /^[ \t]{0,4}(?:\*\*|__|[*_])?((?:[\p{L}\p{M}]{1,12}\.?[ \t]{1,2}){0,2}(?:[\p{L}\p{M}]{1,12}\.?)?)[ \t]{0,2}(\d{1,2})[:.h](\d{2})(?!\d)(?:[ \t]{0,2}[\p{L}\p{M}]{1,4}\.?)?(?:\*\*|__|[*_])?[ \t]*(?=$|[—–|:]|-[ \t])/u;

/** A time label at the start of the text ("klo 10.02", "ประมาณ 09.30 น. — …"), its lead words kept, or null. */
export function leadWordTime(text: string): (TimeMatch & { lead: string }) | null {
  const m = LABEL.exec(text);
  if (m === null) return null;
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  if (hour > 24 || minute > 59) return null;
  // A lead that is a sentence's words, not a label's ("Deploy at 10.02"), has a capital: a label's words are lower case
  // or of a script without case.
  if (/\p{Lu}/u.test(m[1]!)) return null;
  const lead = m[1]!.trim();
  return { asWritten: m[0].trim(), start: 0, end: m[0].length, date: null, month: null, day: null, hour, minute, second: null, meridiem: hour >= 1 && hour <= 12 ? halfDayOf(lead) : null, unknown: false, approx: AROUND_LEAD.test(lead), zone: null, lead };
}

/** Round 38: consecutive entries a lead opens that make it the clock's word, not a hedge. */
const RUN_IS_CLOCK = 3;

/**
 * The leads of a timeline's entries read by position: a lead carried by at least half the entries with a lead word is the
 * clock's own word; one carried by fewer, beside such a majority or beside entries with no lead, marks an approximate time.
 */
export function markMinorityLeads(matches: readonly TimeMatch[]): void {
  const counts = new Map<string, number>();
  // Round 38: the longest run of consecutive entries each lead opens. A lead that opens RUN_IS_CLOCK entries in a row is
  // the clock's own word for a stretch of the timeline (the half of the day before a 12-hour clock, "上午 11:30" … then
  // "下午 12:01" …), not a hedge put on a few times.
  const runs = new Map<string, number>();
  let run = 0;
  let prev: string | undefined;
  for (const m of matches) {
    const lead = (m as { lead?: string }).lead;
    counts.set(lead ?? '', (counts.get(lead ?? '') ?? 0) + 1);
    run = lead !== undefined && lead === prev ? run + 1 : 1;
    prev = lead;
    if (lead !== undefined) runs.set(lead, Math.max(runs.get(lead) ?? 0, run));
  }
  if (matches.length < 3) return;
  for (const m of matches) {
    const lead = (m as { lead?: string }).lead;
    if (lead === undefined || lead === '' || (runs.get(lead) ?? 0) >= RUN_IS_CLOCK) continue;
    if ((counts.get(lead) ?? 0) * 2 < matches.length) m.approx = true;
  }
}
