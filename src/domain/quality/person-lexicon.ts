/*
 * Round 33 (issue 16): person nouns from a well-kept source rather than hand lists. person-nouns.generated.ts holds
 * WordNet's lemmas under person.n.01 whose most frequent sense is a person ("cadet", "bosun", "roustabout", "purser",
 * "host"), written by bench/quality.person-nouns.ts. Those that also name a thing in WordNet ("host", "monitor",
 * "dealer"), and those that name software in operations though WordNet does not know it ("master", "client",
 * "worker", "leader", "follower", "peer", "daemon"), and the people a service serves ("applicant", "participant"), are
 * SHARED: they are people only by their context, which this lexicon does not read (round 31's person-ambiguous.ts
 * reads its own agent nouns).
 * The sets are built on first use, once: 5–12 ms and about 500 KiB of heap for the single words (measured round 33);
 * the two-word forms only when asked for.
 */
import { PERSON_ADJECTIVAL_TEXT, PERSON_PAIRS_TEXT, PERSON_SHARED_TEXT, PERSON_WORDS_TEXT } from './person-nouns.generated.ts';
import { COMPUTING_ROLES, SERVED_PEOPLE } from './person-served.ts';

let words: ReadonlySet<string> | undefined;
let shared: ReadonlySet<string> | undefined;
let pairs: ReadonlySet<string> | undefined;
let adjectival: ReadonlySet<string> | undefined;
let computing: ReadonlySet<string> | undefined;

function split(text: string, sep: RegExp): Set<string> {
  return new Set(text.split(sep).map((w) => w.trim()).filter((w) => w !== ''));
}

function load(): void {
  words = split(PERSON_WORDS_TEXT, /\s+/);
  // A software role is shared only when WordNet holds it as a person at all ("tracker", "executor" it does not).
  shared = new Set([...split(PERSON_SHARED_TEXT, /\s+/), ...[...COMPUTING_ROLES.split(' '), ...SERVED_PEOPLE].filter((w) => words!.has(w))]);
}

/** The singular a lexicon lookup tries for a plural: "cadets", "bosses", "deputies", "crewmen". */
function singulars(w: string): string[] {
  const out = [w];
  if (w.endsWith('men')) out.push(`${w.slice(0, -3)}man`);
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  return out;
}

/**
 * How WordNet reads a lower-case word (or its plural): 'person' when a person is its most frequent sense and it names
 * nothing else, 'shared' when it names a thing as well, null when it is not a person noun. Why: a post or trade no
 * hand list holds ("cadet", "roustabout") is a person reference like "technician" is.
 */
export function personNounKind(word: string): 'person' | 'shared' | null {
  if (words === undefined) load();
  const lower = word.toLowerCase();
  for (const w of singulars(lower)) {
    if (shared!.has(w)) return 'shared';
    if (words!.has(w)) return 'person';
  }
  return null;
}

/**
 * Round 38: whether a lower-case word (or its plural) is a person noun WordNet shares only with an adjective sense, every
 * noun sense a person and no verb ("mechanic", "fitter", "official", "super"). Why: as the head of a noun phrase it is
 * the person ("the mechanic missed the alert"); before a noun it is the adjective ("mechanic arts"), which the caller reads.
 */
export function isAdjectivalPerson(word: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]{2,}$/u.test(word)) return false;
  adjectival ??= split(PERSON_ADJECTIVAL_TEXT, /\s+/);
  computing ??= split(COMPUTING_ROLES, /\s+/);
  // A software role stays read by context, as everywhere else ("the variant caller skipped every interval").
  return singulars(word).some((w) => adjectival!.has(w)) && !singulars(word).some((w) => computing!.has(w));
}

/** Whether two lower-case words are one of WordNet's two-word person nouns ("company man", "able seaman"). */
export function isPersonPair(first: string, second: string): boolean {
  pairs ??= split(PERSON_PAIRS_TEXT, /\|/);
  const tail = singulars(second.toLowerCase());
  return tail.some((t) => pairs!.has(`${first.toLowerCase()} ${t}`));
}

/** Compounds of "hand" that are manners or sides, not workers: "beforehand", "shorthand", "backhand". */
const HAND_NOT_WORKER = /^(?:before|be|off|second|short|long|fore|back|first|under|over|free|behind|upper|left|right|old|secondhand)hands?$/;

/**
 * Whether a closed compound names a worker by the "hand" of a trade: "derrickhand", "floorhand", "deckhand", "ranchhand".
 * Why: rigs, ships and farms name their crews so, and no list holds every trade's hand.
 */
export function isHandCompound(word: string): boolean {
  return /^\p{Ll}{4,}hands?$/u.test(word) && !HAND_NOT_WORKER.test(word);
}

/** Words in -man / -men that are not workers: things, animals, makes ("talisman", "caiman", "snowman", "specimen"). */
const MAN_NOT_WORKER = /(?:human|talisman|ottoman|doberman|caiman|cayman|dolman|desman|walkman|pacman|superman|snowman|strawman|[aiou]men|[lg]men)$/;

/**
 * Round 34: whether a closed compound names a worker by what he works: "hoistman", "pumpman", "lengthsman",
 * "banksman", "chairwoman", "salesperson", "townspeople". Why: trades name their posts so, and WordNet holds few of them.
 */
export function isManCompound(word: string): boolean {
  return /^\p{Ll}{3,}(?:man|men|woman|women|person|persons|people)$/u.test(word) && !MAN_NOT_WORKER.test(word);
}

/** Words in -ee that are things, sums or groups, not the person a verb was done to ("committee", "guarantee", "coffee"). */
const EE_NOT_PERSON = /(?:committee|guarantee|coffee|toffee|settee|jubilee|levee|marquee|degree|decree|pedigree|puree|entree|spree|filigree|chimpanzee|dungaree|carefree|goatee|apogee|perigee|toupee|fricassee|rupee|soiree|matinee|negligee|melee|thee|knee|tree|free|glee)$/;

/**
 * Round 34: whether a word names a person by the -ee of a verb done to or for them: "franchisee", "licensee",
 * "appointee", "assignee". Why: contracts and rosters name their people so, and WordNet holds few of the newer ones.
 */
export function isEeNoun(word: string): boolean {
  return /^\p{Ll}{4,}ees?$/u.test(word) && !EE_NOT_PERSON.test(word.replace(/s$/, ''));
}
