/** Small text helpers shared by the reader and the linter, written to stay linear on any input. */

/**
 * The text without trailing characters from `chars` (a loop: `/[…]+$/` retries from every
 * position of a run of those characters that is not at the end, which is quadratic).
 */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * The text with each `<!-- … -->` comment replaced by a space; an unclosed `<!--` and what follows stay as they are.
 * A scanner: a lazy regex would rescan to the end from every unclosed opener.
 */
export function withoutHtmlComments(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open === -1) break;
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    out += `${text.slice(from, open)} `;
    from = close + 3;
  }
  return out + text.slice(from);
}
