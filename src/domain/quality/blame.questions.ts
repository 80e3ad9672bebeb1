/*
 * Round 28 (issue 16): questions asked to learn, not to blame. A rhetorical question accuses ("How could X not notice
 * …?"); a question put as an FAQ entry ("Q: Should the night editor have noticed the paywall was down?") or reported as
 * someone's own ("Marguerite asked whether she should have paged straight away") asks, and the document answers it.
 * Both are read by their frame, never by the words of the question. Bounded regexes, linear.
 */

/** An FAQ label opening a question: "Q:", "Q.", "Question:", "FAQ:", "Q3:". */
const FAQ_LABEL = /^\s{0,3}(?:[*_#>-]\s{0,3}){0,3}(?:Q\d{0,2}|Question(?:\s{1,2}\d{1,2})?|FAQ)\s{0,2}[:.)]\s/;
/** A yes / no question: an auxiliary first, after the label. */
const YES_NO = /^\s{0,3}(?:should|shouldn't|could|couldn't|would|did|didn't|does|do|was|were|is|are|can|has|had|have|must)\b/i;
/** The judging openers a rhetorical question keeps even behind a label: "seriously", "honestly", "even". */
const RHETORIC = /\b(?:seriously|honestly|even|on earth|the hell|possibly|really|how could|why on)\b/i;

/** A question put as an FAQ entry, asked to learn: the model does not judge it. */
export function faqQuestion(s: string): boolean {
  const label = FAQ_LABEL.exec(s);
  if (label === null || !/\?\s{0,3}$/.test(s)) return false;
  return YES_NO.test(s.slice(label[0].length)) && !RHETORIC.test(s);
}

/** The words before a person that make what follows someone's own question: "asked whether", "wondered if". */
export const INDIRECT_QUESTION = /\b(?:asked|asks|asking|wondered|wonders|wondering|queried|raised the question(?: of)?|the question (?:is|was|of))\s{1,2}(?:(?:herself|himself|themselves|themself|us|me|the group|the room)\s{1,2})?(?:whether|if)\s{1,2}(?:\S+\s{1,2}){0,2}$/i;

/** A person's own question reported, about what they should have done: "Oskar asked whether he should have escalated". */
const REPORTED_QUESTION = /\b(?:asked|asks|wondered|wonders|queried)\s{1,2}(?:(?:herself|himself|themselves|us|me|the\s{1,2}group|the\s{1,2}room)\s{1,2})?(?:whether|if)\s{1,2}[§π]¤*\s{1,2}(?:should|could|would|might|ought|had|must)\b/i;

/** Whether the masked sentence reports someone's question about their own part: the model does not judge it. */
export function reportedQuestion(masked: string): boolean {
  return REPORTED_QUESTION.test(masked);
}
