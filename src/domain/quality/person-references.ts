import { GROUP_NOUNS } from './blame.lexicon.ts';
import {
  ADDRESSED, AMBIGUOUS_ROLE, BRACKET_ACRONYM, BREAKS, DECISION, DEGREE, DEPARTMENT, DETERMINERS, GIVEN, HIRED, HONORIFIC, INDEFINITE, IRREGULAR_PAST, LOWER_DEPARTMENT, POSS_PRONOUN, PRONOUN, ROLE_PAIR, THING_MODIFIER, VERBISH,
} from './person-words.ts';
import { BRACKET_AFTER, BRACKET_BEFORE, INITIALS, isName, isRole, tokens, type Token } from './person-tokens.ts';
import { actsOrOwns, initialsActing, namedThing, opensClause } from './person-place.ts';
import { thingOpener } from './person-openers.ts';
import { appositions, extendRole, humanAgent, productOwner } from './person-roles.ts';
import { thingAntecedent } from './person-antecedents.ts';
import { freeRelatives, withActing } from './person-acts.ts';

/*
 * Person references (issue 16): where a sentence names, @mentions, points at (pronoun),
 * or singles out by role or group a person. The sentence is tokenised (person-tokens.ts) and each reference
 * is found by word class (blame.lexicon.ts); `maskPersons` gives a copy of the same length
 * with each reference masked (§¤¤¤ for a person, π¤¤ for his/her/their), over which the
 * blame forms of blame.patterns.ts are small patterns. Linear in the sentence length.
 */


/** Who a service serves or counts, after "by" ("sends by new members dropped 38%", "votes by subscribers"): not its staff. */
const SERVED_BY = /^(?:members|subscribers|followers|partners|holders|newcomers|learners|voters|borrowers|senders|recipients|bidders|lenders|owners|listeners|readers|viewers|users|customers)$/i;

/** A person reference: [start, end) in the sentence, and whether it is a possessive pronoun. */
export type PersonSpan = { start: number; end: number; possessive: boolean };

