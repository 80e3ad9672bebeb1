/*
 * Round 35 (issue 16): a short last sentence that reports a state, not a verdict. "Contact-failure alert condition
 * met.", "Service restored.", "Ticket closed." — a noun phrase, then the participle of what happened to it — is a
 * status line of a log or timeline; a verdict rates ("Typical.", "Inexcusable.", "Ignored.", "Completely ignored.",
 * "Nobody noticed."). The model weighed the two alike (verdict+P); this tells the status line apart by its shape, so it
 * weighs as the label it is (label+P). Bounded patterns; linear.
 */
import { judgingValence, valence } from './valence.ts';

/** Participles that do not end in -ed: what a status line reports ("condition met", "fix built", "route set"). */
const IRREGULAR_PARTICIPLE = /^(?:met|done|sent|set|found|built|kept|held|made|paid|run|shut|begun|taken|given|known|shown|seen|cut|put|read|rebuilt|rerun|reset|resent|restarted|brought|bought|caught|drawn|written|frozen|chosen|spun|wound|undone|rewritten|upheld|withdrawn)$/i;
/** Words that turn a status into a verdict: negation, repetition, a lapse ("Tests skipped.", "Page missed again."). */
const TURNS = /^(?:no|not|never|nobody|none|nothing|again|still|yet|only|finally|eventually|even|just|n't|wrongly|badly|skipped|missed|bypassed|overridden|forgotten|ignored|dropped|delayed|rushed|botched|fumbled|misread|misconfigured|mislabelled|misfiled|untested|unreviewed|unchecked|unanswered|unacknowledged|abandoned|postponed)$/i;

/**
 * Whether a short last sentence (one to four words) is a status line: two words or more, the first a noun's (capitalised
 * or lower case, not an adverb in -ly nor a pronoun), the last a participle not rated negatively, no word judging a
 * person nor turning it.
 */
export function statusLine(text: string): boolean {
  const words = text.trim().replace(/[.!?…]+$/, '').split(/\s+/).filter((w) => w !== '');
  if (words.length < 2 || words.length > 4) return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (/ly$/i.test(first) || /^(?:i|we|he|she|they|you|it|who|that|this)$/i.test(first) || !/^[\p{L}][\p{L}\p{N}-]*$/u.test(first)) return false;
  if (!/^\p{Ll}{3,}ed$/u.test(last) && !IRREGULAR_PARTICIPLE.test(last)) return false;
  return valence(last) >= 0 && words.every((w) => !TURNS.test(w) && judgingValence(w.toLowerCase()) > -2);
}
