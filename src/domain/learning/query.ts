/**
 * Search queries, made safe: user text becomes a list of plain words, and the tsquery
 * is built from lexemes only (letters and digits), so operators, quotes, NUL bytes and
 * huge strings can never reach the text-search parser.
 */
import { AppError } from '../errors.ts';

export const MAX_QUERY_CHARS = 10_000;
export const MAX_QUERY_WORDS = 16;
const MAX_WORD_CHARS = 40;

/** The words of a query, lowercased, de-duplicated, in order; throws 400 when there are none. */
export function queryWords(q: string): string[] {
  if (q.length > MAX_QUERY_CHARS) {
    throw new AppError('validation_failed', `q is too long: ${q.length} characters, at most ${MAX_QUERY_CHARS}`, { errors: [{ path: 'q', message: 'too long' }] });
  }
  const words = [...new Set((q.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length <= MAX_WORD_CHARS))];
  if (words.length === 0) {
    throw new AppError('validation_failed', 'q has no words to search for (letters or digits); operators and punctuation are ignored', { errors: [{ path: 'q', message: 'no words' }] });
  }
  return words.slice(0, MAX_QUERY_WORDS);
}

/** True when a lexeme is plain letters/digits (safe to quote in a tsquery). */
export function isPlainLexeme(w: string): boolean {
  return /^[\p{L}\p{N}]+$/u.test(w);
}

/**
 * A tsquery text from groups of alternatives: each group is one query word with its
 * typo expansions; groups are joined with `&` (all words) or `|` (any word).
 */
export function buildTsquery(groups: string[][], join: '&' | '|'): string | null {
  const parts = groups
    .map((g) => [...new Set(g.filter(isPlainLexeme))])
    .filter((g) => g.length > 0)
    .map((g) => (g.length === 1 ? `'${g[0]}'` : `(${g.map((w) => `'${w}'`).join(' | ')})`));
  return parts.length === 0 ? null : parts.join(` ${join} `);
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2: number[] = new Array<number>(n + 1).fill(0);
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}

/** How many edits a word of this length may be off by: 1 up to 5 letters, 2 beyond; none under 4. */
export function typoBudget(word: string): number {
  if (word.length < 4) return 0;
  return word.length <= 5 ? 1 : 2;
}

/** The nearest candidates within the word's edit budget, nearest first (at most `limit`). */
export function typoExpansions(word: string, candidates: string[], limit = 3): string[] {
  const budget = typoBudget(word);
  if (budget === 0) return [];
  return candidates
    .map((c) => ({ c, d: editDistance(word, c, budget) }))
    .filter((x) => x.d <= budget && x.c !== word)
    .sort((x, y) => x.d - y.d)
    .slice(0, limit)
    .map((x) => x.c);
}
