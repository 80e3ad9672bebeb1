/*
 * Round 36 (issue 16): more subjects and more predicates for the reader of blame.person-predicates.ts. Of the blame
 * misses on round 35's training sets, most had no person found at all: the writers named their people by shapes the
 * subject test refused. The predicate is what tells a person from a thing, so each shape below is a subject only when
 * its predicate is of the person-only class:
 *
 *   - a post written as an initialism after a determiner, with up to two modifiers ("the FDO", "our RE", "the night
 *     BMS"), or after a shift's word at a clause's start ("Night BMS ignored …"); a system's acronym of the common list
 *     ("the API", "the PLC", "the CRM") is never one;
 *   - a department or a place written as a capitalised word and a number or a second word, opening its clause ("Ward 7",
 *     "Round 4", "Race control", "Transfer station", "Outage Planning"); a machine's head ("Unit 2", "Pump 3") is not;
 *   - a shift by its name, in lower case, opening its clause ("nights", "lates", "earlies");
 *   - an agent noun the lexicon holds as a thing that WordNet also files as a person ("the driver", "the runner",
 *     "the loader"), decided by the predicate like any other noun.
 *
 * The predicates added are of the same class as round 34's: speech and calls to people ("radioed", "never rang back",
 * "didn't tell anyone", "brushed off"), the social acts of a post ("signed it off", "waved it through", "made a poor
 * call", "handled it badly", "found time for"), and the metaphors a writer uses only of people ("was a brick wall",
 * "was a passenger"). A machine does none of them; a machine that is named by its noun stays a thing before any of them.
 * Linear: patterns with bounded repetition, and a bounded look back over the tokens.
 */
import { GROUP_NOUNS, THING_AGENTS } from './blame.lexicon.ts';
import { personNounKind } from './person-lexicon.ts';
import { isThingNoun, MACHINE_HEAD } from './person-things.ts';
import { BRACKET_ACRONYM } from './person-words.ts';
import type { Token } from './person-tokens.ts';

