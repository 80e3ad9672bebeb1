/*
 * Round 30 (issue 16): a reference read as a person that names a system by its structure. In whole documents the blame
 * rule's false alarms were mostly a machine named by an agent noun the lexicon does not list as a role, and so guessed
 * by its suffix (person-tokens.ts): "the partition 7 projector fails to read it", "the mosaic compositor", "the
 * standby planner", "the deserialiser's error", "the instant-transfer balance check", "the card adapter forwards
 * partner fields". What tells them apart from a person, without the document around the sentence:
 *
 * - a guessed agent noun compounded with a system word, a number or a code ("partition 7 projector", "CODE adapter",
 *   "queue worker"), or with any noun but the qualifiers of a person's job ("the night auditor", "the new writer" stay)
 *   and adjectives by their ending ("our fearless leader");
 * - an agent noun made from a verb in -ise / -ize ("deserialiser", "tokenizer"): software, but for an organiser;
 * - a hyphenated compound whose last part is a thing ("instant-transfer");
 * - a span that runs over a thing's noun and its verb ("the card adapter forwards partner"): the noun phrase ended at
 *   the thing.
 *
 * A role of the lexicon ("the night operator", "the release manager", ambiguous or not) keeps its reading, and so does a
 * guessed one after a desk, a shift or a team ("the duty-desk editor"). Linear: the span's own words only.
 */
import { THING_AGENTS } from './blame.lexicon.ts';
import type { PersonSpan } from './person-mask.ts';
import { isRole } from './person-tokens.ts';
import { personNounKind } from './person-lexicon.ts';
import { ROLE, ROLE_TAIL, THING_MODIFIER } from './person-words.ts';

/** What qualifies a person's job in front of a role ("the night auditor", "an external writer"): never a system. */
export const PERSON_QUALIFIER =
  /^(?:new|newer|newest|junior|senior|night|day|evening|morning|weekend|lead|chief|head|duty|on-call|oncall|external|internal|independent|outside|other|same|first|second|third|previous|former|current|assistant|deputy|acting|local|remote|regional|shift|contract|contracted|agency|trainee|student|volunteer|own|usual|regular|only|one|two|three|main|original|responsible|relevant|respective|experienced|inexperienced|young|older|old|careful|busy|tired|sole|single|designated|assigned|nominated|appointed|incoming|outgoing|covering|backup|standby-rota|human|staff|team|company|vendor|customer|client|partner|supplier|contractor|our|their|his|her|my|your)$/i;
const DETERMINER = /^(?:the|a|an|this|that|these|those|every|each|any|its|some)$/i;
/** An agent noun the suffix guessed, shaped as one. */
const AGENT = /^\p{L}[\p{Ll}-]{2,}(?:er|or)s?$/u;
/** Made from a verb in -ise / -ize: a machine's name ("deserialiser", "tokenizer"), except the one who organises. */
const ISER = /^(?!(?:organi[sz]|apprai[sz]|advi[sz]|adverti[sz]|franchi[sz]|merchandi[sz]|fundrai[sz]|supervi[sz])ers?$)\p{Ll}{3,}i[sz]ers?$/u;

/** The thing a word is by its last hyphenated part ("instant-transfer" → "transfer"). */
const lastPart = (w: string): string => w.toLowerCase().split('-').pop()!.replace(/s$/, '');
const isThing = (w: string): boolean => THING_AGENTS.has(w.toLowerCase()) || THING_AGENTS.has(lastPart(w)) || THING_AGENTS.has(w.toLowerCase().split('-').pop()!);

/** Firms WordNet files as persons: before a product's act the product is meant ("the module vendor drops the context"). */
const FIRM = /^(?:vendors?|suppliers?|providers?|manufacturers?|makers?|retailers?|wholesalers?|distributors?|resellers?|integrators?)$/i;

/** Whether the person span of `s` names a system by its structure (above). */
export function namesSystem(s: string, span: PersonSpan): boolean {
  const words = s.slice(span.start, span.end).replace(/(?:'s|’s|'|’)$/, '').split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 8) return false;
  // A span that runs over a thing's noun and its verb: "the card adapter forwards partner".
  for (let k = 0; k + 1 < words.length; k++) if (isThing(words[k]!) && /^\p{Ll}{3,}s$/u.test(words[k + 1]!) && !/ss$/.test(words[k + 1]!)) return true;
  const head = words[words.length - 1]!;
  if (!/^\p{L}/u.test(head) || /^\p{Lu}/u.test(head) && words.length === 1 && !/^\p{Lu}\p{Ll}+$/u.test(head)) return false;
  if (head.includes('-') && isThing(head)) return true;
  // A role of the lexicon, or no role at all (a name, a pronoun): a person.
  if (ROLE.test(head) || ROLE.test(head.replace(/s$/, '')) || !isRole(head) || !AGENT.test(head.toLowerCase())) return false;
  // Round 33: a head WordNet holds only as a person is known, not guessed by its suffix ("the relief purser"), unless a
  // thing's word qualifies it or it names a firm whose product is meant ("the detector vendor resets calibration").
  const known = personNounKind(head) === 'person' && !FIRM.test(head);
  if (ISER.test(head.toLowerCase())) return true;
  const modifiers = words.slice(0, -1).filter((w) => !DETERMINER.test(w));
  return modifiers.some((w) => /\d|^CODE$/.test(w) || THING_MODIFIER.test(w) || isThing(w) || (!known && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(w) && !PERSON_QUALIFIER.test(w) && !ROLE_TAIL.test(w.split('-').pop()!) && !/(?:ly|ed|ing|less|ful|ous|ive|able|ible)$/.test(w)));
}
