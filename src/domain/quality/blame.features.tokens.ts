import { JUDGE_ADJ, JUDGE_ADV } from './blame.lexicon.ts';
import { valence } from './valence.ts';

/*
 * The tokens of a masked sentence and the clauses about a person, for the blame features (blame.features.ts; issue 16).
 * Split from blame.features.ts in round 18, unchanged. Linear in the sentence length.
 */

export const JUDGING = new RegExp(`^(?:${JUDGE_ADJ}|${JUDGE_ADV})$`, 'i');
const TOKEN = /[§π]¤*(?:'s|’s|'|’)?|[\p{L}\p{N}][\p{L}\p{N}'’-]{0,40}|[?!"“”;:—–,]/gu;

export type Tok = { text: string; start: number; end: number; person: boolean };

export function tokens(masked: string): Tok[] {
  const out: Tok[] = [];
  for (const m of masked.matchAll(TOKEN)) {
    const raw = m[0];
    const person = raw.startsWith('§') || raw.startsWith('π');
    const text = raw.startsWith('π') ? 'POSS' : raw.startsWith('§') ? (/['’]/.test(raw) ? 'POSS' : 'P') : /^\d+$/.test(raw) ? '#' : raw.toLowerCase();
    out.push({ text, start: m.index, end: m.index + raw.length, person });
  }
  return out;
}

/**
 * Documents, tools and belongings: a person's one of these as a clause's subject is the thing's clause ("The foreman's
 * checklist left no room …", "Kai's laptop was used for the bridge"), unlike a person's act ("Sanjay's handover was a
 * thumbs-up emoji", "Hannah's review was brisk").
 */
const ARTEFACT =
  /^(?:checklists?|runbooks?|playbooks?|procedures?|templates?|forms?|handbooks?|manuals?|guides?|docs?|documentation|dashboards?|calendars?|schedules?|rotas?|rosters?|summar(?:y|ies)|notes|invoices?|reports?|laptops?|phones?|pagers?|badges?|desks?|screens?|monitors?|tools?|tooling|onboarding|training|instructions?|spreadsheets?|wiki|inbox|contracts?|budgets?|tickets?|slides?|status|account|accounts|team|office|car|radio)$/i;

/** Whether the token after a possessive at `i` (or after one modifier) is a document, tool or belonging. */
export function artefactAfter(toks: readonly Tok[], i: number): boolean {
  const a = toks[i + 1];
  const b = toks[i + 2];
  if (a === undefined || a.person) return false;
  return ARTEFACT.test(a.text) || (b !== undefined && !b.person && /^[a-z][a-z-]{1,20}$/.test(a.text) && ARTEFACT.test(b.text));
}

/** A clause boundary for person-judgement features: the clause ends of the rules, a comma before a new clause, a sentence end. */
const PERSON_CLAUSE_END = /^(?:[;:—–.!?]|but|yet|however|although|though|whereas|because|since|so|and then|while|when)$/i;

/**
 * Whether the clause around a character offset holds a person reference (clauses cut at the clause ends above and
 * at sentence ends), so that a judging structure is tied to the person it could be about. Linear in the tokens.
 */
export function personClauses(masked: string, toks: readonly Tok[]): (offset: number) => boolean {
  const bounds: { start: number; end: number; person: boolean }[] = [];
  let from = 0;
  let person = false;
  let possessor = false;
  let judged = false;
  let start = 0;
  for (let i = 0; i <= toks.length; i++) {
    const t = toks[i];
    const gap = t === undefined ? '' : masked.slice(toks[i - 1]?.end ?? 0, t.start);
    const ends = t === undefined || PERSON_CLAUSE_END.test(t.text) || (gap.length < 40 && /[.!?]\s+$/.test(gap));
    if (ends && i > from) {
      bounds.push({ start, end: t === undefined ? masked.length : t.start, person: person || (possessor && judged) });
      from = i;
      person = false;
      possessor = false;
      judged = false;
      start = t === undefined ? masked.length : t.start;
    }
    if (t === undefined) continue;
    // Round 10: a possessive opening the clause before a document or a tool, with no judging word in the clause ("The
    // foreman's checklist left no room for the gate"), makes the thing the subject: its words are the thing's.
    const lead = i === from || (i === from + 1 && PERSON_CLAUSE_END.test(toks[from]!.text));
    if (t.person && lead && t.text === 'POSS' && artefactAfter(toks, i)) possessor = true;
    else if (t.person) person = true;
    else if (JUDGING.test(t.text) || valence(t.text) <= -2) judged = true;
  }
  // Binary search over the clauses (in order): linear overall in the sentence's tokens.
  return (offset: number): boolean => {
    let lo = 0;
    let hi = bounds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bounds[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const b = bounds[lo];
    return b !== undefined && b.person && offset >= b.start && offset <= b.end + 1;
  };
}
