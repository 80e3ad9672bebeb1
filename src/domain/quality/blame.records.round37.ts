/*
 * Round 37 (issue 16): records of who did what, read in a document.
 *
 * - A timed row (a timeline line or a table row whose first cell holds a clock time: "| 18 Jul 16:30 | Reception …
 *   phones Yusuf |", "- 13:51 — Third-party contractor … damages a duct") that names a person and a neutral act is a
 *   record, not a judgement: a finding of the model (never a rule's form) there is dropped unless the sentence carries a
 *   judgement word of its own ("finally", "late", "again", "did not", "should have", "careless" …). Round 7 already
 *   made the model judge a record only on a judging feature; the features still weigh ordinary words of a row ("clinic",
 *   "carrying", "sends").
 * - A compound noun read as a name before "error(s)" ("Telemetry errors back at baseline", a panel "Interface errors
 *   and drops", a field "Known error: false"): a person's name is never a noun's modifier before "error", so the
 *   human-error form found there is a thing's errors. "Human error", "operator error", "Dave's error" keep it.
 *
 * Linear: each pattern is tried once, with bounded repetition.
 */
import type { BlameHit } from './blame.patterns.ts';

/** A row or an entry whose opening (its first cell, or its first words) holds a clock time. */
const TIMED = /^\s{0,8}(?:[-*+]\s{1,3}|\d{1,3}[.)]\s{1,3}|\|\s{0,3})?(?:\*\*|\[)?[^|\n]{0,24}?\b\d{1,2}:\d{2}\b/;
/**
 * A judgement word of the row's own: a judging word; an adverb of frequency or repetition ("again", "always", "a second
 * time", "twice"); a stance adverb ("just", "honestly", "obviously", "apparently"); an adverb of delay ("finally",
 * "late", "still"); a person's omission ("did not", "never", "without checking"); the second person or a question (a
 * pasted message speaking to someone).
 */
const OWN_JUDGEMENT =
  /\b(?:should(?:n['’]t| not)? have|ought to|must have|could have|fault|blam\w+|careless\w*|sloppy|lazy|negligen\w*|incompeten\w*|reckless\w*|ignor\w+|forgot|forgotten|neglect\w*|refus\w+|fail(?:s|ed)? to|failure to|bother\w*|mistake\w*|wrong\w*|bad|poor\w*|instead|better than|idea of|again|always|as usual|every time|each time|twice|(?:second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th)) time|just|honestly|frankly|obviously|clearly|seriously|really|of course|apparently|somehow|finally|late|too|still|even|eventually|at last|only (?:then|now|after|when)|did(?:n['’]t| not)|does(?:n['’]t| not)|never|without (?:asking|checking|telling|testing|looking|reading)|you|your|yours)\b|\?/i;

/** Whether a line is a timed record (above). */
export function timedRow(raw: string): boolean {
  return TIMED.test(raw.length > 300 ? raw.slice(0, 300) : raw);
}

/** Whether a model finding in a timed row is a record of a neutral act (above). */
export function neutralRow(hit: BlameHit, sentence: string): boolean {
  return hit.form === 'judging-words' && !OWN_JUDGEMENT.test(sentence);
}

/** The human-error form on a capitalised noun compound ("Telemetry errors"), not on a lead word of human error. */
const NOUN_ERROR = /^\p{Lu}[\p{Ll}-]{1,30}\s{1,3}(?:error|mistake|failure|fault|slip)s?$/u;
const HUMAN_LEAD = /^(?:human|operator|user|pilot|personnel|people|staff|employee|engineer|manual)\b/i;

/** Whether a human-error finding is only a thing's errors named with a capital (above). */
export function thingsErrors(hit: BlameHit): boolean {
  return hit.form === 'human-error' && NOUN_ERROR.test(hit.phrase.trim()) && !HUMAN_LEAD.test(hit.phrase.trim());
}
