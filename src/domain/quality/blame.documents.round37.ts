/*
 * Round 37 (issue 16): a person once, a person later. In a whole document a post, a region or a department that one
 * sentence establishes as a person by what it says of it — a person-only predicate ("the RM sat on it"), a judgement's
 * slot ("a failure by the NOCs to escalate"), a should-have of a post — is the same person when a later sentence names it again with a plain verb and a judgement
 * ("The RM should've held the release"): the writer has already told the reader who it is. Only the shapes the
 * sentence reader decides by their context carry over (initialisms and capitalised words, "the RM", "EMEA",
 * "Encoding"); names and role nouns are read in every sentence anyway, and a bracketed acronym is no evidence. Pure: the document's lines in, a map out.
 */
import { personKey } from './blame.person-slots.round37.ts';
import { personSpans } from './person-references.ts';
import { sentences } from './source-text.ts';

/** A word that carries over: an initialism with its plural ("RM", "NOCs") or a capitalised word ("Encoding"). */
const CARRIES = /^(?:\p{Lu}[\p{Lu}\d]{1,5}s?|\p{Lu}\p{Ll}{2,20})$/u;

/**
 * The document's people by their key, each with the first line that establishes it: the last word of a person
 * reference that is an initialism or a capitalised word. Lines are [number, text].
 */
export function documentPeople(lines: readonly (readonly [number, string])[]): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const [n, raw] of lines) {
    const line = raw.length > 4000 ? raw.slice(0, 4000) : raw;
    for (const sentence of sentences(line)) {
      for (const span of personSpans(sentence)) {
        // Only what a sentence's own words decided: a bracketed acronym after a system's name ("the property-management
        // system (PMS)") is read as initials there, and must not carry.
        if (span.byContext !== true) continue;
        const words = sentence.slice(span.start, span.end).split(/\s+/);
        const last = words[words.length - 1] ?? '';
        // A name opening the reference ("Sofia") is read as one in every sentence; a post or a unit is not.
        if (!CARRIES.test(last.replace(/(?:'s|’s|'|’)$/, '')) || /^(?:I|We)$/.test(last)) continue;
        const key = personKey(last);
        if (!out.has(key)) out.set(key, n);
      }
    }
  }
  return out;
}

/** The keys established on a line before `n`. */
export function peopleBefore(people: ReadonlyMap<string, number>, n: number): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [key, first] of people) if (first < n) out.add(key);
  return out;
}
