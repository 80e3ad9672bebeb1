import { f, P, POSS, type FormPattern } from './blame.forms.base.ts';
import { isCommonWord } from './common-words.ts';
import { personSpans } from './person-references.ts';

/*
 * Round 20 forms of blame (issue 16): formal and non-native prose, metaphors and call-outs. Each is a small pattern
 * over a clause with person references masked (§¤¤¤), bounded repetition only, with a cheap word test (`needs`).
 */

/** A fault named as a noun and pinned on a person: "a lapse on the part of …", "insufficient care was exercised by …". */
const LAPSE = 'lapses?|oversights?|failings?|shortcomings?|negligence|carelessness|inattention|errors?|misjudge?ments?|omissions?|want of care|lack of (?:care|diligence|attention|rigou?r)';
const TOO_LITTLE = '(?:insufficient|inadequate|little|too little|scant|poor|limited)\\s+(?:diligence|care|attention|rigou?r|scrutiny|caution|judge?ment)';
/** What a person is called when the writer makes them the obstacle or the hazard. */
const METAPHOR = 'bottleneck|weak(?:est)? link|black hole|liability|loose cannon|bull in a china shop|menace|walking disaster|accident waiting to happen|roadblock|brick wall|wrecking ball';

/**
 * Three words in capitals in a row. Each try starts at the start of a run of capitals (the lookbehind): tried at every
 * letter of one long run with no space in it ("CODECODE…", a line of code spans), it took quadratic time.
 */
const THREE_CAPS_WORDS = /(?<![A-Z])[A-Z]{2,}\s+[A-Z]{2,}\s+[A-Z]{2,}/;

export const ROUND20_FORMS: readonly FormPattern[] = [
  // "a lapse on the part of the implementer", "an oversight on the part of our vendor".
  f('fault-noun', `\\b(?:${LAPSE})\\s+(?:\\w+\\s+){0,2}?on the part of\\s+${P}`, { needs: /\bon the part of\b/i }),
  // "Insufficient diligence was exercised by the on-call", "little care had been taken by the approver".
  f('fault-noun', `\\b${TOO_LITTLE}\\s+(?:was|were|had been|has been)\\s+(?:\\w+\\s+)?(?:exercised|paid|given|applied|shown|taken|brought)\\s+by\\s+${P}`, { needs: /\b(?:insufficient|inadequate|little|scant|poor|limited)\s+(?:diligence|care|attention|rigou?r|scrutiny|caution|judge?ment)\b/i }),
  // "The review found the manager's handling of the cutover to have been deficient".
  f('possessive-judgement', `${POSS}\\s+(?:[\\w-]+\\s+){1,5}?(?:to have been|was|were|had been|has been|proved)\\s+(?:(?:\\w+\\s+){0,2})?(?:deficient|inadequate|negligent|substandard|sub-standard|wanting|lax|slipshod|below (?:the )?(?:expected|required|acceptable) standard)\\b`, { needs: /\b(?:deficient|inadequate|negligent|substandard|sub-standard|wanting|lax|slipshod|below (?:the )?(?:expected|required|acceptable) standard)\b/i }),
  // Formal self-blame: "I must accept that my oversight …", "I have to acknowledge it was my error".
  f('fault-noun', `\\bI\\s+(?:must|have to|should|need to|will|can only|do)\\s+(?:accept|acknowledge|admit|concede|own|recognise|recognize)\\s+(?:that\\s+)?(?:it was\\s+)?(?:my|π¤*)\\s+(?:own\\s+)?(?:[\\w-]+\\s+)?(?:${LAPSE}|fault|mistake|failure)\\b`, { needs: /\b(?:accept|acknowledge|admit|concede|own|recogni[sz]e)\b/i }),
  // A person as the obstacle or the hazard: "That pharmacist is the bottleneck …", "she was the weak link", "asleep at the wheel".
  f('idiom', `${P}\\s+(?:is|was|has been|had been|remains|became|proved(?: to be)?)\\s+(?:(?:really|basically|just|always|truly|quite|clearly|frankly)\\s+)?(?:a|an|the|our)\\s+(?:(?:real|total|absolute|complete|proper|walking|human|single)\\s+)?(?:${METAPHOR})\\b`, { needs: new RegExp(`\\b(?:${METAPHOR})\\b`, 'i') }),
  f('idiom', `${P}\\s+(?:[^.;§]{0,40}?\\s)?(?:was|were|is|are)\\s+(?:(?:clearly|completely|totally|simply|again)\\s+)?(?:asleep at the (?:wheel|switch)|not minding the (?:store|shop))`, { needs: /\basleep at the\b|\bminding the (?:store|shop)\b/i }),
  // Compared with a careful colleague: "Unlike Sam, who always checks the diff, …", "Other nurses clear it hourly, Jo just does not."
  f('possessive-judgement', `\\bunlike\\s+${P},?\\s+(?:who|whose)\\s+(?:(?:always|never|actually|routinely|reliably|consistently|at least|somehow|usually)\\s+)`, { needs: /\bunlike\b/i }),
  f('possessive-judgement', `${P}\\s+(?:just|simply)\\s+(?:does|do|did|will|can)(?:n't|n’t|\\s+not)\\s*[.!]?\\s*$`, {
    needs: /\b(?:other|others|everyone else|the rest of|every other)\b[^.;]{0,200}\b(?:just|simply)\s+(?:does|do|did|will|can)/i,
  }),
  // An all-capitals call-out of a person: "WHO PUSHED TO PROD ON FRIDAY", "BUILD GUY WHY IS THE PATCH 60 GIGS".
  { form: 'contempt', re: /^[^a-z]{8,300}$/, person: false, raw: true, needs: THREE_CAPS_WORDS, check: (_m, _r, _w, orig) => capsCallout(orig) },
];

