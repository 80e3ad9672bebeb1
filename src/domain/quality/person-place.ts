/*
 * Whether a capitalised word is a name by its place in the sentence (issue 16): where it opens a clause, whether it acts
 * or owns, and (round 13) where its place makes it a thing: a modifier after "the" ("the Lumen album-release party"),
 * or an item of a list of things ("Apple Podcasts, Spotify and other apps"). Split out of person-references.ts in
 * round 13. Bounded patterns only: linear in the sentence.
 */
import { GROUP_NOUNS } from './blame.lexicon.ts';
import { GIVEN, IRREGULAR_PAST } from './person-words.ts';
import { isRole, type Token } from './person-tokens.ts';

/** Whether token i opens the sentence (after a clock time) or a clause after a full stop, colon, bar or dash. */
export function opensClause(s: string, toks: readonly Token[], i: number, leadingNumbers: number): boolean {
  if (i <= leadingNumbers) return true;
  const prev = toks[i - 1]!;
  const between = s.slice(prev.end, toks[i]!.start);
  // The full stop of an initial or a title does not end a sentence: "K. Mensah", "Dr. Okafor".
  if (/^\.\s*$/.test(between) && /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St)$/u.test(prev.text)) return false;
  return /[.!?:;|—–]/.test(between);
}

/** A verb, auxiliary or possessive after a capitalised word: what a person's name is followed by ("Tomasz restarted", "Jo's"). */
const ACTS = /^(?:\p{Ll}[\p{Ll}-]*(?:ed|s)|is|was|were|are|has|had|have|does|did|didn't|doesn't|hasn't|hadn't|isn't|wasn't|can|can't|could|couldn't|should|shouldn't|would|wouldn't|will|won't|must|may|might|and|or|&|never|just|also|then|again|always|still|once|apparently|clearly|simply|alone|himself|herself|themselves|who|said|told|wrote|took|made|went|kept|left|broke|ran|chose|threw|gave|forgot|put|set|sent|knew|thought|cut|lost|brought|built|got|decided|refused|saw|began|overrode|ignored|missed|insisted|forgot)$/u;

export function actsOrOwns(t: Token, next: Token | undefined, s: string): boolean {
  if (t.text !== t.stem) return true;
  if (next === undefined) return false;
  const between = s.slice(t.end, next.start);
  // "Priya, the on-call, …" / "Priya (SRE) …": an apposition follows a name.
  if (/^\s*[,(]/.test(between)) return true;
  if (/[^\s"“”'‘’]/.test(between)) return false;
  // "My own …", "Your team's …" open a sentence as a person does; so does a name of two capitalised words ("Hospital IT couldn't").
  if (/^(?:My|Your)$/.test(t.text)) return true;
  const w = next.text;
  // An initial after it is a name's: "Operator K. Mensah".
  if (/^\p{Lu}$/u.test(w)) return true;
  if (/^\p{Lu}[\p{Lu}\p{Ll}'’-]*$/u.test(w) && t.text === t.stem) return actsOrOwnsAfter(next, s);
  if (/^\p{Lu}\.?$/u.test(w) || IRREGULAR_PAST.test(w) || /^\p{Ll}+(?:ly|n't|n’t)$|^(?:ought|paid|laid|said)$/u.test(w)) return !/^(?:only|early|likely|daily|weekly|monthly|yearly|hourly|nightly|fly|apply|reply|supply|rely|family|assembly|ally|rally|belly|jelly|holy)$/.test(w);
  return (ACTS.test(w) && !/^(?:\p{Ll}+ss|this|us|always)$/u.test(w)) || /^(?:is|was|has|does)$/.test(w);
}

/** After a second capitalised word: whatever follows it acts or owns ("Hospital IT couldn't", "Jo Park's"). */
function actsOrOwnsAfter(t: Token, s: string): boolean {
  if (t.text !== t.stem) return true;
  const rest = s.slice(t.end, t.end + 40);
  const m = /^\s+([\p{L}'’-]+)/u.exec(rest);
  const w = m?.[1] ?? '';
  return IRREGULAR_PAST.test(w) || /^\p{Ll}+(?:ed|ly|n't|n’t)$|^(?:is|was|has|had|should|would|could|will|can|never|just|also)$/u.test(w);
}

/** A list of capitalised items that ends in "and other <plural>" ("…, Spotify and other apps"): group 1 is the plural. */
const LIST_OF_OTHERS = /^(?:\s{1,3}\p{Lu}[\p{L}\p{N}-]{0,30})?(?:,\s{1,3}\p{Lu}[\p{L}\p{N}-]{0,30}(?:\s{1,3}\p{Lu}[\p{L}\p{N}-]{0,30})?){0,4},?\s{1,3}(?:and|or)\s{1,3}other\s{1,3}(\p{Ll}[\p{Ll}-]{1,30})\b/u;
const PEOPLE = /^(?:people|persons|folks|colleagues|staff|humans|individuals|volunteers|employees|members|friends|guys)$/i;

/**
 * Round 13: a capitalised word (not a known given name) that its place makes a thing: "the" before it and a lower-case
 * noun after it ("the Lumen album-release listening party", "the Halvorsen account"), or an item of a list that ends
 * in "and other" things ("in Apple Podcasts, Spotify and other apps"; not "and other engineers").
 */
export function namedThing(s: string, toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  if (GIVEN.has(t.stem) || t.text !== t.stem) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (prev !== undefined && /^the$/i.test(prev.text) && !t.gap && next !== undefined && !next.gap && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(next.text)) {
    if (!ACTS.test(next.text) && !/^(?:and|or|who|on|at|from|in)$/.test(next.text) && !isRole(next.text)) return true;
  }
  const list = LIST_OF_OTHERS.exec(s.slice(t.end, t.end + 160));
  if (list !== null) {
    const noun = list[1]!;
    return !PEOPLE.test(noun) && !GROUP_NOUNS.test(noun) && !isRole(noun) && !isRole(noun.replace(/s$/, ''));
  }
  return false;
}
