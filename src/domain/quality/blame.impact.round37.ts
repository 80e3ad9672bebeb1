/*
 * Round 37 (issue 16): in a document's Impact section (and its Summary, which restates the impact) the people named are
 * the ones the incident reached — "Several research groups received files labelled with the wrong samples", "three
 * customers who received an unsafe substitute were contacted", "406 of them missed their flights". Parked in round 36,
 * landed here. Two readings, neither of which clears a sentence that says a judgement outright:
 *
 * - a finding of the model (never a rule's form) in the Impact section whose person references are all a plural group
 *   or a plural pronoun: the model's words of harm ("wrong", "missed", "late") weigh for blame there, but a group
 *   affected is not a group judged;
 * - a finding of an omission form ("missed", "did not see", "received … wrong") in the Impact or Summary section whose
 *   person references are all a counted group ("406 of them", "Several research groups", "312 students"): a count of
 *   the people reached is an effect, not a conduct.
 *
 * A singular person ("the on-call engineer"), a name, or "should have" / "careless" … keeps the finding. Linear: each
 * pattern has bounded repetition and is tried at one place.
 */
import type { BlameHit } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';

/** A plural head noun (morphology: "-s" not "-ss" / "'s"), a plural pronoun, or a noun whose number is a group's. */
export const PLURAL_HEAD = /(?:^|\s)(?:\p{L}[\p{L}-]{1,30}[^s'’\s]s|they|them|their|theirs|themselves|people|staff|crew|crews|personnel|folk|public|everyone|everybody)$/iu;
/** A judgement said outright, whatever the people. */
export const OUTRIGHT =
  /\b(?:should(?:n['’]t| not)? have|ought to have|must have|could have|fault|blam\w+|careless\w*|sloppy|lazy|laziness|negligen\w*|incompeten\w*|reckless\w*|ignor\w+|forgot|forgotten|neglect\w*|refus\w+|again|as usual|of course|failed to|failure to|bothered|bother to)\b/i;
/** A count before the group: a number or a quantifier (a closed class), then at most two words ("406 of ", "Several research "). */
const COUNTED = /(?:^|[\s(])(?:\d[\d,.]*|some|several|many|most|all|both|few|dozens|hundreds|thousands)(?:\s{1,3}of)?\s{1,3}(?:[\p{L}-]{1,30}\s{1,3}){0,2}$/iu;
/** The forms that say what a person did not do or get. */
const OMISSION_FORMS: ReadonlySet<BlameHit['form']> = new Set(['omission-verb', 'failure-to']);

/** The person references of the sentence (none: not this reading), each with the text before it. */
export function groupsOf(sentence: string): { text: string; before: string }[] {
  const cut = sentence.length > 2000 ? sentence.slice(0, 2000) : sentence;
  return personSpans(cut).map((sp) => ({ text: cut.slice(sp.start, sp.end).replace(/['’]s?$/, '').trim(), before: cut.slice(Math.max(0, sp.start - 60), sp.start) }));
}

/** Whether a finding in the Impact section only names a group the incident reached. */
export function affectedInImpact(hit: BlameHit, sentence: string): boolean {
  if (hit.form !== 'judging-words' || OUTRIGHT.test(sentence)) return false;
  const people = groupsOf(sentence);
  return people.length > 0 && people.every((p) => PLURAL_HEAD.test(p.text));
}

/** Whether an omission found in the Impact or Summary section is a count of the people it reached. */
export function countedAffected(hit: BlameHit, sentence: string): boolean {
  if (!OMISSION_FORMS.has(hit.form) || OUTRIGHT.test(sentence)) return false;
  const people = groupsOf(sentence);
  return people.length > 0 && people.every((p) => PLURAL_HEAD.test(p.text) && (COUNTED.test(p.before) || /^(?:they|them|their|theirs)$/i.test(p.text))) && people.some((p) => COUNTED.test(p.before));
}
