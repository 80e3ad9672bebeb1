import { ADV, f, P, type FormPattern } from './blame.forms.base.ts';

/*
 * Round 21 forms of blame (issue 16): tickets and outage reports where people act and tell no one, and are named as
 * the whole cause. Each is a small pattern over a clause with person references masked (§¤¤¤), bounded repetition only.
 */

/** Telling no one, or acting with no one asked: the omission of the act's notice. */
const TOLD_NOBODY = '(?:(?:and|but|then)\\s+(?:told|informed|warned|asked|notified)\\s+(?:nobody|no one|no-one|none of us)|without\\s+(?:(?:telling|informing|warning|asking|notifying|consulting)\\s+(?:anyone|anybody|a soul|us|the\\s+[\\w-]+|engineering|ops|the team|§¤*)|(?:any|a word of)\\s+(?:consultation|warning|notice|heads-up|heads up)|(?:mentioning|flagging|reporting|raising)\\s+(?:it|this|that|the|any|a)))(?:\\b|(?<=¤))';

/* Round 22: the act in the present too (a timeline row: "pushes firmware without telling anyone"), and acting without mentioning a problem. */
export const ROUND21_FORMS: readonly FormPattern[] = [
  // "Client IT admin changed the SSID password and told nobody", "§ flipped the flag without telling engineering".
  f('omission-verb', `${P}\\s+${ADV}(?:has\\s+|had\\s+)?(?:[a-z]{2,20}ed|[a-z]{2,20}(?:es|s)|made|put|took|ran|set|cut|shut|pulled|swapped|went|did|sent|wrote|rolled|moved|turned|switched)\\b[^.;§π]{0,80}?\\s${TOLD_NOBODY}`, { needs: /\btold (?:nobody|no one|no-one)|\bwithout (?:telling|informing|warning|asking|notifying|consulting|any consultation|a word|any warning|any notice|mentioning|flagging|reporting|raising)/i }),
  // The passive with the person as agent and no one told: "… was flipped to 100% by the PO without telling engineering".
  f('passive-agent', `\\b(?:was|were|got|had been|has been)\\s+(?:[a-z]{2,20}ed|made|put|taken|set|cut|shut|pulled|rolled back|switched|turned)\\b[^.;§π]{0,40}?\\s+by\\s+(?:the\\s+)?${P}[^.;]{0,40}?\\s${TOLD_NOBODY}`, { needs: /\bwithout (?:telling|informing|warning|asking|notifying|consulting|any consultation|a word|any warning|any notice)|\btold (?:nobody|no one)/i }),
  // "This outage is entirely down to §", "responsibility … rests solely with §": a person as the whole cause.
  f('sole-responsibility', `\\b(?:is|was|are|were|comes|came)\\s+(?:entirely|solely|wholly|squarely|purely|100%|completely|all)\\s+down\\s+to\\s+(?:the\\s+)?${P}`, { needs: /\bdown to\b/i }),
  f('sole-responsibility', `\\b(?:responsibility|blame|fault|liability)\\b[^.;§π]{0,60}?\\b(?:rests?|lies|lay|sits?|sat)\\s+(?:solely|entirely|wholly|squarely|firmly|only)\\s+(?:with|on)\\s+(?:the\\s+)?${P}`, { needs: /\b(?:rests?|lies|lay|sits?|sat) (?:solely|entirely|wholly|squarely|firmly|only)\b/i }),
];
