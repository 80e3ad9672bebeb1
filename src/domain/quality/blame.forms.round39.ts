import { f, P, type FormPattern } from './blame.forms.base.ts';

/*
 * Round 39 forms of blame (issue 16), read over a clause with person references masked (§¤¤¤), bounded repetition only:
 * - an admonition assigned to a person, as an action item writes it: the person, then "to" and a remedy only a fault
 *   calls for — more care or attention ("Priyanka to be more careful with the cutover", "the trainee to pay closer
 *   attention to the gauges"), retraining or a talking-to ("Marek to be retrained on isolations", "Wes to be spoken to").
 *   Shadowing someone senior was tried and left out: it is also how a new hire is onboarded. The shape was found in
 *   documents before round 38 only because their plain-text action tables were read as prose, where the model's bar is
 *   lower; as a table row the model needs a judging feature, and "more careful" is a kind word. Neutral assignments stay
 *   clean: "Marek to update the isolation checklist", "Ines to be trained on the new console", "the SRE to pay the
 *   invoice", "Ines to shadow a senior dispatcher".
 */
const CARE = '(?:careful|vigilant|attentive|thorough|diligent|cautious|conscientious|rigorous)';
const REMEDY = String.raw`(?:be\s{1,2}(?:(?:much|a\s{1,2}lot|a\s{1,2}bit)\s{1,2})?(?:more\s{1,2}${CARE}|less\s{1,2}(?:careless|hasty|sloppy)|re-?trained|re-?briefed|spoken\s{1,2}to|reminded\s{1,2}of\s{1,2}(?:the\s{1,2})?(?:procedure|process|rules?|policy|checklist)|coached|counsell?ed|disciplined|written\s{1,2}up|held\s{1,2}accountable)|take\s{1,2}(?:more|greater|better)\s{1,2}care|pay\s{1,2}(?:more|closer|better|greater|proper)\s{1,2}attention|slow\s{1,2}down\s{1,2}and\s{1,2}(?:check|read)|double-check\s{1,2}(?:his|her|their|π¤*)\s{1,2}(?:own\s{1,2})?work)`;

export const ROUND39_FORMS: readonly FormPattern[] = [
  f('should-have', String.raw`${P}\s{1,2}(?:(?:is|are|needs|need)\s{1,2})?to\s{1,2}${REMEDY}(?![\w-])`, {
    needs: /\bto\s{1,2}(?:be|take|pay|slow|double-check)\b/i,
  }),
];
