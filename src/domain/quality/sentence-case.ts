import { isCommonWord } from './common-words.ts';
import { GIVEN, JUDGING_WORD, ROLE } from './person-words.ts';

/**
 * Chat is written without capitals ("lena could have just read the pinned message"), while the person reader knows a
 * name by its capital. A sentence's first word is judged by its place either way (a capitalised opening word needs a
 * known given name, or to act or own: "Tomasz restarted", "Ingrid's"), so a sentence that opens in lowercase is read
 * as if it had its capital. Round 16: in a sentence written without capitals (no word after the first opens with a
 * capital but an acronym), a word that is not a common English word, nor the product's own vocabulary, nor a role or a
 * judging word the reader knows, is read with its capital too ("… pushed to the CDN by kenji", "ngl ravi kinda tanked
 * it"). The copy has the same length: every offset still points into the sentence as written.
 */
export function withOpeningCapital(s: string): string {
  // Round 18: a chat timeline row opens with a clock time ("14:05 — sam finally bothers to answer", "02:31 ravi acks"):
  // its words are read as the rest of a chat sentence's, a name with its capital, a common word ("14:05 restart") as written.
  if (CLOCK_FIRST.test(s)) return withoutCapitals(s) ? withNamesCapitalised(s) : s;
  const m = /^(\s*)(\p{Ll})/u.exec(s);
  if (m === null) return s;
  const opened = capitalised(s, m.index + m[1]!.length);
  return withoutCapitals(opened) ? withNamesCapitalised(opened) : opened;
}

/** A clock time, then a separator, then a word in lower case. */
const CLOCK_FIRST = /^\s*[[(]?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s?(?:utc|z|am|pm))?[\])]?\s{0,3}(?:[—–|:-]\s{0,3})?\p{Ll}/u;

/** The text with the lowercase letter at `at` capitalised, unless its capital is longer ("ß" → "SS"): offsets must not move. */
function capitalised(s: string, at: number): string {
  const upper = s[at]!.toUpperCase();
  if (upper.length !== 1) return s;
  return s.slice(0, at) + upper + s.slice(at + 1);
}

/** A word (letters, an apostrophe or a hyphen inside) and the word of letters only that opens it. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]{0,40}/gu;
/** A word in title case (a capital, then a lowercase letter): someone who writes those writes names with capitals. */
const TITLE = /^\p{Lu}\p{Ll}/u;

/** Whether no word after the first is written in title case (acronyms like "CDN" or "I" are not), among three words or more. */
function withoutCapitals(s: string): boolean {
  let n = 0;
  for (const w of s.matchAll(WORD)) if (n++ > 0 && TITLE.test(w[0])) return false;
  return n >= 3;
}

/** A lowercase word as a name could be written: letters only (a possessive after), two letters at least. */
const NAME_LIKE = /^(\p{Ll}{2,20})(?:['’]s?)?$/u;

/** Endings of English words rather than names: "misconfigured", "idempotency", "flaky", "throttling". */
const WORD_SHAPE = /(?:ed|ing|ly|tion|sion|ment|ness|ity|ities|able|ible|ous|ive|ise|ize|ency|ancy|ence|ance|ful|less|ship|ism|ology|ware|able|y)$/;

const FIRST_PERSON = /^i(?:['’](?:m|ve|d|ll))?$/;

/** A prefix that makes a word of a common word ("unpin", "redeploy", "misroute", "autoscale"). */
const PREFIX = /^(?:un|re|de|mis|pre|over|under|auto|multi|non|sub|super|co)(?=\p{Ll}{3})/u;

/** A common word, the plural of one ("outages", "brokers", "patches"), its agent noun, or one with a prefix ("unpin"). */
function known(w: string): boolean {
  const plain = (x: string): boolean => isCommonWord(x) || (x.endsWith('s') && (isCommonWord(x.slice(0, -1)) || (x.endsWith('es') && isCommonWord(x.slice(0, -2)))));
  const p = PREFIX.exec(w);
  // An agent noun of a common verb or noun ("indexer", "scheduler", "autoscaler") is a thing or a role, not a name.
  const base = (x: string): boolean =>
    plain(x) || (/(?:er|or)s?$/.test(x) && (plain(x.replace(/(?:er|or)s?$/, '')) || plain(x.replace(/rs?$/, '')) || plain(x.replace(/(?:er|or)s?$/, 'e'))));
  return base(w) || (p !== null && base(w.slice(p[0].length)));
}

function withNamesCapitalised(s: string): string {
  const parts: string[] = [];
  let at = 0;
  let first = true;
  for (const w of s.matchAll(WORD)) {
    if (first) {
      first = false;
      continue;
    }
    const bare = NAME_LIKE.exec(w[0])?.[1];
    // Chat's "i", "i'm", "i should have" is the writer: the first person the reader knows by its capital.
    const writer = FIRST_PERSON.test(w[0]);
    // An emoji shortcode (":thumbsup:") or a handle ("@sam", a person already) is left as written.
    if ((bare === undefined && !writer) || /[:@#]$/.test(s.slice(Math.max(0, w.index - 1), w.index))) continue;
    const name = writer || GIVEN.has(capitalised(bare!, 0)) || !(known(bare!) || WORD_SHAPE.test(bare!) || ROLE.test(bare!) || JUDGING_WORD.test(bare!));
    const upper = w[0][0]!.toUpperCase();
    if (!name || upper.length !== 1) continue;
    parts.push(s.slice(at, w.index), upper);
    at = w.index + 1;
  }
  parts.push(s.slice(at));
  return parts.join('');
}
