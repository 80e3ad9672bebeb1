/*
 * Round 33 (issue 16): a request whose whole object is a wish. Retrained on 92 training splits, the vague model judged
 * "Ask the vendor for better support" under its bar (round 10's hard negative, a known regression since round 32).
 */
import { notEnglish } from './blame.language.ts';
import { isCommonWord } from './common-words.ts';
import type { Feature } from './classifier.ts';
import { vagueFeatures } from './vague.features.ts';
import { named } from './vague.parts.ts';

/** "Ask / request (from) <party> for <comparative> <one or two words>" and nothing after: the object is a wish. */
const WISH_REQUEST =
  /^(?:ask|request|push)\s(?:from\s)?(?:the\s|our\s|a\s)?[\w.&'’-]{2,40}\s(?:for|to\sprovide|to\sgive\sus|to\sdeliver)\s(better|more|improved|clearer|greater|stronger|faster|smarter|more\sreliable|more\sstable|quicker|tighter)\s([\w'’-]{2,30}(?:\s[\w'’-]{2,30})?)$/i;

/**
 * Whether an action item (lead-in and trailing punctuation removed) only asks a party for more or better of something
 * ("Ask the vendor for better support", "Ask the carrier for faster answers"): nothing to check it against, so it is
 * vague whoever the party is. A named thing in the object ("better SLA terms in contract C-12"),
 * a number or anything after it leaves the item to the other readings. Linear: one anchored match.
 */
export function wishRequest(t: string): boolean {
  const m = WISH_REQUEST.exec(t);
  return m !== null && !/\d|[_/`#]/.test(m[2]!) && !named(` ${m[2]!}`);
}

/** The model's word features: the opening verb, its pair, single words and word pairs. */
const WORD_FEATURE = /^(?:v|v2|w|b):/;

/**
 * The features the vague model reads for an item (`text` as written, `t` its task without lead-in). Round 33: an item
 * not written in English ("Prévoir une procédure de réservation manuelle quand le module est indisponible") is read by
 * its shape only when its opening verb is not English either (length, digits, a name, an artefact, abstract nouns): its words are not the English words the model
 * weighed ("module", "le" read as English moved it by the training sets, not by what the item says). As the blame
 * model's round-27 reading (blame.language.ts).
 */
export function modelFeatures(text: string, t: string): Feature[] {
  const features = vagueFeatures(text, null);
  // Terse English items have no function word ("Add handover log field 'Active bypasses'"): the opening verb must be foreign too.
  const verb = /^[\p{L}'’-]+/u.exec(t)?.[0]?.toLowerCase() ?? '';
  return notEnglish(t) && !isCommonWord(verb) ? features.filter((f) => !WORD_FEATURE.test(f.name)) : features;
}
