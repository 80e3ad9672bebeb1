/*
 * Round 36 (issue 16): template slots by their shape, in any language — the prompt words of placeholder.patterns.ts know
 * the languages they were written for, a slot's shape does not need them:
 * - a date's mask in any alphabet, each part one letter repeated ("AAAA-LL-ZZ", "JJJJ-MM-TT", "ГГГГ-ММ-ДД", "DD.MM.YYYY");
 * - a bracketed word or two filling a table cell or a field's value ("| [Nume] |", "Owner: [Responsável]");
 * - a comment that only asks the writer questions ("<!-- Ce schimbăm în mod durabil? Ce am aflat? -->").
 */

/** A date mask of capitals, year first or last. The letters are read back by reference: each part one letter repeated. */
const DATE_MASK_IN_TEXT = /(?<![\p{L}\p{N}])(?:(\p{Lu})\1{3}[-/.](\p{Lu})\2[-/.](\p{Lu})\3|(\p{Lu})\4[-/.](\p{Lu})\5[-/.](\p{Lu})\6{3})(?![\p{L}\p{N}])/u;

/**
 * A slot of one or two words in brackets, a capital first, as a whole cell or as the value after a field's colon. A second
 * word with its own capital makes a proper name ("Ship: [Nomadic Star]"), not a slot; English slots of two capitalised
 * words ("[Incident Title]") are known by their words in placeholder.patterns.ts.
 */
const SLOT = String.raw`\[\p{Lu}[\p{L}\p{M}]{1,24}(?: [\p{Ll}\p{M}][\p{L}\p{M}]{0,23})?\]`;
const CELL_SLOT = new RegExp(String.raw`(?:^|\|)[ \t]*(${SLOT})[ \t]*(?=\||$)`, 'u');
const VALUE_SLOT = new RegExp(String.raw`[:：](?:\*\*|__)?[ \t]{1,3}(${SLOT})[ \t]*$`, 'u');

/** The slots on a line that only their shape shows, in order. */
export function shapedPlaceholders(raw: string): string[] {
  const found: string[] = [];
  // A format named in code ("exports dates as `DD.MM.YYYY`") is what the text talks about, not a slot.
  const mask = DATE_MASK_IN_TEXT.exec(raw.replace(/`[^`\n]{0,200}`/g, ' '));
  if (mask !== null) found.push(mask[0]);
  const slot = CELL_SLOT.exec(raw) ?? VALUE_SLOT.exec(raw);
  // A word in capitals is a value ("[RESOLVED]", a status), the template's slots are written as names ("[Nume]").
  if (slot !== null && /\p{Ll}/u.test(slot[1]!)) found.push(slot[1]!);
  return found;
}

/** A comment of questions only: its text ends with a question mark (in any script: "?", "？", "؟"). */
const QUESTION_COMMENT = /^[ \t]*<!--[^>]{3,400}[?？؟][ \t]*-->[ \t]*$/;

/** Whether a comment line only asks the writer what to write. */
export function questionComment(raw: string): boolean {
  return QUESTION_COMMENT.test(raw);
}
