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

/*
 * Round 31 (issue 16): a passive approval or decision with a person as agent ("The rollout was approved by Kwame
 * Mensah after cohort 1 had run for 5 days without incidents", "The decision to pause was made by Helena as duty
 * manager, after weighing a full pause against a partial one") is a record of who decided, not blame. Until round 30
 * any weak cue within 300 characters made the passive blame — "without incidents", "weighing … against …", a "not" in
 * another clause about a thing. For these verbs only a cue about the act itself counts: how it was done (mistakenly,
 * unilaterally, without review, despite, against advice), the thing approved judged (the wrong, untested change), or a
 * negation in the passive's own clause. Linear: three bounded patterns over the match and what follows it.
 */

/** The verbs of an approval or a decision in the passive, right before the agent: "was approved by", "was made by" (not "was made public by"). */
const APPROVAL = /\b(?:approved|made|signed off|signed|authori[sz]ed|agreed|accepted|granted|taken|chosen|endorsed|ratified|confirmed)\s{1,2}by\s/i;

/** A cue about the act: its manner, its lack of care, or what it was done against. */
const ACT_CUE =
  /\b(?:mistakenly|accidentally|inadvertently|erroneously|carelessly|wrongly|by mistake|unilaterally|quietly|secretly|anyway|regardless|hastily|prematurely|blindly|behind\s{1,2}\S{1,20}\s{1,2}back|to save (?:time|effort)|so (?:that )?(?:they|he|she|§¤*) could|(?:without|w\/o)\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,3}?(?:review|reviewing|testing|tests?|checking|checks?|a check|asking|telling|informing|consulting|consultation|approval|sign-?off|ticket|change (?:ticket|request)|reading|looking|waiting|rollback plan|plan|notice|warning|discussion|anyone|permission|verif\w+|validat\w+)|despite|in spite of|(?:against|contrary to|in breach of|in violation of|ignoring)\s{1,2}(?:the\s{1,2}|our\s{1,2}|a\s{1,2}|an\s{1,2}|all\s{1,2}|every\s{1,2}|π¤*\s{1,2}|§¤*(?:'s|’s)\s{1,2})?(?:[\w-]{1,20}\s{1,2}){0,2}?(?:advice|warnings?|policy|process|rules?|freeze|objections?|recommendations?|guidance|procedures?|runbook|checklist|concerns?)|wrong|untested|unreviewed|faulty|broken|risky|rushed|mistakes?|errors?|blunders?|careless\w*|sloppy|reckless\w*|who\s{1,2}(?:[\w-]{1,20}\s{1,2})?(?:should|ought|kept|keeps|never|forgot|ignored|failed|neglected|skipped|did(?:n't| not)))\b/i;

/** A negation in the passive's own clause before a comma, after the agent: "… was approved by Dana and never tested". */
const NEGATED_ACT = /^[^.;:!?,]{0,120}?\b(?:not|never|n't|no one|nobody)\b/i;

/**
 * For a passive of approval or decision (`match`, then `rest` after it and `whole` around it): whether a cue about the act
 * makes it blame. Other passives keep the weak cue of the round they came from (`fallback`).
 */
export function passiveCue(match: string, rest: string, whole: string, fallback: (whole: string) => boolean): boolean {
  if (!APPROVAL.test(`${match} `)) return fallback(whole);
  const clauseEnd = /[.;:!?]/.exec(rest)?.index ?? rest.length;
  const own = `${match}${rest.slice(0, clauseEnd)}`;
  // The thing approved, judged before the verb: "the untested change was approved by …".
  const head = whole.slice(Math.max(0, whole.indexOf(match) - 80), Math.max(0, whole.indexOf(match)));
  // The thing made or approved is itself a fault: "The mistake was made by …".
  if (/\b(?:mistakes?|errors?|blunders?|slip-?ups?|mess|oversights?|faults?)\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,2}?$/i.test(whole.slice(Math.max(0, whole.indexOf(match) - 60), Math.max(0, whole.indexOf(match))))) return true;
  return ACT_CUE.test(own) || NEGATED_ACT.test(rest.slice(0, clauseEnd)) || /\b(?:wrong|untested|unreviewed|faulty|broken|risky|rushed|bad|hasty)\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,2}$/i.test(head.replace(/^[^.;]*[.;]/, ''));
}

/**
 * Colleagues sharing the work (round 31, the round-30 regression "Other clerks file the report every evening, and Ravi
 * does so on weekends"): a group of colleagues doing a task, then the person doing the same — "does so", "does too",
 * "does the same", "does it" — affirmed, with no negation, no "just", "only" or "still" to turn it into a comparison
 * ("Other clerks file the report every evening, Ravi just does not" stays blame). Over the masked sentence.
 */
/** A group of colleagues opening the sentence ("Other clerks", "Most nurses", "The other two leads"). */
const GROUP_OPENS = /^\W{0,3}(?:(?:the\s{1,2})?other|most|several|some|all|both|many)\s{1,2}(?:of\s{1,2}the\s{1,2})?(?:[\w-]{1,20}\s{1,2}){0,2}?[\w-]{2,20}s\s/i;
/** Then the person doing the same, joined by "and" / "while": "and Ravi does so", "while Tom does it too". */
const SAME_AFTER = /(?:,\s{0,2}|\s)(?:and|while|whereas)\s{1,2}[§π]¤*\s{1,2}(?:also\s{1,2})?(?:does|do|did)\s{1,2}(?:so|too|the same|likewise|it|them|that)\b/;
const TURNS = /\b(?:not|n't|never|just|only|still|barely|hardly|rarely|seldom|instead|but|yet|sometimes|forgets?|forgot|skips?|skipped|ignores?|ignored|misses|missed)\b/i;

/** Whether the sentence (as written, and masked) tells colleagues sharing the work (above). */
export function sharedWork(masked: string, written: string): boolean {
  return masked.length <= 400 && GROUP_OPENS.test(written) && SAME_AFTER.test(masked) && !TURNS.test(masked);
}
