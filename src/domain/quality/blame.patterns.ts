import { notEnglish } from './blame.language.ts';
import { faqQuestion, INDIRECT_QUESTION, reportedQuestion } from './blame.questions.ts';
import { ACROSS_CLAUSES, FORMS, type BlameForm, type FormPattern } from './blame.forms.ts';
import { INDIRECT_FORMS, INDIRECT_GATE } from './blame.forms.indirect.ts';
import { maskSpans, personSpans, type PersonSpan } from './person-references.ts';
import { blameFeatures } from './blame.features.ts';
import { onlyActedOn } from './blame.patients.ts';
import { FAMILY_FORM, phraseMatches, type PhraseFamily } from './blame.phrases.ts';
import { classify, type Feature, type Model } from './classifier.ts';
import { BLAME_MODEL } from './blame.model.generated.ts';
import { assignmentRanges } from './vague.assignment.ts';
import { DOCUMENT_MODEL_BAR, onlyPluralPronouns, ENTRY_SIGNAL, KIND_SURE, SELF_SURE, SIGNAL, SURE, type BlameWhere } from './blame.bars.ts';
import { clearsPerson, hedgedRejection, labelOverruled, rejectsReading } from './blame.rejection.ts';
import { HARM } from './blame.clauses.ts';
import { systemReason } from './blame.reasons.ts';
import { isPraise, knewHow, OFFER_FRAME, onlyKindWords } from './blame.praise.ts';
import { withOpeningCapital } from './sentence-case.ts';
import { onlyReporter, ownAccount, plainPassiveWork, thingName, thingPronouns, withoutSpeakerTag } from './blame.gates.round30.ts';
import { plainCommitment, sharedWork } from './blame.gates.round31.ts';
import { isRole } from './person-tokens.ts';
import { ASSIGNED, atLeastFourLowerWords, CARE_BEFORE, CHECKED_AGAINST, POINTED_OUT, REVIEW_OF_THING, DELAY_EXPLAINED, ON_LEAVE, COMPLIANT, firstPerson, keptWaiting, NO_THING_PASSIVE, onlyWaitedOn, offDuty, reportedWords, placeName, SAFE_CHOICE, metadataFields, TURNED, UNINFORMED, round21Gate } from './blame.gates.ts';

export { isPraise } from './blame.praise.ts';
export { systemReason } from './blame.reasons.ts';

export type { BlameForm, BlameWhere };
export { DOCUMENT_MODEL_BAR } from './blame.bars.ts';

/** The forms of blame.forms.ts, then the indirect ones of the fifth round (blame.forms.indirect.ts), tried only when the sentence has their words. */
const ALL_FORMS: readonly FormPattern[] = [...FORMS, ...INDIRECT_FORMS];

/**
 * The probability above which the model's judgement counts when no rule fired; chosen by
 * leave-one-writer-out cross-validation (bench/quality.bench.ts) for precision ≥ 0.9.
 */
export const BLAME_THRESHOLD = 0.5;


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

/**
 * Frames that set a clause up to reject or discuss blame rather than assign it. Round 12: the frames the structural
 * readings of blame.rejection.ts or another frame here already cover were removed ("calling this X error would …" is
 * blaming as the topic; "would miss the point", "not a story about", "we don't blame" were matched only with another
 * reading on every training sentence; leave one writer out unchanged). What is left has sentences of its own.
 */
