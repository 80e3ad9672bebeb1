/*
 * Round 38 (issue 16): a person or a team named as the agent of a plain passive act, in a document — "is tracked by
 * Customer Operations in their own backlog", "the run was signed off by the allocation committee", "all nine were
 * contacted by the client desk", "some seats were taken by students who registered". The model's features of the
 * passive agent ("by §") weigh for blame, because blame so often says "caused by §"; but a record of who did a plain act
 * is no judgement. A finding of the model (never a rule's form, so "caused by" and the passive-agent form keep theirs)
 * whose quoted phrase (with the words around it) is such a passive with a group as its agent is dropped (an individual
 * singled out as the agent, "triggered by an analyst", "switched off by the on-call engineer", keeps it), unless its clause carries a judgement of its own: a judging word,
 * a negation or "without", an adverb of repetition or delay (another clause's negation, "a seat that nobody on the
 * waitlist received, and some seats were taken by students", is that clause's).
 *
 * Linear: bounded patterns, each tried once.
 */
import type { BlameHit } from './blame.patterns.ts';

/** A passive with its agent: a form of "be" and at most one adverb (or "and" after an earlier passive), a participle (regular, or "-en" / "-t"), up to two particles, "by". */
const PASSIVE_BY = /(?:\b(?:is|are|was|were|been|being|be)\s{1,3}(?:\p{L}{2,20}ly\s{1,3})?|\band\s{1,3})\p{L}{2,30}(?:ed|en|wn|t)\s{1,3}(?:(?:off|up|out|over|back|in|on|through|down)\s{1,3}){0,2}by\s/iu;
/** A judgement said in the sentence, whatever its passive. */
const JUDGED =
  /\b(?:should(?:n['’]t| not)? have|ought to|must have|could have|fault|blam\w+|careless\w*|sloppy|lazy|negligen\w*|incompeten\w*|reckless\w*|ignor\w+|forg[eo]t\w*|neglect\w*|refus\w+|fail\w*|mistake\w*|wrong\w*|error\w*|bad|poor\w*|again|always|every time|twice|late|finally|eventually|instead|without|not|never|no|nobody|n['’]t|only|just|even|still|too|somehow|apparently|obviously|clearly|unauthori[sz]ed|accidental\w*|mistaken\w*)\b/i;

/** Where a clause ends: a comma, a semicolon, a dash, a colon or a conjunction. */
const BREAK = /[,;:()]|\s[—–-]\s|\s(?:and|but|while|whereas|although|though|because|so)\s/gi;
/** After the agent, a relative clause on it ("…, who should have asked", "…, which was not approved") is still its clause. */
const BREAK_AFTER = /[;:()]|,(?!\s{0,3}(?:who|whom|whose|which|that)\b)|\s[—–-]\s|\s(?:and|but|while|whereas|although|though|because|so)\s/i;

/** The clause of a sentence around a span: from the last break before it to the first break after it, each within 200 characters. */
function clauseAround(sentence: string, start: number, end: number): string {
  const before = sentence.slice(Math.max(0, start - 200), start);
  const after = sentence.slice(end, end + 200);
  let from = 0;
  for (const b of before.matchAll(BREAK)) from = b.index + b[0].length;
  const to = after.search(BREAK_AFTER);
  return before.slice(from) + sentence.slice(start, end) + (to === -1 ? after : after.slice(0, to));
}

/** The agent after "by": a group, a plural or a collective noun of an organisation ("the client desk", "the allocation committee", "students"). */
const GROUP_AGENT = /\bby\s{1,3}(?:(?:the|our|their|its|some|all|several|many)\s{1,3})?(?:[\p{L}-]{1,30}\s{1,3}){0,2}(?:[\p{L}-]{1,30}[^s'’\s]s|team|teams|committee|desk|board|office|department|group|unit|squad|crew|staff|operations|support|centre|center|panel|council)\b/iu;

/** Whether a model finding only names a group as the agent of a plain passive act (above). */
export function passiveRecord(hit: BlameHit, sentence: string): boolean {
  const near = sentence.slice(Math.max(0, hit.start - 40), hit.end + 40);
  return hit.form === 'judging-words' && PASSIVE_BY.test(near) && GROUP_AGENT.test(near) && !JUDGED.test(clauseAround(sentence, hit.start, hit.end));
}
