/**
 * People: names Debrief knows (users, owners, responders, timeline actors), names that
 * read as actors ("Bob Jones restarted", "paged Priya", "marcus: rolling back"), and the
 * values of person fields and columns ("IC: marcus", a "Who" column). Token-based, linear.
 */
import { GIVEN_NAMES } from '../../quality/person-names.ts';
import type { Span } from '../types.ts';
import { isNameShaped, onlySpaces, wordTokens, type Token } from '../text.ts';
import {
  ACTION_VERBS, COMMON_WORDS, COMPANY_SUFFIXES, JARGON, MORE_GIVEN_NAMES, NAME_TRIGGERS, NOBODY, NOT_NAMES, PERSON_COLUMNS, PERSON_FIELDS, PLACE_LIKE_NAMES,
  TECH_TERMS, isSystemActor,
} from '../vocabulary.ts';

/** Given names that are not ordinary words: a name wherever they stand before a verb or after a trigger. */
const GIVEN = new Set(GIVEN_NAMES);
/** Every given name we know, including those that are also words: a name before a capitalised surname. */
const ANY_GIVEN = new Set([...GIVEN_NAMES, ...MORE_GIVEN_NAMES]);
const PERSON = 'a team member';
/** Triggers that also precede places and systems: the name must be a known given name or a full name. */
const WEAK_TRIGGERS = new Set(['to', 'from', 'with', 'by', 'via', 'per']);
/** Role nouns before a name ("teammate Sarah", "our DBA Wei"): only a capitalised name follows them. */
const ROLE_TRIGGERS = new Set(['teammate', 'colleague', 'engineer', 'developer', 'manager', 'intern', 'contractor', 'responder', 'commander',
  'dba', 'sre', 'oncall', 'on-call', 'lead', 'cto', 'ceo', 'vp', 'director', 'ciso', 'architect', 'owner', 'analyst', 'admin',
  'administrator', 'operator', 'reviewer', 'author', 'mentioned']);

export type NameIndex = { folded: Set<string>; exact: Set<string> };

/** An ordinary word: in the dictionary, ops jargon, a plural of either, or a hyphenated compound of them. */
export function isWord(word: string, dictionary: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  const one = (w: string) => dictionary.has(w) || JARGON.has(w) || (w.endsWith('s') && (dictionary.has(w.slice(0, -1)) || JARGON.has(w.slice(0, -1))));
  if (one(lower)) return true;
  const parts = lower.split(/[-_]/);
  return parts.length > 1 && parts.every((p) => p.length === 0 || one(p) || /^\d+$/.test(p));
}

/** Builds the matcher for known names: usernames and unusual names match in any case, dictionary words only capitalised. */
export function nameIndex(names: readonly string[], dictionary: ReadonlySet<string>, strict = false): NameIndex {
  const folded = new Set<string>();
  const exact = new Set<string>();
  const addPart = (p: string) => {
    if (p.length < 2 || /^\d+$/.test(p)) return;
    const lower = p.toLowerCase();
    const cap = lower[0]!.toUpperCase() + lower.slice(1);
    if (p.length < 3 || COMMON_WORDS.has(lower) || NOT_NAMES.has(lower) || TECH_TERMS.has(lower) || isWord(lower, dictionary)) exact.add(cap);
    else folded.add(lower);
  };
  for (const raw of names) {
    const name = raw.trim().replace(/^@/, '');
    if (name.length < 2 || isSystemActor(name)) continue;
    if (!/\s/.test(name)) {
      const lower = name.toLowerCase();
      // A known username matches in any case ("carol"); a learned one only when it is no ordinary word.
      if (!COMMON_WORDS.has(lower) && !TECH_TERMS.has(lower) && lower.length >= 3 && !(strict && isWord(lower, dictionary))) folded.add(lower);
      else if (lower.length >= 3) exact.add(lower[0]!.toUpperCase() + lower.slice(1));
    }
    for (const t of wordTokens(name)) for (const p of t.text.split(/[._-]/)) addPart(p);
  }
  return { folded, exact };
}

