/*
 * Round 36 (issue 16): records that name people as neutral actors, not as the subject of a judgement. Read over the
 * masked sentence (§¤¤ a person, π¤ his / her / their), bounded repetition only (linear):
 *
 * - a review question about what someone had or lacked: "Did the on-call have the access they needed?", "Did anyone
 *   lack access or knowledge they needed?" — a polar question whose verb is one of having, lacking, getting or knowing
 *   and whose object is a resource ("access", "what they needed"), possibly with its short answer ("Yes.", "Mostly.");
 * - a tracker's activity record: "§ created the issue · 2024-07-09T14:09", "§ changed the status from Open to In
 *   Progress", "§ assigned the ticket to §" — a tracker verb on a tracker's own object, nothing turning it;
 * - a template's instruction about a hypothetical reader: "Write it for someone who was not there" — an instruction
 *   verb opening the sentence, and no person but an indefinite one;
 * - a person's own words quoted and attributed to them: '"I approved the first step; I did not know there was a
 *   second", said Maeve', 'Ana wrote in the review: "I should have asked …"' — the whole sentence is the attribution
 *   and the quote, and the quote names no one but its speaker (first person only).
 *
 * Not: "Did anyone bother to check?" (not a verb of having), "Did nobody have the sense to check?" (no resource),
 * "§ closed the incident too early" (turned), "§ created the issue by skipping the check" (a cause, not a record).
 */

/** A polar question's opening auxiliary, then a person, then having, lacking, getting or knowing. */
const ASKED_HAVING =
  /^\W{0,6}(?:q\s{0,2}\d{0,2}\s{0,2}[:.)]\s{0,3})?(?:did|do|does|had|has|have|was|were|is|are|will|would)\s{1,3}[§π]¤*\s{1,3}(?:(?:already|still|all|both|each|ever|actually)\s{1,3})?(?:have|lack|get|receive|need|know|find|hold|had)\b([^?§π]{0,120}|[^?]{0,80}[§π]¤*\s{1,3}(?:needed|need|required|wanted|expected))\s{0,3}\?/i;
/** The question's object is a resource: access, knowledge, tools … or what a person needed. */
const RESOURCE =
  /\b(?:access|knowledge|information|info|context|tools?|tooling|training|permissions?|rights|credentials|support|help|time|visibility|documentation|docs|runbooks?|playbooks?|guidance|instructions|escalation\s{1,3}paths?|contacts?|authority|backup|cover|what\s{1,3}(?:[§π]¤*|they|he|she|we|you)\s{1,3}(?:needed|need|required))\b/i;
/** A short answer after the question: "Yes.", "Mostly.", "Partly — …". */
const ANSWER = /^\s{0,3}(?:(?:yes|no|mostly|partly|partially|largely|mainly|broadly|somewhat|n\/a|not\s{1,3}(?:really|entirely|fully|quite|all))\b[^?]{0,400})?$/i;
/** What makes a question a judgement whatever its shape. */
const JUDGING_QUESTION = /\b(?:bother\w*|sense|decency|courtesy|common\s{1,3}sense|again|fault|blame\w*|careless\w*|lazy|sloppy|should|even)\b|\bno(?:body|\s{1,3}one|-one)\b/i;

export function reviewQuestion(masked: string): boolean {
  const q = ASKED_HAVING.exec(masked);
  if (q === null) return false;
  return RESOURCE.test(q[0]) && ANSWER.test(masked.slice(q.index + q[0].length)) && !JUDGING_QUESTION.test(q[0]);
}

/** A tracker verb on a tracker's own object (the issue, its status, a label …) by a person opening the line. */
const TRACKER_ACT =
  /^\W{0,6}[§π]¤*\s{1,3}(?:created|opened|closed|reopened|resolved|assigned|unassigned|changed|updated|edited|commented\s{1,3}on|added|removed|linked|attached|uploaded|transitioned|moved|renamed|set|cleared|labell?ed|watched|mentioned\s{1,3}this\s{1,3}in)\s{1,3}(?:the\s{1,3}|this\s{1,3}|a\s{1,3}|an\s{1,3})?(?:issue|ticket|incident|status|priority|severity|labels?|assignee|comments?|attachments?|fields?|description|summary|title|links?|milestone|components?|due\s{1,3}date|pull\s{1,3}request|merge\s{1,3}request|story|task|epic|bug|card|watchers?|reviewers?|resolution|fix\s{1,3}versions?|sprint)\b/i;
