/*
 * Round 18 (issue 16): a capitalised word opening a clause that its form makes a thing, not a name, though it acts or
 * is followed by a comma: the plural of a common word ("Matches didn't get …", "Branches could still …", "Webhooks,
 * e-mail …"; not "Ines", not a department), a hyphenated word ending in a common word ("Docket-sync dropped …"; not
 * "Jin-woo"), a common word before a plural noun and a past verb with no object ("Buffer overwrites stopped on …"), a
 * preposition or an adverb ("Below is the review …"). A known given name, a role or a department is always a person.
 * Bounded patterns only: linear in the sentence.
 */
import { isCommonWord } from './common-words.ts';
import { GIVEN } from './person-words.ts';
import { DEPARTMENT, PLURAL_DEPARTMENT } from './person-departments.ts';
import { isRole, type Token } from './person-tokens.ts';
import { SERVED } from './blame.lexicon.ts';

/** People named in the plural by what they are to the service ("Patrons who stuff DVD cases …"). */
const PEOPLE_PLURAL = /^(?:Patrons|Members|Volunteers|Employees|Contractors|Parents|Students|Pupils|Teachers|Nurses|Doctors|Drivers|Pilots|Officers|Agents|People|Folks|Colleagues|Staff|Owners|Vendors|Suppliers|Partners|Landlords|Subscribers|Donors|Applicants|Candidates|Clerks|Filers)$/;

const OPENING_WORD = /^(?:Below|Above|Attached|Enclosed|Overall|Meanwhile|Afterwards|Hence|Thus|Here|There|Further|Furthermore|Moreover)$/;

/**
 * What may follow that past verb: a preposition, a stop or the end ("stopped on all gateways"), not its object ("merges
 * unreviewed code"); round 25: a bracket too ("Downstream products affected (nowcast, warnings): …", a template's field).
 */
const THEN = /^(?:\s*$|\s*[.,;:!()]|\s+(?:on|in|at|for|after|before|during|until|from|across|overnight|again|when|while|and)\b)/;

/**
 * Round 30: a past verb with a prefix of doing again or before ("Front desks re-issued cards by hand", "Build agents
 * pre-fetched the images"): a verb, never a name's act on an adjective, so an object may follow.
 */
const REDONE = /^(?:re|pre|co|de|un|over|under)-\p{Ll}{3,}ed$/u;

export function thingOpener(s: string, toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const w = t.stem;
  if (GIVEN.has(w) || isRole(w) || DEPARTMENT.test(w) || PLURAL_DEPARTMENT.test(w) || SERVED.test(w) || PEOPLE_PLURAL.test(w)) return false;
  if (OPENING_WORD.test(w)) return true;
  // Round 20: a number word before a plural noun ("Nine days of drift …"), and a verb in the imperative before an adverb
  // and no past verb ("Reopen immediately with …"; not "Kai quickly restarted …").
  if (NUMBER_WORD.test(w)) return true;
  if (imperative(s, toks, i)) return true;
  // A common word opening the sentence before "could be", "should be" …: a part of the system ("Ingest could be more resilient").
  if (i === 0 && t.text === t.stem && isCommonWord(w.toLowerCase()) && /^\s{1,2}(?:could|should|would|might|must|can|will|may)\s{1,2}be\s/.test(s.slice(t.end, t.end + 20))) return true;
  // A hyphen then a common word of four letters or more ("Docket-sync"); not a name's syllable ("Jin-woo", "Dong-hyun").
  const tail = /-(\p{Ll}{4,})$/u.exec(w);
  if (tail !== null && isCommonWord(tail[1]!)) return true;
  // Round 26: opening the sentence, two common words joined by a hyphen before a lower-case word ("Walk-up tickets at the
  // front desk are available", "Follow-up calls went out"): a compound, not a double name ("Jean-Luc", "Mary-Kate").
  const halves = /^(\p{Lu}\p{Ll}{1,15})-(\p{Ll}{2,15})$/u.exec(w);
  if (i === 0 && halves !== null && isCommonWord(halves[1]!.toLowerCase()) && isCommonWord(halves[2]!) && /^\s{1,2}\p{Ll}/u.test(s.slice(t.end, t.end + 3))) return true;
  const lower = w.toLowerCase();
  if (t.text === t.stem && lower.endsWith('s') && !lower.endsWith('ss') && (isCommonWord(lower.slice(0, -1)) && lower.length >= 5 || (/(?:s|x|z|ch|sh)es$/.test(lower) && isCommonWord(lower.slice(0, -2))))) return true;
  const next = toks[i + 1];
  const after = toks[i + 2];
  if (next === undefined || after === undefined || !isCommonWord(lower)) return false;
  return /^\s{1,2}$/.test(s.slice(t.end, next.start)) && /^\s{1,2}$/.test(s.slice(next.end, after.start)) && /^\p{Ll}{3,}s$/u.test(next.text) && (/^\p{Ll}{3,}ed$/u.test(after.text) && THEN.test(s.slice(after.end, after.end + 12)) || REDONE.test(after.text));
}

const NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Hundreds|Thousands|Dozens)$/;

/** A common word opening the sentence, then an adverb in -ly, then no past verb or verb in -s: a command ("Reopen immediately with the damaged order"). */
function imperative(s: string, toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  if (i !== 0 || t.text !== t.stem || next === undefined || !isCommonWord(t.text.toLowerCase()) || !/^\s{1,2}$/.test(s.slice(t.end, next.start))) return false;
  if (!/^\p{Ll}{3,}ly$/u.test(next.text) || /^(?:only|early|likely|daily|weekly|monthly|family|really|finally|actually)$/.test(next.text)) return false;
  const after = toks[i + 2];
  return after === undefined || !/^(?:\p{Ll}{2,}(?:ed|s)|forgot|took|sat|ran|left|went|did|didn['’]t|never|made|let|had|was)$/u.test(after.text);
}
