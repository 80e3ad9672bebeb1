/*
 * A role after a determiner (issue 16): "the new SRE", "our newest administrator", "the supplier's account manager",
 * "the agency who …", "the agency we hired". Split out of person-references.ts in round 24 (no change in behaviour). Linear.
 */
import { GROUP_NOUNS } from './blame.lexicon.ts';
import { AMBIGUOUS_ROLE, BREAKS, DEGREE, DETERMINERS, HIRED, IRREGULAR_PAST, ROLE_PAIR, THING_MODIFIER, VERBISH } from './person-words.ts';
import { isAdjectivalPerson } from './person-lexicon.ts';
import { isRole, type Token } from './person-tokens.ts';
import { humanAgent, productOwner } from './person-roles.ts';
import { machineAgent } from './person-machine.ts';

/** Round 18: things a role names as their modifier: a meeting, a document, a channel, a tool ("the vendor call"). */
const ROLE_MODIFIES = /^(?:calls?|meetings?|portals?|contracts?|tickets?|bridge|sync|e-?mails?|channels?|docs|documentation|firmware|notes|website|invoices?|consoles?|dashboards?|updates?|handbook|manual|guide|rota|roster|schedule|training|onboarding|laptops?|pagers?|handsets?|images?|changelogs?|apis?|sdks?|templates?|library|certificates?|certs?|credentials?|devices?|servers?|tools?|tooling|apps?|repos?|repository|jobs?|tasks?|queues?|batch|scripts?|workflows?|tickets?|visits?|appointments?|slots?)$/;

/** What may follow a noun phrase's head: a verb of the past, an auxiliary, a preposition or a relative. */
const AFTER_HEAD = /^(?:who|that|on|at|in|from|for|to|with|and|or|but|responsible)$/i;

/**
 * Round 38: a person noun WordNet shares only with an adjective ("mechanic", "fitter", "official") as the head of its
 * noun phrase — the clause's end or punctuation after it, a verb, a preposition — is the person: "the mechanic missed the
 * alert", "the service mechanic to complete"; before a noun it is the adjective ("the official figures").
 */
function adjectivalHead(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  if (!isAdjectivalPerson(t.stem)) return false;
  // A possessive is a head: "the mechanic's van", "the super's office".
  if (t.text !== t.stem) return true;
  const nx = toks[j + 1];
  return nx === undefined || nx.gap || VERBISH.test(nx.text) || IRREGULAR_PAST.test(nx.text) || AFTER_HEAD.test(nx.text);
}