const NEG = String.raw`(?:(?:could|can|would|did|do|does|was|were|is|are|will)(?:n['’]t|\s{1,2}not)|never|cannot)`;
/** Whom a call or a word goes to, or a word for the call itself. */
const TO_PEOPLE = String.raw`(?:anyone|anybody|nobody|someone|us|them|him|her|me|the\s{1,2}(?:[\w-]{1,20}\s{1,2})?(?:desk|ward|crew|team|room|office|floor|shift|wall))`;
/** Acts only a person carries, in their past or present forms. */
export const PREDICATES_ROUND36 = [
  // Speech and calls to people.
  String.raw`(?:radioed|phoned|texted|rang|rung)\b`,
  String.raw`${NEG}\s{1,2}(?:even\s{1,2}|once\s{1,2})?(?:ring|rang|call|phone|get|come|got|came|write|wrote)\s{1,2}back\b`,
  String.raw`${NEG}\s{1,2}(?:even\s{1,2}|once\s{1,2})?(?:tell|told|warn|warned|ask|asked|mention|mentioned|inform|informed|phone|ring|radio)\s{1,2}${TO_PEOPLE}\b`,
  String.raw`(?:told|warned|asked|informed)\s{1,2}nobody\b`,
  String.raw`${NEG}\s{1,2}(?:even\s{1,2})?(?:answer|pick\s{1,2}up)\s{1,2}(?:the|a|their|his|her)\s{1,2}(?:[\w-]{1,20}\s{1,2})?(?:phone|radio|calls?|pager|bleep)\b`,
  // Not "never showed / turned up": bugs, errors and gaps show up too ("the gap between the two steps never showed up").
  String.raw`(?:ignored|ignores|dismissed|dismisses|brushed\s{1,2}off|brushes\s{1,2}off|shrugged\s{1,2}off)\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,3}?(?:calls|messages|emails|texts|requests\s{1,2}from|warnings\s{1,2}from|pleas|complaints|instructions)\b`,
  String.raw`(?:brushed|brushes|shrugged|shrugs|laughed|laughs)\s{1,2}(?:it|them|this|that)\s{1,2}off\b`,
  // The social acts of a post.
  String.raw`(?:signed|signs)\s{1,2}(?:(?:it|them|the\s{1,2}[\w-]{1,20})\s{1,2})?(?:off|back)\b(?!\s{1,2}by\b)`,
  String.raw`(?:waved|waves)\s{1,2}(?:(?:it|them|an?\s{1,2}[\w-]{1,20}|the\s{1,2}[\w-]{1,20})\s{1,2})?(?:through|off|away)\b(?!\s{1,2}by\b)`,
  String.raw`(?:made|makes|making)\s{1,2}an?\s{1,2}(?:(?:poor|bad|wrong|rash|terrible|questionable|dubious|right|real|complete|total|proper)\s{1,2})(?:call|decision|judg(?:e)?ment|mess|hash|meal|pig['’]s\s{1,2}ear)\b`,
  String.raw`(?:handled|handles)\s{1,2}(?:[\w-]{1,20}\s{1,2}){1,4}?(?:badly|poorly|sloppily|carelessly)\b`,
  String.raw`(?:found|finds|managed\s{1,2}to\s{1,2}find)\s{1,2}(?:the\s{1,2})?time\s{1,2}(?:to|for)\b`,
  String.raw`(?:let|lets)\s{1,2}(?:it|that|this|them)\s{1,2}slide\b`,
  String.raw`(?:took|takes|taking)\s{1,2}(?:a\s{1,2}few\s{1,2}|some\s{1,2}|certain\s{1,2}|real\s{1,2})?liberties\s{1,2}with\b`,
  String.raw`(?:took|takes|had|has|have)\s{1,2}(?:what\s{1,2}(?:you|we|one)\s{1,2}(?:might|could)\s{1,2}call\s{1,2})?an?\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,2}(?:relationship\s{1,2}with|view\s{1,2}of)\b`,
  String.raw`(?:(?:was|were|is|are|been)\s{1,2}(?:clearly\s{1,2}|just\s{1,2})?)?winging\s{1,2}it\b`,
  // Metaphors a writer uses only of people.
  String.raw`(?:was|were|is|are|been)\s{1,2}(?:a|an)\s{1,2}(?:brick\s{1,2}wall|passenger|passengers|liability|law\s{1,2}unto)\b`,
].join('|');

/** A post written as an initialism: two to six capitals, a plural "s" allowed ("FDO", "SPACON", "MLAs"). */
const INITIALISM = /^\p{Lu}[\p{Lu}\d]{1,5}s?$/u;
/** Determiners before a post's initialism. */
const DET = /^(?:the|our|their|that|this|your|my)$/i;
/** Words of a shift or a rank before a post's initialism ("night BMS", "twilight MLA", "duty FDO"). */
const SHIFT_MOD = /^(?:night|day|twilight|late|early|weekend|overnight|duty|relief|on-call|oncall|outgoing|incoming|acting|new|senior|junior|lead)$/i;
/** Shifts named by when they work. */
const SHIFT_NAME = /^(?:nights|lates|earlies|overnights)$/i;
/** Words after which a clause begins. */
const CLAUSE_OPENER = /^(?:and|but|because|so|when|while|after|then|until|since|as|if|though|although|yet|or|like|that)$/i;

function opensClause(toks: readonly Token[], k: number): boolean {
  if (k === 0 || toks[k]!.gap) return true;
  const prev = toks[k - 1]!.text;
  return CLAUSE_OPENER.test(prev) || /^\d{1,4}$/.test(prev);
}

/**
 * Whether a system's acronym: one of the common list ("API", "PLC"), singular or plural, or one whose last capital is an
 * S, the System or Service most such names end in ("the PMS", "the LIMS", "the QMS"; a post's plural is a lower-case s).
 */
