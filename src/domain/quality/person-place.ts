/*
 * Whether a capitalised word is a name by its place in the sentence (issue 16): where it opens a clause, whether it acts
 * or owns, and (round 13) where its place makes it a thing: a modifier after "the" ("the Lumen album-release party"),
 * or an item of a list of things ("Apple Podcasts, Spotify and other apps"). Split out of person-references.ts in
 * round 13. Bounded patterns only: linear in the sentence.
 */
import { GROUP_NOUNS, SERVED } from './blame.lexicon.ts';
import { BRACKET_ACRONYM, GIVEN, IRREGULAR_PAST } from './person-words.ts';
import { INITIALS, isRole, type Token } from './person-tokens.ts';
import { idPerson } from './person-ids.ts';

/** Whether token i opens the sentence (after a clock time) or a clause after a full stop, colon, bar or dash. */
export function opensClause(s: string, toks: readonly Token[], i: number, leadingNumbers: number): boolean {
  if (i <= leadingNumbers) return true;
  const prev = toks[i - 1]!;
  const between = s.slice(prev.end, toks[i]!.start);
  // The full stop of an initial or a title does not end a sentence: "K. Mensah", "Dr. Okafor".
  if (/^\.\s*$/.test(between) && /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St)$/u.test(prev.text)) return false;
  // Round 15: a word right after an opening quote is capitalised by its place, as a title is ('warning "Cached failures"').
  return /[.!?:;|—–]/.test(between) || /\s["“‘]$/.test(between);
}

/** A verb, auxiliary or possessive after a capitalised word: what a person's name is followed by ("Tomasz restarted", "Jo's"; round 18: chat's "couldve", "didnt"). */
const ACTS = /^(?:\p{Ll}[\p{Ll}-]*(?:ed|s)|is|was|were|are|has|had|have|does|did|didn't|doesn't|hasn't|hadn't|isn't|wasn't|can|can't|could|couldn't|should|shouldn't|would|wouldn't|will|won't|must|didnt|doesnt|hasnt|hadnt|isnt|wasnt|cant|couldnt|shouldnt|wouldnt|wont|shouldve|couldve|wouldve|mustve|may|might|and|or|&|never|just|also|then|again|always|still|once|apparently|clearly|simply|alone|himself|herself|themselves|who|said|told|wrote|took|made|went|kept|left|broke|ran|chose|threw|gave|forgot|put|set|sent|knew|thought|cut|lost|brought|built|got|decided|refused|saw|began|overrode|ignored|missed|insisted|forgot)$/u;

/** What follows a plural noun that heads a noun phrase: a verb of its own, or the close of a quote or bracket. */
const PLURAL_HEAD_AFTER = /^(?:\s{1,3}(?:are|were|have|had|can|could|will|would|should|may|might|must|do|did|don['’]t|didn['’]t|aren['’]t|weren['’]t|remain|remained|stay|stayed)\b|["”’)\]])/;

const CELL_ACT = /^(?:\p{Ll}{2,}(?:s|ed)|still|never|finally|again|forgot|took|sat|ran|left|went|did(?:n['’]t)?|does(?:n['’]t)?|has(?:n['’]t)?|is|was)$/u;

export function actsOrOwns(t: Token, next: Token | undefined, s: string): boolean {
  if (t.text !== t.stem) return true;
  if (next === undefined) return false;
  const between = s.slice(t.end, next.start);
  // "Priya, the on-call, …" / "Priya (SRE) …": an apposition follows a name.
  if (/^\s*[,(]/.test(between)) return true;
  // Round 15: a name alone in a table cell, the next cell opening with its act ("| Hana | forgets to drain the node |").
  if (/^\s{0,3}\|\s{0,3}$/.test(between) && /\|\s{0,3}$/.test(s.slice(Math.max(0, t.start - 4), t.start)) && CELL_ACT.test(next.text)) return true;
  if (/[^\s"“”'‘’]/.test(between)) return false;
  // "My own …", "Your team's …" open a sentence as a person does; so does a name of two capitalised words ("Hospital IT couldn't").
  if (/^(?:My|Your)$/.test(t.text)) return true;
  const w = next.text;
  // Round 15: a plural noun after it, then a verb or the close of a quote, is the head of a noun phrase the capitalised
  // word modifies ("Empty results are indistinguishable …", '"Cached failures"'), not a person's act ("Tomasz restarts the …").
  if (/\p{Ll}s$/u.test(w) && !/^(?:is|was|has|does|this|us|always)$/.test(w) && !PEOPLE.test(w) && !SERVED.test(w) && !isRole(w.slice(0, -1)) && PLURAL_HEAD_AFTER.test(s.slice(next.end, next.end + 12))) return false;
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

const DOTTED_NOT_INITIALS = /^(?:U\.S|U\.K|E\.U|U\.N|A\.M|P\.M|N\.B|P\.S|R\.I\.P|Q\.E\.D)$/;
/** A person's act after their initials: a choice, a word, a lapse, a negated auxiliary ("JR ignored", "AK sits on"). */
const ACT_AFTER_INITIALS = /^\s{1,2}(?:(?:somehow|just|then|also|still|never|again|apparently|clearly|finally|only)\s{1,2})?(?:ignored|ignores|missed|misses|forgot|forgets|skipped|skips|approved|approves|merged|merges|pushed|pushes|ack['’]?d|acked|acks|acknowledged|decided|decides|said|says|told|assured|insisted|promised|claimed|refused|chose|agreed|sat|sits|reviewed|signed|rushed|overrode|misread|misreads|dozed|did(?:n['’]t| not)|does(?:n['’]t| not)|has(?:n['’]t| not)|had(?:n['’]t| not)|should|would|could|never|won['’]t|can['’]t)\b/;

/** Round 15: initials that name a person by their place (dotted, or opening a clause before an act). */
export function initialsActing(s: string, toks: readonly Token[], i: number, leadingNumbers: number): boolean {
  const t = toks[i]!;
  // Round 21: an ID that acts like a person (person-ids.ts).
  if (idPerson(s, toks, i)) return true;
  if (!INITIALS.test(t.text) || BRACKET_ACRONYM.has(t.text)) return false;
  if (t.text.includes('.')) return !DOTTED_NOT_INITIALS.test(t.text) && /^\.(?:['’]s)?(?:\s|,|$)/.test(s.slice(t.end, t.end + 4));
  return opensClause(s, toks, i, leadingNumbers) && ACT_AFTER_INITIALS.test(s.slice(t.end, t.end + 40));
}
