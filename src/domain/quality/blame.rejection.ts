/*
 * Rejections of blame read by structure (issue 16, round 11). The phrase list REJECTION (blame.patterns.ts) grew one
 * frame at a time; these readings cover whole classes, each over the masked sentence (§¤¤ a person, π¤ his / her /
 * their):
 *
 * - a person cleared: the person, then a fault denied ("§ did nothing wrong", "§ is not to blame", "§'s deploy was
 *   fine", "not an error on the part of §", "we are not treating this as π mistake");
 * - a blame reading reported, then corrected: a reading that is not the writer's assertion (someone else's, an
 *   earlier draft's, one the writer wanted, considered or will not write) followed by what corrects it ("…; the
 *   timeline shows …", "…, which we removed", "… and concluded that …", "for the record, …");
 * - blaming as the topic: "Blaming § would not …", "Calling this operator error misses …".
 *
 * Every pattern uses bounded repetition, so each test is linear in the sentence.
 */

import { exonerates } from './blame.exoneration.ts';

const PX = "[§π]¤*(?:['’]s)?";

/**
 * Round 15: a reading offered as someone's possible argument ("One could argue the on-call missed the alert", "You might
 * think § ignored it") rejects blame only when the sentence goes on to correct it ("…, but it was alert #212", "…; the
 * real question is …", "…, rather than anyone applying it"). Without a correction it is the writer's hedged judgement
 * ("One might argue that the author(s) were less than diligent"), which the forms and the model read as any other.
 */
const HEDGED_FRAME = /(?:\b(?:one|you|we|someone|people|some|they|a reader|a reviewer)|[§π]¤*) (?:could|can|might|may) (?:(?:be (?:inclined|tempted) to|well) )?(?:argue|say|claim|conclude|think|suggest|infer|assume|read (?:this|it) as)\b|\bit (?:could|can|might|may) (?:well )?be (?:said|argued|claimed|concluded|thought|suggested|inferred|assumed)\b/i;
const CORRECTION =
  /[;—–]|\b(?:but|however|yet|though|although|in fact|in truth|in practice|in reality|actually|really|instead|rather than|not because|the (?:real|actual|better|deeper|more useful) (?:question|finding|cause|story|issue|problem|lesson))\b/i;

/** Whether `text` (a clause or the sentence, masked) offers a reading as an argument that `sentence` then corrects. */
export function hedgedRejection(text: string, sentence: string): boolean {
  const h = HEDGED_FRAME.exec(text);
  if (h === null) return false;
  const at = sentence.indexOf(h[0]);
  const from = at < 0 ? 0 : at + h[0].length;
  return CORRECTION.test(sentence.slice(from, from + 400));
}

