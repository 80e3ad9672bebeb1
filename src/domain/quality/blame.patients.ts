/*
 * A person who is only acted on (issue 16): the patient of a passive ("Imran was never told"), the one a system pages
 * ("Alert fires and pages the on-call"). What others or the system did to them is not a judgement of them. Split out
 * of blame.features.ts in round 13 (the features read PATIENT; blame.patterns.ts asks onlyActedOn before the model).
 * Every pattern uses bounded repetition only: linear in the sentence.
 */
import { JUDGE_ADJ, JUDGE_ADV } from './blame.lexicon.ts';
import { judgingValence } from './valence.ts';

/** A judging word as a modifier inside a person reference ("a careless admin", "our so-called architect"). */
export const JUDGED_MODIFIER =
  /\b(?:careless|sloppy|negligent|lazy|incompetent|reckless|irresponsible|unprofessional|clueless|useless|inept|clumsy|foolish|stupid|idiotic|arrogant|overconfident|cavalier|inattentive|unreliable|amateurish|trigger-happy|feckless|slapdash|hopeless|so-called|fearless|estimable|beloved|esteemed)\s+\S/i;

/** The person as the one acted on, in a passive: "had the on-call been paged", "Imran was never told". */
export const PATIENT =
  /[§π]¤*\s+(?:(?:was|were|is|are|had|has|have|been|being|got|get|gets)\s+){1,2}(?:not\s+|never\s+|only\s+|already\s+)?(?:paged|told|informed|warned|given|sent|shown|asked|called|alerted|notified|trained|briefed|woken|handed|assigned|left|put|kept|moved|pulled|blocked|locked|copied|included|escalated to|contacted)\b/g;

/** A counterfactual: a modal perfect ("would have drained") or a conditional pluperfect ("had § been …", "if § had been …"). */
const COUNTERFACTUAL = /\b(?:should|could|would|must|might|ought to)(?:n['’]t|\s+not|\s+never)?\s+(?:\w+\s+)?have\s+\w+|['’]d\s+have\s+\w+|(?:^|[,;:]\s*|\bif\s+)\W*had\s+[§π]|\bif\s+[§π]¤*\s+had\s+been\b/i;

/**
 * Round 13: a notification's verb with the person right after it as its object ("fires and pages the on-call",
 * "notifies the duty manager", "escalates to the DBA on call"): the person is the one reached. Group 1 is the person.
 */
const NOTIFIED =
  /\b(?:pages?|paged|paging|notif(?:y|ies|ied|ying)|alerts|alerted|alerting|wakes|woke|rings|rang|texts|texted|e-?mails|e-?mailed|calls|called|phones|phoned|messages|messaged|reaches|reached|escalates\s+to|escalated\s+to|routes\s+to|routed\s+to|goes\s+to|went\s+to)\s+(?:only\s+|just\s+|directly\s+)?([§π]¤*)/gi;
/** A second reference naming the same person: "the on-call, Oskar", "the on-call (Sanne)", "the on-call — Dev". */
const APPOSITION = /^(?:,\s{1,3}|\s{1,3}\(|\s{1,3}[—–-]\s{1,3})[§π]¤*/;
/** What turns a report of who was reached: a negation, a relative clause that makes the person act, a stance, a question. */
const TURNS =
  /\b(?:not|never|no|nobody|without|who|whom|whose|again|finally|still|only then|eventually|supposedly|apparently|naturally|predictably|of course|as usual|ignor\w*|snooz\w*|miss\w*|slept|asleep)\b|n['’]t\b|[?!]/i;
const JUDGING = new RegExp(`^(?:${JUDGE_ADJ}|${JUDGE_ADV})$`, 'i');

/**
 * Round 13: whether every person in a (masked) sentence is only the one a notification reached, with no person before
 * the verb ("09:04 Alert fires and pages the on-call", "The monitor notifies the duty manager (Ines)"), and nothing in
 * the sentence that judges or turns it (a negation, "who …", "finally", a judging word). A person who pages someone
 * ("Luca pages the on-call") is a plain act, left to the model.
 */
export function onlyNotified(sentence: string, masked: string): boolean {
  if (TURNS.test(masked)) return false;
  const reached = new Set<number>();
  for (const m of masked.matchAll(NOTIFIED)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (/[§π]/.test(masked.slice(0, m.index))) return false;
    reached.add(at);
    const after = APPOSITION.exec(masked.slice(at + m[1]!.length));
    if (after !== null) reached.add(at + m[1]!.length + after[0].search(/[§π]/));
  }
  if (reached.size === 0) return false;
  for (const m of masked.matchAll(/[§π]¤*/g)) {
    if (!reached.has(m.index) || JUDGED_MODIFIER.test(sentence.slice(m.index, m.index + m[0].length))) return false;
  }
  for (const w of masked.matchAll(/[\p{L}][\p{L}'’-]{0,40}/gu)) if (JUDGING.test(w[0]) || judgingValence(w[0]) <= -2) return false;
  return true;
}

/**
 * Round 12: whether every person in a (masked) counterfactual is only acted on, the patient of a passive ("Had the duty
 * engineer been alerted sooner, the queue would have drained before the morning peak"): what others did or did not do
 * for them, not a judgement of them. A judging word inside a reference ("the careless intern") keeps it to judge.
 * Round 13: or every person is only the one a notification reached (onlyNotified).
 */
export function onlyActedOn(sentence: string, masked: string): boolean {
  if (onlyNotified(sentence, masked)) return true;
  if (!COUNTERFACTUAL.test(masked)) return false;
  const patients = new Set<number>();
  for (const m of masked.matchAll(PATIENT)) patients.add(m.index);
  let any = false;
  for (const m of masked.matchAll(/[§π]¤*/g)) {
    if (!patients.has(m.index) || JUDGED_MODIFIER.test(sentence.slice(m.index, m.index + m[0].length))) return false;
    any = true;
  }
  return any;
}