/** Every occurrence of a known name. */
export function findKnownPeople(text: string, from: number, index: NameIndex, detector: Span['detector'] = 'person'): Span[] {
  if (index.folded.size === 0 && index.exact.size === 0) return [];
  const out: Span[] = [];
  for (const t of wordTokens(text, from)) {
    const lower = t.text.toLowerCase();
    const hit = index.folded.has(lower) || index.exact.has(t.text) || (t.text.includes('.') && t.text.split('.').some((p) => index.exact.has(p) || index.folded.has(p.toLowerCase())) && !/\.[a-z]{2,}$/.test(t.text));
    if (hit && text[t.start - 1] !== '#') out.push({ start: t.start, end: t.end, detector, replacement: PERSON });
  }
  return out;
}

const AUXILIARIES = new Set(['was', 'is', 'had', 'has', 'will', 'would', 'could', 'should', 'must', 'might', 'can', 'did', 'does', "didn't", "doesn't", "isn't", "wasn't", "can't", 'cannot']);

function passes(word: string, dictionary: ReadonlySet<string>, strict: boolean, acting = false): boolean {
  if (GIVEN.has(word)) return true;
  const lower = word.toLowerCase();
  // "Grace noticed", "Will restarted": a given name that is also a word, when it acts.
  if (acting && MORE_GIVEN_NAMES.has(word) && !NOT_NAMES.has(lower)) return true;
  if (strict || NOT_NAMES.has(lower) || TECH_TERMS.has(lower) || isWord(lower, dictionary)) return false;
  return true;
}

function lowercaseActor(word: string, dictionary: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return word === lower && /^[a-z][a-z0-9._-]{2,30}$/.test(word) && !isWord(lower, dictionary) && !TECH_TERMS.has(lower)
    && !COMMON_WORDS.has(lower) && !NOT_NAMES.has(lower) && !/\.[a-z]{2,}$/.test(word) && !/\d{2,}/.test(word);
}

const ACTOR_LEAD = /^[\s>*_|-]*(?:\d+\.\s+)?(?:[*_[(]*\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:am|pm|AM|PM|UTC|Z|utc))?[\])*_]*)?[\s|:—–-]*$/;

/** True when only list markers, a time and separators come before `at` on its line. */
function actorPosition(text: string, at: number): boolean {
  // Look back at most 40 characters: an unbounded lastIndexOf would make long lines quadratic.
  let i = at - 1;
  while (i >= 0 && i >= at - 41 && text[i] !== '\n') i--;
  if (i >= 0 && text[i] !== '\n') return false;
  return ACTOR_LEAD.test(text.slice(i + 1, at));
}

/** A chat message follows (at least three words), not a `key: value` line of configuration. */
function chatMessage(text: string, from: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < text.length && i < from + 80 && text[i] !== '\n'; i++) {
    const w = /[\p{L}\p{N}'’]/u.test(text[i]!);
    if (w && !inWord) words++;
    inWord = w;
  }
  return words >= 3;
}