/** The person, then a fault denied, or a fault denied of the person. */
const CLEARED = new RegExp(
  [
    // "§ did nothing wrong", "§ didn't do anything unusual"
    String.raw`${PX}\s+(?:[\w’'-]+\s+){0,2}?(?:did|does|had done|has done)\s+nothing\s+(?:wrong|unusual|improper|unreasonable|unsafe|careless|out of (?:the )?ordinary|outside (?:the|our) (?:process|procedure|runbook))`,
    String.raw`${PX}\s+(?:did|does)(?:n['’]t|\s+not)\s+do\s+anything\s+(?:wrong|unusual|improper|unreasonable|unsafe|careless)`,
    // Round 21: a lapse denied, then the thing that did it: "§ didn't miss the fault light it's just not wired to the
    // panel", "§ didn't ignore anything, the alert went to an empty pager group".
    String.raw`${PX}\s+(?:did|does)(?:n['’]t|\s+not)\s+(?:ignore|miss|forget|skip|drop|break|cause|overlook|bypass)\b[^§π.;!?]{0,40}?(?:[,;—–-]\s*|\s)(?:it['’]s|it\s+is|it\s+was|(?:the|our|their|that)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:went|goes|was|is|had|has|never|did(?:n['’]t| not)|does(?:n['’]t| not)|was(?:n['’]t| not)|is(?:n['’]t| not)))\b`,
    // "§ is not to blame", "§ was not at fault", "§ were not negligent"
    String.raw`${PX}\s+(?:is|was|are|were)(?:n['’]t|\s+not|\s+never)\s+(?:(?:really|entirely|solely|personally|in any way|in any sense)\s+)?(?:to blame|at fault|the (?:cause|culprit|problem)|negligent|careless|reckless|responsible for (?:the|this|that) (?:outage|incident|failure|error|mistake|loss|breach))\b`,
    // "§'s deploy was fine", "§'s call was exactly right"
    String.raw`(?:§¤*['’]s|π¤*)\s+(?:[a-z][\w-]{1,20}\s+){1,2}(?:was|were|is)\s+(?:(?:exactly|entirely|perfectly|completely|fully|also)\s+)?(?:fine|correct|right|sound|reasonable|by the book|textbook|appropriate|justified)\b(?![^.;]{0,30}\b(?:apparently|supposedly|allegedly|until|except)\b)`,
    // Round 16: "nobody on § or in IT did anything wrong", "no one at § is at fault": a group cleared
    String.raw`\b(?:nobody|no one|no-one|none of (?:us|them|the \w+))\s+(?:(?:on|in|at|from|of)\s+[^.;:!?]{1,40}?\s+)?(?:did\s+anything\s+(?:wrong|improper|unusual|careless)|(?:is|was|are|were)\s+(?:(?:really|personally)\s+)?(?:to blame|at fault|negligent|careless))\b`,
    // "not an error on the part of §", "no mistake by §"
    String.raw`\b(?:not|no|never)\s+(?:an?\s+)?(?:error|mistake|fault|failure|lapse|slip|negligence)\s+(?:on the part of|by|of)\s+[§π]`,
    // Round 12: "there is no evidence that § acted recklessly", "no sign of negligence by §"
    String.raw`\bno\s+(?:evidence|sign|indication|suggestion|finding)\s+(?:that|of)\s+(?:[\w’'-]+\s+){0,3}?[§π]`,
    // "we are not treating this as π mistake", "not counting it as an individual's error"
    String.raw`\bnot\s+(?:treating|treat|treated|counting|count|recording|record|classing|classifying|filing|seeing|reading|calling)\s+(?:this|it|that)\s+as\s+(?:an?\s+)?(?:${PX}\s+|individual['’]s\s+|personal\s+|human\s+|operator\s+|people\s+|staff\s+)(?:own\s+)?(?:mistake|error|fault|failure|lapse|problem)`,
    // Round 13: a purpose disclaimed: "People named below are named so that readers can follow …, not to evaluate their
    // performance", "named where they took a step, never to assign fault". Not a disclaimer taken back ("Not to point
    // fingers, but § pushed the change").
    String.raw`\b(?:not|never)\s+to\s+(?![^.;]{0,60}?\bbut\b)(?:(?:judge|blame|grade|critici[sz]e|shame|punish|single out|fault)\b|(?:evaluate|assess|rate|review|grade)\s+(?:π¤*|§¤*|anyone|anybody|people|individuals)|(?:assign|apportion|allocate|attribute)\s+(?:fault|blame)\b|point\s+(?:a\s+)?fingers?\b)`,
    // Round 17: a thing named as the cause with the person set aside in apposition: "The canary design, not § watching
    // it, is what missed it", "It was the alert routing, not §, that failed".
    String.raw`^[^§π.;!?]{1,80},\s+not\s+(?:even\s+)?${PX}(?:\s+[\w’'-]+){0,4},\s+(?:is|was|are|were)\s+(?:what|the\s+(?:cause|problem|gap|reason|culprit))\b`,
    String.raw`\bit\s+(?:is|was)\s+(?:the|our|its)\s+[^§π.;!?,]{1,60},\s+not\s+${PX}(?:\s+[\w’'-]+){0,4},\s+(?:that|which)\b`,
  ].join('|'),
  'i',
);

/** A blame reading that is not the writer's assertion: wanted, drafted, said by others, considered, or refused. */
const REPORTED =
  /\b(?:wanted|tempted|tempting|proposed|suggested|asked|was going|were going|meant|inclined|quick|easy) to (?:write|say|suggest|argue|infer|assume|call|blame|record|put down|note|conclude|claim|point at|point to|pin|label|file|chalk|attribute|mark|log|classify|class)\b|\b(?:we|i|one|you|a reader|a reviewer) (?:could|might|may) (?:write|say|record|conclude|claim|note) that\b|\bhindsight (?:says|said|suggests|tells us)\b|\b(?:should|must|will|would|can|could)(?:n['’]t| not| never) (?:write|say|call|record|conclude|claim|put down|assume|pretend|accept) (?:that|it)\b|\b(?:first|initial|original|early|earlier|previous|old|preliminary|draft) (?:draft|version|finding|findings|report|rca|write-up|analysis|reading|conclusion|assessment|timeline|summary|story|take|theory)s?(?: [\w'’-]+){0,3} (?:said|says|read|stated|blamed|called|was|named|listed|had|claimed|put|pinned|attributed|suggested)\b|\b(?:we|the (?:team|panel|committee|board|review|reviewers))(?: \w+)? (?:considered|discussed|asked|debated|examined|questioned) (?:whether|if)\b|(?:^|[.;:]\s*|\b(?:and|but)\s+)[§π]¤*(?: \w+){0,2} (?:wrote|typed|posted|joked|commented|tweeted|messaged)\b/i;