/** What the record is: a timestamp or date after it, a change "from … to …", an assignee, or nothing more. */
const RECORD_TAIL =
  /^(?:\s{0,3}(?:[·•|—–-]|,)?\s{0,3}(?:\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\d{1,2}\s{1,3}\p{L}{3,9}\s{1,3}\d{4}|\p{L}{3,9}\s{1,3}\d{1,2},?\s{1,3}\d{4}|(?:yesterday|today)\b)[^§π]{0,60}|\s{1,3}from\s{1,3}[^.;!?]{1,40}?\s{1,3}to\s{1,3}[^.;!?]{1,40}|\s{1,3}to\s{1,3}[§π]¤*|\s{0,3}[.]?)\s{0,3}$/u;
/** What turns a record into an account of a fault. */
const TURNED_RECORD = /\b(?:not|never|no|without|too|prematurely|wrongly|mistakenly|incorrectly|accidentally|by\s{1,3}mistake|instead|again|still|only|because|by\s{1,3}\w+ing)\b|n['’]t\b|[?!]/i;

export function trackerRecord(masked: string): boolean {
  const r = TRACKER_ACT.exec(masked);
  if (r === null) return false;
  const rest = masked.slice(r.index + r[0].length);
  return RECORD_TAIL.test(rest) && !TURNED_RECORD.test(masked);
}

/** An instruction opening the sentence (a template's prompt), and the only people indefinite ones. */
const INSTRUCTION =
  /^\W{0,6}(?:write|describe|explain|list|give|include|add|link|note|record|summari[sz]e|state|say|keep|lead|name|use|assume|focus|start|aim|pitch|tailor)\s/i;
const INDEFINITE = /^(?:someone|somebody|anyone|anybody|a\s+reader|the\s+reader|readers|a\s+newcomer|a\s+new\s+joiner|an?\s+outsider|people)$/i;

export function templatePrompt(text: string, spans: readonly { start: number; end: number }[]): boolean {
  return INSTRUCTION.test(text) && spans.length > 0 && spans.every((sp) => INDEFINITE.test(text.slice(sp.start, sp.end).trim()));
}

/** A verb attributing words to their speaker. */
const SAYS = String.raw`(?:said|says|wrote|writes|added|adds|told\s{1,3}(?:us|me|the\s{1,3}review)|explained|recalled|reflected|commented|noted)`;
/** '"…", said §' or '"…" § said' / '§ said (in the review): "…"', nothing else in the sentence. */
const QUOTE_AFTER = new RegExp(String.raw`^\W{0,4}["“]([^"“”]{8,600})["”]\s{0,3},?\s{0,3}(?:${SAYS}\s{1,3}§¤*|§¤*\s{1,3}${SAYS})\s{0,3}[.!]?\s{0,3}$`, 'i');
const QUOTE_BEFORE = new RegExp(String.raw`^\W{0,4}§¤*\s{1,3}${SAYS}(?:\s{1,3}(?:in|during|at|after)\s{1,3}(?:the\s{1,3})?[\w-]{2,20}(?:\s{1,3}[\w-]{2,20})?)?\s{0,3}[:,]\s{0,3}["“]([^"“”]{8,600})["”]?\s{0,3}[.!]?\s{0,3}$`, 'i');
/** Any person but the first person ("someone else", a name, "he", "they"): a span longer than "I" (masked "§"). */
const OTHER_PERSON = /§¤|π/;

export function quotedOwnWords(masked: string): boolean {
  const m = QUOTE_AFTER.exec(masked) ?? QUOTE_BEFORE.exec(masked);
  return m !== null && !OTHER_PERSON.test(m[1]!) && /\b(?:I|me|my|myself|we|us|our)\b|§(?!¤)/.test(m[1]!);
}

/** Whether a sentence is one of the records above: it names people as actors, not as the subject of a judgement. */
export function neutralRecord(masked: string, text: string, spans: readonly { start: number; end: number }[]): boolean {
  return reviewQuestion(masked) || trackerRecord(masked) || templatePrompt(text, spans) || quotedOwnWords(masked);
}
