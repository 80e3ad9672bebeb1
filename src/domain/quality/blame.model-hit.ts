import { artefactLacksPerson } from './blame.gates.round34.ts';
import { notEnglish } from './blame.language.ts';
import { faqQuestion, reportedQuestion } from './blame.questions.ts';
import { type BlameForm } from './blame.forms.ts';
import type { BlameHit } from './blame.patterns.ts';
import { maskSpans, personSpans, type PersonSpan } from './person-references.ts';
import { blameFeatures } from './blame.features.ts';
import { withInitialismSubjects } from './blame.initialism-subjects.round39.ts';
import { onlyActedOn } from './blame.patients.ts';
import { FAMILY_FORM, phraseMatches, type PhraseFamily } from './blame.phrases.ts';
import { classify, type Feature, type Model } from './classifier.ts';
import { assignmentRanges } from './vague.assignment.ts';
import { DOCUMENT_MODEL_BAR, onlyPluralPronouns, ENTRY_SIGNAL, KIND_SURE, SELF_SURE, SIGNAL, SURE, type BlameWhere, BLAME_THRESHOLD } from './blame.bars.ts';
import { clearsPerson, hedgedRejection, rejectsReading, REJECTION } from './blame.rejection.ts';
import { HARM } from './blame.clauses.ts';
import { systemReason } from './blame.reasons.ts';
import { isPraise, knewHow, OFFER_FRAME, onlyKindWords } from './blame.praise.ts';
import { onlyReporter, ownAccount, plainPassiveWork, thingName, thingPronouns } from './blame.gates.round30.ts';
import { plainCommitment, sharedWork } from './blame.gates.round31.ts';
import { byProcedure, scheduledRepeat } from './blame.gates.round32.ts';
import { thingsOwnNegation } from './blame.gates.round33.ts';
import { isRole } from './person-tokens.ts';
import { ASSIGNED, atLeastFourLowerWords, CARE_BEFORE, CHECKED_AGAINST, POINTED_OUT, REVIEW_OF_THING, DELAY_EXPLAINED, ON_LEAVE, COMPLIANT, firstPerson, keptWaiting, NO_THING_PASSIVE, onlyWaitedOn, offDuty, reportedWords, placeName, SAFE_CHOICE, metadataFields, TURNED, UNINFORMED, round21Gate } from './blame.gates.ts';

/**
 * The model's path of the blame rule (issue 16): a sentence no rule form fired on is judged by the trained model
 * (blame.model.generated.ts) after the gates that keep it from judging what is not a judgement of a person (headings,
 * assignments, rejections, people only acted on, thanks, care told plainly, a system's reason after the person …).
 * Moved out of blame.patterns.ts in round 32 (the file had two roles); behaviour unchanged.
 */

/** The writer opening with a view of theirs: "I'd push back", "I would argue", "I'd suggest", "I'd question". */
const OWN_VIEW = /^\W{0,3}I(?:['’]d|\s+would)\s+(?:(?:just|also|gently|strongly)\s+)?(?:push\s+back|argue|suggest|question|disagree|challenge|add|note|say|propose|recommend)\b/;
const WEIGHED = /\b(?:discussed|debated|considered|explored|weighed)\s+whether\s+[§π]/i;
/** What a person keeps or loses as the one acted on: "without losing their place", "a fan losing their position". */
const KEPT_PLACE = /\b(?:losing|lose|loses|lost|keeping|keep|keeps|kept|retaining|retain|regaining|regain|holding|hold)\s+π¤*\s+(?:place|position|seat|spot|turn|progress|session|basket|cart|booking|reservation|order)s?\b/i;
const THANKS_ACT = /^\s*(?:thanks|thank you) to\s+§¤*(?:'s|’s)\s+(?:quick\s+|prompt\s+|early\s+|timely\s+)?(?:call|report|page|escalation|message|e-?mail|alert|check|decision|question|note|warning|review)\b/i;
const CREDITED = /\b(?:worked|caught it|noticed it)\b[^.;]{0,30}\bbecause\s+§¤*\s+(?:was|were|had been|happened to be)\s+\w+ing\b/i;

/** The model's judgement of a sentence (whitespace collapsed) no rule fired on: a hit quoting the strongest words, or null. */
export function modelHit(s: string, model: Model, known: readonly PersonSpan[] | undefined, where: BlameWhere): BlameHit | null {
  // Headings, table cells and fragments ("Root Cause Analysis") are not sentences to judge.
  if (!atLeastFourLowerWords(s) || metadataFields(s)) return null;
  // Round 27: a sentence in another language is not read by the model's English words (blame.language.ts).
  if (where !== 'sentence' && (notEnglish(s) || faqQuestion(s))) return null;
  const cut = s.slice(0, 2000);
  // Round 39: initialism subjects are people for the model only, as it was trained (blame.initialism-subjects.round39.ts),
  // and only in a sentence judged alone: in documents the reading cost forbidden findings (documents-eval-9, -46, -52: 56 ->
  // 54 over nine sets) and gained no expected one; a document's own posts are read by round 37's `known`.
  const spans = where === 'sentence' ? withInitialismSubjects(cut, known ?? personSpans(cut)) : known ?? personSpans(cut);
  // Round 14: a first person only ("I rushed it", "Stupid of me") is judged too, but only when the model is sure (below).
  const anchors = spans.length > 0 ? spans : firstPerson(cut);
  // Round 38: the writer alone, stating a view ("I'd push back a bit on the root cause", "I would argue …"): an opinion
  // about something else, not the writer's own failure.
  if (spans.length === 0 && OWN_VIEW.test(cut)) return null;
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
  // Round 32: a repeat held to its cadence ('runs that check again daily'), an act told with the procedure it follows (blame.gates.round32.ts).
  if (scheduledRepeat(masked) || byProcedure(masked)) return null;
  // Round 34: a plan or a rota that lacks a person ('the rota did not include § a second approver', blame.gates.round34.ts).
  if (artefactLacksPerson(masked)) return null;
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
  // Round 33: the negation of a person's thing in its own clause is the thing's lack, not a signal (blame.gates.round33.ts).
  const signal = features.some((f) => SIGNAL.test(f.name) && (model.weights[f.name] ?? 0) > 0 && !thingsOwnNegation(f, features));
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
