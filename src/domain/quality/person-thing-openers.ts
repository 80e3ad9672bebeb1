/*
 * Round 35 (issue 16): a capitalised word that WordNet holds only as a thing, a quality, an act or a manner
 * (thing-words.generated.ts) is not a name when its place and the words after it make it a modifier or a label: a label
 * before its number anywhere ("the Line 3 infeed", "(Sprint 31)"); or, where a sentence, clause, bracket, table cell or
 * export field opens, a word joined by "and" to a lower-case modifier ("Browse and category pages were fine") or the
 * modifier of a plural thing with its own auxiliary ("Wholesale accounts were hit hardest"; a plural of people, as in
 * "Enterprise customers were hit", keeps the person reading). A subject that acts
 * ("Maintenance dropped the ball", "Faith pushed to prod") is left to the readers before. A person's shape keeps the
 * word: a known given name, a role, a department or a group, or an item of a list of names. Spans only removed; linear.
 */
import { GROUP_NOUNS, SERVED } from './blame.lexicon.ts';
import { personNounKind } from './person-lexicon.ts';
import type { PersonSpan } from './person-mask.ts';
import { opensClause } from './person-place.ts';
import { thingAntecedent } from './person-antecedents.ts';
import { isRole, type Token } from './person-tokens.ts';
import { DEPARTMENT, GIVEN, LOWER_DEPARTMENT } from './person-words.ts';
import { THING_WORDS_TEXT } from './thing-words.generated.ts';

let thingWords: ReadonlySet<string> | undefined;

/** Whether WordNet holds the lower-case word (or a plural's singular) only as a thing, quality, act or manner. */
export function thingOnlyWord(word: string): boolean {
  thingWords ??= new Set(THING_WORDS_TEXT.split(/\s+/).filter((w) => w !== ''));
  const lower = word.toLowerCase();
  if (thingWords.has(lower)) return true;
  return /[^s]s$/.test(lower) && thingWords.has(lower.slice(0, -1));
}

/** Pronouns and determiners a person reference may open with: closed classes, never a thing's word. */
const CLOSED = /^(?:he|she|him|her|his|hers|they|them|their|theirs|me|my|mine|you|your|yours|we|us|our|ours|i|it|its|one|no|any|every|some|each|all)$/i;
/** Capitalised word shape: a capital, then lower case, hyphenated parts allowed ("Photo-eye"). */
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)*$/u;

/** A word a person's shape keeps: a given name, a role, a group, a department, a person noun of WordNet. */
function personWord(w: string): boolean {
  return GIVEN.has(w) || isRole(w) || isRole(w.toLowerCase()) || GROUP_NOUNS.test(w) || DEPARTMENT.test(w) || LOWER_DEPARTMENT.test(w) || personNounKind(w) !== null;
}

