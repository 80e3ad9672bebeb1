import type { Feature } from './classifier.ts';

/*
 * Clause shapes (issue 16, round 9), each one model feature whose weight is learned from every writer:
 * - a passive with a person as its agent, whatever the participle ("The bucket was made public by the new grad",
 *   "the thresholds were lowered by Eero without any review"): the rules know a list of strong participles; the
 *   model weighs the shape itself against its neutral uses ("was approved by Maria at 14:02");
 * - a plain timeline row: a clock time, then a person as the subject and a verb in the present tense
 *   ("02:14 — Haruto acknowledges the page", "23:50 Night shift dispatches a technician"): what a neutral entry
 *   looks like, so the model can weigh it as one.
 *
 * Each pattern is bounded (no nested repetition over overlapping classes): linear in the sentence.
 */

const PASSIVE_BY = /\b(?:was|were|been|being|is|are|got|gets|get)\s+(?:[a-z]{2,20}ly\s+)?(?:[a-z]{2,20}ed|made|done|taken|left|set|put|shut|cut|run|broken|written|given|brought|thrown|hidden|forgotten|overwritten|kept|sent|torn|blown|shaken|undone|rewritten|pulled|pushed)\s+(?:[^\s.;:!?§π]{1,30}\s+){0,4}by\s+[§π]/gi;
/** A clock time at the start, a separator, then the person reference and one lower-case word ending in -s. */
const PLAIN_ROW = /^\s{0,3}[[(]?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s?(?:utc|z|am|pm))?[\])]?\s{0,3}[—–|:-]?\s{0,3}[§]¤*\s+(?:[a-z]{2,20}ly\s+)?([a-z]{2,20}(?:es|s))\b/i;

/** The clause-shape features of a sentence (`s` whitespace-collapsed, `masked` its person-masked copy of the same length). */
export function clauseShapes(s: string, masked: string): Feature[] {
  const out: Feature[] = [];
  for (const m of masked.matchAll(PASSIVE_BY)) out.push({ name: 'passive-by+P', start: m.index, end: m.index + m[0].length });
  const row = PLAIN_ROW.exec(masked);
  if (row !== null && !/^(?:was|has|is|does|pass|miss|dismiss|bypass)$/i.test(row[1]!)) out.push({ name: 'timeline-row-plain+P', start: 0, end: 0 });
  return out;
}