export const REJECTION =
  /\b(?:tempting|tempted|easy|unfair|wrong|pointless|unhelpful|simplistic) to (?:look for|say|suggest|argue|infer|blame|think|conclude|assume|call|claim|point|write|stop at)|\b(?:may|might|could|would) (?:look|seem|appear|sound) (?:like|as if|as though)|\b(?:(?:some|many|several|a few|other) (?:people|of us|colleagues|folks|teams|reviewers)|some|many|others)(?: on the (?:call|bridge|team))? (?:suggested|felt|thought|said|claimed|argued|wanted|asked|believed|assumed|blamed|(?:will|might|may|would|could) (?:say|argue|suggest|think))|\breject(?:s|ed|ing)? the (?:idea|claim|notion|suggestion|view) that|\bfirst (?:reaction|instinct|impulse|thought|guess) (?:was|is|might be)\b|\b(?:rather than|instead of) (?:asking|blaming|saying|writing|naming|pointing)|\b(?:is|was|are|were)(?:n't| not) (?:a story |really |just |only )?about (?:who|one person|blame|any|§|π)|(?<![§π]¤*\s)\bdo(?:es)?(?:n't| not) (?:think|believe|blame|attribute|consider|see|accept|hold)|\bno (?:one|individual|single person|person|engineer|operator|responder|human) (?:is|was|should be|can be) (?:responsible|to blame|at fault|blamed|singled out)|\bnot (?:naming|blaming|singling)|\bavoid(?:ed|ing)? (?:naming|blaming|singling)|\bfound no (?:fault|error|mistake|negligence|evidence of)|\bno fault (?:with|of|on|by)|\bno(?:body| one|-one) (?:was|is|were) (?:careless|negligent|at fault|to blame|lazy|sloppy|reckless)|\bno(?:body| one|-one) (?:forgot|ignored|missed|made|skipped|did anything)|\b(?:isn't|wasn't|is not|was not|not) (?:a case of |an? )?(?:human|operator|user) (?:error|mistake)|\bnot (?:because of|due to|the fault of|about) |\bblameless\b|\b(?:not|n't|never) (?:anyone|anybody|someone|one person|any one person|a single person)(?:'s|’s) fault|\b(?:nobody|no one|no-one)(?:'s|’s) fault|\bcould have happened to (?:any|anyone)|\bany (?:of us|one of us|engineer|responder) (?:could|would) have\b|\b(?:looks?|looked|seems?|seemed|appears?|appeared) (?:at first(?: glance)?|on the surface|initially|in hindsight|at a glance) (?:like|as if|as though)|\bmakes? it (?:look|seem|sound) (?:like|as if|as though)|\bthe (?:easy|obvious|simple|tempting|convenient|comfortable|lazy|surface|first-draft) (?:story|answer|explanation|reading|conclusion|narrative|version|take)\b|\b(?:not|n't|never|no longer)\s+(?:looking|searching|hunting|trying)\s+(?:for|to find)\s+(?:§¤*|a culprit|a scapegoat|culprits|scapegoats)(?:\s|$)/i;

