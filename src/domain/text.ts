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
