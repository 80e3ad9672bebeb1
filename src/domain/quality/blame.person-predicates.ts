/*
 * Round 34 (issue 16): a predicate only a person carries makes its subject a person, whatever the noun. Unseen writers
 * name their people by words no lexicon holds ("the hoistman", "Maintenance", "C crew", "Dispatch"); what the sentence
 * says of them tells the reader who they are. A clause whose subject is a noun phrase of one of three shapes —
 *
 *   - a determiner, up to two modifiers and any head noun but a machine's, a device's or an abstract one ("the dogwatch
 *     hoistman", "the jetting gang", "the graphics op"; not "the WFM tool", "the chatbot", "pump 3's controller");
 *   - a capitalised single word opening its clause, with no determiner ("Maintenance", "Dispatch", "WFM");
 *   - a letter and a crew word ("C crew", "B-shift", "Team C")
 *
 * — and whose predicate is one of the class below, is read as a person reference by the rest of the blame pipeline.
 * The predicates are a class, not sentences: mental and volitional verbs with a person-only complement ("couldn't be
 * bothered", "didn't care", "decided on their own", "chose a flexible reading of"), idioms of inattention and negligence
 * ("asleep at the wheel", "sat on it", "dropped the ball", "nowhere to be seen", "went home"), "had no business", and
 * "should have" with a verb of speech or mind a machine cannot do ("should have called", "should have known", "should
 * have pulled the crew out"). Things stay things: a determiner before an acronym or a thing's noun ("the CRM couldn't be
 * bothered", "the WFM tool was asleep") gives no subject, and predicates a machine carries ("the dialler decided to
 * retry", "the IVR couldn't cope", "the scheduler chose the wrong slot", "the valve sat open") are not in the class.
 * Linear: one global pattern with bounded repetition, then a bounded look back over the tokens before each match.
 */
import { GROUP_NOUNS, IDIOMS } from './blame.lexicon.ts';
import { personNounKind } from './person-lexicon.ts';
import { isThingNoun, MACHINE_HEAD, MAN_COMPOUND } from './person-things.ts';
import { THING_MODIFIER } from './person-words.ts';
import { CHARACTER_PREDICATE, CONDUCT_AFTER, machinePrefixed, PREDICATES_ROUND36, QUOTED_ACT, sharedAgentHead, strictSubject, subjectAtRound36 } from './blame.person-predicates.round36.ts';
import type { PersonSpan } from './person-mask.ts';
import type { Token } from './person-tokens.ts';