/** Eye-roll and face-palm emoji beside a person (across clauses): "FSE shows up with the wrong USB 🙄". */
export const ROUND20_ACROSS: readonly FormPattern[] = [
  f('contempt', '(?:🙄|🤦|😒|:facepalm:|:eye_?roll:|:rolling_eyes:|:upside_down_face:|:roll_?eyes:)', {
    // The person opens the sentence and acts ("FSE shows up …", "Night supervisor did not know …"); not a thing they own, nor a reason given.
    check: (_m, _r, whole) => EYEROLL_SUBJECT.test(whole) && !/\b(?:because|since|due to|thanks?|thank you|kudos|welcome|congrat\w*|well done|great job|nice work|happy)\b/i.test(whole),
    needs: /🙄|🤦|😒|:facepalm:|:eye_?roll:|:rolling_eyes:|:upside_down_face:|:roll_?eyes:/,
  }),
];

const EYEROLL_SUBJECT = /^\s*(?:\d{1,2}[:.]\d{2}\s{0,2}[—–-]?\s{0,2})?§¤*\s+(?:\w+ly\s+)?(?:[a-z]{2,}(?:s|ed)|did|does|has|had|is|was|never|forgot|left|went|took|sent|ran|broke|made|let)\b(?!\s+[a-z]{2,}ed\b)/i;
const CAPS_PRAISE = /\b(?:THANKS?|THANK YOU|KUDOS|CONGRATS|CONGRATULATIONS|WELL DONE|GREAT|LEGEND|HERO|WELCOME|HAPPY|LOVE|FIXED|SAVED|SOLVED|RESTORED|RESCUED|NAILED|SHOUT-?OUT|BRAVO|AMAZING|AWESOME)\b/;
const CAPS_ACT = /^\s*WHO\s+[A-Z]{2,}\b|\bWHY\s+(?:DID|IS|ARE|WOULD|WOULDN'T|DIDN'T)\b|\bONE JOB\b|\b(?:DELETED|PUSHED|DROPPED|WIPED|NUKED|IGNORED|SKIPPED|KILLED|CRASHED|MERGED|SHIPPED|DEPLOYED|TOUCHED|CHANGED|DISABLED|BRICKED|BROKEN|APPROVED|FORGOTTEN)\b|\b(?:BROKE|FORGOT|RAN|LEFT|TOOK|DID|DIDN'T|NEVER|WROTE|SENT|PUT|LET|MADE)\b/;

/** A clause all in capitals that calls a person out: a person read in sentence case, or "WHO <act>", with an act or a why and no praise. */
function capsCallout(orig: string): boolean {
  if (!THREE_CAPS_WORDS.test(orig) || /^\s*\d/.test(orig) || CAPS_PRAISE.test(orig) || !CAPS_ACT.test(orig)) return false;
  if (/^\s*WHO\s+[A-Z]{2,}/.test(orig)) return true;
  // Read in sentence case: a word outside the common words is a name ("KEZ", "TOMASZ").
  const read = orig.toLowerCase().replace(/[\p{L}'’-]+/gu, (w, at: number) => (at === 0 || !isCommonWord(w) ? w[0]!.toUpperCase() + w.slice(1) : w));
  return personSpans(read).length > 0;
}
