/*
 * Round 32 (issue 16): blame in whole documents. In a document one sentence in a hundred blames anyone, so a small
 * false-alarm rate becomes findings in clean documents. These gates read the shapes of sentences that name people
 * without judging them: a person cleared by a machine that did the act, a disclaimer about why people are named, a
 * reported question about a thing, the people the service serves as the only ones acting, and a person's record
 * used as a source. Each reads the masked sentence (§¤¤ for a person, π¤ for his / her / their) by its structure;
 * bounded windows and bounded repetition only (linear).
 */
import { maskSpans, personSpans } from './person-references.ts';

/** What keeps a sentence to judge whatever its frame: a judgement said outright. */
const OUTRIGHT =
  /\b(?:should(?:n['’]t| not)? have|ought to have|fault|blame\w*|careless\w*|sloppy|lazy|laziness|negligen\w*|incompeten\w*|stupid\w*|idiot\w*|reckless\w*|bothered|bother to|couldn['’]t be bothered|can['’]t be bothered|again|as usual|of course|yet again|failure to|failed to)\b/i;

/**
 * A person cleared by a contrast with a machine that acted: "The on-call engineer did nothing to start the second
 * upload; the scheduler did that on its own", "Ravi never touched the queue: the retry job did it". The person's
 * clause denies the act; the next clause, whose subject names no person, takes it back with a pro-form ("did that",
 * "did it", "did so"). "Ravi did nothing to stop the upload, and customers were charged twice" has no such clause.
 */
const CLEARED_BY_MACHINE =
  /§¤*\s{1,3}(?:(?:himself|herself|themselves|personally|actually|also|certainly|really)\s{1,3})?(?:did\s{1,3}nothing|did\s{1,3}not|didn['’]t|never|had\s{1,3}no\s{1,3}part|took\s{1,3}no\s{1,3}part|played\s{1,3}no\s{1,3}part)\b[^.;:§π]{0,120}\s{0,3}(?:[;:—–]|,\s{0,3}(?:but|and)?)\s{0,3}(?:but\s{1,3}|instead\s{1,3}|rather\s{1,3})?(?:[^§π.;:!?\s][^§π.;:!?]{0,60}?)\s(?:did|does|had\s{1,3}done|has\s{1,3}done)\s{1,3}(?:that|it|this|so)\b/i;

export function clearedByMachine(masked: string): boolean {
  const m = CLEARED_BY_MACHINE.exec(masked);
  // The one that did it is a thing: no person word ("the new one did it", "someone else did that") in its clause.
  return m !== null && !OUTRIGHT.test(masked) && !/\b(?:one|ones|body|else|person|people|who|team|staff|colleague|he|she|they|we|I|you)\b/i.test(m[0].slice(m[0].search(/[;:—–,][^;:—–,]*$/)));
}

/**
 * A disclaimer about why people are named: "Where a person appears in the timeline, they appear because they did
 * something at that moment, not because they are being judged", "Names are used only to show who held which role,
 * not to assign fault". The document's frame for its names, not a judgement of anyone.
 */
const NAMED_VERB = String.raw`(?:appears?|appeared|(?:is|are|were|was)\s{1,3}(?:named|mentioned|listed|quoted|cited|identified)|names?\s{1,3}(?:appear|are\s{1,3}used|are\s{1,3}given|are\s{1,3}kept))`;
const JUDGED = String.raw`(?:judg\w*|blam\w*|fault\w*|punish\w*|criticis\w*|criticiz\w*|accus\w*|responsible|to\s{1,3}blame|at\s{1,3}fault|in\s{1,3}trouble)`;
const NAMING_DISCLAIMER = new RegExp(
  String.raw`\b${NAMED_VERB}\b[^.;!?]{0,160}?\b(?:not|never)\s{1,3}(?:because|to|as|for|in\s{1,3}order\s{1,3}to|so\s{1,3}that)\b[^.;!?]{0,60}?\b${JUDGED}`,
  'i',
);
const NOT_BECAUSE_JUDGED = new RegExp(String.raw`\bnot\s{1,3}because\s{1,3}§¤*\s{1,3}(?:is|are|was|were)\s{1,3}(?:being\s{1,3})?${JUDGED}`, 'i');

export function namingDisclaimer(masked: string): boolean {
  return NAMING_DISCLAIMER.test(masked) || NOT_BECAUSE_JUDGED.test(masked);
}

/**
 * A reported question about a thing: "People have asked whether the drain 'should have' waited for the job to
 * finish". The people are the ones asking, before the question; the question's subject is no person. A person after
 * "whether" ("asked whether Sam should have waited") is read as before (blame.questions.ts).
 */
const THING_QUESTION =
  /\b(?:asked|asks|asking|wondered|wonders|wondering|queried|questioned|raised\s{1,3}(?:the\s{1,3})?question\s{1,3}(?:of\s{1,3})?)\s{1,3}(?:(?:us|me|the\s{1,3}group|the\s{1,3}room)\s{1,3})?(?:whether|if)\s{1,3}[^§π.;:!?]{1,80}$/i;

export function thingQuestion(masked: string): boolean {
  const person = masked.lastIndexOf('§') >= 0 || masked.lastIndexOf('π') >= 0 ? Math.max(masked.lastIndexOf('§'), masked.lastIndexOf('π')) : -1;
  // The frame closes the sentence's people: every person stands before "whether", and nothing after it names one.
  const q = /\b(?:whether|if)\b/i.exec(masked.slice(Math.max(0, person)));
  if (q === null) return false;
  const head = masked.slice(0, Math.max(0, person) + q.index + q[0].length);
  const tail = masked.slice(head.length).split(/[.;!?]/)[0] ?? '';
  return THING_QUESTION.test(head + tail) && !/[§π]/.test(tail) && !OUTRIGHT.test(masked.replace(/["“'‘][^"”'’]{0,40}["”'’]/g, ' ').slice(0, head.length));
}

/**
 * The people the service serves: customers, users, members of the public … (not the team whose review it is). A
 * plural of these nouns is no person reference (person-references.ts reads them as the ones served), so "they" after
 * one of them is theirs: "Several merchants who wrote in said they did not check the status page twice".
 */
const SERVED =
  /\b(?:customers|clients|users|end\s{1,3}users|merchants|sellers|buyers|shoppers|passengers|riders|commuters|travell?ers|patients|residents|tenants|citizens|subscribers|members\s{1,3}of\s{1,3}the\s{1,3}public|the\s{1,3}public|guests|visitors|attendees|ticket[\s-]holders|cardholders|account[\s-]holders|policyholders|callers|viewers|listeners|readers|fans|diners|players|students|parents|families|households|drivers\s{1,3}using|consumers|donors|applicants|claimants)\b/i;

/** A span whose last word is one of the served ("some subscribers", "two passengers"). */
const SERVED_HEAD = new RegExp(String.raw`${SERVED.source}$`, 'i');
const SERVED_JUDGED = /\b(?:mis[a-z]{3,}ed|wrong\w*|shame\w*|lapse|mistake\w*|error|errors|do\s{1,3}not|does\s{1,3}not|don['’]t|doesn['’]t|never|always|clueless|foolish\w*|silly)\b/i;

/** Whether every person reference is a third-person pronoun after a served-people noun, and no judgement is said outright. */
export function servedPeopleOnly(written: string, spans: readonly { start: number; end: number }[]): boolean {
  if (spans.length === 0 || spans[0]!.start > 300) return false;
  // A person reference is a pronoun, or is itself a group of the served ("some subscribers", "several passengers").
  const served = (sp: { start: number; end: number }): boolean => SERVED_HEAD.test(written.slice(sp.start, sp.end));
  if (!spans.every((sp) => /^(?:they|them|their|theirs|themselves)$/i.test(written.slice(sp.start, sp.end)) || served(sp))) return false;
  const lead = written.slice(0, served(spans[0]!) ? spans[0]!.end : spans[0]!.start);
  // A habit told of them ("our customers do not read e-mails") or a lapse said outright judges them: kept to judge.
  return SERVED.test(lead) && !OUTRIGHT.test(written) && !SERVED_JUDGED.test(written);
}

/**
 * A person's record or document as a source: "copied from the control-room chat and the dispatcher's logbook", "we
 * found out from a nurse's phone call". The record is the object of a preposition of source ("from", "in",
 * "according to", "per", "as recorded in"), so the sentence is about what the record says, not about the person or
 * the record's quality ("Kev's notes were almost readable" and "the planner's bad call" are no source). A person
 * reference followed by a possessive and (at most two plain words, then) a record noun.
 */
const RECORD_NOUN = String.raw`(?:log|logs|logbook|notes|notebook|records?|diary|journal|e-?mails?|messages?|phone\s{1,3}call|call|page|ticket|screenshots?|recording|chat|transcript|minutes|photos?|readings?)`;
const RECORD_OF = new RegExp(String.raw`^(?:['’]s?|s['’])\s{1,3}(?:(?!(?:bad|poor|wrong|sloppy|incomplete|careless|lazy|useless|so-called|famous|infamous|own)\b)[\p{Ll}-]{1,20}\s{1,3}){0,2}?${RECORD_NOUN}\b`, 'iu');
const SOURCE_BEFORE = /\b(?:from|in|according\s{1,3}to|per|as\s{1,3}(?:recorded|noted|logged|written)\s{1,3}in|quoted\s{1,3}from|copied\s{1,3}from)\s{1,3}$/i;
/** A pronoun that is the records themselves, the subject of a passive of handling them ("they are copied from …"). */
const RECORDS_HANDLED = /^\s{1,3}(?:are|were|have\s{1,3}been)\s{1,3}(?:copied|quoted|taken|reproduced|pulled|exported|transcribed|excerpted)\s{1,3}(?:verbatim\s{1,3})?from\b/i;
/** A list of sources after "copied / quoted / taken from": every member that is a person reference is a source. */
const SOURCE_LIST = /\b(?:copied|quoted|taken|reproduced|pulled|exported|transcribed|excerpted|compiled|reconstructed|assembled)\s{1,3}(?:verbatim\s{1,3})?from\s{1,3}$/i;
/** What judges a record or its author whatever the frame. */
const RECORD_JUDGED = /\b(?:wrong\w*|bad|poor|sloppy|incomplete|careless\w*|lazy|useless|mistak\w*|error|lol|sure|clearly|apparently|again|shame|even|just|only|literally)\b|[!?🙄]/iu;

export function onlyRecordSources(masked: string, spans: readonly { start: number; end: number }[]): boolean {
  if (spans.length === 0 || OUTRIGHT.test(masked) || RECORD_JUDGED.test(masked)) return false;
  return spans.every((sp) => {
    const after = masked.slice(sp.end, sp.end + 60);
    const before = masked.slice(Math.max(0, sp.start - 200), sp.start);
    if (masked.slice(sp.start, sp.end) === '§¤¤¤' && RECORDS_HANDLED.test(after)) return true;
    const list = /((?:(?:§¤*(?:(?:['’]s?|s['’])\s{1,3}[\p{Ll}-]{1,20})?|[^§π¤.;:!?,]{1,60})(?:,|\s{1,3}and)\s{1,3}){0,4})$/u.exec(before);
    const lead = before.slice(0, before.length - (list?.[1]?.length ?? 0));
    // A member of a source list ("copied from the historian, the chat and the dispatcher's logbook").
    if (SOURCE_LIST.test(before) || SOURCE_LIST.test(lead)) return true;
    return RECORD_OF.test(after) && SOURCE_BEFORE.test(before.replace(/(?:\b(?:the|a|an|our|one|each)\s{1,3})$/i, ''));
  });
}

/**
 * Whether a sentence names people without judging them, by one of the shapes above: neither the rules nor the model
 * read it as blame. `text` is the sentence as read, `spans` its person references.
 */
export function namesWithoutJudging(masked: string, text: string, spans: readonly { start: number; end: number }[]): boolean {
  return clearedByMachine(masked) || namingDisclaimer(masked) || thingQuestion(masked) || servedPeopleOnly(text, spans) || onlyRecordSources(masked, spans);
}

/**
 * In a document a semicolon before a capital ends a sentence (source-text.plain.ts), which cuts the machine's clause
 * off the person's ("The on-call engineer did nothing to start the upload; Airflow did that on its own."): a hit on a
 * sentence ending in ";" or ":" is dropped when the sentence and the next, read as one, clear the person.
 */
export function clearedAcross(sentence: string, next: string | undefined): boolean {
  if (next === undefined || !/[;:]\s*$/.test(sentence)) return false;
  const text = `${sentence} ${next}`.slice(0, 2000);
  return clearedByMachine(maskSpans(text, personSpans(text)));
}
