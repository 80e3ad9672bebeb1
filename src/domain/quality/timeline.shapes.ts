/*
 * Round 36 (issue 16): what a timeline says by its shape, in any language — the rules' word lists read only the languages
 * they were written for.
 * - a gap is explained by an entry that states its length: a number as long as the gap, followed by a unit word of any
 *   language ("7 minuuttia", "(6 min)", "15 minutin odotuksen", "42 λεπτά");
 * - the detection lag is stated by a label over a length and the interval it runs between ("Havaitsemisviive: 5 h 47 min
 *   (klo 4.15 → 10.02)", "Χρόνος εντοπισμού: 3 ώρες και 50 λεπτά (10:30 → 14:20)");
 * - a decision point is marked by a label of its own at the entry's start ("**Päätös:** …", "**Decizie** (Ana): …").
 */

/** Clock times and dates, whose digits are no lengths ("10.02", "31.3.2024", "2024-03-31"). */
const CLOCK_OR_DATE = /\d{1,4}(?:[:./-]\d{1,4}){1,2}/g;
/** A whole number after a space or a bracket (no decimal, no code such as "6M42"), then a word of letters: a length or a count. */
const NUMBER_THEN_WORD = /(?<=^|[\s(（])(\d{1,3})[ \t]?(?=[\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}]))(?![\p{L}\p{M}]*\d)/gu;

/**
 * Whether an entry at a gap's end states a length of exactly the gap, in minutes or whole hours ("7 minuuttia" seven
 * minutes after the entry above). A count that only happens to be near it ("12 blocks" after 13 minutes) does not.
 */
export function statesGapLength(text: string, minutes: number): boolean {
  const t = text.replace(CLOCK_OR_DATE, ' ');
  for (const m of t.matchAll(NUMBER_THEN_WORD)) {
    const n = Number(m[1]);
    if (n === minutes || (n <= 24 && n * 60 === minutes)) return true;
  }
  return false;
}

/** A label (bold or before a colon), a length, then "(start → end)" of two clock times. */
const LABELLED_INTERVAL = /^[ \t]{0,3}(?:[-*+][ \t]{1,4})?(?:\*\*|__)?[^\n:：|]{2,60}?(?:\*\*|__)?[ \t]{0,2}[:：][ \t]{0,3}(?:\*\*|__)?[ \t]{0,2}\d{1,3}[ \t]?[\p{L}][^\n()]{0,60}\([^()\n]{0,12}\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]{0,2}(?:→|->|⇒|⟶)[ \t]{0,2}[^()\n\d]{0,8}\d{1,2}[:.]\d{2}/u;

/** Whether a line states a length between two clock times under a label (the detection lag, told in any language). */
export function labelledInterval(raw: string): boolean {
  return LABELLED_INTERVAL.test(raw);
}

/** An entry that opens with a bold label closed by a colon, with a note in brackets between them or not. */
const LABELLED_ENTRY = /^[ \t]{0,2}(?:\*\*|__)[^*_\n]{1,30}?(?:[:：](?:\*\*|__)|(?:\*\*|__)[ \t]{0,2}(?:\([^()\n]{1,60}\)[ \t]{0,2})?[:：])/u;

/** Whether an entry's text opens with a label of its own ("**Päätös:** ajetaan …", "**Decizie** (Ana): …"). */
export function labelledEntry(text: string): boolean {
  return LABELLED_ENTRY.test(text);
}
