/*
 * The words of a sentence as the person-reference reader sees them (issue 16): tokens with their stems and the
 * punctuation before them, and the word classes read off a single word (a name, a role, initials in brackets).
 * person-references.ts reads the references from these.
 */
import { isEeNoun, isHandCompound, isManCompound, personNounKind } from './person-lexicon.ts';
import { SERVED, THING_AGENTS, THING_ENDING, NOT_NAMES } from './blame.lexicon.ts';
import { GIVEN, JUDGING_WORD, NAME_SHAPE, ROLE } from './person-words.ts';

const WORD = /[\p{L}\p{N}@](?:[\p{L}\p{N}_'’-]|\.(?=[\p{L}\p{N}]))*/gu;

/**
 * A word, its stem (without a possessive 's), whether punctuation stands between it and the word before (which ends a
 * noun phrase), and whether that punctuation opens a clause (a colon, semicolon or dash: "Cause: on-call ignored page").
 */
export type Token = { text: string; stem: string; start: number; end: number; gap: boolean; opens: boolean };

/** Anything between two words but spaces and quotes: quotes do not end a noun phrase (our "senior" architect). */
const GAP = /[^\s"“”'‘’]/;
const OPENS = /[:;—–]/;

export function tokens(s: string): Token[] {
  const out: Token[] = [];
  let prev = 0;
  for (const m of s.matchAll(WORD)) {
    const between = s.slice(prev, m.index);
    out.push({ text: m[0], stem: stem(m[0]), start: m.index, end: m.index + m[0].length, gap: GAP.test(between), opens: prev > 0 && OPENS.test(between) });
    prev = m.index + m[0].length;
  }
  return out;
}

/** The token without a trailing possessive ('s / ’s / '). */
export function stem(t: string): string {
  return t.replace(/(?:'s|’s|'|’)$/, '');
}

/** Initials: two or three capitals, or dotted ("A.B", the tokeniser leaves the last full stop out). */
export const INITIALS = /^(?:\p{Lu}{2,3}|\p{Lu}(?:\.\p{Lu}){1,2})$/u;
/** An opening bracket right before the initials, with at most a short lead-in inside it ("thanks, ", "ref: ", "cc "). */
export const BRACKET_BEFORE = /[([]\s{0,2}(?:(?:thanks|thx|ref|cc|h\/t|via|per|by)[:.,]?\s{1,2})?$/i;
/** What may follow the initials inside the bracket: its close, a comma, a slash ("NM/ops"), a semicolon. */
export const BRACKET_AFTER = /^\.?\s{0,1}[)\],;/]/;

const ADVERB_SHAPE = /^\p{Lu}\p{Ll}{3,}(?:ally|edly|ately|ously|ively|ingly|ibly|ably|ently|antly|fully|lessly)$/u;

export function isName(word: string): boolean {
  if (GIVEN.has(word)) return true;
  // A judging adjective opening a sentence is not a name ("Lazy loading made …", "Careless handling …").
  if (JUDGING_WORD.test(word)) return false;
  // A capitalised adverb opening a clause is not a name ("Naturally, …", "Predictably, …", "Charitably put, …").
  if (ADVERB_SHAPE.test(word)) return false;
  return NAME_SHAPE.test(word) && !NOT_NAMES.has(word) && !THING_ENDING.test(word) && !SERVED.test(word);
}

/** A lower-case word with an agent suffix ("auditor", "installer", "technician", "pharmacist"), not a known thing. */
const AGENT_SUFFIX = /^\p{Ll}[\p{Ll}-]{2,}(?:er|or|ist|ian|eer)s?$/u;

/** Round 16: operations shorthand for a person by tier or trade, in capitals ("L1 closed the TT", "L2 sat on the P1"); "mgr". */
const TIER_ROLE = /^(?:L[1-3]|[Mm]gr)s?$/;

export function isRole(word: string): boolean {
  // "the cutover", "the handover", "the failover" are events, not agents.
  if (SERVED.test(word) || /^(?:cut|hand|fail|roll|take|spill|cross|turn|left|hang|change|make|push|switch|carry|stop|lay|pull|walk|run|flip|sleep)-?overs?$/i.test(word)) return false;
  // Round 20: an acronym in capitals ending in S is its own word ("the PMS", "the BMS"), not a role's plural ("PMs").
  if (/^\p{Lu}{2,4}S$/u.test(word) && word !== 'OPS') return false;
  // Round 22: an automatic agent is a machine ("the flaky-test auto-closer", "the auto-remediator").
  if (/^auto-?\p{L}/iu.test(word) && /(?:er|or)s?$/i.test(word)) return false;
  // Round 29: a machine's agent noun spelled the British way is the same machine ("the optimiser", "the synchroniser").
  const lower = word.toLowerCase();
  const us = lower.replace(/iser(s?)$/, 'izer$1');
  if (us !== lower && (THING_AGENTS.has(us) || THING_AGENTS.has(us.replace(/s$/, '')))) return false;
  if (ROLE.test(word) || TIER_ROLE.test(word) || (AGENT_SUFFIX.test(word) && !THING_AGENTS.has(lower.replace(/s$/, '')) && !THING_AGENTS.has(lower))) return true;
  // Round 33: a post or trade WordNet holds as a person and nothing else ("cadet", "bosun", "roustabout"); lower case,
  // so a capitalised word stays a name's or a product's. Words that also name a thing are read by context elsewhere.
  // Round 34: and a trade's compound in -man / -person ("hoistman", "lengthsman") or a post in -ee ("franchisee").
  return /^\p{Ll}[\p{Ll}-]{2,}$/u.test(word) && !THING_AGENTS.has(lower) && (personNounKind(word) === 'person' || isHandCompound(word) || isManCompound(word) || isEeNoun(word));
}
