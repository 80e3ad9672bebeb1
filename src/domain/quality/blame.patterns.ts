import { INDIRECT_QUESTION } from './blame.questions.ts';
import { ACROSS_CLAUSES, FORMS, type BlameForm, type FormPattern } from './blame.forms.ts';
import { INDIRECT_FORMS, INDIRECT_GATE } from './blame.forms.indirect.ts';
import { maskSpans, personSpans, type PersonSpan } from './person-references.ts';
import { type Model } from './classifier.ts';
import { BLAME_MODEL } from './blame.model.generated.ts';
import { type BlameWhere } from './blame.bars.ts';
import { clearsPerson, hedgedRejection, labelOverruled, rejectsReading, REJECTION } from './blame.rejection.ts';
import { systemReason } from './blame.reasons.ts';
import { withOpeningCapital } from './sentence-case.ts';
import { withoutSpeakerTag } from './blame.gates.round30.ts';
import { modelHit } from './blame.model-hit.ts';
import { namesWithoutJudging } from './blame.documents.round32.ts';
import { hedgedClaimStart } from './blame.hedged-claim.ts';
import { neutralRecord } from './blame.records.round36.ts';
import { praisedOutcome } from './blame.praised-outcome.round39.ts';

export { isPraise } from './blame.praise.ts';
export { systemReason } from './blame.reasons.ts';

export type { BlameForm, BlameWhere };
export { BLAME_THRESHOLD, DOCUMENT_MODEL_BAR } from './blame.bars.ts';
export { REJECTION } from './blame.rejection.ts';

/** The forms of blame.forms.ts, then the indirect ones of the fifth round (blame.forms.indirect.ts), tried only when the sentence has their words. */
const ALL_FORMS: readonly FormPattern[] = [...FORMS, ...INDIRECT_FORMS];

/*
 * Blame by structure (issue 16). A sentence blames when, in one clause, a person
 * reference (a name, @handle, pronoun, role or group of people) carries a judgement or
 * a counterfactual: "should have …", "if X had bothered …", "X's failure to …", "a
 * mistake by the new hire", "X dropped the ball", "solely responsible", "X wasted forty
 * minutes …", sarcasm, rhetorical questions, "thanks to X" with a bad outcome, the
 * passive with the person as agent, "human error". Clauses that reject blame ("not human
 * error", "it's tempting to say X should have …, but") and failures explained by a
 * system reason ("… because the page went to an old number") are not blame.
 *
 * How: the sentence is tokenised, person references are found by word class (see
 * blame.lexicon.ts) and masked in a copy of the same length (§¤¤¤ for a person, π¤¤ for
 * his/her/their), and each form is a small pattern over that masked copy. Every pattern
 * uses bounded repetition only, so the work is linear in the sentence length.
 */


/** One blaming clause: the form, the phrase and where it is in the sentence (UTF-16 offsets). */
export type BlameHit = { form: BlameForm; phrase: string; start: number; end: number };

