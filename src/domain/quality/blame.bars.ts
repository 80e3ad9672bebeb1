/*
 * The bars the blame model's own judgement must clear (issue 16), by where the sentence is and what weighed: split out of
 * blame.patterns.ts in round 22, when the document bar was added.
 */
import { isRole } from './person-tokens.ts';

/** Where a sentence is judged: alone (`sentence`: a labelled set's line, an API caller's text) or in a document, as prose or a record (`entry`). */
export type BlameWhere = 'sentence' | 'prose' | 'entry';

/**
 * Round 22: the bar for the model's own judgement (no rule fired) in a document. A document is nearly all neutral
 * sentences, the labelled sets the model learned from are half blame: the prior is far lower there, so the model alone
 * needs more certainty; a sentence judged alone keeps BLAME_THRESHOLD, the rule forms are unchanged. Over the 422
 * training documents: 0.5 / 0.6 / 0.7 / 0.8 / 0.9 gave expected present 3,364 / 3,362 / 3,362 / 3,357 / 3,346,
 * forbidden 119 / 113 / 107 / 102 / 80, fully right 219 / 223 / 227 / 227 / 237 (0.9: two score bounds lost).
 */
export const DOCUMENT_MODEL_BAR = 0.7;

/**
 * Features that judge (valence, the phrase layer, counterfactual modals, judging words, scare quotes, a
 * question or negation about a person, a timeline entry): below `SURE`, a model finding needs one of them.
 * 0.7 by leave-one-writer-out: pooled 0.939 / 0.891 at 0.7, 0.935 / 0.896 at 0.6, 0.926 / 0.901 without the check.
 */
export const SIGNAL =
  /^(?:neg|phrase|stance:\w+\+P|harm-verb|modal-have(?!-passive)|judge-word|scare-quote|question|negation|timeline|pos\+|judged-person|virtue-denied|contrast|verdict|otherwise|instead|habitual|system-ok-then|lesson-for|despite|absent|praise-beside-harm|praise-then-harm|passive-by|thanks-cause\+|judged-act|left-in-state|faint-praise|without-act|untold)/;
/**
 * Round 10: 0.8 with tuning-5, -6 and -7 in training (leave one writer out, 19 folds, with this round's features:
 * pooled 0.946 / 0.878 at 0.8, 0.942 / 0.882 at 0.7); the round-10 shapes (a system that worked then a person, a
 * lesson for a person, a person as the obstacle, an absence, praise beside damage) and the passive with a person as
 * agent count as judging features.
 */
export const SURE = 0.8;
/** The judging features that count in a timeline entry or a table cell: not the entry's shape, nor a habit of monitoring ("keep monitoring"). */
export const ENTRY_SIGNAL = /^(?:neg|phrase|stance:\w+\+P|harm-verb|modal-have(?!-passive)|judge-word|scare-quote|question|negation|pos\+negation|judged-person|virtue-denied|contrast|verdict|otherwise|instead|without-act|left-in-state)/;
/**
 * A sentence whose only rated words are kind and that is not framed as praise is judged only when the model is sure.
 * Round 15, leave one writer out over 35 folds (true positives / false alarms against 0.9): 0.95 −30 / −3, 0.8 +48 / +12
 * (pooled 0.946 / 0.873 -> 0.944 / 0.882, no fold below 0.9), 0.7 +64 / +20, 0.6 +68 / +26 (fourteenth voice under 0.9).
 */
export const KIND_SURE = 0.8;
/** Round 14: a sentence whose only person is the writer ("I rushed it") is judged only above 0.9, on the model's words alone. */
export const SELF_SURE = 0.9;

/**
 * Round 23: in a document, "they" / "them" / "their" with no one else named point back past the sentence, and there
 * they are mostly things or counted people ("96 of them were temperature alerts", "They do not compute the set of
 * prefixes", "the internet around them"): no one the model may judge on its own. "Their engineer" names a person by
 * role, and keeps the sentence. Over all document sets, the model's findings whose only people were such pronouns were
 * nearly all on lines where blame is forbidden.
 */
export function onlyPluralPronouns(s: string, spans: readonly { start: number; end: number }[]): boolean {
  if (spans.length === 0) return false;
  return spans.every((sp) => {
    const w = s.slice(sp.start, sp.end);
    if (!/^(?:they|them|their|theirs)$/i.test(w)) return false;
    // "their engineer", "their integration engineer", "their own …": up to two modifiers before the role.
    const next = /^\s{1,2}([\p{L}-]+)(?:\s{1,2}([\p{L}-]+))?(?:\s{1,2}([\p{L}-]+))?/u.exec(s.slice(sp.end, sp.end + 60)) ?? [];
    return !(/^their$/i.test(w) && (next.slice(1).some((x) => x !== undefined && isRole(x)) || /^(?:own|fault|mistake|decision)$/i.test(next[1] ?? '')));
  });
}

/**
 * The probability above which the model's judgement counts when no rule fired; chosen by
 * leave-one-writer-out cross-validation (bench/quality.bench.ts) for precision ≥ 0.9.
 */
export const BLAME_THRESHOLD = 0.5;
