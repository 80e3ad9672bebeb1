/*
 * Praise and thanks read by frame (issue 16): whether a sentence is praise (an opener or a verb of praise, kind words
 * only), an offer of help, and "thanks to X" as a cause. Split out of blame.patterns.ts in round 13. Linear.
 */
import { GOOD_OUTCOME } from './blame.lexicon.ts';
import { valence } from './valence.ts';

/**
 * Thanks or praise, by its frame: an opener ("Thanks, …", "Kudos to …", "Great catch by …", "Shout-out to …") or a
 * verb of praise ("thanked", "deserves credit"). A sentence that only has kind words in it ("he thought he knew
 * better", "a good place to try out the new ORM") is not praise; the model weighs those.
 */
const PRAISE_FRAME =
  /^(?:\W*\d{1,2}[:.h]\d{2}\W*)?(?:(?:great|nice|good|fine|stellar|brilliant|excellent|fantastic|top|awesome|solid|amazing|quick|huge|big|special)\s+(?:job|work|one|going|call|catch|effort|thinking|spot|save|teamwork|thanks)|well\s+done|bravo|kudos|congrat\w*|thanks|thank\s+you|many\s+thanks|way\s+to\s+go|nice\s+one|cheers|shout[\s-]?outs?|hats\s+off|props|credit|much\s+appreciated|(?:a\s+)?(?:big|huge|special)\s+thank)\b|\b(?:thanked|praised|commended|applauded|credited|deserves?\s+(?:the\s+)?credit|(?:did|does|do)\s+(?:a|an)\s+(?:great|excellent|fantastic|brilliant|good|superb|outstanding)\s+job|(?:great|excellent|fantastic|brilliant|superb|outstanding|quick|good)\s+(?:work|job|catch|thinking|call)\b|grateful|thanks\s+to)/i;

/** An offer of help opening the sentence: "Happy to walk …", "I'm glad to pair with …", "Always happy to show …". */
export const OFFER_FRAME = /^\W*(?:(?:i['’]?m|i am|we['’]?re|we are|always|more than|really|very)\s+){0,2}(?:happy|glad|delighted|keen|willing|pleased)\s+to\b/i;

/** Praise with nothing negative in it ("Great job, Theo, on the quick rollback") is not judged: sarcasm needs a bad outcome. */
export function isPraise(s: string): boolean {
  if (!PRAISE_FRAME.test(s) || !onlyKindWords(s)) return false;
  // Round 12: "thanks to X, …" says what X caused, not that X is thanked: praise only when what followed was good
  // ("Thanks to Priya's quick rollback, the queue recovered"); "Thanks to the DBA, the claims database spent Sunday in
  // single-user mode" is left to the model.
  const causal = CAUSAL_THANKS.exec(s);
  if (causal !== null && !PRAISE_FRAME.test(s.slice(0, causal.index) + s.slice(causal.index + causal[0].length))) return GOOD_OUTCOME.test(s);
  return true;
}

/** "thanks to" as a cause ("Thanks to the DBA, …", "…, thanks to Greg"), not "many thanks to X for …". */
export const CAUSAL_THANKS = /\bthanks\s+to\b(?![^.;]{0,60}\bfor\b)/i;

const DENIED_BY_DEGREE = /\b(?:less than|far from|hardly|barely|scarcely|anything but|insufficiently|somewhat less|not exactly|not entirely|not particularly)\s+(?:[a-z]+ly\s+)?[a-z]/i;

/** Whether a sentence has kind words and nothing negative or negated ("Diego reproduced the bug within twenty minutes of joining"). */
export function onlyKindWords(s: string): boolean {
  // Round 15: a kind word denied by degree is understatement ("less than diligent", "far from careful", "hardly rigorous").
  if (DENIED_BY_DEGREE.test(s)) return false;
  let good = false;
  for (const w of s.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []) {
    const v = valence(w);
    if (v < 0 || /^(?:not|no|never|nobody|without|\w+n['’]t)$/.test(w)) return false;
    if (v > 0) good = true;
  }
  return good;
}


/**
 * Round 28: knowing what to do, said of a person, is competence ("Lukas knew to call billing from experience", "she
 * already knew which valve to close"), unless a turn makes it knowledge held against them ("knew … and still", "but",
 * "should", an act undone: "knew to check and didn't"; "didn't know to" is no knowing).
 */
const KNEW_HOW = /[§π]¤*\s{1,2}(?:(?:already|just|luckily|fortunately)\s{1,2})?knew\s{1,2}(?:to|how|where|who|whom|when|which|exactly)\b/i;
/**
 * Round 31: knowing an act was safe, from having done it before ("§ had run the migration on staging a month earlier and
 * knew it was safe to repeat"): a reasoned act, the same clearing as knowing how, with the same turns against it.
 */
const KNEW_SAFE =
  /[§π]¤*\s{1,2}(?:[^.;:!?§]{0,120}?\band\s{1,2})?(?:already\s{1,2})?knew\s{1,2}(?:that\s{1,2})?(?:it|this|that|the\s{1,2}[\w-]{1,20})\s{1,2}(?:was|were|would\s{1,2}be)\s{1,2}(?:safe|fine|harmless|reversible|idempotent|tested|low-risk|routine)\b/i;
// A contrast of source ("from experience, not from the runbook") is no turn; an act undone after it is ("and didn't").
const KNOWING_TURNED = /\b(?:still|anyway|but|yet|should|ought|despite|ignored|instead|chose|nobody|and\s{1,2}(?:never|didn't|did\s{1,2}not|failed))\b/i;

/** Whether the only act judged is a person knowing what to do, with no turn against them. */
export function knewHow(masked: string): boolean {
  return (KNEW_HOW.test(masked) || KNEW_SAFE.test(masked)) && !KNOWING_TURNED.test(masked);
}
