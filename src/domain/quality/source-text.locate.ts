import type { SourceLine } from './source-text.ts';
import { plainText } from './source-text.plain.ts';

/** Where a section says nothing, or only that it does not apply; where a phrase sits in its raw line. */

const EMPTY_MARKERS = /^(n\/?a|none|nothing|not applicable|no|-|—|none known|none identified|nothing to report)\.?$/i;
/** True when a section's text (without headings and comments) says nothing at all. */
export function isBlankBody(lines: readonly SourceLine[]): boolean {
  return lines.every((l) => l.kind === 'blank' || l.kind === 'comment' || l.kind === 'heading' || plainText(l.raw) === '');
}

/** True when the text explicitly says the section does not apply ("N/A", "None"). */
export function saysNotApplicable(lines: readonly SourceLine[]): boolean {
  const words = lines
    .filter((l) => l.kind !== 'heading' && l.kind !== 'comment')
    .map((l) => plainText(l.raw))
    .filter((t) => t !== '');
  // Round 26: an outline's lettered or numbered point ("   A. N/A") says it as well.
  return words.length === 1 && EMPTY_MARKERS.test((words[0] ?? '').replace(/^(?:[A-Za-z]|\d{1,2})[.)][ \t]+/, ''));
}

/**
 * Where a phrase (taken from the plain text of a line) sits in the raw Markdown line:
 * 1-based `column` and exclusive `endColumn`. Markdown inside the phrase (emphasis, links)
 * can hide it; then its first words are looked for, and at worst the whole line is given.
 */
export function locate(raw: string, phrase: string): { column: number; endColumn: number } {
  return locator(raw)(phrase);
}

/**
 * `locate` for many phrases of one line, in the order they occur: the line is lowercased
 * once, and each phrase is looked for after the previous one found (so the second "ignored
 * the alert" of a line points at the second, and a line of n hits costs O(n), not O(n²)).
 */
export function locator(raw: string): (phrase: string) => { column: number; endColumn: number } {
  const lower = raw.toLowerCase();
  let from = 0;
  // A long phrase is looked for by its first 200 characters: searching for a long, repetitive
  // needle (a run of one character) can take time proportional to both lengths on some engines.
  const find = (needle: string): number => {
    const probe = needle.length > 200 ? needle.slice(0, 200) : needle;
    const at = lower.indexOf(probe, from);
    return at === -1 && from > 0 ? lower.indexOf(probe) : at;
  };
  return (phrase) => {
    const p = phrase.trim();
    let at = p === '' ? -1 : find(p.toLowerCase());
    let len = p.length;
    if (at === -1 && p !== '') {
      const words = p.split(' ');
      for (let n = Math.min(words.length - 1, 6); n >= 1 && at === -1; n--) {
        const head = words.slice(0, n).join(' ');
        if (head.length < 3) continue;
        at = find(head.toLowerCase());
        if (at !== -1) {
          const tail = words[words.length - 1]!.toLowerCase();
          const endAt = lower.indexOf(tail, at + head.length);
          len = endAt !== -1 && endAt - at <= p.length * 2 + 20 ? endAt + tail.length - at : head.length;
        }
      }
    }
    if (at === -1) {
      const start = raw.length - raw.trimStart().length;
      return { column: start + 1, endColumn: Math.max(start, raw.trimEnd().length) + 1 };
    }
    from = at + 1;
    return { column: at + 1, endColumn: at + len + 1 };
  };
}