export function systemAcronym(w: string): boolean {
  // Round 37: a post's plural too ("the NOCs", "the SREs", "EMDs").
  if (PEOPLE_ACRONYM.test(w) || (w.endsWith('s') && PEOPLE_ACRONYM.test(w.slice(0, -1)))) return false;
  return BRACKET_ACRONYM.has(w) || (w.endsWith('s') && BRACKET_ACRONYM.has(w.slice(0, -1))) || w.endsWith('S');
}

/** The common list's posts, teams and regions, which are people whatever their last letter ("the TL", "the NA", "OPS"). */
const PEOPLE_ACRONYM = /^(?:TL|NA|QA|IT|HR|SRE|SREs|DBA|DBAs|IC|EM|EMs|CTO|CEO|CFO|COO|CIO|VP|VPs|SVP|EVP|NOC|SOC|OPS|PM|PMs|AM|DEV|DEVs)$/;

/** A machine's prefix on a hyphenated head: "auto-allocator", "robo-picker", "e-gate". */
const MACHINE_PREFIX = /^(?:auto|robo|e|tele|cyber|smart|self)-/i;

/** A capitalised word that may name a department or a place, not a machine ("Ward", "Reception", "Race"). */
function placeWord(w: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !MACHINE_HEAD.test(w.toLowerCase()) && !isThingNoun(w.toLowerCase());
}

/** The round-36 subject ending at token `k`, as [first, last] token indices, or null (see the file's comment). */
export function subjectAtRound36(toks: readonly Token[], k: number): [number, number] | null {
  const t = toks[k]!;
  const w = t.stem;
  if (INITIALISM.test(w) && (!systemAcronym(w) || shiftBefore(toks, k))) {
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (toks[j + 1]!.gap) break;
      const x = toks[j]!.text;
      if (DET.test(x)) return [j, k];
      if (SHIFT_MOD.test(x) && opensClause(toks, j)) return [j, k];
      if (!SHIFT_MOD.test(x)) break;
    }
    return null;
  }
  if (SHIFT_NAME.test(w) && /^\p{Ll}/u.test(w) && opensClause(toks, k)) return [k, k];
  if (k > 0 && !t.gap && opensClause(toks, k - 1) && placeWord(toks[k - 1]!.text)) {
    // "Ward 7", "Round 4": a capitalised word and its number.
    if (/^\d{1,3}$/.test(w)) return [k - 1, k];
    // "Race control", "Transfer station", "Outage Planning": a capitalised word and a second that is no machine.
    // A lower-case second word that names an activity ("Reefer monitoring") is a process, not a department.
    const abstract = /^\p{Ll}/u.test(w) && /(?:ing|tion|ment)$/.test(w);
    if (/^\p{L}[\p{Ll}]{2,}$/u.test(w) && !abstract && !MACHINE_HEAD.test(w.toLowerCase()) && !isThingNoun(w.toLowerCase())) return [k - 1, k];
  }
  return null;
}

/** Round 37: a shift's word right before an initialism makes it a post, whatever its last letter ("the night BMS", "our night NOCs"): no system works nights. */
const SHIFT_TIME = /^(?:night|nights|day|days|twilight|late|early|weekend|overnight|on-call|oncall|outgoing|incoming|relief)$/i;
function shiftBefore(toks: readonly Token[], k: number): boolean {
  return k > 0 && !toks[k]!.gap && SHIFT_TIME.test(toks[k - 1]!.text);
}

/**
 * Round 37: whether token `k` is a post's initialism ("the RM", "JT", "the NOCs", "the night BMS"): not a system's
 * acronym unless a shift's word stands before it. In a subject's place (`from` null) it needs a determiner or a shift
 * word before it, or to open its clause; in a slot opening at `from` the slot is its context.
 */
export function isPostInitialism(toks: readonly Token[], k: number, from: number | null, strict = false): boolean {
  const w = toks[k]!.stem;
  if (!INITIALISM.test(w) || (systemAcronym(w) && !shiftBefore(toks, k))) return false;
  // Strict: a post's initialism of the common list or its plural, or after a shift's word; any other is as often a system's.
  if (strict && !PEOPLE_ACRONYM.test(w) && !PEOPLE_ACRONYM.test(w.replace(/s$/, '')) && !shiftBefore(toks, k)) return false;
  if (from !== null) return true;
  return subjectAtRound36(toks, k) !== null || opensClause(toks, k);
}

