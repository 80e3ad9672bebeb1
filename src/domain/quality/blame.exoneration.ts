/*
 * Round 36 (issue 16): exonerating counterfactuals read as one class of rejection of blame. A counterfactual about a
 * person blames when it says what they could or should have done ("§ could have done more"); it clears them when its
 * scope is negated or when it says anyone would have done the same:
 *
 * - nothing (more) a person could have done: "There was nothing more § could have done", "little else § could have done";
 * - no one could have known or caught it: "No one could have caught this", "none of us would have spotted it";
 * - a person could not have known, foreseen or done otherwise: "§ could not have known", "§ couldn't reasonably have
 *   seen it", "§ could not have done anything differently";
 * - anyone would have done the same: "any of us would have done the same", "anyone in π position would have made the
 *   same call", "I would have done the same";
 * - the act not the person's to do: "it wasn't on § to …", "it was not π job to …", "§ was never asked to …";
 * - the person did what the procedure said: "§ did exactly what the runbook said";
 * - a fault denied of a group or a person by "nobody … made an error", "none of these … is a failing of §";
 * - a blame reading offered as what a quick reading suggests: "It would be easy to read the log and think …".
 * - a judgement of people refused: "it does not grade anyone's choices", "we are not here to blame §", "without
 *   faulting anyone".
 *
 * Not cleared: "§ could have done more" (no negation), "nothing § did helped" (no counterfactual), "§ couldn't have cared
 * less" (not a verb of knowing, seeing or preventing), "any competent engineer would have caught this" (not "the
 * same"), and any of these with an exception naming a person ("no one could have caught it except §"). Each pattern
 * reads the masked sentence (§¤¤ a person, π¤ his / her / their) with bounded repetition only (linear).
 */

/** A person, or an indefinite or personal pronoun (masked or not) as the one who could have acted. */
const WHO = String.raw`(?<![A-Za-z0-9'’-])(?:[§π]¤*(?:['’]s)?|anyone|anybody|one|we|they|he|she|you|I)`;
/** What the counterfactual says could not have been done: knowing, seeing, preventing. */
const KNOW_OR_PREVENT = String.raw`(?:known|foreseen|predicted|anticipated|seen|spotted|noticed|detected|caught|guessed|expected|realised|realized|understood|prevented|stopped|avoided|helped\s+it|changed\s+(?:it|that|this|the\s+outcome|anything))`;
/** Done otherwise: "done anything more", "done differently" — closing the clause, not "done more damage". */
const DONE_OTHERWISE = String.raw`done\s+(?:anything(?:\s+(?:more|else|different(?:ly)?))?|any\s?more|much\s+more|more|otherwise|differently|better)(?=\s*(?:[.,;:!?)—–-]|$|\s+(?:in|at|with|given|under|from|here|there|then|about|on|that)\b))`;
const HEDGE = String.raw`(?:(?:reasonably|realistically|possibly|really|ever|easily|have\s+been\s+expected\s+to)\s+)?`;