/** Spans [start, end) of the person references in a sentence, and whether each is a possessive pronoun. */
export function personSpans(s: string): PersonSpan[] {
  const toks = tokens(s);
  const spans: PersonSpan[] = [];
  const push = (from: Token, to: Token, possessive = false): void => {
    const last = spans[spans.length - 1];
    const end = from === to && possessive ? to.end : to.start + to.stem.length;
    if (last !== undefined && from.start < last.end) return;
    spans.push({ start: from.start, end, possessive });
  };
  // How many tokens the sentence opens with that are only digits (a timeline entry's clock time).
  let leadingNumbers = 0;
  while (leadingNumbers < toks.length && /^\d+$/.test(toks[leadingNumbers]!.text)) leadingNumbers++;
  // Whoever is addressed after thanks or praise at the start is a person: "Great job, networking, …", "Thanks a lot, Ingrid, for …".
  // Round 19: a thing addressed ironically is no one: "Great job, HL7 engine, …", "Cheers, ban-wave tool, …".
  const addressed = ((a) => (a !== null && ADDRESSED_THING.test(a[1]!) ? null : a))(ADDRESSED.exec(s));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const w = t.stem;
    const lower = w.toLowerCase();
    if (addressed !== null && t.start === addressed.index + addressed[0].length - addressed[1]!.length) {
      let j = i;
      while (j + 1 < toks.length && toks[j + 1]!.end <= addressed.index + addressed[0].length) j++;
      push(t, toks[j]!);
      i = j;
      continue;
    }
    // Round 15: dotted initials ("J.K. somehow missed", "released … by R.M."), or two or three capitals opening a clause
    // before a person's act ("JR ignored three warnings", "AK sits on the escalation"): not an acronym ("U.S.", "DNS").
    if (initialsActing(s, toks, i, leadingNumbers)) {
      push(t, t);
      continue;
    }
    // Round 10: initials in brackets after an act name who did it: "(JS)", "(P.K.)", "[ref. CN]", "(thanks, A.B.)",
    // "(ML, again)", "(NM/ops)" — two or three capitals, dotted or not, opening the bracket; not an acronym ("(DNS)").
    if (INITIALS.test(t.text) && !BRACKET_ACRONYM.has(t.text) && BRACKET_BEFORE.test(s.slice(Math.max(0, t.start - 14), t.start)) && BRACKET_AFTER.test(s.slice(t.end, t.end + 3))) {
      push(t, t);
      continue;
    }
    if (t.text.startsWith('@') && t.text.length > 1) {
      push(t, t);
      continue;
    }
    if (PRONOUN.test(t.text)) {
      if (!(spans.length === 0 && /^(?:they|them)$/i.test(t.text) && thingAntecedent(s.slice(0, t.start)))) push(t, t);
      continue;
    }
    if (POSS_PRONOUN.test(t.text)) {
      if (!(spans.length === 0 && /^their$/i.test(t.text) && thingAntecedent(s.slice(0, t.start)))) push(t, t, true);
      continue;
    }
    if (/^her$/i.test(t.text)) {
      const next = toks[i + 1]?.gap === false ? toks[i + 1]!.text : '';
      push(t, t, /^[\p{L}]/u.test(next) && !BREAKS.has(next.toLowerCase()) && !/^(?:the|a|an)$/i.test(next));
      continue;
    }
    // A title and a surname: "Mr Davies", "Dr. Okafor", "Nurse Patel".
    const after = toks[i + 1];
    if (HONORIFIC.test(w) && /^\p{Lu}/u.test(w) && after !== undefined && /^\p{Lu}\p{Ll}/u.test(after.text) && /^\.?\s+$/.test(s.slice(t.end, after.start))) {
      let j = i + 1;
      while (j + 1 < toks.length && !toks[j + 1]!.gap && toks[j]!.text === toks[j]!.stem && isName(toks[j + 1]!.stem)) j++;
      push(t, toks[j]!);
      i = j;
      continue;
    }
    if (INDEFINITE.test(t.text)) {
      i = extendRole(toks, i, t, push);
      continue;
    }
    // A role after a determiner and up to three modifiers: "the new SRE", "our newest administrator".
    if (DETERMINERS.has(lower)) {
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
        if ((isRole(wj) || humanAgent(s, toks, j) || productOwner(s, toks, j)) && !(AMBIGUOUS_ROLE.test(wj) && j > i + 1 && THING_MODIFIER.test(toks[j - 1]!.stem))) {
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
      if (found !== -1) {
        i = extendRole(toks, found, t, push);
        continue;
      }
    }
    // Round 10: a company's or a place's person without a determiner: "FreshGrow's support guy", "Acme's field engineer".
    if (t.text !== t.stem && /^\p{Lu}/u.test(t.text) && !BREAKS.has(lower) && !DETERMINERS.has(lower)) {
      let found = -1;
      for (let j = i + 1; j <= i + 3 && j < toks.length; j++) {
        const tj = toks[j]!;
        if (tj.gap || BREAKS.has(tj.stem.toLowerCase()) || DETERMINERS.has(tj.stem.toLowerCase())) break;
        if (isRole(tj.stem) && !GROUP_NOUNS.test(tj.stem) && !AMBIGUOUS_ROLE.test(tj.stem)) {
          found = j;
          break;
        }
        if (tj.text !== tj.stem) break;
      }
      if (found !== -1) {
        i = extendRole(toks, found, t, push);
        continue;
      }
    }
    // Round 12: a bare plural role as the agent after "by", no determiner: "Failure by store managers to apply the patch",
    // "a mistake by contractors", "raised by shift supervisors without sign-off"; up to two lower-case modifiers.
    if (lower === 'by') {
      let found = -1;
      for (let j = i + 1; j <= i + 3 && j < toks.length; j++) {
        const tj = toks[j]!;
        if (tj.gap || tj.text !== tj.stem || !/^\p{Ll}/u.test(tj.text) || BREAKS.has(tj.stem.toLowerCase()) || DETERMINERS.has(tj.stem.toLowerCase())) break;
        if (/[^s]s$/.test(tj.text) && isRole(tj.text) && !GROUP_NOUNS.test(tj.text) && !SERVED_BY.test(tj.text)) {
          found = j;
          break;
        }
      }
      if (found !== -1) {
        push(toks[i + 1]!, toks[found]!);
        i = found;
        continue;
      }
    }
    // A group named by what it does, without a determiner: "ops team", "platform guys".
    const next = toks[i + 1];
    if (next !== undefined && !next.gap && GROUP_NOUNS.test(next.stem) && /^\p{Ll}/u.test(t.text) && !BREAKS.has(lower) && /^[\p{L}]/u.test(t.text) && !DETERMINERS.has(lower) && !/^(?:the|a)$/i.test(toks[i - 1]?.text ?? '')) {
      if (!/^(?:whole|entire|same|other|own|that|this|each|every|as|a|our|your|my|their)$/i.test(lower)) {
        i = extendRole(toks, i + 1, t, push);
        continue;
      }
    }
    // Where a clause starts: the sentence's first word, the first after a timeline entry's clock time ("13:40 Ops lead …"),
    // or the first after a colon, semicolon or dash ("Cause: on-call ignored page").
    const atStart = i <= leadingNumbers || t.opens;
    // A bare role in lower case where a clause starts, then a verb: "Cause: on-call ignored page".
    if (t.opens && i >= leadingNumbers && (i > leadingNumbers || leadingNumbers > 0) && /^\p{Ll}/u.test(w) && isRole(w) && !GROUP_NOUNS.test(w) && next !== undefined && !next.gap && (VERBISH.test(next.text) || (leadingNumbers > 0 && /^\p{Ll}{3,}s$/u.test(next.text) && !/ss$/.test(next.text)))) {
      push(t, t);
      continue;
    }
    // A plural role at the start of the sentence: "Operators ignored…", "Staff at the front desk…".
    if (atStart && isRole(w) && /^\p{Lu}/u.test(w) && (!GROUP_NOUNS.test(w) || /^(?:staff|crews?|people|guys|folks|ops)$/i.test(w))) {
      i = extendRole(toks, i, t, push);
      continue;
    }
    // A role or a group after a capitalised modifier, without a determiner, where a clause starts: "Night operator skips…",
    // "Ops lead tells…", "22:10 Network team finally bothers…", "Night shift hands over…".
    // After a clock time the modifier may be in lower case: "03:30 night operator disables …".
    if (atStart && (/^\p{Lu}/u.test(w) || (leadingNumbers > 0 && /^\p{Ll}+$/u.test(w) && !THING_MODIFIER.test(w))) && next !== undefined && !next.gap && isRole(next.stem) && !BREAKS.has(lower) && !DETERMINERS.has(lower)) {
      i = extendRole(toks, i + 1, t, push);
      continue;
    }
    // A department named as the one who acted: "QA rubber-stamped…", "Ops was asleep…", "as always, Marketing pushed…".
    // Or whose idea, decision or change it was: "marketing's brilliant idea", "Facilities' call".
    const department = DEPARTMENT.test(w) || (LOWER_DEPARTMENT.test(w) && /^\p{Ll}/u.test(w));
    if (department && t.text !== w && next !== undefined && !next.gap && DECISION.test(next.text) || department && t.text !== w && next !== undefined && !next.gap && toks[i + 2] !== undefined && DECISION.test(toks[i + 2]!.text)) {
      push(t, t);
      continue;
    }
    // A department that is "who": "Blame sits with procurement, who bought …".
    if (department && next !== undefined && /^(?:who|whom)$/i.test(next.text) && !/[^\s,]/.test(s.slice(t.end, next.start))) {
      push(t, t);
      continue;
    }
    if (department && next !== undefined && !next.gap && (BREAKS.has(next.text.toLowerCase()) || /^\p{Ll}[\p{L}-]*ed$/u.test(next.text) || IRREGULAR_PAST.test(next.text)) && !/^(?:is|was|has|the|a|an|of|for|to|in|on|with)$/i.test(toks[i - 1]?.text ?? '') && !modifiedNoun(toks, i)) {
      push(t, t);
      continue;
    }
    // A name (or several): capitalised, not a known non-person word. A capitalised word that opens the sentence, a
    // table cell or a timeline entry ("Decline rate alert fires", "Office of the CFO informed", "Fair enough") is
    // capitalised by its place: a name there needs a known given name, or to act or own ("Tomasz restarted", "Ingrid's"),
    // and (round 18) not to be a thing by its form (person-openers.ts: "Matches didn't get …", "Docket-sync dropped …").
    if (isName(w) && (GIVEN.has(w) || !opensClause(s, toks, i, leadingNumbers) || (actsOrOwns(t, toks[i + 1], s) && !thingOpener(s, toks, i))) && !namedThing(s, toks, i)) {
      let j = i;
      while (j + 1 < toks.length && !toks[j + 1]!.gap && toks[j]!.text === toks[j]!.stem && isName(toks[j + 1]!.stem)) j++;
      push(t, toks[j]!);
      i = j;
    }
  }
  return appositions(s, freeRelatives(s, toks, withActing(s, toks, spans)));
}

