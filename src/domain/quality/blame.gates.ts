/*
 * Gates before the blame model judges a sentence (issue 16): shapes that are not a judgement of a person whatever the
 * words' weights — the only person is the one others should have informed, a check told plainly before the act, a
 * fragment, a run of document metadata fields. Split out of blame.patterns.ts in round 14.
 */

/** A person as the subject of "should / could / ought to have been told / informed / warned …" (a verb of informing). */
export const UNINFORMED =
  /^[^§π]{0,80}§¤*\s{1,3}(?:should|could|would|might|must|ought to)(?:n't| not)?\s{1,3}have\s{1,3}been\s{1,3}(?:(?:told|informed|warned|notified|paged|alerted|briefed|trained|shown|consulted|asked|included|copied|called|woken|invited|sent|given|cc'd|looped in|kept informed)\b)/i;

/** The person as subject, then a check in the past tense, then "before" and the act: "§ read the plans twice before digging". */
/**
 * Round 29: the person, then a check of one thing against another told plainly ("§ checks the printout against §'
 * list", "§ reconciled the till against the bank feed"): a routine check, whoever owns the thing checked against.
 * Not when anything in the sentence turns it (a negation, a wrong or stale source, "only", "instead", a failure).
 */
export const CHECKED_AGAINST =
  /^(?![^.;!?]*\b(?:not|never|without|wrong|old|outdated|stale|instead|only|forgot|failed|skipped|missed|should|could|would|again|finally|eventually)\b|[^.;!?]*n['’]t\b)[^§π]{0,40}§¤*\s{1,3}(?:[a-z]{2,20}ly\s{1,3})?(?:checks|checked|verifies|verified|compares|compared|reconciles|reconciled|cross-checks|cross-checked|matches|matched|tallies|tallied)\s[^.;!?]{1,60}?\b(?:against|with)\s[^.;!?]{1,80}[.!]?\s*$/i;
/**
 * Round 29: a demanded review of what a thing produces, its producer no person ("Team leads need to re-check everything
 * the linter reports"): a process step, not a judgement of the people told to do it (the model had learned "§ need to").
 */
export const REVIEW_OF_THING =
  /^[^§π]{0,40}§¤*\s{1,3}(?:need|needs|must|should|have\s{1,2}to|has\s{1,2}to|will\s{1,2}need\s{1,2}to)\s{1,3}(?:to\s{1,3})?(?:re-?check|review|re-?verify|verify|double-check|inspect|check|read)\s{1,3}(?:everything|whatever|all|anything|each\s{1,3}\w+|every\s{1,3}\w+)\s{1,3}(?:that\s{1,3})?(?:the|our|their)\s{1,3}(?:[\w-]{1,20}\s{1,3})?[\w-]{1,20}\s{1,3}(?:reports?|produces?|outputs?|generates?|flags?|returns?|emits?|prints?|lists?|raises?)\b(?![^.;!?]*[§π])/i;
/**
 * Round 29: the only person is the one who pointed a fact out ("Mei pointed out that the expiry emails go to a personal
 * inbox"): the finder of a fact about things, not its cause. Not when another person is in what was pointed out, or the
 * telling is turned ("only pointed out … after", "never").
 */
export const POINTED_OUT =
  /^(?![^.;!?]*\b(?:only|never|finally|eventually|late|too late|afterwards|again)\b)[^§π]{0,40}§¤*\s{1,3}(?:pointed\s{1,2}out|noted|noticed|spotted|flagged|mentioned|observed|found|discovered|realised|realized)\s{1,3}that\s(?![^.;!?]*[§π])[^.;!?]{1,160}[.!]?\s*$/i;
export const CARE_BEFORE =
  /^[^§π]{0,40}§¤*\s{1,3}(?:[a-z]{2,20}ly\s{1,3})?(?:read|re-read|checked|re-checked|double-checked|verified|confirmed|tested|reviewed|inspected|walked|measured|rehearsed|asked for|backed up|snapshotted|compared)\b[^.;!?]{0,60}?\bbefore\s/i;
/**
 * Round 15: the person, then compliance told plainly ("§'s on-call actions followed the runbook", "§ stuck to the
 * checklist"): what the procedure said, not a fault — unless a negation, a contrast or a question turns it (TURNED).
 */
export const COMPLIANT =
  /^[^§π]{0,40}[§π]¤*\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:followed|follows|stuck to|sticks to|kept to|keeps to|went by)\s{1,3}(?:the|our|its|their|π¤*)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:runbook|procedure|process|playbook|checklist|protocol|instructions|plan|sop)\b/i;
