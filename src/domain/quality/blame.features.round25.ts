import type { Feature } from './classifier.ts';
import { VIRTUE_ADJ } from './blame.lexicon.ts';
import { JUDGING, type Tok } from './blame.features.tokens.ts';
import { judgingValence } from './valence.ts';

/*
 * Round 25 (issue 16): the structures the model lacked when the forty-third to forty-eighth voices joined its training
 * (docs/quality-rounds.md, "Round 24 … blame": each broke a per-form test by a word pair, not by what the sentence says).
 * Each is one feature whose weight every writer teaches:
 *  - a relative clause that makes the person reached the actor ("pages the on-call, who ignores it"): the person acts;
 *  - a kind word denied by degree ("less than careful", "far from rigorous"): a virtue denied, not praise;
 *  - time a person spent on a check, told plainly ("spent an hour confirming the restore"), apart from time spent on
 *    anything else ("spent an hour arguing", "spent an hour checking the wrong host");
 *  - a demanded review of people's work ("must re-check whatever the contractors ship"), not of a tool's output;
 *  - a neutral act: a person acting, and nothing in the sentence that judges.
 * Token scans with bounded look-ahead: linear in the sentence.
 */

const NEGATION = /^(?:not|no|never|nobody|nothing|n't|didn't|don't|doesn't|wasn't|weren't|isn't|aren't|cannot|can't|couldn't|won't|wouldn't|shouldn't|nor|without)$/;
const VIRTUE = new RegExp(`^(?:${VIRTUE_ADJ})$`, 'i');
/** The degree that denies what follows: "less than", "far from", "anything but", "hardly", "not exactly". */
const DEGREE_PAIR = /^(?:less than|far from|anything but|not exactly|not particularly|not entirely|not overly|not terribly|not especially)$/;
const DEGREE_ONE = /^(?:hardly|barely|scarcely|insufficiently)$/;
const RELATIVE_END = /^(?:[,;:—–?!"“”]|but|and|yet|so|because|since|although|though)$/;
const SPEND = /^(?:spent|spends|spend|spending|took|takes|wasted|wastes|burned|burnt|burns|lost|loses)$/;
const TIME = /^(?:minutes?|mins?|hours?|hrs?|days?|weeks?|seconds?|morning|afternoon|evening|night|weekend|shift)$/;
const DEMAND = /^(?:must|should|shall|will)$/;
const REVIEW = /^(?:re-?check|check|re-?review|review|verify|re-?verify|audit|inspect|vet|approve|double-check|re-?read|read|sign|test|re-?test|validate)$/;
/** Acts of verification: time spent on them is care, unless the sentence turns it ("confirming the wrong host", "instead of"). */
const CHECKING = /^(?:confirming|verifying|checking|double-checking|cross-checking|validating|ruling|testing|re-testing|retesting|proving|comparing|reconciling|auditing|inspecting|measuring|reviewing)$/;
/** The turns that make time spent on a check a fault with no rated word: "instead", "rather", "wrong", "still", "only to". */
const TURNED = /^(?:instead|rather|wrong|still|only|again)$/;

const judged = (t: Tok): boolean => !t.person && (JUDGING.test(t.text) || judgingValence(t.text) <= -2);

/** Indices of kind words denied by degree ("less than careful", "hardly thorough", "far from rigorous"). */
export function deniedKindWords(toks: readonly Tok[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    const one = DEGREE_ONE.test(toks[i]!.text);
    const two = i + 1 < toks.length && DEGREE_PAIR.test(`${toks[i]!.text} ${toks[i + 1]!.text}`);
    if (!one && !two) continue;
    let j = i + (two ? 2 : 1);
    if (toks[j] !== undefined && /ly$/.test(toks[j]!.text) && !VIRTUE.test(toks[j]!.text)) j++;
    const w = toks[j];
    if (w !== undefined && !w.person && (VIRTUE.test(w.text) || judgingValence(w.text) >= 2)) out.add(j);
  }
  return out;
}

/** Indices of person tokens followed by ", who <act>": the relative clause makes the person its actor. */
export function relativeActors(toks: readonly Tok[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 3 < toks.length; i++) {
    if (toks[i]!.person && toks[i + 1]!.text === ',' && toks[i + 2]!.text === 'who' && !toks[i + 3]!.person) out.add(i);
  }
  return out;
}

/** The relative clause of a person at `i` (relativeActors): the person, then the words after "who" up to its end. */
export function relativeClause(toks: readonly Tok[], i: number): Tok[] {
  const out: Tok[] = [toks[i]!];
  for (let j = i + 3; j < toks.length && j < i + 24 && !RELATIVE_END.test(toks[j]!.text); j++) out.push(toks[j]!);
  return out;
}

/** The round-25 features of a sentence's tokens; `out` is the features so far (read for the neutral act). */
export function round25Features(toks: readonly Tok[], out: readonly Feature[], plainAct: boolean): Feature[] {
  const add: Feature[] = [];
  const anyPerson = toks.some((t) => t.person);
  for (const i of relativeActors(toks)) {
    const clause = relativeClause(toks, i);
    const j = clause.slice(1).find(judged);
    add.push({ name: j === undefined ? 'P-relative-actor' : 'neg+P-relative-actor', start: toks[i]!.start, end: (j ?? clause[clause.length - 1]!).end });
  }
  for (const i of deniedKindWords(toks)) add.push({ name: anyPerson ? 'kind-denied+P' : 'kind-denied', start: toks[i]!.start, end: toks[i]!.end });
  for (let i = 0; i + 3 < toks.length; i++) {
    if (!toks[i]!.person || !SPEND.test(toks[i + 1]!.text)) continue;
    // "P spent an hour / forty minutes / the afternoon <doing>": up to three words before the time, then the act.
    let k = i + 2;
    while (k < toks.length && k < i + 6 && !TIME.test(toks[k]!.text)) k++;
    if (k >= toks.length || !TIME.test(toks[k]!.text)) continue;
    const act = toks[k + 1];
    const turn = toks.slice(i + 1).some((t) => judged(t) || NEGATION.test(t.text) || TURNED.test(t.text));
    add.push({ name: act !== undefined && CHECKING.test(act.text) && !turn ? 'time-spent-checking+P' : 'time-spent+P', start: toks[i]!.start, end: (act ?? toks[k]!).end });
    break;
  }
  for (let j = 1; j < toks.length; j++) {
    // A demand ("must review", "need to re-check", "has to verify"), not a purpose ("rolled back to verify …").
    const demanded = DEMAND.test(toks[j - 1]!.text) || (toks[j - 1]!.text === 'to' && /^(?:need|needs|needed|has|have|had|ought|required|expected)$/.test(toks[j - 2]?.text ?? ''));
    if (!REVIEW.test(toks[j]!.text) || !demanded) continue;
    // Whose work is reviewed: a person in the next words ("whatever contractors ship") or only things ("everything the linter reports").
    let people = false;
    for (let k = j + 1; k < toks.length && k <= j + 8 && !RELATIVE_END.test(toks[k]!.text); k++) if (toks[k]!.person) people = true;
    if (!toks.slice(0, j).some((t) => t.person)) continue;
    // Round 25: a feature for a tool's output reviewed ("review-of-output+P") learned +1.08 from the sets and judged
    // "Team leads need to re-check everything the linter reports": such a review has no feature of its own.
    if (people) add.push({ name: 'review-of-people+P', start: toks[j]!.start, end: toks[j]!.end });
    break;
  }
  // A neutral act: the plain account (a person as subject, no negation or judging word) with nothing else that judges.
  const judging = /^(?:phrase|stance:|modal-have|scare-quote|habitual|instead|verdict|contrast|judged-person|virtue-denied|question|neg|judge-word|negation|harm-verb|passive|otherwise)/;
  if (plainAct && ![...out, ...add].some((f) => judging.test(f.name) || f.name === 'kind-denied+P' || f.name === 'time-spent+P')) add.push({ name: 'neutral-act+P', start: 0, end: 0 });
  return add;
}