const SHAPES: readonly RegExp[] = [
  // "There was nothing more § could have done", "not much else we could have done"
  new RegExp(String.raw`\b(?:nothing|little|not\s+much|not\s+a\s+lot)\s+(?:(?:more|else|different|further)\s+)?(?:that\s+)?${WHO}(?:\s+[\w’'-]+){0,3}?\s+(?:could|can|would|might)\s+${HEDGE}have\s+(?:done|changed|said|tried|checked)\b`, 'i'),
  // "No one could have caught this", "none of us would have spotted it"
  new RegExp(String.raw`\b(?:no\s?one|no-one|nobody|none\s+of\s+(?:us|them|[§π]¤*))\s+(?:[\w’'-]+\s+){0,3}?(?:could|would|might|can)\s+${HEDGE}(?:have\s+)?(?:${KNOW_OR_PREVENT}|${DONE_OTHERWISE})`, 'i'),
  // "§ could not have known", "§ couldn't reasonably have seen it", "§ could not have done anything differently"
  new RegExp(String.raw`${WHO}\s+(?:[\w’'-]+\s+){0,2}?(?:could|can|would|might)(?:n['’]t|\s+not|\s+never|\s+hardly)\s+${HEDGE}(?:have\s+)?${HEDGE}(?:${KNOW_OR_PREVENT}|${DONE_OTHERWISE}|(?:known|seen)\b)`, 'i'),
  // "any of us would have done the same", "anyone in π position would have made the same call", "I would have done the same"
  new RegExp(String.raw`\b(?:any(?:one|body)?(?:\s+(?:of\s+us|else|in\s+(?:π¤*|§¤*['’]s|the\s+same|that|such\s+a)\s+(?:[\w-]+\s+)?(?:position|place|shoes|seat|role|situation|spot|chair)|(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:on|in)\s+(?:the|our|that)\s+[\w-]+))?|I|we|you|most\s+of\s+us|all\s+of\s+us)\s+(?:(?:would|could|might)\s+(?:probably\s+|likely\s+|all\s+|also\s+)?have|would['’]ve)\s+(?:done|made|taken|chosen|followed|reached)\s+(?:exactly\s+)?(?:the\s+same|likewise)\b`, 'i'),
  // "it wasn't on § to …", "it was not π job to …", "it was never § 's call to …"
  new RegExp(String.raw`\bit\s+(?:wasn['’]t|isn['’]t|was\s+not|is\s+not|was\s+never|is\s+never)\s+(?:on\s+§¤*|up\s+to\s+§¤*|(?:π¤*|§¤*['’]s)\s+(?:job|role|responsibility|duty|place|call|task))\s+to\b`, 'i'),
  // "§ was never asked to …", "§ was not expected to …", "§ had not been trained to …"
  new RegExp(String.raw`§¤*\s+(?:was|were|is|are|had\s+been|has\s+been)(?:n['’]t|\s+not|\s+never)\s+(?:(?:ever|once|even)\s+)?(?:asked|expected|required|trained|told|supposed|meant)\s+to\b`, 'i'),
  // "§ did exactly what the runbook said", "§ did what π training told them to"
  new RegExp(String.raw`[§π]¤*\s+(?:[\w’'-]+\s+){0,2}?did\s+(?:exactly\s+|precisely\s+|just\s+)?(?:what|as)\s+(?:the|our|its|π¤*)\s+(?:[\w-]+\s+)?(?:runbook|playbook|procedure|process|checklist|documentation|docs|instructions|sop|alert|page|policy|wiki|guide|training|manual|plan|protocol)\s+(?:said|says|told|tells|asked|asks|required|requires|instructed|prescribed|recommended|specified)\b(?!\s+(?:not|never)\b)`, 'i'),
  // "Nobody on § made an error", "no one in § forgot anything"
  /\b(?:nobody|no one|no-one|none\s+of\s+(?:us|them|§¤*))\s+(?:(?:on|in|at|from|of)\s+[^.;:!?]{1,40}?\s+)?(?:made\s+(?:an?\s+|any\s+)?(?:error|mistake|slip|bad\s+call|wrong\s+call)s?|did\s+anything\s+wrong)\b/i,
  // "None of these statements is a failing of §", "not a failing on the part of §"
  /\b(?:none|neither)\s+of\s+(?:these|those|the|this|that|them)\b[^.;:!?§π]{0,40}?\s(?:is|was|are|were)\s+(?:an?\s+)?(?:failing|failure|fault|mistake|error|lapse)\s+(?:of|by|on\s+the\s+part\s+of)\s+[§π]|\bnot\s+(?:an?\s+)?failing\s+(?:of|by|on\s+the\s+part\s+of)\s+[§π]/i,
  // "It would be easy to read the Slack log and think …", "tempting to look at the graph and conclude …"
  /\b(?:tempting|easy|natural|unfair|wrong)\s+to\s+(?:read|look\s+at|skim|see|glance\s+at)\b[^.;:!?]{0,80}?\s+and\s+(?:think|conclude|assume|say|decide|blame|infer)\b/i,
  // "it does not grade anyone's choices", "we are not here to blame §", "without faulting anyone": a judgement of people refused
  new RegExp(String.raw`\b(?:(?:does|do|did|will|would|is|are|was|were)(?:n['’]t|\s+not)(?:\s+(?:here|meant|intended|trying|aim|aiming|try)\s+to)?|never|without)\s+(?:grade|grading|judge|judging|blame|blaming|assess|assessing|rate|rating|fault|faulting|critici[sz]e|critici[sz]ing|second-guess|second-guessing)\s+(?:${WHO}|people|individuals|colleagues)`, 'i'),
];

/** An exception that names a person takes the clearing back: "no one could have caught it except §". */
const EXCEPTION = /\b(?:except|but\s+for|other\s+than|apart\s+from|save\s+for|unless|if\s+only)\s+[§π]/i;

/** Whether a masked clause or sentence clears a person by a negated or shared counterfactual (see above). */
export function exonerates(masked: string): boolean {
  if (EXCEPTION.test(masked)) return false;
  return SHAPES.some((re) => re.test(masked));
}
