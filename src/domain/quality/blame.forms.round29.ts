import { f, P, PX, type FormPattern } from './blame.forms.base.ts';

/*
 * Round 29 forms of blame (issue 16), read over a clause with person references masked (§¤¤¤), bounded repetition only:
 * - faint praise taken back: a person's work praised with an adverb of admiration, then "in that" / "given that" and a
 *   negation ("Ana's runbook was admirably simple, in that there wasn't one");
 * - a colleague held up against the person, the sentence ending on what the person does not do: "The old technician
 *   always checked the level before a run, which Rui apparently doesn't";
 * - a motive guessed for a person's act: "X probably requested 64 nodes just to jump the queue".
 * A thing in the same shapes stays clean: "the scheduler was admirably simple" has no taking back, "which the old
 * scheduler apparently doesn't" has no person.
 */
const ADMIRING = '(?:admirably|impressively|refreshingly|remarkably|wonderfully|beautifully|commendably|delightfully|gloriously|marvellously|splendidly)';
const NEGATED = "(?:was|were|is|are|had|has|did|does|could)(?:n['’]t|\\s+not|\\s+no|\\s+never|\\s+nothing)";
const DOES_NOT = "(?:doesn['’]t|does\\s+not|didn['’]t|did\\s+not|can['’]t|cannot|can\\s+not|couldn['’]t|won['’]t|wouldn['’]t|isn['’]t|wasn['’]t)";

export const ROUND29_FORMS: readonly FormPattern[] = [
  f('sarcasm', `${PX}[^.;!?]{0,80}?\\b${ADMIRING}\\s+[\\w-]+,?\\s+(?:in\\s+that|given\\s+that|inasmuch\\s+as)\\s+(?:there|it|he|she|they|§¤*)\\s+${NEGATED}\\b`, {
    needs: /\b(?:in|given)\s+that\b|\binasmuch\b/i,
  }),
  f('contempt', `,\\s+which\\s+${P}\\s+(?:(?:apparently|evidently|clearly|obviously|still|never)\\s+)?${DOES_NOT}\\s*[.!]?\\s*$`, { needs: /\bwhich\b/i }),
  f('contempt', `^(?:\\S+\\s+){0,3}?${P}\\s+(?:probably|presumably|obviously|no\\s+doubt|clearly)\\s+\\w+ed\\b[^.;!?]{0,80}?\\bjust\\s+to\\s+\\w+`, { needs: /\bjust\s+to\b/i }),
];