const NEG = String.raw`(?:(?:could|can|would|did|do|does|was|were|is|are|will)(?:n['’]t|\s{1,2}not)|never|cannot)`;
const POSS = String.raw`(?:his|her|their)`;
/** Adverbs that may stand between the subject and its predicate. */
const ADVERBS = String.raw`(?:(?:clearly|simply|just|again|apparently|obviously|still|then|also|really|frankly|probably|evidently|once\s{1,2}again|as\s{1,2}usual|finally)\s{1,2}){0,2}`;
/** Verbs of speech, mind and presence a machine does not do, after "should have". */
const PERSON_ONLY_VERB = String.raw`(?:known|realised|realized|thought|listened|asked|called|phoned|rung|rang|told|warned|spoken|talked|radioed|stayed|walked|read|admitted|owned\s{1,2}(?:it|up)|apologi[sz]ed|cared|bothered|questioned|challenged|pulled\s{1,2}(?:[\w-]{1,20}\s{1,2}){1,3}out|gone\s{1,2}(?:down|up|out|over|back|and)|spoken\s{1,2}up|pushed\s{1,2}back)`;
/** The class of predicates only a person carries. */
const PREDICATE = [
  String.raw`${NEG}\s{1,2}(?:be\s{1,2}|been\s{1,2}|even\s{1,2})?(?:bothered|arsed|fussed)\b`,
  String.raw`${NEG}\s{1,2}(?:even\s{1,2}|really\s{1,2})?(?:bother(?:ed)?|care)\b`,
  String.raw`(?:couldn['’]t|could\s{1,2}not)\s{1,2}care\s{1,2}less\b`,
  String.raw`(?:had|has|have)\s{1,2}no\s{1,2}business\b`,
  String.raw`(?:decided|chose|opted|went|acted)\s{1,2}on\s{1,2}${POSS}\s{1,2}own\b`,
  String.raw`took\s{1,2}it\s{1,2}upon\s{1,2}(?:him|her|them)sel(?:f|ves)\b`,
  String.raw`(?:chose|took|adopted|applied|went\s{1,2}with|had|has|have)\s{1,2}an?\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,2}(?:reading|interpretation)\s{1,2}of\b`,
  String.raw`(?:took|adopted|had)\s{1,2}an?\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,2}(?:approach|attitude)\s{1,2}to\b`,
  String.raw`(?:was|were|is|are|fell|been|seemed|looked)\s{1,2}(?:fast\s{1,2}|sound\s{1,2})?asleep\b`,
  String.raw`(?:was|were|is|are|been|got)\s{1,2}caught\s{1,2}napping\b`,
  String.raw`(?:sat|sits|sitting|sit)\s{1,2}on\s{1,2}(?:it|them|that|this)\b`,
  String.raw`(?:dropped|drops|dropping)\s{1,2}the\s{1,2}ball\b`,
  String.raw`(?:took|takes|taking)\s{1,2}${POSS}\s{1,2}eyes?\s{1,2}off\b`,
  String.raw`(?:(?:was|were|is|are)\s{1,2})?(?:still\s{1,2})?nowhere\s{1,2}to\s{1,2}be\s{1,2}(?:seen|found)\b`,
  String.raw`(?:left|leave|leaves|leaving|walked\s{1,2}off|went)\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,2}without\s{1,2}(?:so\s{1,2}much\s{1,2}as\s{1,2})?a\s{1,2}word\b`,
  String.raw`(?:went|had\s{1,2}gone|goes)\s{1,2}(?:home|on\s{1,2}holiday|on\s{1,2}leave)\b`,
  String.raw`(?:chatted|chatting|gossiped|gossiping|dozed|dozing|napping)\b`,
  String.raw`(?:refused|wouldn['’]t|would\s{1,2}not)\s{1,2}(?:to\s{1,2})?(?:believe|listen|budge|admit)\b`,
  // The lexicon's idioms of failure that only a person or a group of people can be the subject of ("cut corners").
  String.raw`(?:${IDIOMS})\b`,
  String.raw`(?:should|ought\s{1,2}to|could)(?:n['’]t|\s{1,2}not)?\s{1,2}have\s{1,2}${PERSON_ONLY_VERB}`,
  // Round 36: speech and calls to people, a post's social acts, metaphors used only of people.
  PREDICATES_ROUND36,
].join('|');
const PERSON_PREDICATE = new RegExp(String.raw`\b${ADVERBS}(?:${PREDICATE})`, 'giu');

/** Determiners that open a noun phrase subject. */
const DETERMINER = /^(?:the|our|their|my|his|her|your|that|this|these|those)$/i;
/** Capitalised words that open a clause and are not a group: pronouns, determiners, quantifiers, question words. */
const NOT_SUBJECT = /^(?:the|a|an|it|its|this|that|these|those|there|here|we|i|you|he|she|they|who|what|which|whoever|nobody|no|everyone|everybody|someone|somebody|anyone|anybody|nothing|everything|something|one|none|all|each|every|some|any|both|either|neither|then|so|and|but|if|when|while|after|before|because|as|once|still|again|clearly|obviously|apparently|frankly|honestly|naturally|also|just)$/i;
/** Words after which a clause begins. */
const CLAUSE_OPENER = /^(?:and|but|because|so|when|while|after|then|until|since|as|if|though|although|yet|or)$/i;
/** A crew, a gang or a shift named by its letter: "C crew", "B-shift", "Team C". */
const CREW_WORD = /^(?:crews?|shifts?|watch|watches|gangs?|teams?|tours?)$/i;
const LETTER = /^[A-F]$/;
const LETTER_CREW = /^[A-F]-(?:crew|shift|watch|gang|team|tour)$/i;
/** Abstract nouns by their ending: a process or a quality, not a person ("the planning", "the maintenance"). */
const ABSTRACT = /(?:ing|tion|sion|ment|ness|ity|ism|ance|ence)$/;

/** The lower-case head of a noun phrase that may be a person by what it does: any noun but a thing's (person-things.ts) or an abstract one. */
function personishHead(w: string): boolean {
  const lower = w.toLowerCase();
  if (isThingNoun(lower) || THING_MODIFIER.test(lower)) return GROUP_NOUNS.test(w) || sharedAgentHead(lower);
  if (machinePrefixed(lower)) return false;
  return MAN_COMPOUND.test(w) || GROUP_NOUNS.test(w) || personNounKind(lower) !== null || !ABSTRACT.test(lower);
}

/** Whether token `k` opens its clause: the sentence's start, after punctuation, after a clock, after a conjunction. */
function opensClause(toks: readonly Token[], k: number): boolean {
  if (k === 0 || toks[k]!.gap) return true;
  const prev = toks[k - 1]!;
  return CLAUSE_OPENER.test(prev.text) || /^\d{1,4}$/.test(prev.text);
}