/** Whether a lower-case head the thing test refuses may still be a person by its predicate: an agent noun WordNet files as a person too. */
export function sharedAgentHead(lower: string): boolean {
  if (MACHINE_PREFIX.test(lower)) return false;
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return (THING_AGENTS.has(lower) || THING_AGENTS.has(singular)) && !MACHINE_HEAD.test(lower) && personNounKind(lower) !== null;
}

/** Whether a hyphenated head carries a machine's prefix ("the auto-allocator"): a thing whatever its predicate. */
export function machinePrefixed(lower: string): boolean {
  return MACHINE_PREFIX.test(lower);
}

/**
 * Adjectives of character said of someone's conduct ("the CTL was careless with the list"; not "slow", "poor", "bad",
 * which a machine is too), ending their phrase ("lazy design" is a thing's), and a sole cause ("Payments alone caused this"). Writers say them of forms and templates
 * too ("the permit form is careless about isolation points"), so their subject must be a person's noun by WordNet, a
 * group, a department, or one of the round-36 shapes (`strictSubject`).
 */
export const CHARACTER_PREDICATE = new RegExp(String.raw`\b(?:alone\s{1,2}(?:caused|broke|is\s{1,2}to\s{1,2}blame|was\s{1,2}to\s{1,2}blame|is\s{1,2}responsible|was\s{1,2}responsible)\b|(?:was|were|is|are|been|got|seemed|looked)\s{1,2}(?:(?:a\s{1,2}bit|rather|pretty|very|so|too|completely|totally|frankly|just|plain|fairly)\s{1,2})?(?:careless|negligent|lazy|incompetent|reckless|irresponsible|unprofessional|naive|naïve|thoughtless|clumsy|foolish|stupid|idiotic|cavalier|lackadaisical|inattentive|clueless|half-hearted|impatient|inept|rude|dismissive|complacent)(?=\s{0,2}(?:[,.;:!?)]|$)|\s{1,2}(?:with|about|in|on|when|to|and|as|during|at|for|over|from|again|that|this|all)\b))`, 'giu');

/**
 * An act in scare quotes right after the subject ("the NA 'checked' the fire panel", "Reception "triaged" the call"):
 * the writer doubts that a person did what they claim, a pretence no machine keeps up.
 */
export const QUOTED_ACT = /(?<=\s)["“'‘]\p{Ll}[\p{Ll}-]{2,20}(?:ed|s)["”'’](?=\s{1,2}(?:the|a|an|his|her|their|every|all|each|both|it|them)\b)/gu;

/**
 * A post's conduct after its possessive ("the TL's 'minor config tweak'", "the SCE's handover", "the supt's approach",
 * "on the FDO's part"): nouns of a person's conduct, a quoted phrase of theirs, or both. A machine's "failure" or "error"
 * is no clue.
 */
export const CONDUCT_AFTER = /^(?:['’]s|['’])\s{1,2}(?:["“'‘][^"“”'‘’\s]{1,20}\s[^"“”'‘’]{1,40}["”'’]\s{0,2}|(?:(?:[\p{Ll}-]{1,20})\s{1,2}){0,2}(?:handover|handovers|approach|attitude|relationship|judg(?:e)?ment|part|conduct|behaviou?r|doing|version\s{1,2}of\s{1,2}events|idea|ideas|commit|shift|round|paperwork|notes|technique|call|calls|mistakes?)\b)/u;

/** Whether a subject's head is surely a person's or a group's noun: for predicates writers also say of documents. */
export function strictSubject(toks: readonly Token[], subject: [number, number], round36: boolean): boolean {
  const head = toks[subject[1]]!.stem;
  return round36 || /^\p{Lu}/u.test(head) || GROUP_NOUNS.test(head) || personNounKind(head.toLowerCase()) !== null;
}
