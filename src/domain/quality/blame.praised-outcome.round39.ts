/*
 * Round 39 (issue 16): sincere praise of an outcome, told with "without" or "never" — the twins of blaming lines.
 * "without" skips a step when its object is a check ("without testing it", "without a second approver"); it praises
 * when its object is a harm or a loss not suffered ("without losing a call", "without a single session flap", "without
 * any downtime", "without the customer ever seeing a drop"). "never" blames before an act left undone ("never checked
 * the plans"); it praises before giving up or faltering ("never gave up on the trace", "never once lost her nerve").
 * Such a sentence is praise when nothing else in it judges: no harm named outside the praised phrase, no second
 * negation, no counterfactual, no marker of irony. Bounded repetition only (linear in the sentence).
 */

/** A gerund of loss or damage after "without": "without losing", "without dropping", "without taking the site down". */
const LOSS_GERUND = String.raw`(?:losing|dropping|breaking|interrupting|disrupting|crashing|corrupting|rebooting|waking|paging|impacting|affecting|missing\s{1,2}a\s{1,2}(?:beat|call|packet|frame|single)|taking\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,2}(?:down|offline|out))`;
/** Nouns of a harm or a loss: what an outcome can be without. */
const HARM_NOUN = String.raw`(?:drops?|flaps?|blips?|glitch(?:es)?|hiccups?|hitch(?:es)?|outages?|downtime|interruptions?|disruptions?|loss(?:es)?|impact|complaints?|incidents?|errors?|failures?|faults?|injur(?:y|ies)|scratch(?:es)?|casualt(?:y|ies)|rollbacks?|retransmits?|packet\s{1,2}loss|data\s{1,2}loss)`;
/** What makes a harm noun a modifier of a check ("without any customer impact check"): a step skipped after all. */
const CHECK_AFTER = String.raw`(?!\s{1,2}(?:checks?|checking|reviews?|tests?|testing|assessments?|plans?|planning|analysis|sign-?offs?|approvals?|window|notices?|warnings?)\b)`;

const WITHOUT_HARM = new RegExp(
  String.raw`\bwithout\s{1,2}(?:even\s{1,2})?(?:${LOSS_GERUND}\b|(?:a|any|one|so\s{1,2}much\s{1,2}as\s{1,2}a)\s{1,2}(?:single\s{1,2})?(?:[\w-]{1,20}\s{1,2}){0,2}?${HARM_NOUN}\b${CHECK_AFTER}|(?:a\s{1,2}word\s{1,2}of\s{1,2}complaint|complaint|hesitation|a\s{1,2}moment['’]s\s{1,2}hesitation)\b|(?:anyone|anybody|a\s{1,2}soul|the\s{1,2}(?:[\w-]{1,20}\s{1,2})?(?:customers?|callers?|users?|patients?|public|guests?|passengers?|clients?))\s{1,2}(?:ever\s{1,2}|even\s{1,2})?(?:getting\s{1,2}hurt|being\s{1,2}hurt|noticing|seeing\s{1,2}(?:a|an|any|the)|feeling\s{1,2}(?:a|an|any|it)|losing|hearing\s{1,2}(?:a|an|any)))`,
  'i',
);
/** Persistence: "never gave up", "never once stopped", "never lost his nerve", "never missed a beat". */
const NEVER_FALTERED = /\bnever\s{1,2}(?:once\s{1,2})?(?:gave\s{1,2}up|give\s{1,2}up|given\s{1,2}up|had\s{1,2}to\s{1,2}(?:ring|call|chase|ask|wait|escalate|page|wake)|stopped(?!\s{1,2}to\b)|let\s{1,2}up|flinched|wavered|faltered|tired|complained|missed\s{1,2}a\s{1,2}beat|lost\s{1,2}(?:his|her|their|my|our|π¤*)\s{1,2}(?:nerve|cool|head|temper|patience|focus))\b/i;

/** What judges beside the praised phrase: harm, a second negation, a counterfactual, an omission, a colleague held up, irony. */
const JUDGED_ELSEWHERE = /\b(?:without|never|not|no|nobody|nothing|should|could|would|ought|must|skipped|skipping|ignored|forgot|missed|rushed|failed|wrong|broke|lost|dropped|crashed|deleted|again|still|only|just|apparently|obviously|clearly|of\s{1,2}course|(?:the|any|every)\s{1,2}other|another|unlike|naturally|somehow|finally|eventually|genius|bright|because\s{1,2}(?:he|she|they|I)\s{1,2}(?:didn|hadn|wasn|never))\b|n['’]t\b|(?:^|\s)["“‘'](?=\w)|🙄|💀|🤦|🙃|👀|\?/i;

/** Where the praised phrase is in a sentence, or null: a harm not suffered after "without", or persistence after "never". */
function praisedPhrase(s: string): { start: number; end: number } | null {
  const r = WITHOUT_HARM.exec(s) ?? NEVER_FALTERED.exec(s);
  return r === null ? null : { start: r.index, end: r.index + r[0].length };
}

/** Whether a sentence (persons masked or not) praises an outcome with "without" / "never" and judges nothing else. */
export function praisedOutcome(s: string): boolean {
  const at = praisedPhrase(s);
  if (at === null) return false;
  // The praised phrase runs to the end of its noun phrase ("without losing a call", "without a single customer session").
  const tail = /^[^,.;:!?—–]{0,60}/.exec(s.slice(at.end))?.[0] ?? '';
  const rest = s.slice(0, at.start) + ' ' + s.slice(at.end + tail.length);
  return !JUDGED_ELSEWHERE.test(rest);
}

/** Whether the words after "without" / "never" in a matched blaming phrase praise an outcome ("… without losing a call"). */
export function praisesAfter(phrase: string, rest: string): boolean {
  return praisedPhrase(`${phrase}${rest.slice(0, 80)}`) !== null;
}
