/*
 * Round 27 (issue 16): a quoted name of a thing is no scare quote. Scare quotes hold a word the writer doubts (our
 * "senior" architect, X "fixed" it); a document also quotes the names of columns, messages, statuses, buttons and
 * panels ("Marketing had added a column "Promo label" before "Tier"", "participants got the message "Room is full"",
 * "displays showing "2 min""). What names the quote is around it: a thing noun or a naming verb right before it, a thing
 * noun right after it, or a capitalised label after a preposition. Bounded windows, no repetition: linear.
 */

/** A thing noun or a naming verb right before the quote (one modifier between allowed). */
const NAME_BEFORE = /\b(?:columns?|fields?|labels?|messages?|melding|statuse?s?|buttons?|tabs?|menus?|options?|pages?|banners?|errors?|warnings?|alerts?|notices?|headers?|headings?|titles?|tags?|flags?|settings?|modes?|values?|texts?|strings?|screens?|prompts?|templates?|views?|panels?|dashboards?|reports?|sheets?|files?|folders?|channels?|queues?|rules?|states?|codes?|keys?|entries|entry|subjects?|captions?|notifications?|emails?|e-mails?|events?|names?|named|called|titled|labell?ed|showing|shows|showed|displaying|displays|displayed|reading|reads|set to|changed to|marked|marked as|status of)\s{1,2}(?:[\p{L}-]{1,20}\s{1,2})?$/iu;
/** A thing noun right after the quote: ""Promo label" column", ""BHS sortation" panel". */
const NAME_AFTER = /^,?\s{1,2}(?:columns?|fields?|labels?|messages?|status|buttons?|tabs?|menus?|options?|pages?|banners?|errors?|warnings?|alerts?|notices?|headers?|titles?|tags?|flags?|settings?|modes?|values?|screens?|prompts?|templates?|views?|panels?|dashboards?|reports?|sheets?|files?|folders?|channels?|queues?|rules?|states?|codes?|keys?|entries|emails?|events?)\b/i;
/** A capitalised label after a preposition: "before "Tier"", "into "Archive"", "under "Settings"". */
const PREP_BEFORE = /\b(?:before|after|into|in|from|to|under|on|at|of|beside|next to|and|or)\s{1,2}$/i;

/** Whether the quote at [start, end) in `s` names a thing. */
export function quotedName(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 40), start);
  if (NAME_BEFORE.test(before) || NAME_AFTER.test(s.slice(end, end + 20))) return true;
  const inner = s.slice(start + 1, end - 1);
  return /^\p{Lu}/u.test(inner) && PREP_BEFORE.test(before);
}
