import { BAD_OUTCOME, DAMAGE_ING, FAULT_NOUNS, GOOD_OUTCOME, JUDGE_ADJ, VIRTUE_ADJ } from './blame.lexicon.ts';
import { ADV, f, NOT_OBJECT, P, POSS, PX, REL, type FormPattern } from './blame.forms.base.ts';
import { REPORTED_DOUBT } from './blame.forms.speech.ts';

/*
 * Indirect blame (issue 16, fifth round): the forms a writer uses when the judgement is not said
 * outright, each written as a structure around a person reference and a damaging act, not as the
 * labelled sets' phrases — understatement (a virtue denied by degree, "not his finest hour", a
 * euphemism frame around a person's conduct), irony (an ironic adverb or mock praise before a
 * person's act with a damaging outcome, scare quotes around what a person did, "thought … was a good
 * idea"), blame inside a subordinate clause ("…, whose careless edit …", "X, ignoring the freeze, …",
 * "… kept the fix to herself"), decisions of executives as the cause ("the COO's decision to … is the
 * real root cause", "over the team's objections"), chat register (a chat marker with a person and a
 * damaging act; "pretty sure it was X again") and metaphors of inattention or haste with a person as
 * subject. Every pattern uses bounded repetition only; each has a cheap word test (`needs`).
 */