/** The reading struck out: "…, which we removed", "we changed it". Whatever follows may name the person again. */
const STRUCK =
  /\b(?:which|that) (?:we|i)(?:['’]ve| have| had)? (?:since )?(?:removed|changed|struck|dropped|rejected|corrected|deleted|rewrote|reworded|withdrew|retracted)\b|\b(?:we|i|the (?:team|panel|committee|board|review)) (?:later |then |have |has )?(?:changed|removed|struck|rejected|corrected|reworded|rewrote|withdrew|retracted|dropped) (?:it|that|this|the)\b|\bfor the record\b/i;

/** Evidence or a cause named instead ("…; the timeline shows the page arrived late", "… concluded that …"). */
const EVIDENCE =
  /\b(?:concluded|found|showed|shows|established|confirmed|determined|agreed) that\b|\b(?:concluded|established|determined|agreed)\s(?:the|our|its)\s|\bthe (?:[\w-]+ )?(?:timeline|logs?|evidence|data|audit|record|trace|graphs?|dashboards?|history|recording|transcript)s? (?:shows?|showed|says|said|proves?|proved|disagrees?|tells|told|contradicts?)\b|\bthe (?:[\w-]+ )?(?:evidence|data|record|facts?) (?:points?|pointed) (?:to|at)\b|\bbut\b[^.;]{0,60}?\b(?:was|is|were|are)(?:n['’]t| not| never) (?:possible|available|an option|feasible|safe|enough)\b|\b(?:in fact|in truth|in reality|it turned out|turns out|the truth is)\b|\b(?:real|actual|underlying|true|deeper|more useful|more important|better|useful) (?:cause|story|problem|issue|finding|lesson|question)\b/i;

/** Blaming as the topic of the clause: "Blaming § would not prevent …", "Calling this operator error misses the point". */
const BLAMING_TOPIC =
  /(?:^|[.;:]\s+)\W*(?:blaming|faulting|calling|labell?ing|branding|pinning (?:this|it) on|punishing|scolding)\b[^.;]{0,80}?\b(?:would(?:n['’]t| not)?|won['’]t|will not|does(?:n['’]t| not)|did(?:n['’]t| not)|misses|missed|is(?:n['’]t| not)|helps? (?:nobody|no one)|fixes nothing|changes nothing|teaches (?:us )?nothing|hides)\b/i;

/** Whether a masked clause or sentence clears a person of fault ("§ did nothing wrong", "not an error on the part of §"). */
export function clearsPerson(masked: string): boolean {
  // Round 36: a negated or shared counterfactual about the person (blame.exoneration.ts).
  return CLEARED.test(masked) || exonerates(masked);
}

/**
 * Whether a masked sentence reports a blame reading and then corrects it, or makes blaming its topic: the reading
 * that follows the frame is not the writer's.
 */
export function rejectsReading(masked: string): boolean {
  if (BLAMING_TOPIC.test(masked)) return true;
  const r = REPORTED.exec(masked);
  if (r === null) return false;
  if (refused(r[0])) return true;
  // The correction follows the reading, in what is left of the sentence. Evidence counts only when it clears the
  // person or does not name one: "…; the logs show § never ran the suite" confirms the reading, it does not correct it.
  const rest = masked.slice(r.index + r[0].length, r.index + r[0].length + 400);
  if (STRUCK.test(rest)) return true;
  const e = EVIDENCE.exec(rest);
  if (e === null) return false;
  const evidence = rest.slice(e.index, e.index + 200);
  return !/[§π]/.test(evidence) || clearsPerson(evidence);
}

/** A refusal to write the reading is a rejection on its own: "we should not write that § sat on the alert". */
function refused(frame: string): boolean {
  return /(?:n['’]t| not| never) (?:write|say|call|record|conclude|claim|put down|assume|pretend|accept)/i.test(frame);
}

/** Round 19: "human error" as a category, or a label someone else gave (then corrected), or one ruled out. */
const LABEL_BEFORE =
  /\b(?:category|categories|code|label|classification|option|field|value|drop-?down|picklist|bucket|tag)\s+(?:of\s+|called\s+|named\s+|is\s+|was\s+)?["'“‘]?\s*$|\b(?:mistake|wrong|inaccurate|misleading|unfair|incorrect|unjust)\s+to\s+(?:record|classify|categori[sz]e|label|log|file|code|describe|treat|call|write)\s+(?:up\s+|down\s+)?(?:this|it|that|the\s+\w+)\s+(?:down\s+|up\s+)?as\s+["'“‘]?\s*$/i;
const REPORTED_AS = /\b(?:reported|recorded|logged|classified|filed|coded|described|characteri[sz]ed|labell?ed)\s+(?:[^.;]{0,40}?\s+)?as\s+["'“‘]?\s*$/i;
const FOUND_OTHERWISE = /\b(?:but|however|whereas)\b[^.;]{0,80}?\b(?:found|showed|shows|established|points? to|revealed|traced)\b/i;
const RULED_OUT =
  /^[^.;:]{0,40}?\b(?:has|have|had|was|were|is|are|been)\s+(?:(?:explicitly|formally|since|now|firmly|clearly|definitively|therefore|been)\s+)?(?:ruled out|excluded|overridden|overruled|rejected|dismissed|discounted|set aside|withdrawn|struck out)\b/i;

export function labelOverruled(before: string, after: string): boolean {
  return LABEL_BEFORE.test(before) || RULED_OUT.test(after) || (REPORTED_AS.test(before) && FOUND_OTHERWISE.test(after));
}

/**
 * Frames that set a clause up to reject or discuss blame rather than assign it. Round 12: the frames the structural
 * readings of blame.rejection.ts or another frame here already cover were removed ("calling this X error would …" is
 * blaming as the topic; "would miss the point", "not a story about", "we don't blame" were matched only with another
 * reading on every training sentence; leave one writer out unchanged). What is left has sentences of its own.
 */
const REJECTION_WRITTEN =
  /\b(?:tempting|tempted|easy|unfair|wrong|pointless|unhelpful|simplistic) to (?:look for|say|suggest|argue|infer|blame|think|conclude|assume|call|claim|point|write|stop at)|\b(?:may|might|could|would) (?:look|seem|appear|sound) (?:like|as if|as though)|\b(?:(?:some|many|several|a few|other) (?:people|of us|colleagues|folks|teams|reviewers)|some|many|others)(?: on the (?:call|bridge|team))? (?:suggested|felt|thought|said|claimed|argued|wanted|asked|believed|assumed|blamed|(?:will|might|may|would|could) (?:say|argue|suggest|think))|\breject(?:s|ed|ing)? the (?:idea|claim|notion|suggestion|view) that|\bfirst (?:reaction|instinct|impulse|thought|guess) (?:was|is|might be)\b|\b(?:rather than|instead of) (?:asking|blaming|saying|writing|naming|pointing)|\b(?:is|was|are|were)(?:n't| not) (?:a story |really |just |only )?about (?:who|one person|blame|any|§|π)|(?<![§π]¤*\s)\bdo(?:es)?(?:n't| not) (?:think|believe|blame|attribute|consider|see|accept|hold)|\bno (?:one|individual|single person|person|engineer|operator|responder|human) (?:is|was|should be|can be) (?:responsible|to blame|at fault|blamed|singled out)|\bnot (?:naming|blaming|singling)|\bavoid(?:ed|ing)? (?:naming|blaming|singling)|\bfound no (?:fault|error|mistake|negligence|evidence of)|\bno fault (?:with|of|on|by)|\bno(?:body| one|-one) (?:was|is|were) (?:careless|negligent|at fault|to blame|lazy|sloppy|reckless)|\bno(?:body| one|-one) (?:forgot|ignored|missed|made|skipped|did anything)|\b(?:isn't|wasn't|is not|was not|not) (?:a case of |an? )?(?:human|operator|user) (?:error|mistake)|\bnot (?:because of|due to|the fault of|about) |\bblameless\b|\b(?:not|n't|never) (?:anyone|anybody|someone|one person|any one person|a single person)(?:'s|’s) fault|\b(?:nobody|no one|no-one)(?:'s|’s) fault|\bcould have happened to (?:any|anyone)|\bany (?:of us|one of us|engineer|responder) (?:could|would) have\b|\b(?:looks?|looked|seems?|seemed|appears?|appeared) (?:at first(?: glance)?|on the surface|initially|in hindsight|at a glance) (?:like|as if|as though)|\bmakes? it (?:look|seem|sound) (?:like|as if|as though)|\bthe (?:easy|obvious|simple|tempting|convenient|comfortable|lazy|surface|first-draft) (?:story|answer|explanation|reading|conclusion|narrative|version|take)\b|\b(?:not|n't|never|no longer)\s+(?:looking|searching|hunting|trying)\s+(?:for|to find)\s+(?:§¤*|a culprit|a scapegoat|culprits|scapegoats)(?:\s|$)/i;


/** Round 36: the frames above with a typographic apostrophe as well ("This wasn’t human error", "don’t blame"). */
export const REJECTION = new RegExp(REJECTION_WRITTEN.source.replace(/'/g, "['’]"), 'i');
