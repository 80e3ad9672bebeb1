import { GROUP_NOUNS } from './blame.lexicon.ts';
import {
  ADDRESSED, AMBIGUOUS_ROLE, BRACKET_ACRONYM, BREAKS, DECISION, DEPARTMENT, DETERMINERS, GIVEN, HONORIFIC, INDEFINITE, IRREGULAR_PAST, LOWER_DEPARTMENT, POSS_PRONOUN, PRONOUN, THING_MODIFIER, VERBISH,
} from './person-words.ts';
import { BRACKET_AFTER, BRACKET_BEFORE, INITIALS, isName, isRole, tokens, type Token } from './person-tokens.ts';
import { actsOrOwns, initialsActing, namedThing, opensClause } from './person-place.ts';
import { thingOpener } from './person-openers.ts';
import { appositions, extendRole } from './person-roles.ts';
import { machineAgent } from './person-machine.ts';
import { namesSystem } from './person-systems.ts';
import { roleAfterDeterminer } from './person-determiners.ts';
import { maskSpans, type PersonSpan } from './person-mask.ts';
import { roleIsIt, thingAntecedent } from './person-antecedents.ts';
import { freeRelatives, withActing } from './person-acts.ts';
import { withGroups } from './person-groups.ts';
import { withShared } from './person-ambiguous.ts';
import { withPosts } from './person-posts.ts';
import { withShifts } from './person-shifts.ts';
import { withPredicateSubjects } from './blame.person-predicates.ts';
import { withKnown, withSlotPersons } from './blame.person-slots.round37.ts';
import { withBare } from './person-bare.ts';
import { withoutThingOpeners } from './person-thing-openers.ts';

/*
 * Person references (issue 16): where a sentence names, @mentions, points at (pronoun),
 * or singles out by role or group a person. The sentence is tokenised (person-tokens.ts) and each reference
 * is found by word class (blame.lexicon.ts); `maskPersons` gives a copy of the same length
 * with each reference masked (§¤¤¤ for a person, π¤¤ for his/her/their), over which the
 * blame forms of blame.patterns.ts are small patterns. Linear in the sentence length.
 */


/** Who a service serves or counts, after "by" ("sends by new members dropped 38%", "votes by subscribers"): not its staff. */
const SERVED_BY = /^(?:members|subscribers|followers|partners|holders|newcomers|learners|voters|borrowers|senders|recipients|bidders|lenders|owners|listeners|readers|viewers|users|customers)$/i;

export { maskSpans, type PersonSpan } from './person-mask.ts';

const NONE_KNOWN: ReadonlySet<string> = new Set();

/**
 * Spans [start, end) of the person references in a sentence, and whether each is a possessive pronoun. `known`: the
 * keys of references the document has established as people in earlier sentences (round 37, blame.documents.round37.ts).
 */
export function personSpans(s: string, known: ReadonlySet<string> = NONE_KNOWN): PersonSpan[] {
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
      const found = roleAfterDeterminer(s, toks, i);
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
    if (t.opens && i >= leadingNumbers && (i > leadingNumbers || leadingNumbers > 0) && /^\p{Ll}/u.test(w) && isRole(w) && !GROUP_NOUNS.test(w) && !machineAgent(s, toks, i) && next !== undefined && !next.gap && (VERBISH.test(next.text) || (leadingNumbers > 0 && /^\p{Ll}{3,}s$/u.test(next.text) && !/ss$/.test(next.text)))) {
      push(t, t);
      continue;
    }
    // A plural role at the start of the sentence: "Operators ignored…", "Staff at the front desk…".
    if (atStart && isRole(w) && /^\p{Lu}/u.test(w) && (!GROUP_NOUNS.test(w) || /^(?:staff|crews?|people|guys|folks|ops)$/i.test(w)) && !machineAgent(s, toks, i)) {
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
  // Round 30: a span that names a system by its structure is no one (person-systems.ts: "the partition 7 projector").
  // Round 31: an agent noun that names a machine and a job alike is a person by its context (person-ambiguous.ts).
  // Round 32: groups and posts named by what they are (person-posts.ts).
  // Round 33: shifts and watches that act (person-shifts.ts).
  // Round 34: people named by a bare shape (person-bare.ts: "C crew", "Maintenance got it wrong", "the subs' failure", "the op"),
  // then the subject of a predicate only a person carries (blame.person-predicates.ts: "the hoistman was asleep").
  // Round 37: people by their slot — after a judgement, a passive's agent, a post with a should-have, a region acting,
  // the writer's own failure (blame.person-slots.round37.ts).
  // Round 35: a thing's word capitalised by its place is no one (person-thing-openers.ts: "Browse and category pages …", "(Sprint 31)").
  const found = withoutThingOpeners(s, toks, withKnown(toks, withSlotPersons(s, toks, withPredicateSubjects(s, toks, withBare(s, toks, withShifts(s, toks, withPosts(s, toks, withShared(s, toks, appositions(s, freeRelatives(s, toks, withGroups(s, toks, withActing(s, toks, spans)))).filter((sp) => !namesSystem(s, sp)))))))), known));
  // Round 28: a role opening the sentence that a later "it" stands for is a thing ("A new leader …, so it treated …").
  return found.length > 0 && roleIsIt(s, found[0]!) ? found.slice(1) : found;
}

/** Round 19: the head noun of a thing addressed after thanks or praise. */
const ADDRESSED_THING = /\b(?:engine|tool|server|system|api|bot|script|pipeline|portal|platform|app|service|database|scheduler|cluster|firmware|software|sdk|dashboard|printer|router|gateway|queue|algorithm|autoscaler|load balancer)$/i;

/** Round 15: a modifier right before it makes a department a noun ("online sales for …", "app support is …"). */
function modifiedNoun(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  return prev !== undefined && !toks[i]!.gap && /^(?:online|ticket|retail|card|app|web|mobile|store|daily|weekly|monthly|total|direct|product|customer|peak|holiday|seasonal|international|domestic|enterprise)$/.test(prev.text);
}

/** The sentence with person references masked (same length): §¤¤¤ for a person, π¤¤ for his/her/their. */
export function maskPersons(s: string): string {
  return maskSpans(s, personSpans(s));
}
