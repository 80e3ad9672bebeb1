import { ADV, f, P, type FormPattern } from './blame.forms.base.ts';

/*
 * Round 22 forms of blame (issue 16): the writer's editorial voice on a person's act (a timeline row that says "finally",
 * "eventually", "a mere three hours late"), an @mention that calls someone out, a rhetorical question that names who is
 * responsible, and a duty called optional for someone. Each is a small pattern over a clause with person references
 * masked (§¤¤¤), bounded repetition only.
 */

/** Acts of showing up or answering, which "finally" / "eventually" turn into a complaint about the wait. */
const LATE_ACT =
  '(?:decides?|answers?|responds?|replies|acknowledges?|shows?\\s+up|turns?\\s+up|wakes?\\s+up|picks?\\s+up|looks|reads|joins|notices|reacts|checks|opens|arrives|logs?\\s+(?:on|in)|gets?\\s+(?:round|around)\\s+to|calls?\\s+back|rolls?\\s+(?:in|back))';

export const ROUND22_FORMS: readonly FormPattern[] = [
  // "Kev finally bothers to look at the queue", "the vendor deigns to reply": doing one's job said as a favour.
  f('sarcasm', `(?<!\\b(?:if|whether|unless|when|until)\\s+)${P}\\s+${ADV}(?:finally\\s+|eventually\\s+|at\\s+last\\s+)?(?:bothers|bothered|deigns|deigned|condescends|condescended)\\s+to\\b`, { needs: /\b(?:bother(?:s|ed)|deign(?:s|ed)|condescend(?:s|ed)) to\b/i }),
  // "Dana finally decides to answer her radio", "ENG-0412 wakes up, eventually, and …": the writer's impatience with a
  // person's response, in the present of a timeline row or the past of an account.
  f('defiance', `${P}\\s+(?:finally|eventually|at\\s+long\\s+last)\\s+${LATE_ACT}\\b`, { needs: /\b(?:finally|eventually|at long last)\b/i }),
  f('defiance', `${P}\\s+${LATE_ACT}\\b[^.;§π]{0,30}?,\\s+(?:finally|eventually|at\\s+last)\\s*(?:,|$)`, { needs: /,\s+(?:finally|eventually|at last)\b/i }),
  // "Carrier engineer arrives on site, a mere three hours late", "tech shows up late no explanation".
  f('defiance', `${P}\\s+${ADV}(?:arrives?|arrived|shows?\\s+up|showed\\s+up|turns?\\s+up|turned\\s+up|joins|joined|rolls?\\s+in|rolled\\s+in|gets?\\s+there|got\\s+there)\\b[^.;§π]{0,40}?\\b(?:a\\s+mere\\s+[\\w-]+\\s+(?:minutes?|hours?)\\s+late|(?:hours?|minutes?)\\s+late|late,?\\s+(?:no|without|with\\s+no)\\s+(?:explanation|apology|excuse|word))`, { needs: /\blate\b/i }),
  // "DBA wakes up, apparently.", "pushes the tag without waiting for CI, as he does", "as per tradition": the writer's
  // aside closing the clause on a person's act (a comma before it; not "finally", which is often relief).
  f('defiance', `${P}\\s+[^.;§π]{0,100}?,\\s+\\*?(?:predictably|naturally|unsurprisingly|apparently|allegedly|eventually|as\\s+(?:expected|predicted|usual|ever|always|per\\s+tradition|is\\s+tradition|one\\s+does|(?:he|she|they)\\s+(?:does|do|did|always\\s+does|always\\s+do)))\\*?[\\s.!)|*_]*$`, {
    needs: /,\s+\*?(?:predictably|naturally|unsurprisingly|apparently|allegedly|eventually|as (?:expected|predicted|usual|ever|always|per tradition|is tradition|one does|he does|she does|they do))\b/i,
  }),
  // "On-call engineer, predictably, does not acknowledge", "Maarten (who else) kicks off the reindex on the primary".
  f('defiance', `${P}(?:,\\s+(?:predictably|unsurprisingly|as\\s+(?:expected|usual|ever|always)|yet\\s+again|once\\s+again),|\\s+\\((?:who\\s+else|predictably|naturally|as\\s+usual|again)\\??\\))\\s+\\w+`, { needs: /,\s+(?:predictably|unsurprisingly|as (?:expected|usual|ever|always)|yet again|once again),|\((?:who else|predictably|naturally|as usual|again)\??\)/i }),
  // "Nadia acks the page, 27 minutes after it fired", "Night shift notices, only two hours after the customers did".
  f('defiance', `${P}\\s+${ADV}(?:${LATE_ACT}|acks?|acknowledges?|notices|acts|moves)\\b[^.;§π]{0,40}?,?\\s+(?:a\\s+(?:leisurely|full|whole|mere)\\s+|only\\s+|just\\s+|some\\s+)?(?:\\d+|[a-z]+(?:-[a-z]+)?)\\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\\s+(?:after|later\\s+than)\\s+(?:it|the|everyone|everybody|customers|we|they|he|she|us|our)\\b`, { needs: /\b(?:min(?:ute)?s?|hours?|hrs?|days?) (?:after|later than)\b/i }),
  // "Nadia gets around to acknowledging the alert", "Ramp controller gets round to checking the stand plan".
  f('defiance', `${P}\\s+${ADV}(?:finally\\s+|eventually\\s+)?(?:gets?|got|getting)\\s+(?:a)?round\\s+to\\b`, { needs: /\bround to\b/i }),
  // "IC still nowhere to be seen", "the secondary is still not answering".
  f('omission-verb', `${P}\\s+(?:is\\s+|was\\s+)?still\\s+(?:nowhere\\s+to\\s+be\\s+(?:seen|found)|MIA|AWOL|not\\s+(?:answering|responding|picking\\s+up|online|on\\s+the\\s+call))\\b`, { needs: /\bstill (?:nowhere|MIA|AWOL|not)\b/i }),
  // "Who is responsible for tracking certificates if not the infrastructure team?": the answer the question insists on.
  f('rhetorical-question', `\\bwho(?:\\s+else)?\\s+(?:is|was|would\\s+be|should\\s+be|else\\s+is)\\s+(?:responsible|accountable|supposed\\s+to|meant\\s+to|in\\s+charge\\s+of|on\\s+the\\s+hook\\s+for)\\b[^?;]{0,80}?,?\\s+if\\s+not\\s+(?:the\\s+)?${P}`, { needs: /\bif not\b/i }),
  // "Apparently checking the bank portal is optional for payroll ops now": a duty called optional, ironically, for someone.
  f('sarcasm', `\\b(?:apparently|evidently|obviously|clearly|so|guess|seems)\\b[^.;?§π]{0,80}?\\b(?:is|are)\\s+(?:now\\s+|just\\s+|entirely\\s+|purely\\s+)?(?:optional|a\\s+suggestion|voluntary)\\s+(?:for|to)\\s+(?:the\\s+)?${P}`, { needs: /\b(?:optional|a suggestion|voluntary)\b/i }),
];

/** An @mention at the start (or after "cc" / "tagging") that calls the person out rather than asks for help. */
export const CALLOUT_FORMS: readonly FormPattern[] = [
  // "@ollie.b this is the second time your hotfix …", "cc @dev.k since your change is the reason we're writing this",
  // "@grace.h you were on point for the freeze and still merged", "@priya.s can you explain why you skipped the canary".
  f(
    'defiance',
    `^\\s*(?:(?:cc|tagging|ping(?:ing)?)\\s+)?${P}[,:]?\\s+(?:[^.;?§π]{0,40}?\\b(?:this\\s+is\\s+the\\s+(?:second|third|fourth|fifth|sixth|umpteenth|nth|\\d{1,2}(?:st|nd|rd|th))\\s+time|(?:since|because|as)\\s+your\\s+(?:[\\w-]+\\s+){0,2}?(?:is|was)\\s+(?:the\\s+)?(?:reason|cause|why)|(?:explain|justify|tell\\s+us)\\s+why\\s+you)\\b|you\\s+(?:were|are)\\b[^.;?§π]{0,60}?\\b(?:and|but)\\s+still\\b)`,
    { needs: /@[\w.-]/ },
  ),
];