/** A damaging act or outcome near the person: the outcome words, a careless cue, a destructive command, a secret exposed, scare quotes. */
const DESTRUCTIVE = /\b(?:drop\s+(?:table|database|schema)|truncate\s+table|rm\s+-rf|delete\s+from|force[- ]push(?:ed)?|push\s+(?:-f|--force))\b/i;
const SECRET_EXPOSED = /\b(?:print(?:ed|ing)?|post(?:ed|ing)?|past(?:ed|ing)|shar(?:ed|ing)|email(?:ed|ing)|hard-?cod(?:ed|ing)|commit(?:ted|ting)|tweet(?:ed|ing)|read(?:ing)? out)\b[^.;]{0,40}?\b(?:passwords?|credentials?|secrets?|api keys?|tokens?|private keys?|pins?)\b|\b(?:passwords?|credentials?|secrets?|api keys?|private keys?)\b[^.;]{0,30}?\b(?:on|in|into)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:rota|wiki|channel|slack|ticket|app|repo|spreadsheet|whiteboard|email|chat)\b/i;
const SCARE = /["“‘'][^"”’'\s][^"”’']{0,30}["”’']/;
/** Harm done, in the past or as a verdict ("broke", "took checkout down", "again", "last time"): narrower than BAD_OUTCOME, whose "fail" or "peak" also describe plans. */
const HARM = /\b(?:again|last time|broke|broken|took (?:\w+ )?down|brought (?:\w+ )?down|knocked (?:\w+ )?out|wiped|corrupt\w*|outage|failed|crash(?:ed|ing)|lost|deleted|dropped|leaked|exposed|double-charged|went down|fell over|lapsed|expired|pulled|rejected|declined|gone|stranded|locked out|without|untested|unreviewed|anyway|regardless|despite|mistakenly|accidentally|wrong)\b/i;
const damaging = (text: string): boolean => HARM.test(text) || DESTRUCTIVE.test(text) || SECRET_EXPOSED.test(text) || SCARE.test(text);
/** The clause up to its end: what follows a match inside the same clause. */
const clauseOf = (rest: string): string => rest.split(/[;.!?]/, 1)[0] ?? '';
const VIRTUE = `(?:${VIRTUE_ADJ})`;
const DAMAGE_AFTER_FOR = new RegExp(`\\bfor\\s+(?:${DAMAGE_ING})\\b`, 'i');
const DEGREE = '(?:(?:just|perhaps|maybe|possibly)\\s+)?(?:a\\s+(?:touch|tad|shade|smidge|trifle|lot|bit|little|wee bit|good deal|great deal)|slightly|somewhat|marginally|rather|much|far|way|considerably|significantly|a fair bit|substantially)\\s+';
/** Frames that soften a judgement: "to put it kindly", "could charitably be described as", "a little on the light side". */
const EUPHEMISM =
  '(?:to put it (?:kindly|mildly|politely|charitably|generously|gently|diplomatically|nicely)|(?:charitably|generously|kindly|politely|diplomatically|optimistically)\\s+(?:be\\s+)?(?:described|called|characteri[sz]ed|termed|labelled|labeled)|to be (?:kind|charitable|generous|diplomatic|polite)|(?:a\\s+(?:little|bit|touch|tad)\\s+|somewhat\\s+|rather\\s+)on the (?:light|thin|optimistic|hasty|quick|casual|loose|brief|relaxed|cavalier|generous) side)';
const IRONIC_OPENER = '(?:(?:because|and)\\s+)?(?:of course|naturally|predictably|needless to say|surprise,? surprise|obviously|unsurprisingly|as expected|inevitably)';
const THANKS_OPENER =
  '(?:thanks|thank you|cheers|kudos|props|hats off|shout-?outs?|applause|a round of applause|(?:huge|big|special|many|massive|heartfelt)\\s+thanks)(?:\\s+(?:ever so much|so much|very much|a ton|a heap|a lot|a bunch|a million|again))?';
/** Acts in the -ing form that hold something back or let it rot: "for sitting on the notice", "for dragging their feet". */
const STALL_ING = '(?:sitting on|sleeping on|dragging|stalling|stonewalling|ghosting|holding up|blocking|delaying|tidying up|cleaning up|"?helping"?|simplifying|optimi[sz]ing|streamlining|improving)';
const PRAISE_WORD = '(?:genius|brilliant|great|clever|smart|stellar|masterful|inspired|fantastic|excellent|bold|ingenious|galaxy-brain(?:ed)?|big-brain(?:ed)?)';
const INATTENTION =
  '(?:napping|asleep|dozing|snoozing|sleeping|nodding off)\\s+at\\s+the\\s+(?:helm|wheel|switch|controls|tiller|console|post)|sleepwalking|on autopilot|on auto-pilot|on cruise control|missing in action|AWOL|MIA|asleep on the job|playing (?:with fire|fast and loose|russian roulette|roulette|cowboy|hero)|flying blind|winging it|making it up as (?:he|she|they|π¤*|§¤*) went';
const CHAT_MARKER = /(?:^|[\s(])(?:lol|lmao|lmfao|rofl|smh|bruh|ffs|wtf|ugh|omfg|jfc|welp|yikes|oof|sigh|facepalm|:facepalm:|:eyeroll:|:roll_eyes:|:eyes:|:clown:|:clown_face:|:skull:|👀|🤦(?:‍♂️|‍♀️)?|🙄|🤡|💀|😤|🔥)(?=$|[\s,.!)])/i;
/** Chat emoji and shortcodes of contempt, dismay or side-eye: the chat markers, and eyes, clown, upside-down face. */
const CHAT_CONTEMPT = /(?:^|[\s(])(?::eyes:|:clown(?:_face)?:|:upside_down(?:_face)?:|:skull:|:facepalm:|:eyeroll:|:roll_eyes:|👀|🤡|🙃|💀|🤦(?:‍♂️|‍♀️)?|🙄)(?=$|[\s,.!)])/i;
const SYMPATHY = /\b(?:poor|sorry for|feel for|props to|ty|thank|thanks|kudos|shout-?out|hero|legend|mvp)\b|🙏|❤️|👏/i;

export const INDIRECT_FORMS: readonly FormPattern[] = [
  // Round 15: people who acted likened to children or a blunder ("kept hammering the retry button like toddlers").
  f('contempt', `\\b(?:[a-z]{3,20}ed|kept\\s+[a-z]{3,20}ing|[a-z]{3,20}ing)\\s+(?:[\\w'’§π¤-]{1,30}\\s+){0,5}?like\\s+(?:a\\s+|some\\s+|little\\s+)?(?:toddlers|children|kids|babies|amateurs|cavemen|monkeys|headless\\s+chickens|(?:a\\s+)?bulls?\\s+in\\s+a\\s+china\\s+shop)\\b`, {
    raw: true,
    needs: /\blike\s+(?:a\s+|some\s+|little\s+)?(?:toddlers|children|kids|babies|amateurs|cavemen|monkeys|headless\s+chickens|(?:a\s+)?bulls?\s+in)\b/i,
  }),
  // Understatement: a virtue denied by degree ("could have been a touch more careful"), "not his finest hour", "not at her most attentive".
  f('should-have', `${P}${REL}\\s+${ADV}(?:could|should|might)(?:'ve|’ve|\\s+have)\\s+been\\s+${DEGREE}more\\s+${VIRTUE}\\b`, { needs: new RegExp(VIRTUE, 'i') }),
  f('judgement-adjective', `\\b(?:not|hardly|scarcely|far from)\\s+(?:exactly\\s+|quite\\s+)?${POSS}\\s+(?:finest|best|proudest|brightest|greatest|strongest|sharpest)\\s+(?:hour|moment|day|night|work|performance|effort|showing|shift|decision|call)\\b`, { needs: /finest|best|proudest|brightest|greatest|strongest|sharpest/i }),
  f('judgement-adjective', `${P}${REL}\\s+${ADV}(?:was|were|is|are|had been|has been)(?:n't|\\s+not)\\s+(?:exactly\\s+|quite\\s+)?at\\s+(?:π¤*|§¤*(?:'s|’s))\\s+(?:most\\s+${VIRTUE}|best|sharpest|finest)\\b`, { weak: true, needs: /\bat\s+\S+\s+(?:most|best|sharpest|finest)\b/i }),
  // A euphemism frame around a person or their conduct: "X's testing could charitably be described as optimistic", "the review was, to put it kindly, a little on the light side".
  f('judgement-adjective', EUPHEMISM, {
    person: true,
    needs: /put it|charitabl|generous|kindly|politely|diplomatic|optimistically|to be kind|to be polite|on the \w+ side/i,
    check: (_m, rest, whole) => /[§π]/.test(whole) && !GOOD_OUTCOME.test(clauseOf(rest)),
  }),
  // Irony: an ironic opener before a person's act with a damaging outcome ("Naturally, our fearless leader approved the change from the beach").
  f('sarcasm', `(?:^|[.!,;]\\s*)${IRONIC_OPENER}[,!]?\\s+(?:[\\w'’-]+\\s+){0,4}?${P}${REL}\\s+(?!(?:was|were|got|had been|has been)\\s+\\w+ed\\b)(?:\\w+\\s+){0,3}?\\w+`, {
    needs: /of course|naturally|predictably|needless|surprise|obviously|unsurprisingly|as expected|inevitably/i,
    check: (m, rest) => {
      const act = m + clauseOf(rest);
      return (damaging(act) || /\b(?:also|himself|herself|themselves|own|from the (?:beach|pub|pool|airport|plane|golf course|bar))\b/i.test(act)) && !GOOD_OUTCOME.test(act);
    },
  }),
  // "Because obviously the best time for Glen to test … was Black Friday": an ironic superlative about when or where a person acted.
  f('sarcasm', `\\b(?:obviously|clearly|of course|naturally|apparently|evidently|because)\\s+(?:the\\s+)?(?:best|perfect|ideal|obvious|right|smartest|natural|logical|sensible)\\s+(?:time|place|moment|day|way|venue|week|hour|night|window)\\s+(?:for\\s+${P}\\s+)?to\\b`, {
    needs: /\b(?:best|perfect|ideal|obvious|right|smartest|natural|logical|sensible)\s+(?:time|place|moment|day|way|venue|week|hour|night|window)\b/i,
    check: (_m, _r, whole) => /[§π]/.test(whole),
  }),
  // Thanks or praise for a person's act that damaged or stalled something ("Thanks ever so much, legal, for sitting on the notice until …").
  f('sarcasm', `(?:^|[.!;]\\s*)${THANKS_OPENER}\\b[^.;]{0,40}?${PX}[^.;]{0,40}?\\bfor\\s+(?:${STALL_ING}|\\w+ing)\\b`, {
    needs: /thank|cheer|kudo|props|hats off|shout|applause/i,
    check: (m, rest) => {
      const act = m.slice(m.search(/\bfor\s/i)) + clauseOf(rest);
      return (damaging(act) || DAMAGE_AFTER_FOR.test(act) || new RegExp(`\\bfor\\s+${STALL_ING}\\b[^.;]{0,80}\\b(?:until|till|for (?:a|two|three|\\d+) (?:days?|weeks?|months?))\\b`, 'i').test(act)) && !GOOD_OUTCOME.test(act);
    },
  }),
  // Mock praise of a person's move: "Brilliant move by the regional manager, printing the admin password on the rota", "genius idea from …".
  f('sarcasm', `\\b(?:(?:a|what a|another)\\s+)?${PRAISE_WORD}\\s+(?:move|idea|plan|decision|call|stroke|touch|thinking|strategy)(?:\\s+there)?,?\\s+(?:by|from|of)\\s+${PX}`, {
    needs: new RegExp(`\\b${PRAISE_WORD}\\s+(?:move|idea|plan|decision|call|stroke|touch|thinking|strategy)\\b`, 'i'),
    check: (m, rest) => !GOOD_OUTCOME.test(clauseOf(rest)) && (/\bgenius|galaxy|big-brain/i.test(m) || damaging(clauseOf(rest))),
  }),
  // "Whoever on the mobile team thought hard-coding the key was a clever idea", "… decided a day of logs was "plenty"": a person's idea called good, ironically, or in scare quotes.
  f('sarcasm', `(?:${P}|\\bwho(?:ever)?)\\s+(?:[\\w'’-]+\\s+){0,4}?(?:thought|decided|figured|reckoned|felt|assumed)\\s+(?:that\\s+)?[^.;?]{1,80}?\\s+(?:was|were|would be|is)\\s+(?:(?:a|an)\\s+(?:\\w+\\s+)?(?:good|great|clever|bright|smart|brilliant|fine|fun|genius|wise|sensible|neat)\\s+(?:idea|plan|move|place|time)\\b|["“‘'][^"”’'\\s][^"”’']{0,30}["”’'])`, {
    person: false,
    needs: /\b(?:good|great|clever|bright|smart|brilliant|fine|fun|genius|wise|sensible|neat)\s+(?:idea|plan|move|place|time)\b|\b(?:was|were|is|be)\s+["“‘'][^"”’'\s]/i,
    check: (_m, rest, whole) => /[§π]/.test(whole) && !/^[^.;]{0,60}\b(?:and (?:it|that|we|they) (?:was|were|agreed|did|worked)|rightly|agreed|it worked|turned out (?:to be )?right|paid off)\b/i.test(rest),
  }),
  // "Nice to see the security team finally noticed the cert; only took a full day": belated action, ironically welcomed.
  f('sarcasm', `\\b(?:nice|good|great|lovely|glad|wonderful|reassuring)\\s+to\\s+(?:see|know|hear)\\s+(?:that\\s+)?${P}\\s+(?:\\w+\\s+)?(?:finally|eventually|at last)\\b`, {
    needs: /finally|eventually|at last/i,
    check: (_m, _r, whole) => /\bonly took\b|\btook (?:a |an |the )?(?:full |whole |entire )?(?:\w+ )?(?:days?|weeks?|hours?|months?|morning|afternoon)\b|\bafter (?:a|an|two|three|four|five|six|\d+|the (?:whole|entire))\b|\btoo late\b/i.test(whole),
  }),
  // Scare quotes around what a person did: "Kevin's 'tiny CSS tweak'", "Ravi 'optimised' the query".
  f('sarcasm', `${POSS}\\s+["“‘'][^"”’'\\s][^"”’']{0,30}["”’']`, { needs: /(?:^|\s)["“‘']\S/, check: (_m, rest, whole) => damaging(whole.replace(/["“‘'][^"”’'\s][^"”’']{0,30}["”’']/g, ' ')) && !GOOD_OUTCOME.test(clauseOf(rest)) }),
  f('sarcasm', `${P}\\s+${ADV}["“‘'][\\w-]+(?:ed|t)(?:\\s+up)?["”’']`, { needs: /\s["“‘']\w/, check: (_m, rest) => !GOOD_OUTCOME.test(clauseOf(rest)) }),
  // Ironic adverbs on a person's act with a damaging outcome: "Tom helpfully deleted the 'unused' topics".
  f('sarcasm', `${P}\\s+(?:\\w+\\s+)?(?:heroically|bravely|valiantly|boldly|courageously|masterfully|expertly|deftly|cleverly|helpfully|thoughtfully|kindly|generously|wisely|brilliantly)\\s+\\w+`, {
    needs: /heroically|bravely|valiantly|boldly|courageously|masterfully|expertly|deftly|cleverly|helpfully|thoughtfully|kindly|generously|wisely|brilliantly/i,
    check: (m, rest) => damaging(m + clauseOf(rest)) && !GOOD_OUTCOME.test(m + clauseOf(rest)),
  }),
  // Blame in a subordinate clause on the person: "Ingrid, whose careless edit started it, …", "the engineer, whose mistake it was".
  f('possessive-judgement', `${NOT_OBJECT}${P},?\\s+whose\\s+(?:own\\s+)?(?:[\\w-]+\\s+)?(?:${JUDGE_ADJ}|${FAULT_NOUNS})\\b`, { needs: /\bwhose\b/i }),
  // A participle clause of defiance on the person: "Viktor, ignoring the freeze he himself announced, made the push".
  f('omission-verb', `${P},\\s+(?:\\w+\\s+)?(?:ignoring|disregarding|bypassing|skipping|overriding|brushing aside|waving off|in defiance of|against)\\s+(?:the|our|a|an|every|all|π¤*|§¤*(?:'s|’s))\\s+(?:[\\w'’-]+\\s+){0,2}?(?:freeze|policy|process|procedure|checklist|rules?|runbook|objections?|advice|instructions?|warnings?|protocol|sign-?off|change window|review|guidance)\\b`, { weak: true, needs: /,\s+(?:\w+\s+)?(?:ignoring|disregarding|bypassing|skipping|overriding|brushing|waving|in defiance|against)\b/i }),
  // Withholding: "since Harriet kept the fix to herself for most of the morning".
  f('omission-verb', `${P}\\s+${ADV}(?:kept|keeps|keep|held|holds)\\s+(?:[\\w'’-]+\\s+){1,4}?to\\s+(?:himself|herself|themselves|themself|π¤*self)\\b`, { weak: true, needs: /selves|self\b/i }),
  // The outcome, then the person who caused it in a relative clause: "the outage, which Zoltan triggered by …".
  f('caused-by-person', `\\b(?:outage|incident|failure|breach|loss|downtime|mess|crash|corruption|leak|disaster)\\s*,?\\s+(?:which|that)\\s+${P}\\s+${ADV}(?:caused|triggered|started|introduced|created|set off|kicked off)\\b`, { needs: /caused|triggered|started|introduced|created|set off|kicked off/i }),
  // An executive's (or anyone's) decision as the cause: "Our COO's decision to let go of the only DBA is the actual root cause".
  f('caused-by-person', `${POSS}\\s+(?:[\\w-]+\\s+)?(?:decision|demand|insistence|order|orders|call|choice|push|refusal|directive|instruction|mandate|veto|ultimatum)\\b[^.;]{0,120}?\\b(?:(?:is|was)\\s+(?:\\w+\\s+)?the\\s+(?:actual|real|true|root|underlying|main|only)\\s+(?:root\\s+)?cause|made\\s+(?:[\\w-]+\\s+){0,4}?(?:inevitable|certain|unavoidable|a certainty|likely)|caused|triggered|led (?:directly )?to|resulted in|(?:is|was) why)\\b`, {
    needs: /(?:'s|’s|\bhis|\bher|\btheir)\s+(?:[\w-]+\s+)?(?:decision|demand|insistence|orders?|call|choice|push|refusal|directive|instruction|mandate|veto|ultimatum)\b/i,
    check: (m, rest) => !GOOD_OUTCOME.test(m + clauseOf(rest)) && (/cause|inevitable|certain|unavoidable|likely/i.test(m.slice(-40)) || BAD_OUTCOME.test(m.slice(m.search(/caused|triggered|led|resulted|why/i)) + clauseOf(rest))),
  }),
  // Overruling the people who warned: "pushed the launch through over engineering's objections", "overruled the freeze".
  f('defiance', `${P}\\s+(?:[\\w'’-]+\\s+){1,6}?over\\s+(?:the\\s+|our\\s+|π¤*\\s+|§¤*(?:'s|’s)\\s+|[\\w-]+(?:'s|’s)\\s+)?(?:[\\w-]+\\s+)?(?:objections?|warnings?|concerns|protests?|advice|heads)\\b`, { needs: /\bover\s+(?:\S+\s+){0,3}?(?:objections?|warnings?|concerns|protests?|advice|heads)\b/i }),
  f('defiance', `${P}\\s+${ADV}(?:overruled|overrode|vetoed|waved away|brushed aside|dismissed|ignored)\\s+(?:the|our|π¤*|§¤*(?:'s|’s)|[\\w-]+(?:'s|’s))\\s+(?:[\\w-]+\\s+)?(?:freeze|objections?|warnings?|concerns?|advice|recommendation|safety|risk assessment|no-go)\\b`, { weak: true, needs: /overruled|overrode|vetoed|waved away|brushed aside|dismissed|ignored/i }),
  f('sole-responsibility', `${P}\\s+(?:alone\\s+|fully\\s+|personally\\s+|squarely\\s+)?(?:owns|owned)\\s+(?:this|that)\\s+(?:\\w+\\s+)?(?:outage|incident|failure|mess|disaster|one|loss|breach|fiasco)\\b(?!['’]|\\s+(?:review|response|follow|report|retro|write|doc|action|post))`, { needs: /\bown(?:s|ed)\b/i }),
  // Chat register: "pretty sure it was dev-jake again", "who yolo'd terraform apply on prod".
  f('caused-by-person', `\\b(?:pretty sure|i bet|bet you|guess who|of course|obviously|ofc|naturally|surprise,? surprise|as usual)\\b,?\\s+(?:it\\s+(?:was|is)|it's|it’s|that\\s+was|that's|that’s)\\s+${P}`, {
    needs: /\b(?:pretty sure|i bet|bet you|guess who|of course|obviously|ofc|naturally|surprise|as usual)\b,?\s+(?:it|that)\b/i,
    check: (_m, rest, whole) => !/^\s*,?\s*who\s+(?:fixed|restored|found|caught|spotted|saved|noticed|rolled)/i.test(rest) && (damaging(whole) || /\bagain\b/i.test(whole)),
  }),
  f('idiom', `(?:\\b(?:who|whoever|someone|somebody)|${P})\\s+(?:just\\s+|apparently\\s+)?(?:yolo(?:'d|’d|ed|s)?|cowboy(?:'d|’d|ed)|fat-?finger(?:ed|'d|’d))\\b`, { person: false, needs: /yolo|cowboy|finger/i }),
  f('contempt', P, {
    needs: CHAT_MARKER,
    check: (_m, _r, whole) => CHAT_MARKER.test(whole) && !SYMPATHY.test(whole) && (damaging(whole) || /\b(?:gone|nobody stopped|no one stopped|again|on prod|in prod)\b/i.test(whole)),
  }),
  // Metaphors of inattention or haste with a person as subject: "the release captain was napping at the helm", "left the blocks before the starting pistol".
  // Not `weak`: a reason after a metaphor ("… on autopilot since the spring") does not excuse it.
  f('idiom', `${P}${REL}\\s+${ADV}(?:(?:was|were|is|are|been|has been|had been|have been|seemed|went|kept)\\s+(?:\\w+\\s+)?)?(?:${INATTENTION})\\b`, {
    needs: /napping|asleep|dozing|snoozing|sleeping|nodding|sleepwalking|autopilot|auto-pilot|cruise control|missing in action|AWOL|MIA|playing|flying blind|winging|making it up/i,
  }),
  f('idiom', `${P}\\s+(?:[\\w'’-]+\\s+){1,8}?before\\s+the\\s+(?:starting\\s+)?(?:pistol|gun|whistle|bell|green light|go-ahead|go signal|flag|starter's (?:gun|pistol))\\b`, { needs: /\bbefore the (?:starting )?(?:pistol|gun|whistle|bell|green light|go-ahead|go signal|flag|starter)/i }),

  // Round 7 (issue 16): the forms the eleventh writer used most that the rules did not know, each a structure.
  // First-person self-blame: "I" is collective for every other form, but a first person with a fault verb, a judgement of
  // their own conduct or the fault taken on ("this one is on me", "my carelessness", "I was lazy with …", "I should have
  // checked …", "I forgot the batch runs at midnight"). "I restarted the database at 23:58" and "I should have been paged" stay clean.
  f('contempt', `\\b(?:this|that|it)(?:\\s+(?:one|incident|outage|mistake|miss|failure|mess))?(?:'s|’s|\\s+is|\\s+was)\\s+(?:all\\s+|entirely\\s+|squarely\\s+|completely\\s+)?on\\s+(?:me|us)\\b(?!\\s+to\\b)|\\b(?:my|our)\\s+(?:own\\s+)?(?:fault|carelessness|negligence|laziness|sloppiness|blunder|screw-?up|cock-?up|stupidity|bad)\\b(?![-‑]\\w|\\s+(?:tickets?|tree|injection|tolerance|domains?|codes?|handling|isolation|detection|logs?|reports?|queues?|model|workflow|process|path)\\b)`, {
    needs: /\bon (?:me|us)\b|\b(?:my|our)\s+(?:own\s+)?(?:fault|carelessness|negligence|laziness|sloppiness|blunder|screw|cock|stupidity|bad)\b/i,
    check: (_m, rest) => !/^\s*(?:for|to)\s+(?:the\s+)?(?:next|coffee|lunch|drinks|pizza|this round|round)/i.test(rest),
  }),
  f('contempt', `\\bI(?:\\s+(?:was|am|felt|feel|have been|had been)|'m|’m)\\s+(?:really\\s+|so\\s+|very\\s+|too\\s+|pretty\\s+|a\\s+bit\\s+)?(?:lazy|careless|sloppy|stupid|an idiot|negligent|reckless|complacent|dumb|hasty|an? (?:fool|muppet|numpty))\\b`, { needs: /\bI\b[^.;]{0,20}\b(?:lazy|careless|sloppy|stupid|idiot|negligent|reckless|complacent|dumb|hasty|fool|muppet|numpty)\b/ }),
  f('should-have', `\\bI\\s+(?:really\\s+|definitely\\s+|obviously\\s+)?(?:should(?:'ve|’ve|\\s+have)|ought\\s+to\\s+have)\\s+(?!been\\b|had\\b)(?:\\w+\\s+)?(?:checked|tested|read|looked|asked|waited|run|ran|verified|confirmed|reviewed|noticed|caught|known|double-checked|rolled|stopped|escalated|paused)\\b`, { needs: /\bI\s+(?:\w+\s+)?(?:should|ought)\b/ }),
  f('omission-verb', `\\bI\\s+(?:just\\s+|completely\\s+|totally\\s+|simply\\s+)?(?:forgot|ignored|overlooked|neglected|skimmed|skipped|didn't bother|did not bother|never bothered)\\b(?![^.;]{0,60}\\b(?:because|as|since) (?:the|it|no|nothing)\\b)`, { weak: true, needs: /\bI\s+(?:\w+\s+)?(?:forgot|ignored|overlooked|neglected|skimmed|skipped|didn't bother|did not bother|never bothered)\b/ }),
  // Round 38: the writer's own miss or haste told plainly ("I missed the comb plate damage", "I rushed the yaw calibration"),
  // and the writer singling themselves out for a careless act ("I was the one who approved the import without checking").
  f('omission-verb', `\\bI\\s+(?:just\\s+|completely\\s+|totally\\s+|simply\\s+)?(?:missed|rushed)\\s+(?:the|a|an|my|our|this|that|it|through)\\b(?![^.;]{0,60}\\b(?:because|as|since) (?:the|it|no|nothing)\\b)`, { weak: true, needs: /\bI\s+(?:\w+\s+)?(?:missed|rushed)\b/ }),
  f('contempt', `\\bI\\s+(?:was|am|'m|’m)\\s+the\\s+one\\s+(?:who|that)\\s+[^.;]{0,80}?\\b(?:without|skipped|forgot|missed|ignored|never|didn't|did not|wrong|untested|anyway)\\b`, { needs: /\bI\s+(?:was|am|'m|’m)\s+the\s+one\s+(?:who|that)\b/ }),
  // Passive-aggressive politeness: a courteous frame that says a person failed before ("Happy to walk X through the release process
  // again, since it apparently didn't stick", "With respect, some of us did read the handover note").
  f('sarcasm', `\\b(?:happy|glad|delighted|more than happy|always happy)\\s+to\\s+(?:walk|take|talk|run|show|explain|go\\s+over|go\\s+through)\\s+(?:[\\w'’-]+\\s+){0,3}?${PX}[^.;]{0,80}?\\b(?:again|one more time|once more|yet again|(?:a|the)\\s+(?:second|third|fourth)\\s+time)\\b`, { needs: /\b(?:happy|glad|delighted)\s+to\b/i }),
  f('sarcasm', `\\bwith\\s+(?:all\\s+)?(?:due\\s+)?respect,?\\s+(?:some\\s+of\\s+us|a\\s+few\\s+of\\s+us|those\\s+of\\s+us|the\\s+rest\\s+of\\s+us|others|some\\s+people)\\s+(?:did|do|actually|have|had|were|are|bothered)\\b`, { person: false, needs: /\bwith\s+(?:all\s+)?(?:due\s+)?respect\b/i }),
  f('sarcasm', `\\b(?:some\\s+of\\s+us|the\\s+rest\\s+of\\s+us|those\\s+of\\s+us\\s+who)\\s+(?:actually|did|do)\\s+(?:actually\\s+)?(?:read|check|checked|test|tested|follow|followed|bother|bothered|look|looked)\\b`, { person: false, needs: /\b(?:some|rest|those) of us\b/i }),
  // Sarcastic thanks whose act is harm by its setting or its praise: "Huge thanks to Sven for testing the draw script in production",
  // "Thank you, Yusuf, for bravely deploying … with zero reviewers", "Shoutout to X for the genius advice to 'just reboot it'",
  // "Cheers Aroha, the whole courier fleet loved having their bikes unassigned at lunch rush". Sincere thanks stay clean.
  f('sarcasm', `(?:^|[.!;]\\s*)${THANKS_OPENER}\\b[^.;]{0,40}?${PX}[^.;]{0,40}?\\bfor\\s+(?:(?:(?:[\\w'’-]+ly\\s+)?(?:testing|deploying|running|pushing|shipping|merging|releasing|trying|experimenting|changing|editing|patching|rolling out|migrating)\\b[^.;]{0,80}?\\b(?:in\\s+(?:production|prod)|on\\s+(?:production|prod|live)|with\\s+(?:zero|no|nil)\\s+(?:reviewers?|reviews?|tests?|testing|approvals?|sign-?offs?|checks?|warning|notice)))|(?:the|your|his|her|their|§¤*)\\s+(?:${PRAISE_WORD}\\s+)?(?:advice|idea|suggestion|tip|plan)\\b[^.;]{0,40}["“‘'])`, {
    needs: /thank|cheer|kudo|props|shout/i,
  }),
  f('sarcasm', `(?:^|[.!;]\\s*)${THANKS_OPENER}\\b,?\\s+${PX},?\\s+(?:the|our|all|every|everyone|everybody|§¤*)(?:\\b|(?=\\s))[^.;]{0,60}?\\b(?:loved|enjoyed|adored|appreciated|really appreciated|was thrilled|were thrilled|was delighted|were delighted)\\b`, {
    needs: /\b(?:loved|enjoyed|adored|appreciated|thrilled|delighted)\b/i,
    check: (m, rest) => {
      const act = m + clauseOf(rest);
      return (damaging(act) || /\bun\w{3,}ed\b|\b(?:at|during|mid)[- ](?:lunch|rush|peak|the rush|launch|final)\b/i.test(act)) && !/\b(?:new|faster|quicker|better|improved)\b/i.test(clauseOf(rest));
    },
  }),
  // A chat emoji of contempt after a person's act ("… merged straight to main again 💀", "who approved this 👀 …"): the marker
  // with a person (or "who" asking for one) and harm; not an emoji on a system alone, nor with thanks or sympathy.
  f('caused-by-person', `\\bwho\\s+(?:approved|merged|deployed|pushed|shipped|signed off on|ran|ok'?d|okayed|changed)\\s+(?:this|that|it)\\b`, {
    person: false,
    needs: /\bwho\s+(?:approved|merged|deployed|pushed|shipped|signed|ran|ok|changed)\b/i,
    check: (_m, _r, whole) => CHAT_CONTEMPT.test(whole) && !SYMPATHY.test(whole),
  }),
  ...REPORTED_DOUBT,
];

/** One test of every indirect form's words: a sentence without any of them skips the indirect forms at once. */
export const INDIRECT_GATE = new RegExp(INDIRECT_FORMS.map((p) => `(?:${p.needs!.source})`).join('|'), 'i');
