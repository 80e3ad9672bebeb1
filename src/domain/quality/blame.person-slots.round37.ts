/*
 * Round 37 (issue 16): people the subject test of rounds 34 and 36 did not see, read by the position they stand in.
 * Most blame misses on round 36's training sets had no person found: the writers put their posts in an object's or an
 * agent's slot, gave them a plain verb and a should-have, or named a region or a rotation acting alone. Each shape below
 * is a person only by its slot or its predicate; a machine in the same slot keeps its noun and stays a thing.
 *
 *   - the slot after a judgement only people carry: "the failure of the RM to check", "a failure by the NOCs to
 *     escalate", "a reckless move by the RM", "personal error by the packer", "a failure on security's part", "on the
 *     part of QA" (not "the failure of the pump to start": a machine's noun; not "a decision by the IC": no judgement);
 *   - the agent of a passive when it is a post's initialism or a region ("acknowledged by JT", "flipped off by EMEA";
 *     not "restarted by the HPA", a system's acronym);
 *   - a post's initialism or a region as the subject of "should / ought to / could have" with any verb ("The RM
 *     should've held the release", "EMEA could have rolled back"; not "the PLC should have tripped");
 *   - a region or a rotation acting with a verb of the past or a modal ("APAC left the batch stuck", "US rotation
 *     spent half the incident", "the weekend rota missed …"; not "APAC edges stayed degraded", "the APAC region's
 *     replicas": a noun after the region makes it a place);
 *   - the writer blaming themselves: "I" with a should-have or an idiom of failure ("I should have caught it", "I let
 *     this one slide"), and a "we" qualified by its group ("we on days let it slide", "we (SRE) dropped this one"); a
 *     bare "we should have …" is the usual blameless framing and stays no one.
 * Linear: patterns with bounded repetition, and bounded looks forward and back over the tokens.
 */
import { subjectAtPerson } from './blame.person-predicates.ts';
import { isPostInitialism } from './blame.person-predicates.round36.ts';
import { GROUP_NOUNS } from './blame.lexicon.ts';
import { personNounKind } from './person-lexicon.ts';
import { isThingNoun, MACHINE_HEAD } from './person-things.ts';
import type { PersonSpan } from './person-mask.ts';
import type { Token } from './person-tokens.ts';

/** Regions a follow-the-sun rotation is named by: a closed class. */
const REGION = /^(?:EMEA|APAC|AMER|AMERS|LATAM|ANZ|APJ|EU|US|UK|NA|EUR|ASIA|EMEA's|APAC's)$/;
/** A rotation's or a rota's word after a region or a time word ("US rotation", "the weekend rota"). */
const ROTA = /^(?:rotation|rota|rotas|rotations|on-call|oncall|shift)$/i;
const TIME_WORD = /^(?:weekend|night|day|overnight|morning|evening|late|early|follow-the-sun|US|EU|EMEA|APAC|UK|AMER|LATAM|ANZ)$/i;
/** Irregular past tenses: a closed class of English verbs ("left", "sent", "sat"). */
const IRREGULAR_PAST = /^(?:left|let|set|sent|put|kept|made|took|sat|ran|went|forgot|spent|got|gave|told|brought|caught|held|lost|broke|chose|shut|hit|cut|began|did|had|knew|saw|thought|found|read|wrote|drove|rode|threw|blew|bent|bought|dug|fed|fell|felt|fled|flew|froze|hid|hung|laid|led|lent|meant|met|paid|quit|rang|rose|said|sold|shook|shot|slept|slid|sold|spoke|spun|stole|stood|stuck|swept|swore|swung|taught|tore|understood|woke|wore|won|withdrew)$/;
/** Auxiliaries, modals and adverbs that may stand between a subject and its verb. */
const AUX = /^(?:was|were|had|has|have|did|didn['’]t|didn|never|could|couldn['’]t|should|shouldn['’]t|would|wouldn['’]t|ought|needed|just|again|then|finally|clearly|simply|also|still|apparently|obviously|promptly|once|wasn['’]t|weren['’]t|hadn['’]t)$/i;

/** Whether the word after a subject opens its predicate: an auxiliary, a past tense ("left", "missed"). */
function verbAfter(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1];
  if (next === undefined || next.gap) return false;
  const w = next.text;
  if (AUX.test(w) || IRREGULAR_PAST.test(w)) return true;
  return /^\p{Ll}{2,}ed$/u.test(w) && !/(?:ceed|eed)$/.test(w);
}

/** Whether a verb in the past tense follows token `k` directly ("the weekend rota missed …"). */
function pastRightAfter(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1];
  return next !== undefined && !next.gap && (IRREGULAR_PAST.test(next.text) || /^\p{Ll}{2,}ed$/u.test(next.text));
}

