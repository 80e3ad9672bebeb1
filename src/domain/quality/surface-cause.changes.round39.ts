/**
 * Issue 16, round 39: a change named as the whole cause in shapes the trigger list did not read. Each part is a
 * grammatical shape, bounded (no nested repetition), joined into `TRIGGER` by surface-cause.ts.
 */
export const CHANGE_TRIGGER_PARTS: readonly string[] = [
  // A value or setting changed in the passive with an adverb between ("was still set to the old code", "had been
  // accidentally switched off in the config"), or during / as part of other work ("was changed during the migration").
  String.raw`\b(?:was|were|had been|has been|got) (?:still |accidentally |mistakenly |inadvertently |wrongly |erroneously |unintentionally |also |just )?(?:set|changed|edited|deleted|removed|dropped|raised|lowered|increased|decreased|reduced|bumped|switched|turned|flipped|altered|modified|replaced|renamed|disabled|overwritten) (?:off |on |back )?(?:to|in|on|by|from|during|as part of|while|when|at)\b`,
  // An update, release or migration that altered something ("The firmware update changed the PID parameters").
  String.raw`\b(?:update|upgrade|migration|deploy(?:ment)?|release|rollout|patch|push|merge|cutover)s? (?:changed|altered|modified|replaced|renamed|broke|reordered|flipped|switched off|turned off|swapped) (?:the|its|our|all|a|an|every|how|which)\b`,
  // A fault introduced by a piece of work ("a configuration problem introduced during the upgrade").
  String.raw`\b(?:problem|issue|error|bug|fault|regression|defect|mistake|change|setting|value)s? (?:was |were )?introduced (?:during|in|by|with|as part of|when)\b`,
];

/**
 * A root cause declared as what caused the event, at a line's start ("The incident was caused by human error during the
 * release.", "This outage was triggered by an expired token"): the text after "by", or null. A pronoun alone ("This was
 * caused by our partner") points back at a cause already told: it declares none.
 */
const CAUSED_BY = /^\s*(?:[-*+]\s+)?(?:the|this|our) (?:[\w'’-]{1,30} ){1,4}?(?:was|were) (?:ultimately |mainly |primarily |directly |originally )?(?:caused|triggered) by (.+)$/i;

/** The cause named by a "The X was caused by Y" line, or null. */
export function causedByDeclared(text: string): string | null {
  return CAUSED_BY.exec(text)?.[1] ?? null;
}

/** A list item's first line: in a list, the next item is the next point, not the declaration's paragraph going on. */
export const LIST_ITEM = /^\s{0,6}(?:[-*+•▸]|\d{1,2}[.)])[ \t]/;
