import { BAD_OUTCOME, DUTY_PAST, DUTY_VERBS, FAULT_NOUNS, GOOD_OUTCOME, IDIOMS, JUDGE_ADJ, JUDGE_ADV, JUDGE_NOUNS, OMISSION_VERBS, VIRTUE_ADJ } from './blame.lexicon.ts';
import { ADV, f, NOT_OBJECT, P, POSS, PX, REL, type FormPattern } from './blame.forms.base.ts';

import { IRONY_FORMS } from './blame.forms.irony.ts';
import { ROUND19_FORMS } from './blame.forms.round19.ts';
import { ROUND20_ACROSS, ROUND20_FORMS } from './blame.forms.round20.ts';
import { ROUND21_FORMS } from './blame.forms.round21.ts';
import { CALLOUT_FORMS, ROUND22_FORMS } from './blame.forms.round22.ts';
import { ROUND28_FORMS } from './blame.forms.round28.ts';
import { ROUND29_FORMS } from './blame.forms.round29.ts';
import { ROUND39_FORMS } from './blame.forms.round39.ts';
import { passiveCue } from './blame.gates.round31.ts';
import { isAdjectivalPerson, personNounKind } from './person-lexicon.ts';

/** Round 38: a word that names only a person in WordNet, or one shared only with an adjective ("technician", "mechanic"). */
function personOnly(word: string): boolean {
  return /^(?:crew|crews)$/.test(word) || personNounKind(word) === 'person' || isAdjectivalPerson(word);
}

/**
 * Round 38: "error" that is itself the modifier of a noun after it ("the matchmaker error dashboard", "the dispatcher error
 * queue") names a thing; a human error is followed by a clause's end, a preposition, a verb or a conjunction.
 */
const ERROR_AS_MODIFIER = /^\s+(?!(?:on|in|at|as|by|of|for|from|during|when|while|after|before|and|or|but|so|that|which|who|was|were|is|are|has|had|have|can|could|would|will|may|might|again|here|there|alone|not|led|caused|meant|left)\b)[a-z][a-z-]*(?<!ed)\b/;

/** Round 25: what the person is of or in, between the person and the verb ("the maintainers of the billing job were …"). */
const QUALIFIER = '(?:\\s+(?:of|for|on|in|at)\\s+(?:the|a|an|our|their|its|this|that)(?:\\s+[\\w-]{1,20}){1,3})?';

/*
 * The forms of blame (issue 16), each a small pattern over a clause in which person
 * references are masked (§¤¤¤ for a person, π¤¤ for his/her/their; see
 * person-references.ts), or, for `raw` forms, over the clause as written. Every pattern uses
 * bounded repetition only. blame.patterns.ts runs them clause by clause.
 */

export { ADV, f, NOT_OBJECT, P, POSS, PX, REL, type BlameForm, type FormPattern } from './blame.forms.base.ts';

const PP =
  "(?:[\\w-]+(?:ed|en)|read|done|seen|run|made|gone|spent|kept|paid|thought|told|sent|put|set|left|caught|built|written|shut|heard|held|brought|taken|given|bothered|looked|listened|followed|tested|checked|spoken|taught|understood|bought|dug|sat|stood|slept|reset|rebuilt|cut|hit|split|withdrawn)";
const NOT_PASSIVE = "(?!been\\s+(?:\\w+ed|\\w+en|told|paged|sent|given|shown|taught|put|kept|left|brought|made)\\b)(?!had\\b|known\\b|received\\b|got\\b|gotten\\b|access\\b|been\\s+(?:on|in|at|off|away|awake|asleep|busy|alone)\\b)";
const STRONG_PP =
  'deleted|dropped|truncated|wiped|leaked|corrupted|broken|taken down|brought down|botched|messed up|screwed up|trashed|nuked|fat-fingered|mistyped|misconfigured|overwritten|ignored|overlooked|forgotten|missed|skipped|bypassed|dismissed|neglected|mishandled|bungled|let down|misled|stonewalled|ghosted|abandoned|lied to|kept in the dark|left in the dark';
const WEAK_PP =
  'pushed|flashed|uploaded|approved|merged|deployed|changed|edited|removed|disabled|silenced|muted|switched off|turned off|killed|restarted|rebooted|shipped|applied|run|ran|modified|altered|replaced|promoted|reverted|released|committed|installed|sent|published|exposed|shared|posted|copied|pasted|left|configured|set|started|executed|triggered|scheduled|selected|entered|typed|made|closed|resolved as|marked';
/** Cues that make any passive with a person as agent a blame: "was mistakenly exported … by someone". */
const STRONG_CUE = /\b(?:mistakenly|accidentally|inadvertently|erroneously|carelessly|wrongly|by mistake|public(?:ly)?|to the wrong|the wrong)\b/i;
/** A judging word inside a person reference: "a careless admin", "our lazy contractor" (not "the poor nurse": sympathy). */
const JUDGED_PERSON = /\b(?:careless|sloppy|negligent|lazy|incompetent|reckless|irresponsible|unprofessional|clueless|useless|inept|clumsy|foolish|stupid|idiotic|arrogant|overconfident|over-confident|cavalier|inattentive|unreliable|amateurish|trigger-happy|dozy|dopey|absent-minded|feckless|slapdash|lax|hopeless|so-called)\s+\S/i;
/** A person's conduct named as a thing ("Martin's handling of the call", "the supervisor's conduct"). */
const CONDUCT = '(?:actions|handling|work|code|conduct|behaviou?r|approach|attitude|response|review|decision|choice|performance|judg(?:e)?ment|testing|preparation|communication|management|leadership|oversight|supervision)';
const VIRTUE_WORD = new RegExp(`\\b(?:${VIRTUE_ADJ})\\b`, 'i');
const DEPT = '(?:management|marketing|legal|finance|sales|support|security|ops|devops|qa|hr|procurement|facilities|networking|engineering|leadership|compliance|IT)';
export const WEAK_CUE = /\b(?:so (?:that )?(?:they|he|she|§¤*) could|to (?:save|gain|shave) (?:time|a few minutes|an hour|effort)|to (?:get|go) home|mistakenly|accidentally|inadvertently|erroneously|public|wrong|without|w\/o|never|forgotten|quietly|untested|by mistake|accidentally|who thought|save on|not|instead|carelessly|unilaterally|despite|against|anyway|regardless|behind)\b/i;

/** Harm that a person can be said to have started: what makes "started by X" blame. */
const HARM_STARTED = /\b(?:outage|incident|failure|problem|bug|regression|breach|crash|leak|loss|corruption|mess|downtime|damage|disaster|fire|chaos|cascade)\b/i;