/** Whether token `k` opens its clause: the sentence's start, punctuation, a clock, a conjunction. */
function opensClause(toks: readonly Token[], k: number): boolean {
  if (k === 0 || toks[k]!.gap) return true;
  return /^(?:and|but|because|so|when|while|after|then|until|since|as|if|though|although|yet|or|that|like)$/i.test(toks[k - 1]!.text) || /^\d{1,4}$/.test(toks[k - 1]!.text);
}

/** A region or a rotation acting: [first, last] token indices, or null. */
function rotationAt(toks: readonly Token[], k: number): [number, number] | null {
  const t = toks[k]!;
  if (REGION.test(t.stem) && opensClause(toks, k)) return [k, k];
  // A rota is also the schedule ("the overnight rota did not include a second approver"): only its act in the past
  // tense right after it makes it the people on it.
  if (ROTA.test(t.stem) && /^rotas?$/i.test(t.stem) && !pastRightAfter(toks, k)) return null;
  if (ROTA.test(t.stem) && k > 0 && !t.gap && TIME_WORD.test(toks[k - 1]!.text)) {
    const first = k > 1 && !toks[k - 1]!.gap && /^(?:the|our|their|that)$/i.test(toks[k - 2]!.text) ? k - 2 : k - 1;
    return opensClause(toks, first) || first === k - 2 ? [first, k] : null;
  }
  return null;
}

/** Words that may follow a noun phrase's head: function words and auxiliaries ("the RM to", "by EMEA at 23:40"). */
const AFTER_HEAD = /^(?:and|or|but|to|at|in|on|for|with|without|after|before|then|who|whose|which|that|because|so|while|despite|during|as|since|until|from|of|yet|is|was|were|are|had|has|have|did|never|not|when|again|once|over|this|last|twice)$/i;

/** Whether token `k` ends its noun phrase: punctuation, a function word or the sentence's end follows. */
function endsPhrase(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1];
  return next === undefined || next.gap || AFTER_HEAD.test(next.text) || /^\d/.test(next.text);
}

/**
 * The noun phrase opening at token `i` when it is a person by its shape, or null: a post's initialism or a region (in
 * `strict` slots, only the common posts' initialisms and a person's or a group's noun), or a subject of rounds 34 and 36.
 */
function phraseAt(toks: readonly Token[], i: number, strict: boolean): [number, number] | null {
  for (let k = i; k < Math.min(toks.length, i + 4); k++) {
    if (k > i && toks[k]!.gap) return null;
    const t = toks[k]!;
    // A possessive names whose act it was, not the agent ("by the orchestrator's retry").
    if (t.text !== t.stem) return null;
    if (!endsPhrase(toks, k)) continue;
    if (isPostInitialism(toks, k, i, strict) || REGION.test(t.stem)) return [i, k];
    // A person's initials stand with no determiner ("by JT"); a system's acronym takes one ("by the EHR").
    if (k === i && /^\p{Lu}{2,3}$/u.test(t.text) && isPostInitialism(toks, k, i)) return [i, k];
    if (ROTA.test(t.stem) && k > i && TIME_WORD.test(toks[k - 1]!.text)) return [i, k];
    if (strict) return k > i && /^\p{Ll}{3,}$/u.test(t.stem) && (personNounKind(t.stem) === 'person' || GROUP_NOUNS.test(t.stem)) ? [i, k] : null;
    const subject = subjectAtPerson(toks, k);
    return subject !== null && subject[0] === i ? [i, k] : null;
  }
  return null;
}