/** Whether a capitalised word at token i is capitalised by its place: a clause, bracket, cell or export field opens. */
function placeCapitalised(s: string, toks: readonly Token[], i: number, leadingNumbers: number): boolean {
  if (opensClause(s, toks, i, leadingNumbers)) return true;
  const t = toks[i]!;
  const before = s.slice(Math.max(0, t.start - 3), t.start);
  return /[([{|·•]\s{0,2}$/.test(before) || (/^\s{0,2}$/.test(before) && t.start < 3);
}

/** What follows a plural noun that heads a noun phrase: an auxiliary of its own, or the close of a quote or bracket. */
const PLURAL_HEAD_AFTER = /^\s{1,3}(?:are|were|have|had|can|could|will|would|should|may|might|must|do|did|don['’]t|didn['’]t|aren['’]t|weren['’]t|remain|remained|stay|stayed|saw|got|see|get)\b/;

/** A plural that names people: a role, a served people, a WordNet person noun ("customers", "members", "recruiters"). */
function peopleNoun(w: string): boolean {
  return SERVED.test(w) || isRole(w) || isRole(w.slice(0, -1)) || personNounKind(w) !== null;
}

/** Whether a number or a single capital follows the span: a label ("Line 3", "(Sprint 31)", "Gate B"). */
function labelled(s: string, toks: readonly Token[], last: number): boolean {
  const next = toks[last + 1];
  return next !== undefined && !next.gap && /^(?:\d+[\p{L}]?|\p{Lu})$/u.test(next.text) && /^\s{1,2}$/.test(s.slice(toks[last]!.end, next.start));
}

/**
 * Whether the words after the span make it a modifier, not a subject that acts: a lower-case word joined to it by "and" / "or" ("Browse and category pages"), or the
 * plural thing it modifies, then that noun's own auxiliary ("Wholesale accounts were hit hardest").
 */
function modifierOf(s: string, toks: readonly Token[], last: number): boolean {
  const next = toks[last + 1];
  if (next === undefined || next.gap) return false;
  const then = toks[last + 2];
  if (/^(?:and|or)$/.test(next.text) && then !== undefined && !then.gap && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(then.text)) return true;
  return /^\p{Ll}[\p{Ll}-]{2,}[^s]s$/u.test(next.text) && next.text === next.stem && !peopleNoun(next.text) && PLURAL_HEAD_AFTER.test(s.slice(next.end, next.end + 12));
}

/** A participle alone after it, then the clause ends: a status line of what was done to the thing ("20:28 Revert published;"). */
function statusDone(s: string, toks: readonly Token[], last: number): boolean {
  const next = toks[last + 1];
  if (next === undefined || next.gap || !/^(?:\p{Ll}{3,}ed|met|done|sent|set|built|made|run|shut|begun|taken|shown|cut|put|rebuilt|reset)$/u.test(next.text)) return false;
  return /^\s{0,2}(?:[.;,:!|—–]|$)/.test(s.slice(next.end, next.end + 3));
}

/** Whether the span sits in a list of names: "and", "or", "&" or a comma joins it to a capitalised word that is no thing's. */
function inNameList(s: string, toks: readonly Token[], first: number, last: number): boolean {
  const after = toks[last + 1];
  const then = toks[last + 2];
  if (after !== undefined && /^(?:and|or)$/.test(after.text) && then !== undefined && CAPITALISED.test(then.stem) && !thingOnlyWord(then.stem)) return true;
  if (after !== undefined && /^\s{0,1}[,&/]\s{0,2}$/.test(s.slice(toks[last]!.end, after.start)) && CAPITALISED.test(after.stem) && !thingOnlyWord(after.stem)) return true;
  const prev = toks[first - 1];
  const prior = toks[first - 2];
  return prev !== undefined && /^(?:and|or)$/.test(prev.text) && prior !== undefined && CAPITALISED.test(prior.stem) && !thingOnlyWord(prior.stem);
}

/** The spans without those that are a thing's word capitalised by its place (see above). */
export function withoutThingOpeners(s: string, toks: readonly Token[], spans: readonly PersonSpan[]): PersonSpan[] {
  let leadingNumbers = 0;
  while (leadingNumbers < toks.length && /^\d+$/.test(toks[leadingNumbers]!.text)) leadingNumbers++;
  // Each span's first token by its offset, found once: a search per span would make a line of many mentions quadratic.
  const tokenAt = new Map<number, number>();
  toks.forEach((t, i) => { if (!tokenAt.has(t.start)) tokenAt.set(t.start, i); });
  const kept = spans.filter((sp) => {
    const first = tokenAt.get(sp.start);
    if (first === undefined) return true;
    let last = first;
    while (last + 1 < toks.length && toks[last + 1]!.start < sp.end) last++;
    const words = toks.slice(first, last + 1);
    const head = words[0]!;
    if (!CAPITALISED.test(head.stem) || CLOSED.test(head.stem) || !thingOnlyWord(head.stem)) return true;
    // Every word of the span capitalised or an acronym ("Registry GC", "Slot Manager"), none a person's word.
    if (words.some((w) => !/^\p{Lu}/u.test(w.stem) || personWord(w.stem))) return true;
    const thing = labelled(s, toks, last) || (placeCapitalised(s, toks, first, leadingNumbers) && (modifierOf(s, toks, last) || statusDone(s, toks, last)));
    return !thing || inNameList(s, toks, first, last);
  });
  // With the thing's word gone, a "they / them / their" that now opens the references is read as the person reader reads
  // one with no person before it: a plural thing before it is what it stands for ("… pages were fine, they don't …").
  const lead = kept[0];
  if (kept.length === spans.length || lead === undefined || !/^(?:they|them|their)$/i.test(s.slice(lead.start, lead.end))) return kept;
  return thingAntecedent(s.slice(0, lead.start)) ? kept.slice(1) : kept;
}
