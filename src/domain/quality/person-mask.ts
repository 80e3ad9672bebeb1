/*
 * Person references masked (issue 16): a copy of the sentence of the same length with each reference replaced
 * (§¤¤¤ for a person, π¤¤ for his/her/their). Split out of person-references.ts in round 24. Linear.
 */

/**
 * A person reference: [start, end) in the sentence, and whether it is a possessive pronoun. `byContext`: found only by
 * what the sentence says of it (a person-only predicate, a judgement's slot), which a document carries to its later
 * sentences (round 37).
 */
export type PersonSpan = { start: number; end: number; possessive: boolean; byContext?: true };

/** The sentence with the given person spans masked (from `personSpans` of the same sentence). */
export function maskSpans(s: string, spans: readonly PersonSpan[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += s.slice(at, span.start) + (span.possessive ? 'π' : '§') + '¤'.repeat(Math.max(0, span.end - span.start - 1));
    at = span.end;
  }
  return out + s.slice(at);
}