export const FORMS: readonly FormPattern[] = [
  ...IRONY_FORMS,
  // Counterfactuals about a person.
  f('counterfactual', `\\bif(?:\\s+only)?\\s+${P}\\s+(?:had|'d)(?:\\s+not|n't)?\\s+${ADV}${NOT_PASSIVE}${PP}\\b`),
  f('counterfactual', `(?:^|[,;]\\s*|\\bthat\\s+)had\\s+${P}(?:\\s+not)?\\s+${ADV}${NOT_PASSIVE}${PP}\\b`),
  f('counterfactual', `\\b(?:were it not for|if (?:it )?(?:had(?:n't| not) been|were(?:n't| not)|was(?:n't| not)) for)\\s+${PX}`),
  f('counterfactual', `\\bif(?:\\s+only)?\\s+${P}\\s+(?:were|was|had been)(?:n't| not)\\s+so\\s+(?:${JUDGE_ADJ})`),
  f('counterfactual', `\\bif(?:\\s+only)?\\s+${P}\\s+(?:had\\s+)?(?:just|only|actually|simply|bothered|cared)\\b`),
  // Should / ought to / supposed to.
  f('should-have', `${P}${REL}\\s+${ADV}(?:should|ought to|must|was supposed to|were supposed to)(?:'ve|’ve|ve|\\s+have|\\s+of|\\s+never\\s+have|\\s+not\\s+have|n't\\s+have|\\s+really\\s+have|\\s+definitely\\s+have)\\s+(?=${PP}\\b|been\\s+\\w+|known\\b)(?!received\\b|got\\b|gotten\\b|heard\\b|had\\b)(?!been\\s+(?:told|given|paged|sent|shown|taught|informed|warned|trained|notified|asked|consulted|included|alerted|provided|granted|allowed|offered|supported|backed|called|woken|added|on|in|at)\\b)(?!had\\b)\\w+`, { needs: /should|ought|must|supposed/i }),
  f('should-have', `${P}${REL}\\s+${ADV}(?:was|were)\\s+supposed\\s+to\\s+\\w+`, { needs: /supposed/i }),
  f('should-have', `${P}\\s+${ADV}(?:must|should|ought to)\\s+(?:have\\s+)?known\\s+better\\b`, { needs: /better/i }),
  f('should-have', `${P}\\s+${ADV}(?:should|ought to)\\s+(?:know|have known) better\\b`, { needs: /better/i }),
  f('should-have', `\\bany\\s+(?:competent|decent|half-decent|halfway decent|good|reasonable|sensible|experienced|careful|attentive|responsible|qualified|proper|capable|trained|self-respecting|junior|first-year)\\s+(?:[\\w-]+\\s+)?(?:engineer|developer|dev|admin|sysadmin|administrator|DBA|SRE|operator|person|professional|technician|tech|analyst|reviewer|manager|nurse|doctor|pilot|driver|clerk|lead|architect|programmer|coder|contractor|consultant|tester|employee|human|adult|intern|junior|senior|supervisor|officer|auditor|dispatcher|[a-z-]+(?:ist|ian|eer))s?\\s+would\\s+have\\s+\\w+`),
  f('should-have', `${P}${REL}\\s+${ADV}(?:should|ought to|must)\\s+be\\s+(?:held\\s+)?(?:accountable|responsible|disciplined|fired|sacked|reprimanded|written up|ashamed|retrained|removed)\\b`, { needs: /should|ought|must/i }),
  // Failure to act.
  f('failure-to', `${P}${REL}\\s+${ADV}(?:failed|neglected|omitted|forgot|refused|declined|fails|neglects|forgets|refuses|has failed|had failed|has neglected)\\s+to\\s+\\w+`, { weak: true, needs: /fail|neglect|omit|forg[eo]t|refus|declin/i }),
  f('failure-to', `${P}${REL}\\s+${ADV}(?:has|have|had)(?:n't| not| never)\\s+(?:even\\s+|once\\s+)?(?:${DUTY_PAST})\\b`, { weak: true, needs: /n't|\bnot\b|\bnever\b/i }),
  f('failure-to', `${P}\\s+${ADV}(?:did(?:n't| not)|never|could(?:n't| not) be|can't be|won't|wouldn't|would(?:n't| not))\\s+(?:even\\s+)?bother(?:ed)?\\b`, { needs: /bother/i }),
  f('failure-to', `\\b(?:nobody|no one|no-one|none)(?:\\s+(?:on|in|from|of)\\s+${P})?\\s+(?:even\\s+)?(?:bothered|cared|thought)\\b`),
  // A negated quantifier over a group, then not bothering: "nobody in legal could be bothered", "not one person on the desk lifted a finger".
  f('failure-to', `\\b(?:nobody|no one|no-one|not one|not a single (?:one|person|soul))(?:\\s+(?:on|in|from|at|of)\\s+(?:the\\s+)?(?:§¤*|[\\w-]+(?:\\s+[\\w-]+)?))?\\s+(?:(?:even|actually|really|ever|once)\\s+)?(?:could be bothered|can be bothered|would be bothered|bothered|cared|took the trouble|lifted a finger|had the (?:decency|courtesy|sense)|saw fit|thought to)\\b`, { needs: /\b(?:nobody|no one|no-one|not one|not a single)\b/i }),
  // Understatement: a virtue denied ("was, regrettably, not diligent", "were not enough attentive", "less than careful").
  f('judgement-adjective', `${P}${REL}\\s+${ADV}(?:was|were|is|are|has been|have been|had been|seemed|proved)(?:\\s*,\\s*\\w+\\s*,)?(?:n't|\\s+not|\\s+never)\\s+(?:(?:very|particularly|exactly|sufficiently|especially|terribly|overly|always|remotely|nearly|quite|the most|as|being|entirely|fully)\\s+)?(?:enough\\s+)?(?:${VIRTUE_ADJ})\\b`, { weak: true, needs: VIRTUE_WORD }),
  f('judgement-adjective', `${P}${REL}${QUALIFIER}\\s+${ADV}(?:was|were|is|are|has been|have been|had been|acted|seemed)\\s+(?:less than|far from|anything but|hardly|barely|not exactly|not the most|not very)\\s+(?:${VIRTUE_ADJ})\\b`, { needs: VIRTUE_WORD }),
  f('should-have', `${P}${REL}\\s+${ADV}(?:could|should|might)(?:'ve|’ve|\\s+have)\\s+been\\s+(?:a\\s+(?:lot|bit|little)\\s+|much\\s+|far\\s+|way\\s+)?more\\s+(?:${VIRTUE_ADJ})\\b`, { needs: VIRTUE_WORD }),
  // Not doing the duty while it was due, or not as told: "is not checking the logs like he must", "did not test it like he was told".
  f('failure-to', `${P}${REL}\\s+${ADV}(?:is|are|was|were)(?:n't| not)\\s+(?:even\\s+|properly\\s+|actually\\s+|really\\s+)?(?:checking|reading|testing|following|monitoring|watching|answering|responding|reviewing|looking|listening|paying attention|escalating|updating|communicating|documenting)\\b`, { weak: true, needs: /(?:is|are|was|were)(?:n't| not)\b/i }),
  f('failure-to', `${P}${REL}\\s+${ADV}(?:did(?:n't| not)|does(?:n't| not)|never|is(?:n't| not)|was(?:n't| not)|were(?:n't| not)|are(?:n't| not))\\s+(?:[\\w'’-]+\\s+){1,6}?(?:like|as)\\s+(?:§¤*|π¤*)\\s+(?:(?:was|were|is|are|had been|has been)\\s+)?(?:told|asked|instructed|trained|supposed to|meant to|must|should|required to|expected to|agreed)\\b`, { needs: /\b(?:like|as)\b/i }),
  f('failure-to', `${P}${REL}\\s+${ADV}(?:fail|forget|neglect|refuse)s?\\s+to\\s+\\w+`, { weak: true, needs: /\b(?:fail|forget|neglect|refuse)s?\s+to\b/i }),
  f('failure-to', `${P}${REL}\\s+${ADV}(?:did(?:n't| not)|does(?:n't| not)|never)\\s+(?:even\\s+|properly\\s+|actually\\s+|bother to\\s+|once\\s+)?(?:${DUTY_VERBS})\\b`, { weak: true, needs: /n't|\bnot\b|\bnever\b/i }),
  f('failure-to', `${P}\\s+(?:[\\w'’-]+\\s+){1,8}?(?:but|and|yet)\\s+(?:then\\s+)?(?:did(?:n't| not)|does(?:n't| not)|never)\\s+(?:even\\s+|bother to\\s+)?(?:${DUTY_VERBS})\\b`, { weak: true, needs: /n't|\bnot\b|\bnever\b/i }),
  f('failure-to', `${P}${REL}\\s+${ADV}never\\s+(?:${DUTY_PAST}|(?:${DUTY_VERBS})s)\\b`, { weak: true, needs: /never/i }),
  f('failure-to', `${POSS}\\s+(?:[\\w-]+\\s+)?(?:failure|inability|refusal|unwillingness|reluctance|neglect)\\b`),
  f('failure-to', `\\bfailure (?:of|by)\\s+${P}\\s+to\\b`),
  // A person's fault.
  f('fault-noun', `\\b(?:${FAULT_NOUNS})\\s+(?:(?:made|committed)\\s+)?(?:by|of|from|on the part of)\\s+${P}`),
  f('fault-noun', `\\b(?:${FAULT_NOUNS})\\s+on\\s+${POSS}\\s+part\\b`, { needs: /\bpart\b/i }),
  f('fault-noun', `\\b(?:mix-?up|delay|outage|error|mistake|failure|problem|confusion|incident|breach|loss|mess|crash|downtime|issue)s?\\s+(?:\\w+\\s+)?(?:was|is|were|are)\\s+(?:all\\s+|entirely\\s+|squarely\\s+|largely\\s+|mostly\\s+|partly\\s+)?down\\s+to\\s+${PX}`, { needs: /down to/i }),
  f('sole-responsibility', `${P}${REL}\\s+${ADV}(?:bears?|bore|carries|carried|holds?|held)\\s+(?:full\\s+|sole\\s+|the\\s+|ultimate\\s+|direct\\s+|primary\\s+|personal\\s+)?(?:responsibility|the blame|blame)\\s+for\\s+(?:the|this|that|our)\\s+(?:\\w+\\s+){0,2}?(?:failure|outage|incident|loss|breach|mistake|error|delay|downtime|mess|spill|leak)\\b`, { needs: /\b(?:bears?|bore|carries|carried|holds?|held)\b/i }),
  // Judgement inside a relative clause on the person: "someone in comms who misread the embargo", "the nurse, who never checked …".
  f('omission-verb', `${NOT_OBJECT}${P},?\\s+who\\s+${ADV}(?:had\\s+)?(?:${OMISSION_VERBS})\\b`, { weak: true, needs: /\bwho\b/i }),
  f('failure-to', `${NOT_OBJECT}${P},?\\s+who\\s+${ADV}(?:had\\s+)?(?:failed|neglected|forgot|refused|omitted|did(?:n't| not) bother)\\s+to\\s+\\w+`, { weak: true, needs: /\bwho\b/i }),
  f('failure-to', `${NOT_OBJECT}${P},?\\s+who\\s+${ADV}(?:did(?:n't| not)|had(?:n't| not)|never)\\s+(?:even\\s+|once\\s+|bother to\\s+)?(?:${DUTY_VERBS}|${DUTY_PAST})\\b`, { weak: true, needs: /\bwho\b/i }),
  f('fault-noun', `${POSS}\\s+(?:own\\s+|fault\\s+and\\s+|fault,?\\s+)?(?:${FAULT_NOUNS})\\b(?!\\s*(?:logs?|rates?|messages?|codes?|pages?|budgets?|handling|counts?|spikes?|reports?|output|tolerance|injection|path|branch))`),
  f('fault-noun', `\\b(?:this|that|which|it|the (?:whole\\s+|entire\\s+)?(?:outage|incident|failure|breach|loss|mistake|error|problem|downtime|mess|thing|fiasco|disaster))(?:\\s+\\w+)?(?:\\s+(?:is|was)|\\s*'s|\\s*’s)\\s+(?:all\\s+|entirely\\s+|squarely\\s+|100%\\s+|completely\\s+)?on\\s+${P}(?!'|’)`),
  f('fault-noun', `${P}\\s+${ADV}(?:made|makes|committed)\\s+(?:a|an|the|another|one|this|that|a big|a huge|a silly|a basic|a rookie)\\s+(?:\\w+\\s+)?(?:mistake|error|blunder|slip|oversight|gaffe|(?:bad|poor|wrong|terrible|questionable) (?:call|decision|choice|judg(?:e)?ment))`, { needs: /made|makes|committed/i }),
  f('fault-noun', `\\b(?:case|example|result|instance|consequence) of\\s+${P}\\s+(?:not|never|failing to|forgetting|ignoring|skipping|neglecting|refusing)\\b`),
  f('judgement-adjective', `${P}\\s+${ADV}(?:showed|shows|displayed|demonstrated|exhibited)\\s+(?:a|an)\\s+(?:\\w+\\s+)?(?:lack of|disregard for|carelessness|negligence|incompetence|contempt|indifference|complacency)`, { needs: /showed|shows|displayed|demonstrated|exhibited/i }),
  f('judgement-adjective', `${P}\\s+[^,;:.?!§]{1,60}?\\s+(?:was|is|were|must be|has to be)\\s+(?:\\w+\\s+){0,2}?(?:${JUDGE_ADJ}|${JUDGE_ADV}|incompetent|not competent)\\b`, { check: (_m, _r, _w, orig) => /^whoever\b/i.test(orig), needs: /whoever/i }),
  f('should-have', `${P}\\s+${ADV}(?:should|ought to)\\s+(?:never|not)\\s+(?:to\\s+)?have\\s+been\\s+(?:allowed|given|trusted|let|hired|put in charge)\\b`, { needs: /should|ought/i }),
  f('fault-noun', `\\bblamed?\\s+(?:it\\s+|this\\s+|the \\w+\\s+)?(?:on\\s+)?${P}`),
  f('fault-noun', `${POSS}\\s+(?:complete\\s+|total\\s+|utter\\s+)?(?:lack|absence) of\\s+(?:\\w+\\s+)?(?:care|attention|diligence|testing|judg(?:e)?ment|discipline|focus|rigou?r|professionalism|competence|skill|experience|awareness|thought|ownership)\\b`),
  // Judgement of the person.
  f('possessive-judgement', `${POSS}\\s+(?:[\\w-]+\\s+)?(?:${JUDGE_ADJ})\\s+[\\w-]+`),
  // What a person is like, as a noun after the possessive: "the crew chief's complacency", "management's penny-pinching".
  f('possessive-judgement', `${POSS}\\s+(?:[\\w-]+\\s+)?(?:${JUDGE_NOUNS})\\b`),
  f('judgement-adjective', `${POSS}\\s+(?:[\\w-]+\\s+){0,2}${CONDUCT}\\b[^.;:]{0,40}?\\b(?:(?:was|were|is)\\s+(?:\\w+\\s+)?(?:a|an)\\s+(?:\\w+\\s+)?(?:disaster|mess|shambles|joke|fiasco|farce|train wreck|catastrophe|embarrassment|car crash|liability)|(?:fell|falls|has fallen|had fallen)\\s+(?:\\w+\\s+){0,2}?short)\\b`, { needs: /disaster|mess|shambles|joke|fiasco|farce|wreck|catastrophe|embarrassment|crash|liability|short/i }),
  f('judgement-adjective', `${P}${REL}\\s+${ADV}(?:did|does|has done|had done|turned in|delivered|produced)\\s+(?:a|an|such an?)\\s+(?:(?:really|pretty|very|truly|frankly)\\s+)?(?:${JUDGE_ADJ})\\s+(?:job|work|effort|review|handover|attempt)\\b`, { needs: /\b(?:job|work|effort|review|handover|attempt)\b/i }),
  // "Could have just read the error": the easy duty not done.
  f('counterfactual', `${P}${REL}\\s+${ADV}could(?:'ve|’ve|ve|\\s+have)\\s+(?:just|simply|easily|at least|at the very least)\\s+${NOT_PASSIVE}${PP}\\b`, { needs: /could/i }),
  f('should-have', `${P}${REL}\\s+${ADV}(?:should|ought to|must)\\s+(?:really\\s+)?(?:know|realise|realize|understand)\\s+(?:better|by now)\\b`, { needs: /\bknow|reali[sz]e|understand/i }),
  f('should-have', `\\bwhich\\s+(?:is|was)\\s+[^.;§]{0,40}?${P}\\s+(?:should|ought to|must)(?:\\s+have)?\\s+(?:known|know)\\b`, { needs: /which/i }),
  f('judgement-adjective', `${POSS}\\s+(?:[\\w-]+\\s+){0,2}(?:actions|handling|work|code|conduct|behaviou?r|approach|attitude|response|review|decision|choice|performance|judg(?:e)?ment)\\b[^.;:]{0,40}?\\b(?:was|were|is)\\s+(?:\\w+\\s+)?(?:${JUDGE_ADJ}|not (?:acceptable|professional|good enough))\\b`),
  f('judgement-adjective', `${P}${REL}\\s+${ADV}(?:was|were|is|are|acted|behaved|has been|had been|seemed|seems|looked|came across as|proved|got|went|being)\\s+(?:\\w+\\s+){0,2}?(?:${JUDGE_ADJ}|${JUDGE_ADV}|not competent|incompetent|not fit|not qualified|not up to)\\b`, { negatable: true }),
  f('judgement-adjective', `${P}\\s+${ADV}(?:[\\w-]+\\s+){0,3}?(?:${JUDGE_ADV})\\b`, { weak: true, needs: /ly\b/i }),
  f('judgement-adjective', `${P}\\s+${ADV}\\w+ed\\s+(?:the|a|an|our|his|her|their|it|them)\\s+(?:[\\w-]+\\s+){0,2}?wrong(?:ly)?\\b(?!\\s+(?:one|version|region|cluster|host|way|file|table|tag|image|branch))`, { weak: true, needs: /wrong/i }),
  f('judgement-adjective', `${P}${REL}\\s+${ADV}(?:is|was|are|were)\\s+(?:a|an|such an?)\\s+(?:\\w+\\s+)?(?:liability|disaster|menace|joke|amateur|cowboy|idiot|clown|moron|embarrassment)\\b`, { needs: /liability|disaster|menace|joke|amateur|cowboy|idiot|clown|moron|embarrassment/i }),
  f('judgement-adjective', `${P}\\s+${ADV}(?:can(?:not|'t|\\s+not)|could(?:n't| not))\\s+be\\s+trusted\\b`, { needs: /trusted/i }),
  f('judgement-adjective', `${P}\\s+${ADV}(?:was|were)(?:n't| not)\\s+(?:\\w+\\s+)?(?:paying attention|careful|thinking|watching|looking|listening|concentrating|focused|awake)\\b`, { needs: /n't|\bnot\b/i }),
  f('judgement-adjective', `${P}\\s+${ADV}(?:is|was|are|were)\\s+(?:too|so)\\s+(?:lazy|busy|careless|impatient|arrogant|proud|stubborn|distracted)\\b`, { needs: /\b(?:too|so)\b/i }),
  // Idioms of failure.
  f('idiom', `${PX}\\s+${ADV}(?:${IDIOMS})`),
  f('idiom', `${P}${REL}\\s+${ADV}(?:${IDIOMS})`),
  // Sole responsibility.
  f('sole-responsibility', `${P}${REL}\\s+${ADV}(?:is|was|are|were)\\s+(?:\\w+\\s+)?(?:solely|entirely|wholly|fully|squarely|alone|personally|100%|single-handedly|exclusively|directly)\\s+(?:responsible|to blame|at fault|accountable|culpable)`, { needs: /responsible|blame|fault|accountable|culpable/i }),
  f('sole-responsibility', `${P}${REL}\\s+${ADV}(?:is|was|are|were)\\s+(?:alone\\s+|the one\\s+|the person\\s+|the only one\\s+|clearly\\s+)?(?:to blame|at fault|culpable|the culprit|guilty)\\b`, { negatable: true, needs: /blame|fault|culpable|culprit|guilty/i }),
  f('sole-responsibility', `${P}\\s+(?:is|was|are|were)\\s+(?:the one|the person|the only one|the guy|the culprit|the one person)\\s+(?:who|that)\\s+(?:caused|broke|took|brought|is to blame|deleted|crashed|started|triggered)`, { needs: /the (?:one|person|only one|guy|culprit)/i }),
  f('sole-responsibility', `${P}\\s+(?:is|was|are|were)\\s+responsible\\s+for\\s+(?:the|this|that|our|all)\\s+(?:\\w+\\s+){0,2}?(?:outage|incident|failure|loss|mistake|breach|downtime|disaster|mess|corruption|leak|crash)\\b(?!\\s+(?:response|management|review|communications?|process|channel|commander|handling|report))`, { negatable: true, needs: /responsible/i }),
  f('sole-responsibility', `\\b(?:attributable|attributed|ascribed)\\s+(?:solely\\s+|entirely\\s+|wholly\\s+|directly\\s+|squarely\\s+|mainly\\s+|primarily\\s+|largely\\s+)?to\\s+${PX}`, { needs: /attribut|ascribed/i }),
  f('sole-responsibility', `\\b(?:responsibility|blame|fault|culpability)\\s+(?:for\\s+[^,.;:]{1,60}?\\s+)?(?:is|was|has been|had been)\\s+(?:\\w+\\s+)?(?:assigned|attributed|given|put|placed|laid)\\s+(?:\\w+\\s+)?(?:to|on|with|at the door of)\\s+${P}`, {
    check: (m) => !/\bfor\s+(?:the\s+|this\s+|that\s+)?(?:fix|follow-?up|remediation|rollout|actions?|items?|tasks?|tickets?|runbook|upgrade|migration|review|next|work|changes?|service|system|process|rotation|patch)\b/i.test(m),
    needs: /responsib|blame|fault|culpab/i,
  }),
  // Not for what comes next: "Responsibility for the fix sits with the Payments squad" is ownership, not blame.
  f('sole-responsibility', `\\b(?:blame|fault|responsibility|culpability)\\s+(?:for\\s+(?!(?:the\\s+|this\\s+|that\\s+)?(?:fix|follow-?up|remediation|rollout|actions?|items?|tasks?|tickets?|runbook|upgrade|migration|review|next|work|changes?|service|system|process|rotation|patch)\\b)[^,.;:]{1,60}?\\s+)?(?:lies|rests|falls|sits|lay|rested|fell|is|was)\\s+(?:\\w+\\s+)?(?:with|on|upon|that of)\\s+(?:the shoulders of\\s+)?${P}`),
  f('sole-responsibility', `\\brests?\\s+(?:\\w+\\s+)?on the shoulders of\\s+${P}`),
  f('sole-responsibility', `\\b(?:the buck stops|the buck stopped)\\s+(?:squarely\\s+)?with\\s+${P}|\\b(?:lies|lay|laid|rests?|placed)\\s+(?:squarely\\s+)?at the (?:door|feet) of\\s+${P}`, { needs: /buck|door of|feet of/i }),
  f('sole-responsibility', `\\b(?:it was|it's|it is)\\s+${P},?\\s+and only\\s+${P}`),
  // Wasted time.
  f('wasted-time', `${P}\\s+${ADV}(?:wasted|squandered|burned|burnt|blew|frittered away)\\s+(?:\\w+[\\s']+){0,3}?(?:time|minutes|hours|hour|day|days|the first|everyone|our)\\b`, { needs: /wasted|squandered|burned|burnt|blew|frittered/i }),
  f('wasted-time', `\\b(?:wasted|squandered|lost|down the drain)\\b(?:\\s+[^\\s.;:]+){0,6}?\\s+(?:because|while|as|since|by|until|when)\\s+${P}`),
  // Omissions and careless acts.
  f('omission-verb', `${P}${REL}\\s+${ADV}(?:(?:has|have|had)\\s+(?:\\w+ly\\s+)?)?(?:${OMISSION_VERBS})\\b`, { weak: true }),
  f('omission-verb', `${P}${REL}\\s+${ADV}(?:\\w+\\s+){0,2}?(?:deleted|dropped|removed|flashed|pushed|deployed|uploaded|ran|selected|typed|edited|changed|truncated|restarted|rebooted|killed|merged|applied|promoted|picked|shipped|sent|configured|restored|used|took|chose|opened|closed|updated|migrated|rolled back|rolled out)\\s+(?:\\w+\\s+){0,2}?the wrong\\b`, { weak: true, needs: /wrong/i }),
  f('omission-verb', `${P}\\s+${ADV}(?:let|allowed)\\s+(?:a|an|the|another|yet another)\\s+(?:broken|bad|faulty|buggy|untested|failing|half-finished|unreviewed)\\s+[\\w-]+`, { needs: /\b(?:let|allowed)\b/i }),
  f('caused-by-person', `\\b(?:outage|incident|failure|problem|downtime|crash|breakage|data loss|corruption|issue)\\s+(?:\\w+\\s+){0,2}?(?:happened|occurred|started|began|came about|arose)\\s+(?:\\w+\\s+){0,2}?because\\s+${P}\\s+(?:\\w+ly\\s+)?\\w+ed\\b`),
  f('omission-verb', `${P}\\s+(?:[\\w'’-]+\\s+){1,12}?(?:without|w/o)\\s+(?:any\\s+|a\\s+|an\\s+|first\\s+|even\\s+|properly\\s+|so much as\\s+)?(?:testing|tests?|checking|a check|review(?:ing)?|a review|approval|asking|telling|informing|a change (?:ticket|request)|permission|waiting|reading|looking|consulting|a second look|a backup|backing up|notice|warning|coordinat\\w+|verif\\w+|validat\\w+|a rollback plan|a plan|thinking|telling anyone|a word|running (?:the |a |any )?(?:tests?|suite|checks?|pipeline|ci|linter|dry run)|a dry run|opening|opening it|due care|care|caution|due diligence|regard)\\b`, { weak: true, whichIsNoReason: true, needs: /without/i }),
  // The duty passed over for something else: "Jake, instead of following the runbook, decides to …".
  f('omission-verb', `${P}${REL}[\\s,]+(?:[\\w'’-]+[\\s,]+){0,8}?(?:instead of|rather than)\\s+(?:(?:just|simply|actually|properly|even)\\s+)?(?:following|reading|checking|testing|asking|escalating|reviewing|verifying|looking|calling|paging|using|consulting|telling|raising|listening|opening)\\b`, { weak: true, needs: /instead of|rather than/i }),
  f('omission-verb', `${P}\\s+${ADV}(?:pushed|deployed|committed|merged|shipped|went|released)\\s+(?:\\w+\\s+)?(?:straight|directly)\\s+(?:in)?to\\s+(?:prod|production|main|master|live|customers)`, { needs: /straight|directly/i }),
  f('omission-verb', `${P}\\s+${ADV}(?:[\\w-]+\\s+){0,6}?and\\s+(?:then\\s+)?never\\s+(?:told|informed|mentioned|said|warned|notified|turned|switched|re-?enabled|put|followed|checked|came back)\\b`, { needs: /never/i }),
  f('omission-verb', `${P}\\s+${ADV}(?:went ahead and|decided to|chose to|took it upon (?:himself|herself|themselves) to)\\s+(?:\\w+\\s+){0,2}?(?:ignore|skip|bypass|delete|disable|override|push|deploy|run|restart|reboot|turn off|switch off)`, { weak: true, needs: /went ahead|decided to|chose to|upon/i }),
  f('omission-verb', `${P}\\s+${ADV}(?:accidentally|mistakenly|inadvertently|unknowingly|erroneously|unwittingly|by mistake)\\s+\\w+`, { weak: true, needs: /accidentally|mistakenly|inadvertently|unknowingly|erroneously|unwittingly|by mistake/i }),
  f('omission-verb', `${P}\\s+(?:[\\w'’-]+\\s+){1,8}?(?:against|in violation of|in breach of|contrary to|despite|in spite of|ignoring|outside(?: of)?|bypassing|circumventing|in defiance of)\\s+(?:the\\s+|our\\s+|a\\s+|an\\s+|all\\s+|every\\s+)?(?:[\\w'’-]+\\s+|π¤*\\s+|§¤*(?:'s|’s)\\s+){0,2}?(?:policy|process|rules?|freeze|guidelines|procedures?|advice|warnings?|instructions|runbook|checklist|banner|objections?|build|tests?|checks?|failures?|errors?|alerts?|alarms?|review comments?|concerns?|window|hours|scope)\\b`, { weak: true, needs: /against|violation|breach|contrary|despite|spite|ignoring|outside|bypassing|circumventing|defiance/i }),
  f('omission-verb', `${P}\\s+${ADV}(?:let|allowed)\\s+(?:the|our|a|an|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:to\\s+)?(?:expire|lapse|fill up|fill|run out|die|go down|slip|rot|overflow|leak)\\b`, { needs: /\b(?:let|allowed)\b/i }),
  f('omission-verb', `${P}${REL}\\s+${ADV}left\\s+(?:the|our|a|an|his|her|their|it)\\s+(?:[\\w-]+\\s+){0,3}?(?:open|public|exposed|unlocked|unattended|unpatched|unencrypted|world-readable|running in debug)\\b`, { weak: true, needs: /\bleft\b/i }),
  f('omission-verb', `${P}\\s+${ADV}(?:overrode|overrides|overridden|circumvented|disabled|turned off|switched off|silenced|muted)\\s+(?:the|a|an|our|every|all)\\s+(?:[\\w-]+\\s+){0,2}?(?:safety|safeguards?|guard|guardrails?|checks?|protection|interlock|alarms?|alerts?|warnings?|validation|lock)\\b`, { weak: true, check: (_m, _r, whole) => WEAK_CUE.test(whole) || /\b(?:overrode|overrides|overridden|circumvented|safety|safeguard|interlock)/i.test(whole), needs: /overr|circumvented|disabled|turned off|switched off|silenced|muted/i }),
  // The person as the agent of a passive.
  f('passive-agent', `\\b(?:was|were|had been|has been|have been|got|been|being)\\s+(?:(?:\\w+ly|also|then|later|again|just|even|still|already)\\s+)?(?:${STRONG_PP})\\s+(?:[^\\s.;]+\\s+){0,5}?by\\s+(?:(?:one|some|a few|several|two|both|all|none|either|each) of\\s+)?${PX}`),
  f('passive-agent', `\\b(?:was|were|had been|has been|have been|got)\\s+(?:\\w+ly\\s+)?(?:${WEAK_PP})\\s+(?:[^\\s.;]+\\s+){0,5}?by\\s+(?:(?:one|some|a few|several|two|both|all|either|each) of\\s+)?${PX}`, { check: (m, rest, whole) => passiveCue(m, rest, whole, (w) => WEAK_CUE.test(w)) }),
  f('passive-agent', `\\b(?:was|were|had been|has been|have been|got)\\s+(?:\\w+ly\\s+)?(?!(?:restored|fixed|resolved|recovered|mitigated|rolled|reverted|repaired|caught|detected|noticed|spotted|saved|rescued|handled|escalated|acknowledged|investigated|diagnosed|reviewed|approved|tested|verified|checked|paged|notified|told|asked|informed)\\b)[\\w-]+ed\\s+(?:[^\\s.;]+\\s+){0,6}?by\\s+(?:(?:one|some|a few|several|two|both|all|either|each) of\\s+)?${PX}`, { check: (m) => STRONG_CUE.test(m) }),
  // Caused by a person.
  f('caused-by-person', `${P}\\s+${ADV}(?:broke|breaks|took down|brought down|nuked|trashed|wiped|crashed|killed|knocked over|took out)\\s+(?:the\\s+|our\\s+)?(?:[\\w-]+\\s+)?(?:prod|production|build|site|deploy|pipeline|service|app|api|database|db|checkout|main|master|things|everything|it|staging|cluster|config|website|network|server|servers|platform|system|integration|login|logins|auth|payments|email|search|web|whole|entire|all|every)\\b`, { needs: /broke|breaks|took down|brought down|nuked|trashed|wiped|crashed|killed|knocked over|took out/i }),
  f('caused-by-person', `${P}\\s+${ADV}(?:caused|triggered|created|introduced|started)\\s+(?:the|this|that|a|an|our|today's|yesterday's)\\s+(?:[\\w-]+\\s+){0,2}?(?:outage|incident|failure|problem|issue|bug|regression|downtime|breach|mess|corruption|crash|loss|leak)\\b`, { needs: /caused|triggered|created|introduced|started/i }),
  f('caused-by-person', `${P}\\s+(?:is|was|are|were)\\s+the\\s+(?:main\\s+|only\\s+|sole\\s+|real\\s+|whole\\s+)?reason\\b`, { check: (_m, rest) => BAD_OUTCOME.test(rest) && !GOOD_OUTCOME.test(rest), needs: /reason/i }),
  f('caused-by-person', `\\bit was\\s+${P}\\s+(?:who|that)\\s+(?:\\w+\\s+)?(?:deleted|dropped|broke|caused|forgot|ignored|missed|skipped|misconfigured|disabled|wiped|crashed|took down|brought down|messed|screwed|botched|leaked|overlooked|pushed the wrong|approved the broken)\\b`),
  f('caused-by-person', `\\b(?:caused|brought about|precipitated)\\s+(?:solely\\s+|entirely\\s+|directly\\s+)?by\\s+${PX}`),
  // Round 7: "started / created / triggered by X" names who did a routine act ("Drain script started by Sam", "Created by
  // Lukas Brandt, last modified by …") unless what was started is harm ("the outage was triggered by the intern").
  f('caused-by-person', `\\b(?:triggered|started|created|introduced|initiated)\\s+(?:solely\\s+|entirely\\s+|directly\\s+)?by\\s+${PX}`, { check: (_m, _r, whole) => HARM_STARTED.test(whole) }),
  f('caused-by-person', `\\b(?:resulted|results|stems|stemmed|stemming|came|comes|arose|arises|followed)\\s+(?:directly\\s+)?from\\s+${POSS}\\s+(?:[\\w-]+\\s+){0,2}?(?:decision|choice|actions?|change|push|commit|mistake|shortcut|move|call|failure|refusal|negligence|carelessness|attempt|handling|work|edit|blunder|oversight)\\b`),
  f('caused-by-person', `\\b(?:due to|because of|owing to)\\s+${POSS}\\s+(?:[\\w-]+\\s+){0,2}?(?:${FAULT_NOUNS}|decision|choice|actions?|shortcut|failure|refusal|handling|change|push|commit)\\b`),
  f('caused-by-person', `${POSS}\\s+(?:[\\w-]+\\s+){1,6}?(?:caused|broke|took down|brought down|crashed|corrupted|wiped|killed|knocked out)\\b`),
  // Judged competence or composure: "clearly did not understand …", "the new SRE panicked".
  f('judgement-adjective', `${P}${REL}\\s+(?:\\w+\\s+)?(?:clearly|obviously|evidently|plainly)\\s+(?:did(?:n't| not)|does(?:n't| not)|had no|has no|never)\\s+(?:even\\s+|really\\s+|fully\\s+|properly\\s+)?(?:understand|grasp|know|get|comprehend|idea|clue)\\b`),
  f('judgement-adjective', `${P}${REL}\\s+${ADV}(?:panicked|panics|freaked out|froze up|lost (?:his|her|their|π¤*) (?:head|cool|nerve))\\b`),
  // Waved through what was plainly broken: "someone in QA signed off on a build that obviously didn't work".
  f('omission-verb', `${P}(?:\\s+(?:in|on|from|at)\\s+[\\w-]+)?\\s+${ADV}(?:signed off on|approved|merged|shipped|waved through|rubber-stamped|let through|passed)\\s+[^.;]{0,60}?\\b(?:obviously|clearly|plainly|blatantly)\\s+(?:did(?:n't| not)|was(?:n't| not)|broken|wrong|failing|buggy)\\b`),
  // Contempt, read on the words as written (a mask hides "so-called" inside "our so-called senior engineer").
  f('contempt', "\\b(?:so-called|bless (?:him|her|them|his heart|her heart|their hearts?)|(?:is|was|are|were) the weakest link|can(?:'t|not|’t) (?:even )?read (?:a|an|the) (?:diff|log|logs|runbook|dashboard|graph|error|stack trace|manual|docs?)|(?:has|have|had) (?:clearly |obviously |apparently )?never (?:even )?heard of|(?:did|does|do) the bare minimum|(?:could|can)(?:n't|’t| not) be bothered)\\b", { person: true, raw: true }),
  // Round 18: the work left to "people who know what they're doing": the ones who did it did not.
  f('contempt', "\\b(?:by|to|for)\\s+(?:people|someone|somebody|folks|an engineer|engineers)\\s+who\\s+(?:actually\\s+)?knows?\\s+what\\s+(?:they|he|she)(?:'re|’re| are|'s|’s| is)\\s+doing\\b", { raw: true, needs: /what (?:they|he|she)/i }),
  f('contempt', "\\b(?:some|our resident|our local|our in-house|yet another)\\s+(?:genius|bright spark|rocket scientist|cowboy|clown|muppet|wise guy|smart alec)s?\\b", { raw: true }),
  f('contempt', `(?:^|[.!;:,]\\s*)(?:classic|typical|vintage|textbook)\\s+${PX}(?=\\s*(?:[,.:;!—–-]|$))`, { needs: /classic|typical|vintage|textbook/i }),
  f('defiance', `\\bit(?:'s|’s|\\s+is|\\s+was)\\s+always\\s+(?:${PX}|${DEPT})\\s*[.!]*\\s*$`, { needs: /always/i }),
  f('defiance', '\\balways\\s+the\\s+same\\s+(?:people|person|team|guys|folks|names|suspects|culprits?|crew|squad|engineers?|developers?)\\b', { raw: true, needs: /always the same/i }),
  f('contempt', "\\bclassic\\s+\\p{Lu}\\p{Ll}+(?:'s|’s)?\\s+(?:move|mistake|behaviou?r)\\b", { raw: true, re: /\bclassic\s+\p{Lu}\p{Ll}+(?:'s|’s)?\s+(?:move|mistake|behaviou?r)\b/u }),
  f('contempt', "\\bI(?:'m|’m| am| was| felt like)\\s+(?:such\\s+|a complete\\s+|an absolute\\s+)?(?:an?\\s+)?(?:idiot|moron|fool|clown|incompetent|careless|useless)\\b|\\bit was me,?\\s+I\\s+(?:broke|caused|messed|screwed|took down|brought down)\\b", { raw: true }),
  f('contempt', "\\b(?:a|any)\\s+(?:more|less|better|properly|half-way|halfway)\\s+[\\w-]+\\s+(?:[\\w-]+\\s+){0,3}?would\\s+have\\b(?!\\s+been\\s+(?:told|paged|warned|given|alerted))", { person: true, raw: true }),
  f('fault-noun', "\\b(?:negligent|careless|sloppy|reckless|lazy|incompetent|slapdash|cavalier)\\s+(?:[\\w-]+\\s+)?(?:handling|work|management|execution|approach|review|change|deployment|attitude|behaviou?r|conduct)\\b[^.;]{0,80}?\\bby\\s+", { person: true, raw: true }),
  f('fault-noun', "\\bout of (?:pure |sheer |plain |simple )?(?:carelessness|laziness|negligence|incompetence|stupidity|ignorance|arrogance|impatience|complacency)\\b", { raw: true }),
  // Acting against warnings, again and again: "went ahead … anyway", "as always", "not for the first time".
  f('defiance', `${P}${REL}[\\s,]+[^;:.?!]{0,120}?\\b(?:anyway|regardless|as always|not for the first time|yet again|as (?:he|she|they|§¤*) (?:has|have|had|did) (?:done )?(?:before|many times|so often)|for the (?:second|third|fourth|nth|umpteenth) time)\\b`, { weak: true }),
  f('defiance', `(?:,\\s*|^)(?:as always|not for the first time|yet again|again),\\s+(?:[^,;]{0,40},\\s+)?${P}`),
  // Doing nothing, or the wrong thing at length: "acknowledges the alert and then does nothing for 50 minutes", "kept restarting the pod rather than reading the error".
  f('omission-verb', `${P}\\s+(?:[\\w'’-]+\\s+){0,10}?(?:does|did|do) nothing\\b`),
  // Round 18: not a choice with its reason told and no person in it ("kept monitoring the drain rather than forcing it, because a forced close would have lost readings").
  f('omission-verb', `${P}\\s+${ADV}(?:froze|freezes|kept|keeps|spent|spends|sat on|sits on|dithered|dawdled)\\b`, { check: (_m, _r, whole) => !/\b(?:rather than|instead of)\s[^;§π]{0,80}?,?\s(?:because|since|as|so that)\s[^§π]{0,200}$/i.test(whole) && /\b(?:instead(?: of)?|rather than|while the|for (?:an?|half an|\d+|\w+) (?:hours?|minutes?|days?))\b|\b(?:for (?:most|much|the (?:better|best|whole|entire) part) of|all) (?:the |that )?(?:morning|afternoon|evening|night|day|weekend|shift|week)\b/i.test(whole) && !/\bwhile the [\w\s-]{0,30}(?:was|were) (?:down|broken|offline|unavailable|out)\b/i.test(whole) }),
  f('omission-verb', `${P}\\s+${ADV}(?:\\w+ed|restarts|deploys|deletes|drops|pushes|runs|picks|ships|sends|selects|emails|kills|reboots|applies|merges|promotes|uses|opens|closes|edits|changes|updates|types)\\s+(?:[\\w'’-]+\\s+){0,5}?the wrong\\b`, { weak: true }),
  // "She could have rolled back in two minutes; instead she spent an hour …"
  f('counterfactual', `${P}${REL}\\s+${ADV}could(?:'ve|’ve|ve|\\s+have)\\s+${NOT_PASSIVE}${PP}\\b`, { check: (_m, _r, whole) => /\binstead\b|\bbut (?:chose|decided|preferred|opted|went|did(?:n't| not))\b/i.test(whole) }),
  // "It's down to Gareth not checking …", "this is all on the vendor".
  f('caused-by-person', `\\b(?:it's|it is|it was|this is|this was|that's|that is|that was)\\s+(?:all\\s+|entirely\\s+|squarely\\s+)?down to\\s+${PX}`),
  f('caused-by-person', `(?:^|[.;]\\s*)(?:every time|whenever)\\s+${P}\\s+[\\w'’-]+(?:\\s+[\\w'’-]+){0,4},\\s+(?:something|things|stuff|everything|prod|production)\\s+(?:breaks|goes down|falls over|dies|catches fire|crashes)\\b`),
  // A judging word inside the person reference: "a careless admin left port 22 open".
  f('judgement-adjective', P, { check: (_m, _r, _w, orig) => JUDGED_PERSON.test(orig), needs: JUDGED_PERSON }),
  // "Human error" as a cause.
  f('human-error', `${P}\\s+(?:error|mistake)s?\\b`, { check: (m) => /^§¤*$/.test(m.split(/\s/)[0] ?? '') }),
  f('human-error', '\\b(?:human|operator|user|pilot|personnel|people|staff|employee|engineer|manual)\\s+(?:error|mistake|failure|fault|negligence|slip)s?\\b(?!\\s+(?:budget|rate|handling|message))'),
  // Round 38: any trade or post WordNet holds as a person only, as the maker of an error ("mechanic error", "technician
  // error", "crew error"); a thing's word before "error" stays a thing ("parser error", "disk error").
  f('human-error', '\\b[a-z][a-z-]{2,20}\\s+(?:error|mistake|negligence)s?\\b(?!\\s+(?:budget|rate|handling|message|codes?|logs?|pages?|count|states?))', {
    needs: /\b[a-z][a-z-]{2,20}\s+(?:error|mistake|negligence)/,
    check: (m, rest) => personOnly(m.split(/\s/)[0] ?? '') && !ERROR_AS_MODIFIER.test(rest),
  }),
  ...ROUND19_FORMS,
  ...ROUND20_FORMS,
  ...ROUND21_FORMS,
  ...ROUND22_FORMS,
  ...CALLOUT_FORMS,
  ...ROUND28_FORMS,
  ...ROUND29_FORMS,
  ...ROUND39_FORMS,
];

/** Forms that span two clauses: "X should check the replication, but he did not." */
export const ACROSS_CLAUSES: readonly FormPattern[] = [
  // Insinuation with a person in the text: "Dimitri wrote the hotfix. Draw your own conclusions."
  f('sarcasm', "\\b(?:draw your own conclusions?|make of (?:that|this|it) what you (?:will|like|want)|says it all|tells you (?:everything|all you need to know)|need I say more|enough said|I rest my case|go figure|speaks for itself|let that sink in|you do the math|you can guess the rest)\\b", {
    check: (_m, _r, whole) => /[§π]/.test(whole),
    needs: /conclusion|what you|says it all|tells you|say more|enough said|rest my case|go figure|speaks for|sink in|do the math|guess the rest/i,
  }),
  // The system cleared and a person named instead: "It was not the system that failed; it was the people running it."
  f('caused-by-person', `\\bnot\\s+(?:the\\s+|a\\s+|our\\s+|some\\s+)?(?:system|process|tool|tooling|software|code|platform|technology|tech|design|monitoring|hardware|machines?|network|infrastructure|config|configuration|pipeline|automation)s?\\b[^.!?]{0,40}?(?:[;,—–]|\\bbut\\b)\\s*(?:it\\s+(?:was|is)\\s+|the (?:problem|fault|issue|cause) (?:was|is)\\s+)?(?:${PX}|the\\s+(?:people|humans|staff|operators|engineers|team)\\b)`, { needs: /\bnot\b/i }),
  // A person's word or duty, then a bare denial closing the text: "He said he'd tested it. He hadn't.", "… had one job: watch the lag. She didn't."
  f('contradicted', `${P}\\s+${ADV}(?:said|says|claimed|claims|insisted|promised|swore|assured|told|confirmed|reported|was (?:supposed|meant|asked|told) to|had one job|had to)\\b[^.!?]{0,160}[.!?]\\s+(?:${P}|it|that|this)\\s+(?:had|has|was|were|did|does|is|are|could|would)(?:n't|n’t|\\s+not|\\s+never)(?:\\s+been)?(?:\\s+(?:even|yet|remotely|actually|close)(?:\\s+[\\w-]+){0,2})?(?:\\s*,\\s*and\\s+(?:§¤*|he|she|they)\\s+knew(?:\\s+it)?)?\\s*[.!]?\\s*$`, { needs: /n't|n’t|\bnot\b|\bnever\b/i }),
  // "Root cause: Tom, obviously.", "The root cause was the intern.": a person as the whole cause.
  f('fault-noun', `(?:^|[.;]\\s*)(?:(?:fault|at fault|culprit|to blame|who is to blame|blame|responsible party|(?:root\\s+|real\\s+|main\\s+)?cause)\\s*:|(?:the\\s+)?(?:root|real|main|actual|underlying)\\s+cause\\s+(?:is|was|here was|here is))\\s*(?:the\\s+)?${P}(?:\\s*[.;!]|\\s*$|\\s+(?:again|as usual)|,\\s*(?:obviously|clearly|of course|frankly|again|as usual|as always|plain and simple|full stop|period)\\s*[.!]?\\s*$)`),
  f('should-have', `${P}\\s+${ADV}should\\s+(?!have\\b|be\\b)\\w+[^.;]{0,80}?,?\\s+but\\s+(?:§¤*|he|she|they)\\s+(?:did(?:n't| not)|never|forgot|didn't)\\b`),
  ...ROUND20_ACROSS,
];
