/*
 * Reasons after a person's act (issue 16): "… because the page went to an old number" explains the act by the system,
 * not by the person's will or care, so a weak form or the model does not judge it. Moved out of blame.patterns.ts in
 * round 15 (with "as the review log shows" as evidence, "because of it" as a consequence and "since January" as a time,
 * none of them a reason). Every pattern uses bounded repetition: linear in the text.
 */
import { JUDGE_ADJ } from './blame.lexicon.ts';

/**
 * ", which …" that comments on the act or says what it led to ("…, which is why the batch jobs failed", "…, which
 * tells you everything", "…, which was literally the one thing …") is not a reason for it; nor, round 16, one that says what anyone would
 * have done ("…, which of course nobody would do if they read the handover").
 */
const COMMENT =
  /\s+(?:(?:of\s+course|obviously|naturally|clearly|nobody|no\s+one|anyone|everyone)\b|(?:is|was)\s+(?:(?:exactly|precisely|just|frankly|literally|basically|honestly|also|again|clearly|simply)\s+)?(?:why|how|what|the\s+(?:one|whole|only|same|exact|real|first|second|third|kind|sort)|a\s+(?:textbook|classic|basic|rookie|recurring)|basic|unbelievable|unacceptable|inexcusable|typical|frankly|literally|more\s+than|less\s+than|nice|fair|a\s+fair|interesting|generous|impressive|surprising|ironic|rich|telling|something|not\s+much|all\s+the\s+more)|(?:was|is)n['’]t\s+(?:much|enough|great|ideal|helpful|a\s+help)|makes|made|tells|says|shows|show|showed|reveal|reveals|revealed|speaks|led|caused|meant|took|broke|brought|cost|I['’]d|we['’]d)\b/;

/** Round 15: "as the review log shows", "as the thread makes clear": the record bears the act out; it is no reason for it. */
const EVIDENCE = String.raw`(?![^.;,]{0,40}\b(?:shows?|showed|makes? clear|made clear|confirms?|confirmed|records?|recorded|attests?|proves?|proved|demonstrates?|demonstrated)\b)`;
/** A reason clause after the act: blame only when it points back at the person's will or care (round 18: chat's "bc", "b/c", "cuz"). */
const REASON_SOURCE = (which: boolean): string =>
  String.raw`(?:\bper the\b|\bas (?:agreed|planned|documented|instructed|designed|required|the runbook|the procedure|the process)\b|\bfollowing the (?:runbook|procedure|process|playbook)\b|\bafter (?:confirming|checking|verifying|consulting)\b|\bwith (?:the |a )?(?:[\w-]+ )?(?:approval|agreement|sign-off|permission|authori[sz]ation)\b|\b(?:the )?(?:procedure|runbook|process|policy|playbook) (?:allows|allowed|permits|permitted)\b|\bbecause\b(?!\s+of\s+(?:it|that|this|him|her|them)\b)|\b(?:bc|b/c|cuz|coz)\s|\bsince\b(?!\s+(?:\d|last|then|yesterday|(?:early|mid|late)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b))|\bdue to\b${which ? String.raw`|,\s*which\b(?!${COMMENT.source})` : ''}|,\s*as\b(?!\s+(?:usual|always|ever|before|per usual|predicted|expected)\b)${EVIDENCE}|\bas (?:it|the|they|there|no|nothing)\b${EVIDENCE}|,\s*and the (?:\w+\s+)?(?:cli|tool|console|system|ui|script|pipeline|process|interface|dashboard|form|app|tooling|screen)\b)`;
const REASON = new RegExp(REASON_SOURCE(true), 'i');
/** The same without ", which …": for acts that are choices ("… without looking at the budget, which was exhausted"). */
const REASON_NOT_WHICH = new RegExp(REASON_SOURCE(false), 'i');
const PERSONAL_REASON = new RegExp(
  `(?:§¤*|π¤*)\\s+(?:\\w+\\s+)?(?:wanted|thought|believed|decided|chose|felt|preferred|was in (?:a )?(?:hurry|rush)|were in (?:a )?(?:hurry|rush)|was rushing|didn't|did not|could not be bothered|forgot|assumed|was busy|was tired|was distracted|figured|couldn't be bothered|was lazy|was careless|did not care|didn't care|had other|was bored|was annoyed|was impatient)|\\b(?:${JUDGE_ADJ})\\b|\\bcould(?:n['’]t|\\s+not)?\\s+be\\s+bothered\\b|\\b(?:nobody|no one|no-one)\\s+(?:there\\s+|here\\s+|on\\s+\\w+\\s+)?(?:cared|bothered|wanted)\\b`,
  'i',
);

/** "… because the page went to an old number": a system reason after the act, not a judgement of the person. */
export function systemReason(rest: string, which = true): boolean {
  const r = (which ? REASON : REASON_NOT_WHICH).exec(rest);
  if (r === null) return false;
  return !PERSONAL_REASON.test(rest.slice(r.index));
}