/** A negation just before the person ("not Dan's fault", "wasn't the intern's mistake"). */
const NEGATED_BEFORE = /(?:\bnot|n't|\bno|\bnever|\bnor|\bhardly|\bneither)\s+(?:\S+\s+){0,2}$/i;
const NEGATION_INSIDE = /\b(?:not|n't|never|no longer|hardly)\b/i;
const NEGATION_ALLOWED = /\bnot (?:competent|fit|qualified|up to)\b/i;

/** Advice about blame rather than blame: quoted examples are not the author's words. */
const ADVICE = /\b(?:avoid|don't|do not|never|instead|rather than|stop|write|writing|say|saying|phrase|phrases|wording|language|replace|use|blameless|sentences? like|example)\b/i;
const QUOTED = /"[^"]{0,400}"|“[^”]{0,400}”|‘[^’]{0,400}’|(?<![A-Za-z0-9])'[^'\s][^']{3,400}'(?![A-Za-z0-9])/g;

/** Forgetting one's own things is not an omission at work: "had forgotten her badge". */
const PERSONAL_ITEM = /^\s+(?:to bring\s+)?(?:her|his|their|my|your|π¤*)\s+(?:own\s+)?(?:badge|laptop|phone|keys?|charger|glasses|card|wallet|bag|lunch|umbrella|headset|coat|jacket|password manager)\b/i;

const NEW_SUBJECT = /^(?:[§π]|[A-Z]|(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts?|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|I|[Nn]othing|[Nn]obody|[Nn]o|[Nn]one|[Tt]here|[Ww]hat|[Ee]veryone|[Ss]omeone|[Aa]nyone)\b)/;
const CLAUSE_BREAK = /;|(?<!\d):|:(?!\d)|\s[—–-]\s|,?\s+(?:but|yet|however|whereas|although|though)\s+/gi;

/** Clause ranges of a (masked) sentence. */
function clauses(m: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const b of m.matchAll(CLAUSE_BREAK)) {
    // "X acknowledges the page but does not look": a conjunction without a new subject keeps the subject's clause.
    if (/^,?\s+(?:but|yet)\s+$/i.test(b[0]) && !NEW_SUBJECT.test(m.slice(b.index + b[0].length, b.index + b[0].length + 40))) continue;
    out.push({ start: at, end: b.index });
    at = b.index + b[0].length;
  }
  out.push({ start: at, end: m.length });
  return out.filter((c) => c.end > c.start);
}

/** Cheap pre-check: a sentence with no person marker and no "error"/"nobody"/"who" cannot blame. */
const NEEDS_NO_PERSON = /not one|one job|not a single|it(?:'s|’s| is| was) always|always the same|not the (?:system|process|tool|software|code|platform|technology|tech|design|monitoring|hardware|machine|network|infrastructure|config|pipeline|automation)|any (?:competent|decent|half|halfway|good|reasonable|sensible|experienced|careful|attentive|responsible|qualified|proper|capable|trained|self|junior|first)|error|mistake|would have|fault|failure|negligence|slip|nobody|no one|no-one|who|why|how|apparently|thanks|genius|spark|rocket scientist|cowboy|clown|muppet|wise guy|smart alec|classic|idiot|moron|fool|useless|careless|it was me|out of|\bI\b|\bon (?:me|us)\b|\blike (?:toddlers|children|kids|babies|amateurs|cavemen|monkeys)\b|\bmy (?:own )?(?:fault|careless|neglig|lazi|sloppi|blunder|screw|cock|stupid|bad)|\b(?:some|rest|those) of us\b|with (?:all )?(?:due )?respect/i;

/**
 * Every blaming clause in a sentence (one hit per clause), in order: the forms of the
 * rules, or, when none fired, the model's judgement (form `judging-words`) quoting the
 * words that weighed most, when a person is referred to. `hedged` is set when the sentence is already the claim
 * behind an opening hedge (round 33: read once, never a hedge within a hedge).
 */
export function blameHits(sentence: string, model: Model = BLAME_MODEL, where: BlameWhere = 'sentence', hedged = false, known?: ReadonlySet<string>): BlameHit[] {
  const written = sentence.replace(/\s+/g, ' ');
  // Round 15: a sentence opening in lowercase (chat) is read with its capital; quotes come from the sentence as written.
  // Round 30: a chat line's speaker tag is who spoke, not the subject of what was said (blame.gates.round30.ts).
  const s = withOpeningCapital(withoutSpeakerTag(written, (name) => personSpans(`${name} said it.`).length > 0));
  const text = withoutQuotedAdvice(s);
  // Round 37: `known` holds the posts and units the document has established as people (blame.documents.round37.ts).
  const spans = personSpans(text, known);
  // Round 32: a sentence that names people without judging them (blame.documents.round32.ts).
  // Round 36: a review question, a tracker's record or a template's prompt names people as actors (blame.records.round36.ts).
  const masked = maskSpans(text, spans);
  if (namesWithoutJudging(masked, text, spans) || neutralRecord(masked, text, spans)) return [];
  // Round 39: sincere praise of an outcome with "without" / "never" ("… without losing a call", "never gave up on …").
  if (praisedOutcome(text)) return [];
  const hits = rulesOn(s, text, spans);
  // The person references are found once: the model reads the same text when no quoted advice was blanked.
  const judged = hits.length > 0 ? hits : [modelHit(s, model, text === s && s.length <= 2000 ? spans : undefined, where)].filter((h) => h !== null);
  if (judged.length === 0 && !hedged) {
    // Round 33: the claim behind an opening impersonal hedge, read as a sentence of its own (blame.hedged-claim.ts).
    const at = hedgedClaimStart(written);
    if (at > 0) return blameHits(written.slice(at), model, where, true, known).map((h) => ({ ...h, start: h.start + at, end: h.end + at }));
  }
  return asWritten(judged, s, written);
}

/** Hits found in the sentence read with its capitals (sentence-case.ts), re-quoted from the sentence as written (same offsets). */
function asWritten(hits: BlameHit[], read: string, written: string): BlameHit[] {
  return read === written ? hits : hits.map((h) => ({ ...h, phrase: written.slice(h.start, h.end).trim() }));
}



/** The blaming clauses the rules find (one hit per clause), in order. */
export function ruleHits(sentence: string): BlameHit[] {
  const written = sentence.replace(/\s+/g, ' ');
  const s = withOpeningCapital(written);
  const text = withoutQuotedAdvice(s);
  const hits = rulesOn(s, text, personSpans(text));
  return asWritten(hits, s, written);
}

/** Quoted examples in a sentence that gives advice are blanked (same length): they are not the author's words. */
function withoutQuotedAdvice(s: string): string {
  return ADVICE.test(s.replace(QUOTED, ' ')) ? s.replace(QUOTED, (q) => ' '.repeat(q.length)) : s;
}

/** The rules over a sentence `s`, its `text` with quoted advice blanked, and the person references of that text. */
function rulesOn(s: string, text: string, spans: readonly PersonSpan[]): BlameHit[] {
  const isQuestion = /\?\s*$/.test(s);
  const m = maskSpans(text, spans);
  if (!m.includes('§') && !m.includes('π') && !NEEDS_NO_PERSON.test(m)) return [];
  // Round 11: a blame reading reported and then corrected, or blaming as the topic, is not the writer's blame.
  if (rejectsReading(m)) return [];
  const hits: BlameHit[] = [];
  const forms = INDIRECT_GATE.test(text) ? ALL_FORMS : FORMS;
  for (const c of clauses(m)) {
    const clause = m.slice(c.start, c.end);
    const written = text.slice(c.start, c.end);
    if (REJECTION.test(clause) || hedgedRejection(clause, m) || clearsPerson(clause)) continue;
    const hasPerson = clause.includes('§') || clause.includes('π');
    for (const p of forms) {
      if (p.person && !hasPerson) continue;
      if (isQuestion && p.form !== 'rhetorical-question') continue;
      if (p.needs !== undefined && !p.needs.test(written)) continue;
      if (!isQuestion && p.form === 'rhetorical-question') continue;
      const r = p.re.exec(p.raw === true ? written : clause);
      if (r === null) continue;
      const lead = /^[\s,.;]+/.exec(r[0])?.[0].length ?? 0;
      const start = c.start + r.index + lead;
      const end = c.start + r.index + r[0].length;
      // What follows and what surrounds the clause, bounded so that a long run of clauses stays linear.
      const rest = m.slice(end, end + 300);
      if (p.check !== undefined && !p.check(r[0], rest, m.slice(Math.max(0, c.start - 300), c.end + 300), s.slice(start, end))) continue;
      const before = clause.slice(Math.max(0, r.index + lead - 80), r.index + lead);
      if (NEGATED_BEFORE.test(before) || INDIRECT_QUESTION.test(before)) continue;
      if (p.negatable === true && NEGATION_INSIDE.test(r[0]) && !NEGATION_ALLOWED.test(r[0])) continue;
      if (p.form === 'human-error' && (/\b(?:not|no|never|n['’]t|rather than|instead of|without|beyond|than)\s+(?:\S+\s+){0,3}["'“‘]?$/i.test(before) || labelMentioned(s, start, end))) continue;
      if (p.weak === true && systemReason(rest, p.whichIsNoReason !== true)) continue;
      if (p.form === 'omission-verb' && (PERSONAL_ITEM.test(rest) || /^\s+(?:nothing|none|no one|nobody|no-one)\b/i.test(rest))) continue;
      if (/^\s+(?:is|was|are)(?:n't| not| never| rarely| seldom)\b/i.test(rest)) continue;
      hits.push({ form: p.form, phrase: s.slice(start, end).trim(), start, end });
      break;
    }
  }
  if (hits.length === 0 && !isQuestion && !REJECTION.test(m) && !hedgedRejection(m, m) && !clearsPerson(m)) {
    for (const p of ACROSS_CLAUSES) {
      if (p.needs !== undefined && !p.needs.test(m)) continue;
      const r = p.re.exec(m);
      if (r !== null && p.check !== undefined && !p.check(r[0], m.slice(r.index + r[0].length, r.index + r[0].length + 300), m, s.slice(r.index, r.index + r[0].length))) continue;
      if (r !== null) hits.push({ form: p.form, phrase: s.slice(r.index, r.index + r[0].length).trim(), start: r.index, end: r.index + r[0].length });
    }
  }
  return hits;
}

/** A cause the writer goes on to name instead: "the real cause was …", "… is a symptom", "after review we recorded …". */
const CAUSE_CORRECTED = /\b(?:real|actual|underlying|true|deeper) (?:cause|story|problem|issue|fault)\b|\bis (?:a |only a |just a )?symptom\b|\bwhere (?:the |an |our )?(?:investigation|analysis|review) (?:starts|begins)\b|\bafter (?:the )?review\b[^.;]{0,60}\b(?:recorded|changed|agreed|wrote|concluded|found)\b|\b(?:removed|struck|replaced|dropped)\b[^.;]{0,40}\bfrom the\b/i;

/**
 * "human error" named as a label rather than used as a cause: in quotes ('Root cause is not "human error"', '"Operator
 * mistake" is where …'), or followed by the cause the writer names instead (round 10, after the fifteenth and sixteenth
 * voices were measured once: their explicit rejections of "human error" were flagged).
 */
function labelMentioned(s: string, start: number, end: number): boolean {
  const quoted = /["'“‘]\s*$/.test(s.slice(Math.max(0, start - 2), start)) && /^\s*["'”’]/.test(s.slice(end, end + 2));
  return quoted || CAUSE_CORRECTED.test(s.slice(end, end + 400)) || labelOverruled(s.slice(Math.max(0, start - 80), start), s.slice(end, end + 300));
}


/** The blaming phrase in a sentence, or null when the sentence does not blame anyone. */
export function findBlame(sentence: string): string | null {
  return blameHits(sentence)[0]?.phrase ?? null;
}

/** Whether an answer ("Because the engineer forgot…", "→ Bob") puts a person at the end of the chain. */
export function answerIsPerson(answer: string): boolean {
  const a = answer.replace(/^[\s→>*_:-]*(?:because|answer|root cause)?[\s*_:]*/i, '');
  if (findBlame(a) !== null) return true;
  const first = personSpans(a)[0];
  // A capitalised abstract noun opening the answer ("Ownership is not tracked", "Monitoring did not cover it") is a practice, not a name (round 7).
  return first !== undefined && first.start === 0 && !/^(?:they|them)\b/i.test(a) && !/^\p{Lu}\p{Ll}+(?:ship|ment|tion|sion|ness|ity|ing|ance|ence|ism)\b/u.test(a.slice(first.start, first.end));
}