/** The index of the role's head token after the determiner at `i`, or -1 when no role follows. */
export function roleAfterDeterminer(s: string, toks: readonly Token[], i: number): number {
  let found = -1;
  for (let j = i + 1; j <= i + 4 && j < toks.length; j++) {
    const tj = toks[j]!;
    const wj = tj.stem;
    // "IT" in capitals is the department ("the IT technician"), not the pronoun.
    if (tj.gap || tj.text.startsWith('@') || (BREAKS.has(wj.toLowerCase()) && wj !== 'IT') || DETERMINERS.has(wj.toLowerCase())) break;
    // Round 15: a verb of going on ends the noun phrase ("the controller keeps reporting "humidifier OK"").
    if (j > i + 1 && /^(?:keeps?|kept|stays?|stayed|remains?|remained)$/i.test(wj)) break;
    // Round 20: a past verb after a noun ends it too ("the runbook pointed responders at …"); not after an adverb ("the newly hired SRE").
    if (j > i + 1 && /^\p{Ll}{3,}ed$/u.test(tj.text) && !DEGREE.test(toks[j - 1]!.text) && !isRole(toks[j - 1]!.stem)) break;
    const pair = j + 1 < toks.length ? `${wj} ${toks[j + 1]!.stem}` : '';
    if (pair !== '' && ROLE_PAIR.test(pair)) { found = j + 1; break; }
    if ((isRole(wj) || humanAgent(s, toks, j) || productOwner(s, toks, j) || adjectivalHead(toks, j)) && !(AMBIGUOUS_ROLE.test(wj) && j > i + 1 && THING_MODIFIER.test(toks[j - 1]!.stem)) && !machineAgent(s, toks, j)) {
      // "the ops team" is a group of people; "the team" alone is collective, like "we"; "the ops lead" is a role.
      if (GROUP_NOUNS.test(wj) && j === i + 1) {
        const nx = toks[j + 1];
        if (nx !== undefined && tj.text === wj && isRole(nx.stem)) found = j + 1;
        break;
      }
      found = j;
      // A longer role noun phrase: "the release manager", "the on-call engineer".
      const nx = toks[j + 1];
      if (nx !== undefined && !nx.gap && tj.text === wj && isRole(nx.stem)) found = j + 1;
      // Round 18: a role that names a thing it modifies is no one ("after the vendor call", "the operator portal").
      else if (nx !== undefined && !nx.gap && tj.text === wj && nx.text === nx.stem && ROLE_MODIFIES.test(nx.stem)) found = -1;
      // A role's role: "the supplier's account manager", "the vendor's engineer" — the head is the person.
      if (tj.text !== wj) {
        for (let k = j + 1; k <= j + 3 && k < toks.length; k++) {
          const tk = toks[k]!;
          if (tk.gap || BREAKS.has(tk.stem.toLowerCase()) || DETERMINERS.has(tk.stem.toLowerCase())) break;
          if (isRole(tk.stem) && !GROUP_NOUNS.test(tk.stem)) {
            found = k;
            break;
          }
          if (tk.text !== tk.stem) break;
        }
      }
      break;
    }
    if (tj.text !== wj) break; // a possessive that is not a role ("the vendor's engineer" continues below)
  }
  if (found === -1) {
    // "the vendor's engineer": a possessive modifier then the role.
    const a = toks[i + 1];
    const b = toks[i + 2];
    // Up to two modifiers between them: "the telco's field engineers".
    // Round 10: or one modifier before the possessive: "our CDN provider's on-call engineer".
    const at = a !== undefined && b !== undefined && !a.gap && a.text === a.stem && !b.gap && b.text !== b.stem && !BREAKS.has(a.stem.toLowerCase()) ? i + 3 : i + 2;
    if (a !== undefined && b !== undefined && !a.gap && (a.text !== a.stem || at === i + 3)) {
      for (let j = at; j <= at + 2 && j < toks.length; j++) {
        const tj = toks[j]!;
        const wj = tj.stem;
        if (tj.gap || (BREAKS.has(wj.toLowerCase()) && wj !== 'IT') || DETERMINERS.has(wj.toLowerCase())) break;
        // Round 22: a group by what it does after the possessive is people ("the client's IT team"), not "security group".
        if (isRole(wj) && (!GROUP_NOUNS.test(wj) || (j > at && !AMBIGUOUS_ROLE.test(wj) && !THING_MODIFIER.test(toks[j - 1]!.stem)))) {
          found = j;
          // "the CDN provider's on-call engineer": the longer role.
          const nx = toks[j + 1];
          if (at === i + 3 && nx !== undefined && !nx.gap && tj.text === wj && isRole(nx.stem)) found = j + 1;
          break;
        }
        if (tj.text !== wj) break;
      }
    }
  }
  if (found === -1) {
    // Only people are "who": "the agency who …", "the company, who …"; and a group someone hired: "the agency we hired".
    for (let j = i + 1; j <= i + 3 && j + 1 < toks.length; j++) {
      const tj = toks[j]!;
      if (tj.gap || tj.text !== tj.stem || BREAKS.has(tj.stem.toLowerCase()) || DETERMINERS.has(tj.stem.toLowerCase()) || !/^\p{L}/u.test(tj.text)) break;
      const nx = toks[j + 1]!;
      const nx2 = toks[j + 2];
      if ((/^(?:who|whom)$/i.test(nx.text) && !/[^\s,]/.test(s.slice(tj.end, nx.start))) || (!nx.gap && /^(?:we|they|I)$/.test(nx.text) && nx2 !== undefined && !nx2.gap && HIRED.test(nx2.text))) {
        found = j;
        break;
      }
    }
  }
  return found;
}
