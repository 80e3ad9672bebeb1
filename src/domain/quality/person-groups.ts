/*
 * Round 28 (issue 16): people named by group, shift, store, department or station, with no article or name: "Purchasing
 * fell asleep on the seal kits", "Leeds decided to skip the recall", "Store 118's GM ignored …" when what follows is a
 * human act, "the Friday closer decided to skip the log". No list of groups: the evidence is the act. A capitalised
 * phrase opening a clause (one to three words: "Purchasing", "Store 118", "Register 2's cashier"), or a phrase after a
 * determiner whose modifier is the shift it works ("the Friday closer", "the overnight porter"), is a person when its
 * verb is an act or a state only people have: a verb of mind or will (decided, assumed, panicked, couldn't be
 * bothered), a state (asleep, distracted, on a break), or falling asleep, dozing, shrugging, going home. The same words
 * acting as machines or places stay things: "Register 2 froze", "Store 118's router dropped", "Leeds flooded".
 * Each test is a bounded regex on a short window after the phrase. Linear.
 */
import { COMPARATIVES, THING_AGENTS } from './blame.lexicon.ts';
import { AUX, MIND, STATE } from './person-acts.ts';
import { BREAKS, DETERMINERS, ROLE_TAIL } from './person-words.ts';
import { JUDGE_ADJ } from './blame.lexicon.ts';
import type { PersonSpan } from './person-mask.ts';
import { isThingNoun } from './person-things.ts';
import type { Token } from './person-tokens.ts';

/** Acts only people do, beyond the verbs of mind: falling asleep, leaving the post, shrugging it off, sitting on a ticket. */
const PEOPLE_ACT = new RegExp(String.raw`^${AUX}\s{1,2}(?:fell\s{1,2}asleep|falls\s{1,2}asleep|dozed\s{1,2}off|nodded\s{1,2}off|slept\s{1,2}through|went\s{1,2}home|clocked\s{1,2}(?:out|off)|walked\s{1,2}(?:off|away|out)|shrugged|sat\s{1,2}on\s{1,2}(?:it|the|our|their)|signed\s{1,2}off|waved\s{1,2}(?:it|the\s{1,2}\w+)\s{1,2}through|dropped\s{1,2}the\s{1,2}ball|rubber-stamped|couldn't\s{1,2}care|didn't\s{1,2}care|never\s{1,2}(?:called|rang|showed|turned\s{1,2}up)|did(?:n't|\s{1,2}not)\s{1,2}(?:call|ring|show\s{1,2}up|turn\s{1,2}up|read|look))\b`, 'i');

/** A modifier that names the shift a person works: "the Friday closer", "the overnight porter", "the weekend opener". */
const SHIFT_MODIFIER = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|weekday|night|nights|overnight|morning|evening|afternoon|late|early|graveyard|opening|closing|lunch|dinner|breakfast|day)$/i;

