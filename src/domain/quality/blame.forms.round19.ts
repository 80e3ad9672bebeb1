import { ADV, f, P, POSS, type FormPattern } from './blame.forms.base.ts';

/*
 * Round 19 forms of blame (issue 16), each a small pattern over a clause with person references masked (§¤¤¤), bounded
 * repetition only, with a cheap word test (`needs`). They close blame.forms.ts's FORMS.
 */

/** Acts a person does at a keyboard or a console, told as the whole cause ("the root cause is that X ran the job twice"). */
const ACT_PAST =
  'ran|run|executed|pushed|force-pushed|deployed|merged|deleted|dropped|truncated|wiped|applied|typed|entered|skipped|forgot|ignored|missed|approved|uploaded|re-uploaded|clicked|restarted|rebooted|changed|edited|disabled|turned off|switched off|misconfigured|overwrote|copied|pasted|released|shipped|triggered|imported|exported|reindexed|flashed|mistyped|fat-fingered|bypassed|overrode';

export const ROUND19_FORMS: readonly FormPattern[] = [
  // A person's act as the whole cause: "The root cause is that Oksana ran the reindex against the wrong region."
  f('caused-by-person', `\\b(?:root|real|actual|underlying|main|true)\\s+cause\\s+(?:here\\s+|of (?:this|the \\w+)\\s+)?(?:is|was)\\s+(?:simply\\s+|just\\s+|plainly\\s+)?that\\s+${P}\\s+${ADV}(?:${ACT_PAST})\\b`, {
    weak: true,
    needs: /\bcause\b[^.;]{0,40}\bthat\b/i,
  }),
  // The emphatic omission: "… and then went offline without checking a single ticket", "without so much as reading the diff".
  f('omission-verb', `${P}\\s+[^.;§]{0,160}?\\bwithout\\s+(?:(?:even|once|ever)\\s+)?(?:so much as\\s+)?(?:checking|looking at|reading|testing|opening|verifying|glancing at|telling|asking|informing|warning|answering)\\s+(?:a single|one single|even (?:a|one)|a solitary)\\b`, {
    needs: /\bwithout\b[^.;]{0,40}\b(?:single|so much as|even (?:a|one)|solitary)\b/i,
  }),
  f('omission-verb', `${P}\\s+[^.;§]{0,160}?\\bwithout\\s+(?:so much as|even)\\s+(?:checking|looking at|reading|testing|opening|verifying|glancing at|telling|asking|informing|warning)\\b`, {
    needs: /\bwithout\s+(?:so much as|even)\b/i,
  }),
  // The evidence was there "for anyone who bothered to look": nobody did, and it was their duty.
  f('sarcasm', `\\bfor\\s+${P}\\s+(?:who|that)\\s+(?:had\\s+)?(?:bothered|cared|took the (?:time|trouble)|could be bothered)\\s+to\\s+(?:look|check|read|ask|scroll|open|search|glance)\\b`, {
    check: (_m, _r, whole, orig) => /\b(?:anyone|anybody|whoever)\b/i.test(orig) && !/\b(?:thanks?|thank you|grateful|prize|reward)\b/i.test(whole),
    needs: /\b(?:anyone|anybody)\s+(?:who|that)\s+(?:had\s+)?(?:bothered|cared|took the|could be)/i,
  }),
  // One group told to check what another does: "Senior people need to double-check what juniors push."
  f('caused-by-person', `${P}(?:\\s+(?:people|staff|engineers|folks|devs|developers|members))?\\s+(?:(?:now|really|clearly|simply|just)\\s+)?(?:need|needs|must|should|have to|has to|will have to|ought to)\\s+(?:to\\s+)?(?:double-check|double check|re-check|recheck|check|review|watch|supervise|babysit|keep an eye on|sign off on|vet|look over)\\s+(?:what|everything|whatever|anything|all)\\s+(?:that\\s+)?(?:${P}|(?:the\\s+|our\\s+)?(?:juniors|interns|new hires|trainees|contractors|newcomers|graduates|temps|new starters))\\s+(?:\\w+\\s+)?(?:push|pushes|do|does|write|writes|merge|merges|deploy|deploys|ship|ships|submit|submits|touch|touches|change|changes|commit|commits|send|sends|run|runs)\\b`, {
    needs: /\b(?:check|review|watch|supervise|babysit|eye on|sign off|vet|look over)\s+(?:what|everything|whatever|anything|all)\b/i,
  }),
  // The formal nominalisation of a person's lapse: "the non-adherence of the implementer to the plan", "the approver's non-observance of …".
  f('failure-to', `\\bnon-?(?:adherence|observance|completion|compliance|conformance|attendance|application|performance)\\s+(?:by|of)\\s+${P}|${POSS}\\s+non-?(?:adherence|observance|completion|compliance|conformance|attendance|application)\\b`, {
    needs: /\bnon-?(?:adherence|observance|completion|compliance|conformance|attendance|application|performance)\b/i,
  }),
  // Diplomatic hindsight: "With the benefit of hindsight, the approver might have paused …", "… would perhaps have been better advised to …".
  f('should-have', `${P}\\s+(?:might|could|would|may)\\s+(?:(?:perhaps|arguably|usefully|well|possibly|conceivably)\\s+)?have\\s+(?:been\\s+(?:better|well|wiser)\\s+advised\\s+to|(?:(?:perhaps|usefully|first)\\s+)?(?:paused|stopped|asked|checked|questioned|consulted|read|waited|verified|confirmed|escalated|queried|double-checked|looked))\\b`, {
    needs: /\b(?:hindsight|looking back|in retrospect|on reflection|better advised|well advised|wiser)\b/i,
  }),
  // "could have just …" about a person: "The coordinator could have just followed the binder."
  f('should-have', `${P}\\s+${ADV}could(?:'ve|’ve|\\s+have)\\s+(?:just|simply)\\s+(?!been\\b|had\\b|known\\b)\\w+`, { weak: true, needs: /\bcould(?:'ve|’ve|\s+have)\s+(?:just|simply)\b/i }),
  // A habit of fault: "As has become customary, the approver signed … without …", "Yet again the team loaded unvalidated files".
  f('sarcasm', `(?:^|[,;]\\s*)(?:yet again|once again|as usual|as always|as has become (?:customary|usual|the norm|traditional)|true to form|predictably|as ever),?\\s+${P}\\s+(?:\\w+\\s+){0,2}?\\w+ed\\b`, {
    check: (_m, rest, _w, orig) => /\b(?:without|un\w+ed|wrong|late|ignored|forgot|skipped|missed|never|no)\b/i.test(orig + rest.slice(0, 120)),
    needs: /\b(?:yet again|once again|as usual|as always|customary|true to form|predictably|as ever)\b/i,
  }),
  // First-person self-blame in formal words: "I let the team down by not escalating …".
  f('failure-to', `\\bI\\s+(?:really\\s+|badly\\s+)?let\\s+(?:§¤*|the\\s+(?:[\\w-]+\\s+){0,2}[\\w-]+|everyone|everybody|you(?:\\s+all)?|us|my\\s+\\w+|them|our\\s+\\w+)\\s+down\\b`, { needs: /\blet\b[^.;]{0,40}\bdown\b/i }),
  // An editorial timeline row: "§ strolls in, 65 minutes late", "§ graces the bridge with his presence".
  f('sarcasm', `${P}\\s+(?:finally\\s+|eventually\\s+)?(?:strolls?|strolled|saunters?|sauntered|ambles?|ambled|wanders?|wandered)\\s+(?:in|into|onto|on to|back)\\b|${P}\\s+(?:finally\\s+)?(?:graces?|graced)\\s+[^.;§]{0,30}?\\bwith\\s+(?:his|her|their|π¤*)\\s+presence\\b`, {
    needs: /\b(?:stroll|saunter|amble|wander|grace)/i,
  }),
];