/** Names next to verbs of action, after triggers ("paged", "thanks"), possessives, chat-log speakers. */
export function findNamePatterns(text: string, from: number, dictionary: ReadonlySet<string>): Span[] {
  const tokens = wordTokens(text, from);
  const out: Span[] = [];
  const take = (a: Token, b: Token) => out.push({ start: a.start, end: b.end, detector: 'name-pattern', replacement: PERSON });
  const gap = (a: Token, b: Token) => onlySpaces(text, a.end, b.start) && b.start - a.end <= 2;
  /** The run of name-shaped tokens ending at i (at most 3), from its first plausible name. */
  const runEndingAt = (i: number, strict: boolean, acting = false): [number, number] | null => {
    let s = i;
    while (s > i - 2 && s > 0 && isNameShaped(tokens[s - 1]!.text) && gap(tokens[s - 1]!, tokens[s]!)) s--;
    for (let k = s; k <= i; k++) {
      if (!isNameShaped(tokens[k]!.text)) continue;
      if (passes(tokens[k]!.text, dictionary, strict && k === i && s === i, acting)) return [k, i];
    }
    return null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const lowerNext = next?.text.toLowerCase();
    const possessive = /^['’]s\b/i.test(text.slice(t.end, t.end + 3));
    const speaker = text[t.end] === ':' && /^:[ \t]+["“'\p{L}`]/u.test(text.slice(t.end, t.end + 4)) && actorPosition(text, t.start);
    const beforeVerb = next !== undefined && lowerNext !== undefined && ACTION_VERBS.has(lowerNext) && gap(t, next) && next.text === lowerNext;
    // "Jakob (SRE)", "Maya (on-call)": a name with its role in brackets.
    const withRole = /^ ?\((?:the |our )?(?:[\w-]+ ){0,2}(?:sre|dba|ic|on-?call|lead|manager|engineer|developer|commander|eng|pm|em|tl|intern|contractor|support|ops|security|legal)\)/i.test(text.slice(t.end, t.end + 40));
    if (isNameShaped(t.text) && (beforeVerb || speaker || possessive || withRole)) {
      const run = runEndingAt(i, false, (beforeVerb && !AUXILIARIES.has(lowerNext)) || speaker || withRole || possessive);
      if (run) {
        take(tokens[run[0]]!, t);
        // "Priya and Bob restarted": the name before "and" acts too.
        const and = tokens[run[0] - 1];
        const prev = tokens[run[0] - 2];
        if (and && prev && /^(?:and|&)$/i.test(and.text) && isNameShaped(prev.text) && passes(prev.text, dictionary, false)) take(prev, prev);
        continue;
      }
    }
    if ((beforeVerb && actorPosition(text, t.start) || speaker && chatMessage(text, t.end + 1)) && lowercaseActor(t.text, dictionary)) { take(t, t); continue; }
    // "then priya restarted the pod": a given name written in lower case, acting.
    if (beforeVerb && t.text === t.text.toLowerCase() && t.text.length >= 3 && GIVEN.has(t.text[0]!.toUpperCase() + t.text.slice(1)) && !isWord(t.text, dictionary)) { take(t, t); continue; }
    // "Dana Whitfield", "Mateo Fernández": a given name before a capitalised surname, or two unusual capitalised words.
    if (next && isNameShaped(t.text) && isNameShaped(next.text) && gap(t, next)) {
      const unusual = (w: string) => passes(w, dictionary, false) && !GIVEN.has(w);
      const plain = (w: string) => !NOT_NAMES.has(w.toLowerCase()) && !TECH_TERMS.has(w.toLowerCase()) && !COMPANY_SUFFIXES.has(w.toLowerCase()) && !COMMON_WORDS.has(w.toLowerCase());
      // "Jean Dupont": any plain capitalised word before an unusual one (a surname) reads as a full name.
      if (plain(next.text) && ((ANY_GIVEN.has(t.text)) || (plain(t.text) && unusual(next.text)))) {
        take(t, next);
        i++;
        continue;
      }
    }
    // A given name that is not also a word ("Ahmed", "Laura") is a person wherever it stands.
    if (GIVEN.has(t.text) && !PLACE_LIKE_NAMES.has(t.text) && text[t.start - 1] !== '#') { take(t, t); continue; }
    const trigger = t.text.toLowerCase();
    if (next && NAME_TRIGGERS.has(trigger) && gap(t, next)) {
      const weak = WEAK_TRIGGERS.has(trigger);
      if (isNameShaped(next.text)) {
        let j = i + 1;
        while (j < i + 3 && tokens[j + 1] && isNameShaped(tokens[j + 1]!.text) && gap(tokens[j]!, tokens[j + 1]!)) j++;
        const full = j > i + 1;
        if (GIVEN.has(next.text) || (!weak && (passes(next.text, dictionary, false) || ANY_GIVEN.has(next.text))) || (weak && full && passes(next.text, dictionary, false))) take(next, tokens[j]!);
      } else if (!weak && !ROLE_TRIGGERS.has(trigger) && lowercaseActor(next.text, dictionary)) take(next, next);
    }
  }
  return out;
}

const FIELD = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(?:${[...PERSON_FIELDS].sort((a, b) => b.length - a.length).map((f) => f.replace(/ /g, '[ \\t]').replace(/-/g, '[- ]?')).join('|')})[ \\t]{0,3}(?:\\*\\*|__)?[ \\t]{0,3}:(?:\\*\\*|__)?[ \\t]*`,
  'giu',
);

function valueSpans(text: string, start: number, limit: number, out: Span[], dictionary: ReadonlySet<string>): void {
  let i = start;
  while (i < limit) {
    let j = i;
    while (j < limit && !/[,;|)\n/&]/.test(text[j]!)) {
      if (text.startsWith(' and ', j) || text.startsWith(' due ', j) || text.startsWith(' — ', j) || text.startsWith(' (', j)) break;
      j++;
    }
    let s = i;
    let e = j;
    while (s < e && /[\s*_@"'`[]/.test(text[s]!)) s++;
    while (e > s && /[\s*_"'`.\]]/.test(text[e - 1]!)) e--;
    const value = text.slice(s, e);
    const words = value.split(/\s+/).filter(Boolean);
    if (value.length >= 2 && words.length <= 4 && !NOBODY.has(value.toLowerCase()) && !isSystemActor(value) && !/\bteam$|\bteams$/i.test(value)
      && !/^\d/.test(value) && /^[\p{L}][\p{L}\p{N} .'’_-]*$/u.test(value) && !roleWords(words, dictionary)) {
      out.push({ start: s, end: e, detector: 'actor', replacement: PERSON });
    }
    if (j >= limit || !/[,/&]/.test(text[j]!) && !text.startsWith(' and ', j)) break;
    i = text.startsWith(' and ', j) ? j + 5 : j + 1;
  }
}

/** A name worth looking for elsewhere: not made only of ordinary words (@owner, @sre-team, "Incident Commander"). */
export function plausibleName(name: string, dictionary: ReadonlySet<string>): boolean {
  const words = name.replace(/^@/, '').split(/[\s._-]+/).filter(Boolean);
  return words.length > 0 && !roleWords(words, dictionary);
}

/** "Incident Commander", "Engineering", "Names": a value made only of ordinary words names a role, not a person. */
function roleWords(words: readonly string[], dictionary: ReadonlySet<string>): boolean {
  return words.every((w) => !ANY_GIVEN.has(w) && !/[._\d]/.test(w)
    && (isWord(w, dictionary) || NOT_NAMES.has(w.toLowerCase()) || TECH_TERMS.has(w.toLowerCase()) || COMMON_WORDS.has(w.toLowerCase())));
}

/** Values of person fields: "Owner: Alice Smith", "**IC:** marcus", "(owner: @sam, due …)". */
export function findPersonFields(text: string, from: number, dictionary: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  FIELD.lastIndex = from;
  for (let m = FIELD.exec(text); m !== null; m = FIELD.exec(text)) {
    const start = m.index + m[0].length;
    const eol = text.indexOf('\n', start);
    const limit = Math.min(eol === -1 ? text.length : eol, start + 200);
    valueSpans(text, start, limit, out, dictionary);
  }
  return out;
}

function cells(line: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let s = line.indexOf('|') === -1 ? 0 : line.indexOf('|') + 1;
  const lead = line.slice(0, s).trim();
  if (lead !== '' && lead !== '|') s = 0;
  for (let i = s; i <= line.length; i++) {
    if (i === line.length || (line[i] === '|' && line[i - 1] !== '\\')) {
      if (i > s || i < line.length) out.push({ text: line.slice(s, i), start: s });
      s = i + 1;
    }
  }
  if (out.length > 0 && out[out.length - 1]!.text.trim() === '' && line.trimEnd().endsWith('|')) out.pop();
  return out;
}

/** Cells of table columns that hold people ("Who", "Owner", "Actor"). */
export function findPersonColumns(text: string, from: number, dictionary: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  const lines: { start: number; text: string }[] = [];
  for (let s = from; s <= text.length;) {
    const e = text.indexOf('\n', s);
    const end = e === -1 ? text.length : e;
    lines.push({ start: s, text: text.slice(s, end) });
    if (e === -1) break;
    s = e + 1;
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = lines[i]!;
    if (!header.text.includes('|') || !/^\s*\|?\s*:?-{3,}/.test(lines[i + 1]!.text)) continue;
    const cols = cells(header.text).map((c, k) => ({ k, name: c.text.replace(/[*_`]/g, '').trim().toLowerCase() }))
      .filter((c) => PERSON_COLUMNS.has(c.name)).map((c) => c.k);
    if (cols.length === 0) continue;
    for (let j = i + 2; j < lines.length && lines[j]!.text.includes('|'); j++) {
      const row = cells(lines[j]!.text);
      for (const k of cols) {
        const c = row[k];
        if (c) valueSpans(text, lines[j]!.start + c.start, lines[j]!.start + c.start + c.text.length, out, dictionary);
      }
    }
  }
  return out;
}