/** The subject ending at token `k` when it is a person by its shape, as [first, last] token indices, or null. */
function subjectAt(toks: readonly Token[], k: number): [number, number] | null {
  const t = toks[k]!;
  const w = t.stem;
  if (LETTER_CREW.test(w)) return [k > 0 && DETERMINER.test(toks[k - 1]!.text) && !t.gap ? k - 1 : k, k];
  if (CREW_WORD.test(w) && k > 0 && LETTER.test(toks[k - 1]!.text) && !t.gap) return [k - 1, k];
  if (LETTER.test(w) && k > 0 && CREW_WORD.test(toks[k - 1]!.text) && !t.gap) return [k - 1, k];
  if (NOT_SUBJECT.test(w)) return null;
  // A capitalised single word (or an acronym) opening its clause, with no determiner: a department or a crew acting.
  if (/^\p{Lu}[\p{L}&-]*$/u.test(w) && opensClause(toks, k)) return [k, k];
  // A determiner, up to two modifiers and a head that may be a person.
  if (!/^\p{Ll}/u.test(w) || !personishHead(w)) return null;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (toks[j + 1]!.gap) return null;
    if (DETERMINER.test(toks[j]!.text)) return [j, k];
    // Round 36: a software modifier before a head that also names a machine makes it one ("the database master waved the
    // replica through"; "the network lead" stays a person).
    const modifier = toks[j]!.text.toLowerCase();
    if (/^\p{Lu}{2,}|\d/u.test(toks[j]!.text) || MACHINE_HEAD.test(modifier) || (THING_MODIFIER.test(modifier) && isThingNoun(w.toLowerCase()))) return null;
  }
  return null;
}

/** Round 37: the subject ending at token `k` by round 34's shapes or round 36's, for the slots of blame.person-slots.round37.ts. */
export function subjectAtPerson(toks: readonly Token[], k: number): [number, number] | null {
  return subjectAt(toks, k) ?? subjectAtRound36(toks, k);
}

/** "and", "and then", "then": a predicate coordinated with the clause's first, which shares its subject. */
const COORDINATOR = /^(?:and|then)$/i;

/**
 * The subject a coordinated predicate shares ("WFM got the forecast wrong and then couldn't be bothered …"): the first
 * noun phrase of its clause, found within the clause's first four words, with nothing but words between.
 */
function sharedSubject(toks: readonly Token[], at: number): [number, number] | null {
  let first = at;
  while (first > 0 && !toks[first]!.gap && at - first < 30) first--;
  for (let h = first; h < Math.min(at - 1, first + 4); h++) {
    const subject = subjectAt(toks, h);
    if (subject !== null && subject[0] === first && toks[h + 1] !== undefined && !toks[h + 1]!.gap) return subject;
  }
  return null;
}

/** The person spans with the subjects of person-only predicates added (sorted, none overlapping). */
export function withPredicateSubjects(s: string, toks: readonly Token[], spans: PersonSpan[]): PersonSpan[] {
  const added: PersonSpan[] = [];
  const add = (subject: [number, number] | null): void => {
    if (subject === null) return;
    const start = toks[subject[0]]!.start;
    const end = toks[subject[1]]!.start + toks[subject[1]]!.stem.length;
    if (spans.some((sp) => sp.start < end && start < sp.end) || added.some((sp) => sp.start < end && start < sp.end)) return;
    added.push({ start, end, possessive: false, byContext: true });
  };
  // The subject right before a predicate: one pass of the predicates, then one of the acts in scare quotes (round 36).
  for (const pattern of [PERSON_PREDICATE, QUOTED_ACT, CHARACTER_PREDICATE]) {
    let k = 0;
    for (const m of s.matchAll(pattern)) {
      while (k < toks.length && toks[k]!.end <= m.index) k++;
      const head = k - 1;
      if (head < 0 || !/^\s{1,3}$/.test(s.slice(toks[head]!.end, m.index))) continue;
      if (COORDINATOR.test(toks[head]!.text)) {
        if (pattern === PERSON_PREDICATE) add(sharedSubject(toks, head));
        continue;
      }
      const first = subjectAt(toks, head);
      const subject = first ?? subjectAtRound36(toks, head);
      if (subject !== null && (pattern !== CHARACTER_PREDICATE || strictSubject(toks, subject, first === null))) add(subject);
    }
  }
  // Round 36: a post's possessive before its conduct ("the SCE's handover", "the TL's 'minor tweak'").
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.text !== t.stem && CONDUCT_AFTER.test(s.slice(t.start + t.stem.length, t.start + t.stem.length + 80))) add(subjectAt(toks, k) ?? subjectAtRound36(toks, k));
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}
