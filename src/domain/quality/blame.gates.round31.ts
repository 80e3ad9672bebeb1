/*
 * Round 31 (issue 16): shapes the blame model does not judge on its own — with the sixty-fourth to sixty-sixth voices
 * trained on, the model fired on a neutral document line of this shape. Reads the masked sentence (§¤¤ for a person,
 * π¤ for his / her / their). Linear: bounded windows and bounded repetition only.
 */

/** What turns a plain commitment into a judgement: a negation, a contrast, a repeat, a lapse, a question or an exclamation. */
const TURNED31 =
  /\b(?:not|never|no|without|despite|except|but|yet|instead|only|still|again|this\s{1,2}time|finally|actually|properly|correctly|apparently|supposedly|hopefully|learn\w*|retrain\w*|failed|forgot|ignored|skipped|missed|careless\w*|sloppy|blame\w*|fault|error|mistake|nothing|nobody)\b|n['’]t\b|[?!]|\p{Extended_Pictographic}/iu;

/**
 * A date or a day a commitment is held to: an ISO or numbered date, a weekday, a month and day, "next week",
 * "end of day", "the next review".
 */
const DATE = String.raw`(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}|(?:the\s{1,2})?end\s{1,2}of\s{1,2}(?:day|the\s{1,2}week|the\s{1,2}month|q[1-4]|the\s{1,2}quarter|the\s{1,2}sprint)|next\s{1,2}(?:week|month|sprint|quarter))`;

/**
 * Round 31: a person's plain commitment held to a date ("Priya will bring a proposal to the review on 2027-04-08",
 * "Tom will share the runbook by Friday"): who will do what by when, the shape of an owner in an open question or an
 * action, not a judgement of what they did. The person opens the sentence (after at most a short lead), "will" and a
 * verb follow, no other person is named, and the sentence ends with the date it is held to. A turn keeps it to judge
 * ("Priya will not make that mistake again by Friday", "will finally …", "will learn to …").
 */
const COMMITMENT = new RegExp(
  String.raw`^[^§π.;:!?]{0,40}§¤*\s{1,3}will\s{1,3}\p{Ll}[\p{Ll}-]{1,20}\b[^§π.;!?]{0,160}?\b(?:on|by|before|for|at|in)\s{1,3}(?:the\s{1,3})?${DATE}\b[^§π.;!?]{0,40}[.]?\s*$`,
  'iu',
);

export function plainCommitment(masked: string): boolean {
  return masked.length <= 400 && COMMITMENT.test(masked) && !TURNED31.test(masked) && (masked.match(/§/g)?.length ?? 0) === 1;
}
