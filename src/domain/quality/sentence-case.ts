/**
 * Chat is written without capitals ("lena could have just read the pinned message"), while the person reader knows a
 * name by its capital. A sentence's first word is judged by its place either way (a capitalised opening word needs a
 * known given name, or to act or own: "Tomasz restarted", "Ingrid's"), so a sentence that opens in lowercase is read
 * as if it had its capital. The copy has the same length: every offset still points into the sentence as written.
 */
export function withOpeningCapital(s: string): string {
  const m = /^(\s*)(\p{Ll})/u.exec(s);
  if (m === null) return s;
  const upper = m[2]!.toUpperCase();
  // A letter whose capital is longer ("ß" → "SS") is left as it is: offsets must not move.
  if (upper.length !== m[2]!.length) return s;
  return s.slice(0, m[1]!.length) + upper + s.slice(m[1]!.length + m[2]!.length);
}
