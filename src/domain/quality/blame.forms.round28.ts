import { JUDGE_ADJ } from './blame.lexicon.ts';
import { f, P, type FormPattern } from './blame.forms.base.ts';

/*
 * Round 28 forms of blame (issue 16): a judging adjective said of the act and given to the person with "of" ("That was
 * negligent of B shift", "it was careless of the Friday closer to …"). The person comes after the judgement, so the
 * forms that read a person then a judging word do not see it. A small pattern over a clause with person references
 * masked (§¤¤¤), bounded repetition only.
 */
export const ROUND28_FORMS: readonly FormPattern[] = [
  f('judgement-adjective', `\\b(?:was|is|were|be|been|seems?|seemed)\\s+(?:(?:very|pretty|rather|quite|a\\s+bit|a\\s+little|incredibly|extremely|frankly|so|really|more\\s+than\\s+a\\s+little)\\s+){0,2}(?:${JUDGE_ADJ})\\s+of\\s+${P}`, { needs: / of /i }),
];
