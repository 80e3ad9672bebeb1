import { ADV, f, P, type FormPattern } from './blame.forms.base.ts';

/*
 * Doubtful reported speech (issue 16, round 14): a person's account of their own conduct reported so that the reader
 * doubts it. Either the verb itself casts the doubt ("claims", "insists", "maintains", "reckons", "swears", "assures
 * us") — unless the record is said to bear the account out — or a plain "says / said / told us" is followed by what
 * contradicts it ("no record of it", "nobody can find", "says otherwise", "a different story", a scare-quoted
 * "definitely", a closing "Sure."). A plain "said" followed by a system explanation ("Dan said he pressed rollback;
 * the audit log shows the request timed out at the gateway") stays neutral. Bounded repetition only.
 */

/** The record bears the account out: "and the logs confirm it", "the review is there", "their change log agrees". */
const CONFIRMED = /\b(?:confirm(?:s|ed)?|agrees?|bears? (?:this|that|it|him|her|them) out|backs? (?:this|that|it|him|her|them) up|is there|are there|checks out)\b/i;
/** What contradicts the account, or doubts it, after it. */
const CONTRADICTION =
  /\b(?:no record|no trace|no sign|nobody can find|no one can find|no-one can find|nobody could find|no one could find|says otherwise|say otherwise|shows otherwise|show otherwise|suggests otherwise|a different story|another story|make of that what you will|for what (?:that|it)['’]s worth|allegedly|supposedly)\b|["“‘'](?:definitely|thought|always|fully|basically|totally|certainly|checked|tested|sure)\b|[.;]\s*(?:Sure|Right|Riiight|Okay|OK|Uh-huh)[.!]*\s*$/i;
/** The account is of the speaker's own act: "(that) he ran", "she'd informed", "they never got". */
const OWN_ACT = String.raw`(?:that\s+)?(?:he|she|they|§¤*)(?:['’]d)?\s+(?:(?:had|has|did|never|always|definitely|personally|already|just)\s+){0,2}(?:[a-z]{2,20}ed|ran|run|did|done|sent|got|saw|read|made|took|told|wrote|put|set|left|kept|knew|thought|built|rebuilt|brought|caught|paid|shut|spoke|gave|went)\b`;

export const REPORTED_DOUBT: readonly FormPattern[] = [
  f('contradicted', `${P}\\s+${ADV}(?:claims|claimed|insists|insisted|maintains|maintained|reckons|reckoned|swears|swore|assures\\s+us|assured\\s+us|is\\s+adamant|was\\s+adamant)\\s+${OWN_ACT}`, {
    needs: /\b(?:claim|insist|maintain|reckon|swear|swore|assure|adamant)/i,
    check: (_m, rest) => !CONFIRMED.test(rest.slice(0, 200)),
  }),
  f('contradicted', `${P}\\s+${ADV}(?:says|said|told\\s+us|tells\\s+us|told\\s+the\\s+\\w+)\\s*,?\\s+${OWN_ACT}`, {
    needs: /\b(?:says|said|told|tells)\b/i,
    check: (_m, rest) => CONTRADICTION.test(rest.slice(0, 200)) && !CONFIRMED.test(rest.slice(0, 200)),
  }),
];