/** Judgements only people carry, whose "by" slot names who is judged. */
const JUDGEMENT_SLOT = /\b(?:(?:failure|failures)\s{1,2}by|(?:negligence|carelessness|sloppiness|laziness|incompetence|recklessness|complacency|inattention|misjudg(?:e)?ment|blunder|mistake|handling)\s{1,2}(?:by|from)|on\s{1,2}the\s{1,2}part\s{1,2}of)\s{1,2}/giu;
/**
 * "failure of", "a bold move by", "error by": machines fail, move and err too, and "errors by" is also a breakdown ("failure
 * of the OCR to read", "a move by the price optimiser", "client errors by resolver ASN"), so only a post's, a person's or
 * a group's noun.
 */
const FAILURE_OF = /\b(?:(?:failure|failures)\s{1,2}of|(?:move|error|errors)\s{1,2}(?:by|from))\s{1,2}/giu;
/** A past participle and "by": the agent of a passive. */
const PASSIVE_BY = /\b(?:\p{Ll}{2,}ed|left|sent|set|put|kept|made|taken|shut|cut|held|broken|chosen|forgotten|done|given|run)\s{1,2}(?:[\p{Ll}-]{2,20}\s{1,2})?(?:at\s{1,2}\d{1,2}[:.]\d{2}\s{1,2})?by\s{1,2}/gu;
/** A "should have" of any verb, after its subject. */
const SHOULD_ANY = /^\s{1,2}(?:should|ought\s{1,2}to|could|needed\s{1,2}to|was\s{1,2}supposed\s{1,2}to|were\s{1,2}supposed\s{1,2}to)(?:n['’]t|\s{1,2}not)?(?:\s{1,2}have|['’]ve)\s{1,2}\p{Ll}/u;
/** "on security's part": any one word's conduct. */
const ON_PART = /\bon\s{1,2}(?:the\s{1,2})?([\p{L}-]{2,30})['’]s?\s{1,2}part\b/gu;
/** The writer's own failure: a should-have or an idiom of failure after "I" or a qualified "we". */
const SELF_PREDICATE = /^\s{1,2}(?:(?:just|simply|really|clearly|honestly|completely|then)\s{1,2})?(?:(?:should|ought\s{1,2}to|could)(?:n['’]t|\s{1,2}not)?(?:\s{1,2}have|['’]ve)\s{1,2}\p{Ll}|(?:let|lets)\s{1,2}(?:it|this|that|them|this\s{1,2}one|that\s{1,2}one)\s{1,2}slide|(?:dropped|drop)\s{1,2}(?:the\s{1,2}ball|it|this|that|this\s{1,2}one)|cut\s{1,2}corners|got\s{1,2}(?:it|this|that|this\s{1,2}one|that\s{1,2}one)\s{1,2}wrong|messed\s{1,2}(?:it\s{1,2}|this\s{1,2})?up|screwed\s{1,2}(?:it\s{1,2}|this\s{1,2})?up|blew\s{1,2}it|fumbled|botched)/iu;
/** "we on days", "we in QA", "we (SRE)", "we on the CDN team": a "we" that names its group. */
const WE_QUALIFIED = /^(?:\s{1,2}(?:on|in|at|from)\s{1,2}(?:the\s{1,2})?(?:[\p{L}&-]{1,20}\s{1,2}){0,2}?[\p{L}&-]{1,20}|\s{0,2}\(\s{0,2}[\p{L}&-]{1,20}\s{0,2}\))/u;

/** The person spans with round 37's slots added (sorted, none overlapping). */
export function withSlotPersons(s: string, toks: readonly Token[], spans: PersonSpan[]): PersonSpan[] {
  const added: PersonSpan[] = [];
  const add = (first: number, last: number): void => {
    const start = toks[first]!.start;
    const end = toks[last]!.start + toks[last]!.stem.length;
    if (spans.some((sp) => sp.start < end && start < sp.end) || added.some((sp) => sp.start < end && start < sp.end)) return;
    added.push({ start, end, possessive: false, byContext: true });
  };
  // The first token starting at or after `offset` (binary search: the slots stay linear).
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < toks.length ? lo : -1;
  };
  for (const [pattern, strict] of [[JUDGEMENT_SLOT, false], [FAILURE_OF, true], [PASSIVE_BY, true]] as const) {
    for (const m of s.matchAll(pattern)) {
      const i = tokenAt(m.index + m[0].length);
      if (i < 0 || toks[i]!.start !== m.index + m[0].length) continue;
      const phrase = phraseAt(toks, i, strict);
      if (phrase !== null) add(phrase[0], phrase[1]);
    }
  }
  for (const m of s.matchAll(ON_PART)) {
    const i = tokenAt(m.index + m[0].indexOf(m[1]!));
    if (i >= 0 && /^\p{L}/u.test(toks[i]!.text) && !/^(?:my|our|your|his|her|their|its|the)$/i.test(toks[i]!.stem)) add(i, i);
  }
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const after = s.slice(t.end, t.end + 60);
    // A post's initialism or a region with a should-have of any verb ("The RM should've held …").
    if (SHOULD_ANY.test(after)) {
      const rotation = rotationAt(toks, k);
      if (rotation !== null) add(rotation[0], rotation[1]);
      else if (isPostInitialism(toks, k, null, true)) add(initialismStart(toks, k), k);
    }
    // A region or a rotation acting with a past tense or a modal ("APAC left the settlement batch stuck").
    const rotation = rotationAt(toks, k);
    if (rotation !== null && verbAfter(toks, k)) add(rotation[0], rotation[1]);
    // The writer's own failure.
    // Not in quotes: what someone said of themselves is reported speech ("Lorenzo said "I should have seen it," but …").
    if (t.text === 'I' && SELF_PREDICATE.test(after) && !/["“'‘]\s{0,2}$/u.test(s.slice(Math.max(0, t.start - 3), t.start))) add(k, k);
    if (/^we$/i.test(t.text)) {
      const q = WE_QUALIFIED.exec(after);
      if (q !== null && SELF_PREDICATE.test(after.slice(q[0].length).replace(/^,/, ''))) add(k, k);
    }
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}

/** The key a reference is known by across a document: a word without a possessive, or a plural "s" after capitals ("NOCs" → "NOC"). */
export function personKey(word: string): string {
  const stem = word.replace(/(?:'s|’s|'|’)$/, '');
  return /^\p{Lu}[\p{Lu}\d]{1,5}s$/u.test(stem) ? stem.slice(0, -1) : stem;
}

/**
 * The person spans with the references a document has already established (blame.documents.round37.ts): a word whose
 * key is known, with its determiner, when it ends its noun phrase ("the RM should've held …"; not "the RM bot", "the
 * EMEA PoPs": a thing's noun or a capitalised word after it makes the word a modifier).
 */
export function withKnown(toks: readonly Token[], spans: PersonSpan[], known: ReadonlySet<string>): PersonSpan[] {
  if (known.size === 0) return spans;
  const added: PersonSpan[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!/^\p{Lu}/u.test(t.text) || !known.has(personKey(t.text))) continue;
    const next = toks[k + 1];
    if (t.text === t.stem && next !== undefined && !next.gap && (/^\p{Lu}/u.test(next.text) || isThingNoun(next.text.toLowerCase()) || MACHINE_HEAD.test(next.text.toLowerCase()))) continue;
    const first = k > 0 && !t.gap && /^(?:the|our|their|that|this|both|all|two|three)$/i.test(toks[k - 1]!.text) ? k - 1 : k;
    const start = toks[first]!.start;
    const end = t.start + t.stem.length;
    if (spans.some((sp) => sp.start < end && start < sp.end) || added.some((sp) => sp.start < end && start < sp.end)) continue;
    added.push({ start, end, possessive: false });
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}

/** The first token of an initialism's noun phrase: its determiner and shift words ("the night BMS"). */
function initialismStart(toks: readonly Token[], k: number): number {
  let j = k;
  while (j > 0 && j > k - 3 && !toks[j]!.gap && /^(?:the|our|their|that|this|night|day|weekend|duty|late|early|overnight|previous|new|old)$/i.test(toks[j - 1]!.text)) j--;
  return j;
}