const WEIGHED = /\b(?:discussed|debated|considered|explored|weighed)\s+whether\s+[§π]/i;
/** What a person keeps or loses as the one acted on: "without losing their place", "a fan losing their position". */
const KEPT_PLACE = /\b(?:losing|lose|loses|lost|keeping|keep|keeps|kept|retaining|retain|regaining|regain|holding|hold)\s+π¤*\s+(?:place|position|seat|spot|turn|progress|session|basket|cart|booking|reservation|order)s?\b/i;
const THANKS_ACT = /^\s*(?:thanks|thank you) to\s+§¤*(?:'s|’s)\s+(?:quick\s+|prompt\s+|early\s+|timely\s+)?(?:call|report|page|escalation|message|e-?mail|alert|check|decision|question|note|warning|review)\b/i;
const CREDITED = /\b(?:worked|caught it|noticed it)\b[^.;]{0,30}\bbecause\s+§¤*\s+(?:was|were|had been|happened to be)\s+\w+ing\b/i;

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
const NEEDS_NO_PERSON = /not one|one job|not a single|it(?:'s|’s| is| was) always|always the same|not the (?:system|process|tool|software|code|platform|technology|tech|design|monitoring|hardware|machine|network|infrastructure|config|pipeline|automation)|any (?:competent|decent|half|halfway|good|reasonable|sensible|experienced|careful|attentive|responsible|qualified|proper|capable|trained|self|junior|first)|error|mistake|would have|fault|failure|negligence|slip|nobody|no one|no-one|who|why|how|apparently|thanks|genius|spark|rocket scientist|cowboy|clown|muppet|wise guy|smart alec|classic|idiot|moron|fool|useless|careless|it was me|out of|\bI\b|\bon me\b|\blike (?:toddlers|children|kids|babies|amateurs|cavemen|monkeys)\b|\bmy (?:own )?(?:fault|careless|neglig|lazi|sloppi|blunder|screw|cock|stupid|bad)|\b(?:some|rest|those) of us\b|with (?:all )?(?:due )?respect/i;

/**
 * Every blaming clause in a sentence (one hit per clause), in order: the forms of the
 * rules, or, when none fired, the model's judgement (form `judging-words`) quoting the
 * words that weighed most, when a person is referred to.
 */
export function blameHits(sentence: string, model: Model = BLAME_MODEL, where: BlameWhere = 'sentence'): BlameHit[] {
  const written = sentence.replace(/\s+/g, ' ');
  // Round 15: a sentence opening in lowercase (chat) is read with its capital; quotes come from the sentence as written.
  // Round 30: a chat line's speaker tag is who spoke, not the subject of what was said (blame.gates.round30.ts).
  const s = withOpeningCapital(withoutSpeakerTag(written, (name) => personSpans(`${name} said it.`).length > 0));
  const text = withoutQuotedAdvice(s);
  const spans = personSpans(text);
  const hits = rulesOn(s, text, spans);
  // The person references are found once: the model reads the same text when no quoted advice was blanked.
  const judged = hits.length > 0 ? hits : [modelHit(s, model, text === s && s.length <= 2000 ? spans : undefined, where)].filter((h) => h !== null);
  return asWritten(judged, s, written);
}

/** Hits found in the sentence read with its capitals (sentence-case.ts), re-quoted from the sentence as written (same offsets). */
function asWritten(hits: BlameHit[], read: string, written: string): BlameHit[] {
  return read === written ? hits : hits.map((h) => ({ ...h, phrase: written.slice(h.start, h.end).trim() }));
}

/** The model's judgement of a sentence (whitespace collapsed) no rule fired on: a hit quoting the strongest words, or null. */
function modelHit(s: string, model: Model, known: readonly PersonSpan[] | undefined, where: BlameWhere): BlameHit | null {
  // Headings, table cells and fragments ("Root Cause Analysis") are not sentences to judge.
  if (!atLeastFourLowerWords(s) || metadataFields(s)) return null;
  // Round 27: a sentence in another language is not read by the model's English words (blame.language.ts).
  if (where !== 'sentence' && (notEnglish(s) || faqQuestion(s))) return null;
  const cut = s.slice(0, 2000);
  const spans = known ?? personSpans(cut);
  // Round 14: a first person only ("I rushed it", "Stupid of me") is judged too, but only when the model is sure (below).
  const anchors = spans.length > 0 ? spans : firstPerson(cut);
  // Round 17: no one but places by their place ("held 560 °C at the Brickfield Glass Studio") is no one to judge.
  // Round 30: nor names that are a thing's by their place, an abbreviation in brackets or an apposition (thingName).
  if (anchors.length === 0 || anchors.every((a) => placeName(cut, a) || thingName(cut, a, (noun) => isRole(noun) || personSpans(`The ${noun} said it.`).length > 0))) return null;
  // Round 26: an action item whose only person is in its assignment fields ("… @dana", "(owner: Tom Okonedo)", "— Sam"):
  // an assignment is not a judgement (vague.assignment.ts).
  // A person named only as a kind of being, denied ("named after the morning star, not after a person"): no one acts.
  if (anchors.every((a) => /^(?:person|human|individual)$/i.test(cut.slice(a.start, a.end).replace(/^(?:an?|any)\s+/i, '')) && /\bnot\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,2}(?:an?\s{1,2}|any\s{1,2})?$/i.test(cut.slice(Math.max(0, a.start - 40), a.start)))) return null;
  const assigned = assignmentRanges(cut);
  if (assigned.length > 0 && anchors.every((a) => assigned.some((r) => a.start >= r.start && a.end <= r.end))) return null;
  if (where !== 'sentence' && onlyPluralPronouns(cut, spans)) return null;
  // A sentence that rejects or discusses blame is not judged by the model either ("it would be unfair to write that …"),
  // nor an act explained by a system reason after the person ("… did not acknowledge the page because it went to a disconnected handset").
  const masked = maskSpans(cut, spans);
  if (REJECTION.test(masked) || hedgedRejection(masked, masked) || clearsPerson(masked) || rejectsReading(masked) || reportedQuestion(masked)) return null;
  // Round 10: the only person is the one who should have been informed ("Imran should have been told that the quota
  // had changed"): what others failed to do for them, not their fault.
  if (spans.length === 1 && UNINFORMED.test(masked)) return null;
  // Round 12: every person in a counterfactual only acted on ("Had the duty engineer been alerted sooner, the queue would
  // have drained …"): what others did or did not do for them, not a judgement of them.
  if (onlyActedOn(cut, masked)) return null;
  // Round 10: the only person did a check before the act, told plainly ("The surveyor read the site plans twice before
  // digging"): care, not a fault — unless a negation, a contrast or a question turns it.
  // Round 29: a check against another thing told plainly, whoever owns that thing (CHECKED_AGAINST).
  if (((spans.length === 1 && (CARE_BEFORE.test(masked) || COMPLIANT.test(masked))) || SAFE_CHOICE.test(masked) || CHECKED_AGAINST.test(masked) || REVIEW_OF_THING.test(masked) || POINTED_OUT.test(masked)) && !TURNED.test(masked)) return null;
  // Round 16: a delay a thing explains, people handed their parts or away on leave: no judgement of them.
  if (DELAY_EXPLAINED.test(masked) || offDuty(masked) || keptWaiting(masked) || onlyWaitedOn(masked, spans) || ((ASSIGNED.test(masked) || ON_LEAVE.test(masked)) && !TURNED.test(masked))) return null;
  // Round 20: a person's duties weighed in a meeting ("discussed whether X's duties should …"), or the reason a check worked; round 21: round21Gate (blame.gates.round21.ts).
  if (round21Gate(masked, cut) || knewHow(masked) || WEIGHED.test(masked) || CREDITED.test(masked) || (KEPT_PLACE.test(masked) && !/\b(?:should|could|would) have\b|\bfault\b|\bblame/i.test(masked))) return null;
  // Thanks for a person's act that led to a good or plain outcome ("Thanks to Ana's call, the incident was declared early").
  if (THANKS_ACT.test(masked) && !HARM.test(s) && !/\b(?:late|only|finally|eventually|hours?|again|instead|never|down|outage|failed)\b/i.test(s)) return null;
  // Round 30: the only person reports the problem, people only as the agents of a plain passive of work done, a person's
  // own account reported plainly, and,
  // and, in a document, "they" whose
  // antecedent is a plural thing opening the sentence, as onlyPluralPronouns (blame.gates.round30.ts).
  if (onlyReporter(cut, masked, spans) || plainPassiveWork(masked) || ownAccount(masked, cut) || (where !== 'sentence' && thingPronouns(cut, spans))) return null;
  // Round 31: a person's plain commitment held to a date ('§ will bring a proposal to the review on 2027-04-08'): an owner, not a judgement.
  if (plainCommitment(masked)) return null;
  // Round 31: colleagues sharing the work, the person doing the same as the group (blame.gates.round31.ts).
  if (sharedWork(masked, cut)) return null;
  const after = masked.slice(anchors[0]!.end, anchors[0]!.end + 300);
  if (systemReason(after) && !/\b(?:because|since|as|due to)\b[^.;]{0,80}[§π]/i.test(after)) return null;
  // Sarcastic praise is praise in its words only: a phrase of the layer ("thanks a lot, X, for …") keeps the sentence to judge.
  const phrases = phraseMatches(masked);
  const phrased = phrases.some((m) => m.family !== 'praise-opener');
  // Round 11: praise for damage is mock praise ("Kudos to X for bricking every locker"): the model weighs it.
  if (isPraise(s) && !phrased && !HARM.test(s)) return null;
  const features = blameFeatures(s, null, masked, phrases);
  // Round 8: an offer of help ("Happy to walk Lucas through the checklist before his first shift") with only kind words
  // and no stance (no "again", "apparently", "of course" …) is sincere; its sarcastic twins carry a marker or a form.
  if (OFFER_FRAME.test(s) && !phrased && onlyKindWords(s) && !features.some((f) => f.name.startsWith('stance:'))) return null;
  const { p, top: strongest } = classify(model, features);
  let top = strongest;
  if (p < (where === 'sentence' ? BLAME_THRESHOLD : DOCUMENT_MODEL_BAR)) return null;
  // Kind words only, no praise frame: sarcasm ("That genius Brandon decided production was a good place to …") or a neutral account; the model must be sure.
  if (p < KIND_SURE && !phrased && onlyKindWords(s)) return null;
  // Unsure and nothing judging: a person and unknown words ("The consultant's script is attached") is not enough.
  const signal = features.some((f) => SIGNAL.test(f.name) && (model.weights[f.name] ?? 0) > 0);
  if (spans.length === 0 ? p < SELF_SURE : p < SURE && !signal) return null;
  // A timeline entry or a table cell records who did what: whatever p, the model needs a judging feature other than the
  // entry's own shape ("Tomasz restarts the indexer; lag drains in twelve minutes" is a record, not a judgement).
  const quoted = where === 'entry' ? reportedWords(s) : [];
  const inQuote = (f: Feature): boolean => quoted.some((q) => f.start >= q.start && f.end <= q.end) || (f.name.startsWith('negation') && NO_THING_PASSIVE.test(masked.slice(f.start, f.start + 80)));
  if (where === 'entry' && !features.some((f) => ENTRY_SIGNAL.test(f.name) && (model.weights[f.name] ?? 0) > 0 && !inQuote(f))) return null;
  if (top === undefined) return null;
  // A phrase of the layer that weighed for blame names the finding and is quoted, rather than a single word beside it.
  const phrase = features.find((f) => (model.weights[f.name] ?? 0) > 0 && (FAMILY_FORM as Record<string, BlameForm | undefined>)[/^phrase:(\w+)(?:\+P)?$/.exec(f.name)?.[1] ?? ''] !== undefined);
  if (phrase !== undefined) top = { ...phrase, weight: model.weights[phrase.name] ?? 0 };
  // Quote from the nearest person reference to the word, when they are close.
  const near = anchors.reduce((a, b) => (Math.abs(b.start - top.start) < Math.abs(a.start - top.start) ? b : a));
  const start = Math.abs(near.start - top.start) <= 60 ? Math.min(near.start, top.start) : top.start;
  const end = Math.abs(near.start - top.start) <= 60 ? Math.max(near.end, top.end) : top.end;
  // When a phrase of the layer weighed most, the finding names its family's form ("threw it over the wall" → idiom).
  const family = /^phrase:(\w+)/.exec(top.name)?.[1] as PhraseFamily | undefined;
  return { form: family === undefined ? 'judging-words' : FAMILY_FORM[family], phrase: s.slice(start, end).trim(), start, end };
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
      if (p.form === 'human-error' && (/\b(?:not|no|never|n't|rather than|instead of|without|beyond|than)\s+(?:\S+\s+){0,3}["'“‘]?$/i.test(before) || labelMentioned(s, start, end))) continue;
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
