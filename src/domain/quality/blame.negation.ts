/*
 * Whose negation a clause holds (issue 16, round 16): "Vet nurse § reports the cabinet won't open" negates the
 * cabinet, "§ reads 12 °C on the gauge, still falling, with no alarm" says an alarm was absent; neither is the person's
 * omission. A negation counts for the person only when no thing stands as its own subject right before it (a
 * determiner and one to three words, nothing joining clauses between) and it is not "with no …". Linear.
 */
type Tok = { text: string; person: boolean };

const THING_DETERMINER = /^(?:the|a|an|this|that|its|their|our|every|each)$/;
/** What joins a second act to the person's ("§ pushed the change and didn't tell anyone"): the negation stays the person's. */
const JOINS = /^(?:and|or|then|but|so|,|who|which|that|also|still|just|#)$/;

/** Whether the clause's negation at index `k` belongs to a thing: "the cabinet won't", "with no alarm". */
function thingNegation(clause: readonly Tok[], k: number): boolean {
  const neg = clause[k]!.text;
  if (neg === 'no' && clause[k - 1]?.text === 'with') return true;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = clause[j]!;
    if (t.person || JOINS.test(t.text)) return false;
    if (THING_DETERMINER.test(t.text)) return j < k - 1;
  }
  return false;
}

/** Whether a clause holds a negation that is not a thing's. */
export function personNegation(clause: readonly Tok[], negation: RegExp): boolean {
  for (let k = 0; k < clause.length; k++) if (negation.test(clause[k]!.text) && !thingNegation(clause, k)) return true;
  return false;
}
