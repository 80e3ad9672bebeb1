import { systemAcronym } from './blame.person-predicates.round36.ts';
import { type PersonSpan } from './person-mask.ts';
import { isThingNoun, MACHINE_HEAD } from './person-things.ts';
import { tokens, type Token } from './person-tokens.ts';

/*
 * Round 39 (issue 16): an initialism as the subject of its clause, read as a person by the blame model only. Most of the
 * misses of the round's newest voices had no person found: posts, crews and desks written as initialisms with a plain
 * verb ("the SL signed it off", "QC passed the welds", "the OOD went to the rack"). An initialism alone does not say
 * whether it names a post or a system ("the PMS forgot the profile"), so the rule forms do not read it as a person; the
 * model reads it as one and weighs its predicate, trained on the same reading (blame.features.ts masks it too), so
 * system twins in the training voices teach it which predicates a machine also carries.
 *
 * The shape: two to six capitals or digits, opening its clause (the sentence's start, after a colon, dash or clock
 * time, after a conjunction) alone or after a determiner and shift words ("the night DM", "our OOD"), then a verb or a
 * possessive. Not a system's acronym of the common list nor one ending in S ("API", "the PMS"), not a modifier of the
 * noun after it ("the ERP module", "QC Form 12"), and not when the same sentence shows it to be a thing: before a
 * thing's noun elsewhere ("… the PCC console …"). Linear in the sentence.
 */

/** Two to six capitals or digits, a capital first, a plural "s" allowed ("SL", "F1", "OOD", "FEs"). */
const INITIALISM = /^\p{Lu}[\p{Lu}\d]{1,5}s?$/u;
const DET = /^(?:the|our|their|that|this|your|my|his|her)$/i;
const SHIFT_MOD = /^(?:night|day|days|nights|late|early|weekend|overnight|duty|relief|on-call|oncall|outgoing|incoming|acting|new|senior|junior|lead|evening|morning|afternoon|mid|back)$/i;
const CLAUSE_OPENER = /^(?:and|but|because|so|when|while|after|then|until|since|as|if|though|although|yet|or|once|before|still|again|honestly|frankly|obviously|clearly|apparently)$/i;
/** Words after a subject that are no verb of it: prepositions, conjunctions and determiners. */
const NOT_VERB = /^(?:of|for|to|in|on|at|by|with|from|and|or|the|a|an|as|vs|v|via|per|and|number|no|team|teams)$/i;

/** Whether token k opens its clause once the determiner and shift words before it (from `first`) are read with it. */
function opensClause(toks: readonly Token[], first: number): boolean {
  if (first === 0 || toks[first]!.gap) return true;
  const prev = toks[first - 1]!.text;
  return CLAUSE_OPENER.test(prev) || /^\d{1,4}$/.test(prev);
}

/** Whether a word, as the next token, makes the initialism a modifier: a capitalised word, a thing's noun, a machine's head. */
function modifies(next: Token | undefined): boolean {
  if (next === undefined || next.gap) return false;
  const lower = next.text.toLowerCase();
  return /^[\p{Lu}\d]/u.test(next.text) || isThingNoun(lower) || MACHINE_HEAD.test(lower);
}

/** The person spans with the initialism subjects added (for the model's reading only; see the file's comment). */
export function withInitialismSubjects(s: string, spans: readonly PersonSpan[]): PersonSpan[] {
  if (!/\p{Lu}[\p{Lu}\d]/u.test(s)) return [...spans];
  const toks = tokens(s);
  // Initialisms the sentence shows to be things: a modifier of a thing's noun anywhere in it.
  const things = new Set<string>();
  for (let k = 0; k < toks.length; k++) if (INITIALISM.test(toks[k]!.stem) && modifies(toks[k + 1])) things.add(toks[k]!.stem);
  const added: PersonSpan[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const w = t.stem;
    if (!INITIALISM.test(w) || systemAcronym(w) || things.has(w)) continue;
    const next = toks[k + 1];
    // A verb or a possessive after it: not the end of the text, not a preposition or a determiner.
    if (t.text === t.stem && (next === undefined || next.gap || NOT_VERB.test(next.text) || !/^\p{Ll}/u.test(next.text))) continue;
    let first = k;
    while (first > 0 && first > k - 3 && !toks[first]!.gap && (SHIFT_MOD.test(toks[first - 1]!.text) || DET.test(toks[first - 1]!.text))) first--;
    if (!opensClause(toks, first)) continue;
    const start = toks[first]!.start;
    const end = t.start + t.stem.length;
    if (spans.some((sp) => sp.start < end && start < sp.end) || added.some((sp) => sp.start < end && start < sp.end)) continue;
    added.push({ start, end, possessive: false });
  }
  return added.length === 0 ? [...spans] : [...spans, ...added].sort((a, b) => a.start - b.start);
}