/** Round 19: the head noun of a thing addressed after thanks or praise. */
const ADDRESSED_THING = /\b(?:engine|tool|server|system|api|bot|script|pipeline|portal|platform|app|service|database|scheduler|cluster|firmware|software|sdk|dashboard|printer|router|gateway|queue|algorithm|autoscaler|load balancer)$/i;

/** Round 18: things a role names as their modifier: a meeting, a document, a channel, a tool ("the vendor call"). */
const ROLE_MODIFIES = /^(?:calls?|meetings?|portals?|contracts?|tickets?|bridge|sync|e-?mails?|channels?|docs|documentation|firmware|notes|website|invoices?|consoles?|dashboards?|updates?|handbook|manual|guide|rota|roster|schedule|training|onboarding|laptops?|pagers?|handsets?|images?|changelogs?|apis?|sdks?|templates?|library|certificates?|certs?|credentials?|devices?|servers?|tools?|tooling|apps?|repos?|repository|jobs?|tasks?|queues?|batch|scripts?|workflows?|tickets?|visits?|appointments?|slots?)$/;

/** Round 15: a modifier right before it makes a department a noun ("online sales for …", "app support is …"). */
function modifiedNoun(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  return prev !== undefined && !toks[i]!.gap && /^(?:online|ticket|retail|card|app|web|mobile|store|daily|weekly|monthly|total|direct|product|customer|peak|holiday|seasonal|international|domestic|enterprise)$/.test(prev.text);
}

/** The sentence with person references masked (same length): §¤¤¤ for a person, π¤¤ for his/her/their. */
export function maskPersons(s: string): string {
  return maskSpans(s, personSpans(s));
}

/** The sentence with the given person spans masked (from `personSpans` of the same sentence). */
export function maskSpans(s: string, spans: readonly PersonSpan[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += s.slice(at, span.start) + (span.possessive ? 'π' : '§') + '¤'.repeat(Math.max(0, span.end - span.start - 1));
    at = span.end;
  }
  return out + s.slice(at);
}