/** A word that may be part of a group's name without an article: capitalised, a number, or a shift's letter. */
const NAME_PART = /^(?:\p{Lu}[\p{L}\d&-]*|\d{1,5}[A-Za-z]?|#\d{1,5})$/u;

const COMPARATIVE_SET: ReadonlySet<string> = new Set(COMPARATIVES);

/** States a thing is never said to be in: asleep, told, warned, reminded. */
const ASLEEP_OR_TOLD = new RegExp(String.raw`^(?:\s{1,2}(?:clearly|apparently|probably|still|again))?\s{1,2}(?:was|were|is|are|had\s{1,2}been|has\s{1,2}been)\s{1,2}(?:already\s{1,2}|still\s{1,2})?(?:asleep|told|warned|reminded)\b`, 'i');

/** Whether the words after a phrase give it a human act or state. */
function humanAct(after: string): boolean {
  return MIND.test(after) || PEOPLE_ACT.test(after) || STATE.test(after) || ASLEEP_OR_TOLD.test(after);
}

/** A judgement given to whoever follows: "That was negligent of …", "careless of …". */
const JUDGED_OF = new RegExp(`\\b(?:${JUDGE_ADJ})\\s{1,2}of\\s{1,2}$`, 'i');

/** The index of the first token that is not a one- or two-digit number (the clock time a sentence may open with). */
function afterLeadingDigits(toks: readonly Token[]): number {
  let k = 0;
  while (k < toks.length && /^\d{1,2}$/.test(toks[k]!.text)) k++;
  return k;
}

/** Whether `toks[i]` opens a clause: the sentence's first word, the first after a clock time, or after a colon or dash. */
function opensHere(toks: readonly Token[], i: number, lead: number): boolean {
  return i === 0 || toks[i]!.opens === true || i <= lead;
}

/** The last token of a group named without an article at `i`, or -1: up to three name parts, then an optional role after a possessive. */
function bareGroup(toks: readonly Token[], i: number): number {
  let j = i;
  if (!NAME_PART.test(toks[i]!.stem) || !/^\p{Lu}/u.test(toks[i]!.text) || BREAKS.has(toks[i]!.text.toLowerCase()) || DETERMINERS.has(toks[i]!.text.toLowerCase())) return -1;
  while (j + 1 < toks.length && j < i + 2 && toks[j]!.text === toks[j]!.stem && !toks[j + 1]!.gap && NAME_PART.test(toks[j + 1]!.stem)) j++;
  // "B shift", "Line 4 crew": a shift or crew after its letter or name.
  const tail = toks[j + 1];
  if (toks[j]!.text === toks[j]!.stem && tail !== undefined && !tail.gap && /^\p{Ll}/u.test(tail.text) && ROLE_TAIL.test(tail.stem)) j++;
  // "Store 118's GM", "Register 2's cashier": the person after the place's possessive.
  const poss = toks[j]!;
  const head = toks[j + 1];
  if (poss.text !== poss.stem && head !== undefined && !head.gap && /^(?:\p{Lu}{2,4}s?|\p{Ll}[\p{Ll}-]{2,})$/u.test(head.text) && !BREAKS.has(head.text) && !THING_AGENTS.has(head.text.toLowerCase())) return j + 1;
  return poss.text === poss.stem ? j : -1;
}

/** The last token of "the Friday closer" at the determiner `i`: a shift modifier, then one head word; -1 if none. */
function shiftWorker(toks: readonly Token[], i: number): number {
  if (!DETERMINERS.has(toks[i]!.text.toLowerCase())) return -1;
  const mod = toks[i + 1];
  const head = toks[i + 2];
  if (mod === undefined || head === undefined || mod.gap || head.gap || mod.text !== mod.stem || !SHIFT_MODIFIER.test(mod.text)) return -1;
  // After a noun of time a comparative is a noun ("the Friday closer"); a thing's noun (person-things.ts) stays a thing ("the night scheduler", "the night script").
  const word = head.stem.toLowerCase();
  if (!/^\p{Ll}[\p{Ll}-]{2,}$/u.test(head.stem) || BREAKS.has(word) || (isThingNoun(word) && !COMPARATIVE_SET.has(word))) return -1;
  return i + 2;
}

/**
 * Round 29: a modifier that says how a person is employed: "the agency driver", "the seasonal worker", "a relief picker".
 * Machines are not hired through an agency or for a season, so an agent noun after one is a person whatever it does.
 */
const EMPLOYED_MODIFIER = /^(?:agency|contracted|contractor|relief|locum|trainee|apprentice|probationary|freelance|volunteer|part-time|zero-hours|subcontracted)$/i;
/** Modifiers that also qualify models and readings ("the seasonal forecaster", "a casual reader"): only before a worker's noun. */
const SEASON_MODIFIER = /^(?:seasonal|casual|temporary)$/i;
const WORKER_NOUN = /^(?:workers?|staff|hires?|employees?|hands?|help|labou?rers?|pickers?|packers?|porters?|cleaners?|drivers?|couriers?|stewards?|operatives?)$/i;

/** The last token of "the agency driver" at the determiner `i`: an employment modifier, then an agent noun; -1 if none. */
function employedWorker(toks: readonly Token[], i: number): number {
  if (!DETERMINERS.has(toks[i]!.text.toLowerCase())) return -1;
  const mod = toks[i + 1];
  const head = toks[i + 2];
  if (mod === undefined || head === undefined || mod.gap || head.gap || mod.text !== mod.stem) return -1;
  if (SEASON_MODIFIER.test(mod.text)) return WORKER_NOUN.test(head.stem) ? i + 2 : -1;
  if (!EMPLOYED_MODIFIER.test(mod.text)) return -1;
  // An agent noun or a worker's noun: "driver", "picker", "worker", "staff"; not "the contract terms", "the temp file".
  return /^\p{Ll}[\p{Ll}-]{2,}(?:er|or|ist|ant|ent|man|woman|person|staff|hand|help)$/u.test(head.stem) && !BREAKS.has(head.stem.toLowerCase()) ? i + 2 : -1;
}

/** Round 31: a crew's letter or number joined to its word: "B-shift", "C-platoon", "2-watch", "A-crew". */
const LETTERED_CREW = /^[A-Z\d]-(?:shift|platoon|watch|crew|squad|rotation)$/;
/** Its verb right after it: a modal or an auxiliary, or a past tense ("should", "had", "skipped", "didn't"). */
const CREW_VERB = /^['’]?\s{1,2}(?:(?:should|could|would|must|did|does|do|had|has|have|was|were|is|are|never|always|just|also|then|still|again|clearly|apparently)\b|\p{Ll}{2,20}ed\b|(?:ran|left|forgot|took|went|made|let|got|kept|thought|knew|chose|sent|put|set|saw|gave|shut|cut|hit|missed)\b)/u;

/** The sentence's person spans with the groups, shifts, stores and stations that act as people added, in order. */
export function withGroups(s: string, toks: readonly Token[], spans: PersonSpan[]): PersonSpan[] {
  const added: PersonSpan[] = [];
  // Linear on long runs: the leading clock time found once, and the characters the sentence's person spans cover marked
  // once, so that whether a candidate (a few tokens long) overlaps one is read from its own characters.
  const lead = afterLeadingDigits(toks);
  const covered = new Uint8Array(s.length + 1);
  for (const sp of spans) covered.fill(1, Math.max(0, sp.start), Math.min(s.length, sp.end));
  const taken = (a: number, b: number): boolean => {
    for (let k = a; k < b && k < s.length; k++) if (covered[k] === 1) return true;
    return false;
  };
  for (let i = 0; i < toks.length; i++) {
    // Round 31: a crew named by its letter or number joined to its word ("B-shift", "C-platoon", "2-watch") is people
    // when its verb follows: a modal or auxiliary, or a verb in the past ("B-shift should have …", "A-shift skipped …").
    if (LETTERED_CREW.test(toks[i]!.text) && CREW_VERB.test(s.slice(toks[i]!.end, toks[i]!.end + 40)) && !taken(toks[i]!.start, toks[i]!.end)) {
      added.push({ start: toks[i]!.start, end: toks[i]!.end, possessive: false });
      continue;
    }
    const bare = opensHere(toks, i, lead) || toks[i - 1]?.text.toLowerCase() === 'of' ? bareGroup(toks, i) : -1;
    const employed = bare === -1 ? employedWorker(toks, i) : -1;
    const j = bare === -1 ? (employed === -1 ? shiftWorker(toks, i) : employed) : bare;
    if (j === -1) continue;
    const head = toks[j]!;
    const end = head.start + head.stem.length;
    const judged = JUDGED_OF.test(s.slice(Math.max(0, toks[i]!.start - 40), toks[i]!.start));
    if (taken(toks[i]!.start, end) || !(employed !== -1 || judged || humanAct(s.slice(head.end, head.end + 90)))) continue;
    added.push({ start: toks[i]!.start, end, possessive: false });
    i = j;
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}