/**
 * Round 15: a choice to try the act somewhere safe first ("§ decided, with §, to test on a restored copy", "§ chose to
 * rehearse the cut-over in staging"): care, whoever joined the choice — unless TURNED.
 */
export const SAFE_CHOICE =
  /[§π]¤*\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:decided|chose|opted|agreed|planned|insisted)\b[^.;!?]{0,60}?\bto\s{1,3}(?:first\s{1,3})?(?:test|try|rehearse|run|verify|check|practi[cs]e|trial|validate)\b[^.;!?]{0,40}?\b(?:on|in|against|with)\s{1,3}(?:a|an|the)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:copy|staging|replica|sandbox|clone|snapshot|backup|test (?:environment|cluster|server|instance)|dry run)\b/i;
/** What turns a plain account: a negation, a contrast, a question, an exclamation. */
export const TURNED = /\b(?:not|never|no|except|unlike|whereas|but|yet|instead|only|still|again|apparently|supposedly)\b|n['’]t\b|[?!]/i;

const LOWER_WORD = /\b\p{Ll}[\p{L}'’-]*/gu;

/** Whether a text has four lower-case words (counted up to four, without collecting them all). */
export function atLeastFourLowerWords(s: string): boolean {
  let n = 0;
  for (const _ of s.matchAll(LOWER_WORD)) if (++n >= 4) return true;
  return false;
}

/**
 * Round 14: a run of metadata fields ("Cc: Noah Lindqvist <noah@…>", "Prepared by: Callum Reid (rink operations) Date of
 * incident: 7 November 2026", "From: … Sent: Thursday …"): e-mail headers and document fields name people as authors,
 * recipients or reviewers, never as a judgement, so the model does not judge them (the rules still read them). The
 * text opens with a field label and its colon, holds an address or a second field, and no judging word ("because",
 * "should", "blame", "forgot" …) — bounded lengths, linear.
 */
const FIELD_LABEL =
  /^\W{0,4}(?:from|to|cc|bcc|sent|date|subject|re|author|authors|written by|prepared by|reviewed by|reviewed with|reviewers?|approved by|facility|site|location|severity|(?:document |report |review )?status|version|last (?:updated|edited|reviewed)|incident(?: id| number| date)?|date of (?:incident|report|review)|participants|attendees|distribution)\W{0,4}:\s/i;
/** An e-mail address, or a second field label further on ("… Sent: Thursday", "… Date of incident: 7 November"). */
const MORE_FIELDS = /<[^<>\s@]{1,64}@[^<>\s]{1,100}>|\s(?:from|to|cc|bcc|sent|date|subject|date of \w+|prepared by|reviewed (?:by|with)|authors?|facility|severity|status|owners?|version):\s/i;

export function metadataFields(s: string): boolean {
  if (!FIELD_LABEL.test(s)) return false;
  return MORE_FIELDS.test(s.slice(0, 600)) && !/\b(?:because|should|could|would|blame|fault|again|never|failed to|forgot)\b/i.test(s.slice(0, 600));
}

/** Round 14: the first person singular ("I", "I'm", "me", "my", "myself") as anchors when a sentence names no one else. */
const FIRST_PERSON = /\b(?:I(?:['’](?:m|ve|d|ll))?|[Mm]e|[Mm]y|[Mm]yself)\b/g;

export function firstPerson(s: string): { start: number; end: number; possessive: boolean }[] {
  return [...s.matchAll(FIRST_PERSON)].map((m) => ({ start: m.index, end: m.index + m[0].length, possessive: /^my$/i.test(m[0]) }));
}

/**
 * Round 16: a delay explained by a thing's event after it, with no person in the explanation ("§ answered the page
 * eventually, after the pager app updated", "… finally, once the lock cleared"): the time, not a concession.
 */
export const DELAY_EXPLAINED =
  /\b(?:eventually|finally|at last|later)\s{0,3},?\s{0,3}(?:after|once|when|as soon as)\s{1,3}(?:the|a|an|its|our)\s{1,3}[^§π.;!?]{1,80}[.!]?\s{0,3}$/i;
/**
 * Round 16: people addressed and handed their parts, nothing else ("§, you own the CDN side, § you own origin", "§ you
 * take comms"): an assignment, not a judgement — unless a negation, a contrast or a question turns it (TURNED).
 */
export const ASSIGNED =
  /^\s{0,3}(?:(?:and|ok|okay|so)\s{1,3})?(?:[§]¤*\s{0,2},?\s{1,3}(?:you|u)(?:['’]re|\s{1,3}are)?\s{1,3}(?:own|take|have|lead|drive|run|handle|cover|on|got)\b(?:(?!\s(?:you|u)\b)[^§π.;!?]){0,60}?[,.!]?\s{0,3}(?:and\s{1,3})?){1,4}$/i;
/**
 * Round 16: a person away on leave, told plainly ("§ was on leave that week", "§ is off sick"): why they were not there,
 * not a fault — unless TURNED ("… on holiday again", "… on leave but never handed over").
 */
export const ON_LEAVE =
  /§¤*\s{1,3}(?:was|were|is|are|had been|has been)\s{1,3}(?:(?:still|already|away)\s{1,3})?(?:on\s{1,3}(?:leave|holiday|holidays|vacation|pto|annual leave|parental leave|sick leave|paternity leave|maternity leave|a course|training)|off sick|out sick|out of (?:the )?office|ooo)\b/i;

/**
 * Round 17: a person not on duty, told plainly at the sentence's end ("§ was the second one paged and was not formally
 * on call", "§ wasn't on shift"): why they were not there, not a fault — unless the text before it is TURNED.
 */
const OFF_DUTY =
  /\b(?:was|were|is|are)(?:n['’]t|\s{1,3}not)\s{1,3}(?:(?:formally|officially|even|yet|actually)\s{1,3})?(?:on[- ]call|on shift|on duty|on the rota|rostered)\s{0,3}[.]?\s{0,3}$/i;

export function offDuty(masked: string): boolean {
  const tail = masked.slice(-200);
  const m = OFF_DUTY.exec(tail);
  if (m === null) return false;
  const before = masked.slice(0, masked.length - tail.length + m.index);
  return /§/.test(before) && !TURNED.test(before);
}

/** A capitalised name right after "at", "in" or "near" (and "the"): a place or an organisation ("at the Brickfield Glass Studio", "in Hartwell"). */
const PLACE_BEFORE = /\b(?:at|in|near|inside|outside)\s{1,3}(?:the\s{1,3})?$/i;

/** Round 17: whether a person reference is a place by its place — after "at / in / near", capitalised, not a possessive. */
export function placeName(s: string, span: { start: number; end: number }): boolean {
  return /^\p{Lu}/u.test(s.slice(span.start, span.start + 1)) && (PLACE_BEFORE.test(s.slice(Math.max(0, span.start - 16), span.start)) || PLACE_LIST_BEFORE.test(s.slice(Math.max(0, span.start - 120), span.start))) && !/^['’]s\b/.test(s.slice(span.end, span.end + 3));
}

/** Round 30: a later place of a list after "at / in / near" ("orders in Lyon and Marseille", "in Leeds, York or Hull"). */
const PLACE_LIST_BEFORE = /\b(?:at|in|near)\s{1,3}(?:the\s{1,3})?\p{Lu}[\p{L}-]{1,30}(?:,\s{1,3}\p{Lu}[\p{L}-]{1,30}){0,4},?\s{1,3}(?:and|or|&)\s{1,3}$|\b(?:at|in|near)\s{1,3}(?:the\s{1,3})?\p{Lu}[\p{L}-]{1,30}(?:,\s{1,3}\p{Lu}[\p{L}-]{1,30}){0,3},\s{1,3}$/u;

/**
 * A stretch in double quotes of three words or more used as the label of the plural noun after it ('a rise in "number
 * not working" contacts', '"card declined" errors'): words of callers or screens, not a scare quote of the writer's.
 */
const LABEL_QUOTE = /["“][^"“”\n]{1,200}["”](?=\s{1,3}(?!(?:is|was|has|does|as|this|his|its|us|thus|plus)\b)\p{Ll}{2,20}s\b)/gu;

/** Round 17: the stretches of quoted labels in a sentence (a negation quoted from a caller is not the writer's). */
export function reportedWords(s: string): { start: number; end: number }[] {
  return [...s.slice(0, 2000).matchAll(LABEL_QUOTE)].filter((m) => (m[0].match(/\s/g)?.length ?? 0) >= 2).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Round 17: "no" before things and a passive ("they agree no pipes are moved until morning"): a constraint, not a lapse. */
export const NO_THING_PASSIVE = /^no\s{1,3}\p{Ll}[\p{Ll}-]{1,20}s\s{1,3}(?:is|are|was|were|get|gets|got|will be|would be|to be|should be|can be|may be)\s{1,3}\p{Ll}{2,20}(?:ed|en|wn|ut)\b/u;

/**
 * Round 17: a person kept waiting by the service, measured against its own standard or for its responders ("a walker
 * with a broken ankle waited 11 minutes longer than our usual mobilisation time", "§ waited for the crew"): the one the
 * delay was done to — unless TURNED, or the wait came before their own act ("waited … before paging").
 */
const KEPT_WAITING =
  /§¤*\s{1,3}(?:with\s{1,3}[^§π.;!?]{1,50}?\s{1,3})?(?:waited|had to wait|was left waiting|were left waiting|was kept waiting|were kept waiting)\b[^§π.;!?]{0,30}?\b(?:longer than\s{1,3}(?:our|the|its|their)\s{1,3}(?:usual|normal|target|standard|expected|typical)|for\s{1,3}(?:a|an|the|our)\s{1,3}(?:team|ambulance|callback|crew|rescue|responder|response team|mobilisation|mobilization)s?\b)/i;

export function keptWaiting(masked: string): boolean {
  return KEPT_WAITING.test(masked) && !TURNED.test(masked) && !/\bbefore\b/i.test(masked);
}

/** Before a person who is only waited on ("instead of waiting for the vendor", "avoided waiting for the vendor's support hours"). */
const WAITED_ON = /\b(?:wait|waits|waited|waiting|wait-time)\s{1,3}(?:on|for)\s{1,3}$/i;
/** What makes waiting on someone a complaint: they did not come, again, still, or never. */
const WAIT_TURNED = /\b(?:never|still|again|not|failed|forgot|ignored|as usual|yet again)\b|n['’]t\b|[?!]/i;

/** Round 19: every person in the sentence is someone waited on, and nothing says they failed to come: no judgement of them. */
export function onlyWaitedOn(masked: string, spans: readonly { start: number; end: number }[]): boolean {
  return spans.length > 0 && spans.every((sp) => WAITED_ON.test(masked.slice(Math.max(0, sp.start - 24), sp.start))) && !WAIT_TURNED.test(masked);
}

export { round21Gate } from './blame.gates.round21.ts';
