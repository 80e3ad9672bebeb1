/**
 * Linear-time helpers shared by the detectors: word tokens with offsets (one character
 * class, no nested quantifiers), line and section lookup.
 */

export type Token = { start: number; end: number; text: string };

const WORD = /[\p{L}\p{N}_][\p{L}\p{N}_'’.-]*/gu;

/** Word tokens with trailing punctuation and possessive `'s` taken off. */
export function wordTokens(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    let end = m.index + m[0].length;
    while (end > m.index + 1 && /['’.-]/.test(text[end - 1]!)) end--;
    if (end - m.index > 2 && /['’]s$/i.test(text.slice(end - 2, end))) end -= 2;
    out.push({ start: m.index, end, text: text.slice(m.index, end) });
  }
  return out;
}

/** True when only spaces or tabs lie between two offsets. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The index of the last entry <= offset (binary search). */
export function lastAtOrBefore(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

/** Headings of a Markdown text with their offsets (ATX headings outside front matter). */
export function headings(text: string, starts: readonly number[], bodyStart: number): { at: number; title: string }[] {
  const out: { at: number; title: string }[] = [];
  for (const s of starts) {
    if (s < bodyStart || text[s] !== '#') continue;
    const end = text.indexOf('\n', s);
    const line = text.slice(s, end === -1 ? text.length : end);
    const m = /^#{1,6}[ \t]+(.*)$/.exec(line.length > 500 ? line.slice(0, 500) : line);
    if (m) out.push({ at: s, title: m[1]!.replace(/[ \t#]+$/, '').trim() });
  }
  return out;
}

/** True when the character is a letter, digit or underscore. */
export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

/** Capitalised like a name: "Priya", "O'Brien", "Jean-Luc" (not "PagerDuty", not "AWS"). */
export function isNameShaped(word: string): boolean {
  return /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)?$/u.test(word) && word.length >= 2;
}
