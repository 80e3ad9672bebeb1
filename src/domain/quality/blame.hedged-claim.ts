/*
 * Round 33 (issue 16): a claim the writer offers behind an impersonal hedge ("One could argue the release captain had
 * every chance … and simply did not") is the writer's judgement, hedged. The trained model learned "could argue" from
 * sentences that go on to reject the reading (those are hedgedRejection's, blame.rejection.ts) and so weighs the hedge
 * against blame; the claim after the hedge is read as a sentence of its own instead.
 */

/** An impersonal hedge opening the sentence, with its optional "that": where the claim it offers begins. */
const HEDGE_OPENER =
  /^(?:(?:one|you|we|someone|some|people|a reader|a reviewer)\s(?:could|can|might|may)\s(?:(?:be\s(?:inclined|tempted)\sto|well)\s)?(?:argue|say|claim|conclude|suggest)|it\s(?:could|can|might|may)\s(?:well\s)?be\s(?:said|argued|claimed|concluded|suggested))(?:\sthat)?,?\s(?=\S)/i;

/** What corrects the offered reading (as blame.rejection.ts CORRECTION): then it is a rejection, not a hedged claim. */
const CORRECTED = /[;—–]|\b(?:but|however|yet|though|although|in fact|actually|really|instead|rather than|not because)\b/i;

/**
 * Where the claim behind an opening impersonal hedge begins in `s` (whitespace collapsed), or -1 when the sentence
 * does not open with one, or corrects the reading it offers. Linear: one anchored match and one scan of the rest.
 */
export function hedgedClaimStart(s: string): number {
  const m = HEDGE_OPENER.exec(s);
  if (m === null) return -1;
  const rest = s.slice(m[0].length);
  return CORRECTED.test(rest) ? -1 : m[0].length;
}
