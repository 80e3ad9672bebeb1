/*
 * What a "they / them / their" with no person before it stands for (issue 16): a plural thing ("When many devices
 * disconnect together, they …", "Three PoPs ran … so the revert left them degraded"); then it is no person reference.
 * Moved out of person-references.ts in round 15. Bounded patterns only: linear in the sentence.
 */
import { personSpans } from './person-references.ts';

/**
 * The clause before a "they" whose subject is a plural thing: "When many devices disconnect together, they …",
 * "Browse and category pages were fine, they don't …". Then "they" is that thing, not people (round 7). The plural
 * must not itself name people ("the engineers", "the contractors"). Read from the last clause start, bounded.
 */
const THING_CLAUSE =
  /(?:^|[.;:!?]\s+)(?:(?:when|if|once|as|after|before|while|until|whenever)\s+)?(?:(?:the|these|those|many|all|some|most|both|our|its|other|several|\d+)\s+)?(?:[\w-]{1,30}\s+){0,3}?([a-z][\w-]{1,30}[^s'’\W]s)\s+(?:[\w'’-]{1,30}\s+){0,5}?[\w'’-]{1,30},\s*$/i;
/** Round 14: "their" right after a plural thing and its verb in the same clause ("A few shows missed their usual slot", "Both pumps lost their prime"). */
const THING_SUBJECT = /(?:^|[.;:!?,]\s+)(?:(?:a few|the|these|those|many|all|some|most|both|several|\d+)\s+)?(?:[\w-]{1,30}\s+){0,3}?([a-z][\w-]{1,30}[^s'’\W]s)\s+(?:[a-z]{2,20}ly\s+)?(?:[a-z]{2,20}ed|lost|kept|held|left|got|had|hit|missed)\s+$/i;
/**
 * Round 15: a plural thing as the sentence's subject, then its verb ("Three PoPs ran an RRL module …, so the revert left
 * them degraded"): a later "they / them / their", with no person before it, is that thing.
 */
const THING_OPENS =
  /^\W{0,4}(?:(?:the|these|those|many|all|some|most|both|several|a few|two|three|four|five|six|\d+)\s+)?(?:[\w-]{1,30}\s+){0,2}?([a-z][\w-]{1,30}[^s'’\W]s)\s+(?:[a-z]{2,20}ly\s+)?(?:[a-z]{2,20}ed|ran|lost|kept|held|left|got|had|hit|missed|were|are|went|fell|came|began|took)\b/i;
export function thingAntecedent(before: string): boolean {
  const tail = before.length > 200 ? before.slice(-200) : before;
  const m = THING_CLAUSE.exec(tail) ?? THING_SUBJECT.exec(tail) ?? THING_OPENS.exec(before.slice(0, 120));
  if (m === null) return false;
  const plural = m[1]!;
  return personSpans(`the ${plural}`).length === 0 && personSpans(`the ${plural.slice(0, -1)}`).length === 0;
}


/**
 * Round 28: a role opening the sentence that the same sentence calls "it" while it judges or treats something ("A new
 * leader had no durable record of …, so it treated them as not started": a leader process). The role is the thing "it"
 * stands for, not a person; with "he", "she" or a name in the sentence it stays a person.
 */
const IT_ACTS = /,\s{1,2}(?:so|and|then|but)\s{1,2}it\s{1,2}(?:(?:simply|just|then|also)\s{1,2})?(?:treated|treats|assumed|assumes|decided|decides|believed|believes|considered|considers|marked|marks|took|takes|saw|sees|counted|counts)\b/i;
const ONE_PERSON_PRONOUN = /\b(?:he|she|him|her|his|hers|himself|herself)\b/i;

/** Whether the span opening the sentence (a role after an article) is the thing a later "it" judges with. */
export function roleIsIt(s: string, span: { start: number; end: number }): boolean {
  return span.start <= 4 && /^(?:a|an|the|our|each|every)\s/i.test(s.slice(span.start, span.end)) && IT_ACTS.test(s.slice(span.end, span.end + 300)) && !ONE_PERSON_PRONOUN.test(s.slice(0, 600));
}
