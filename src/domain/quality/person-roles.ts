/*
 * Roles read past their head noun (issue 16): a role and a name side by side ("our DBA Kim"), and what qualifies a role
 * ("on call", "on the payments squad", "the VP of sales"). Split out of person-references.ts in round 13. Linear.
 */
import { GROUP_NOUNS } from './blame.lexicon.ts';
import { BREAKS, DETERMINERS, ROLE_TAIL, VERBISH } from './person-words.ts';
import type { Token } from './person-tokens.ts';
import type { PersonSpan } from './person-references.ts';

/** A role and a name side by side are one person: "Engineer J. Williams", "our DBA Kim" (initials between them allowed). */
export function appositions(s: string, spans: PersonSpan[]): PersonSpan[] {
  if (spans.length < 2) return spans;
  const out: PersonSpan[] = [spans[0]!];
  for (let k = 1; k < spans.length; k++) {
    const last = out[out.length - 1]!;
    const next = spans[k]!;
    const between = s.slice(last.end, next.start);
    if (!last.possessive && !next.possessive && between.length <= 12 && /^\s+(?:\p{Lu}\.\s*){0,3}$/u.test(between) && !/['’]s?$/.test(s.slice(last.start, last.end))) {
      out[out.length - 1] = { start: last.start, end: next.end, possessive: false };
    } else out.push(next);
  }
  return out;
}

/** Titles that head something ("the VP of sales", "the head of product"). */
const TITLE = /^(?:VPs?|SVPs?|EVPs?|directors?|heads?|chiefs?|presidents?|vice-presidents?|managers?|leads?)$/i;

/** Extends a role with what qualifies it ("on call", "on the payments squad", "at the front desk"); returns the last token index used. */
export function extendRole(toks: Token[], roleIdx: number, from: Token, push: (a: Token, b: Token, p?: boolean) => void): number {
  let end = roleIdx;
  const role = toks[roleIdx]!;
  if (role.text === role.stem) {
    const p = toks[end + 1]?.gap === false ? toks[end + 1]!.text.toLowerCase() : undefined;
    if (p === 'on-call') end += 1;
    // A title and what it heads: "the VP of sales", "the director of engineering", "the head of product".
    else if (p === 'of' && TITLE.test(role.text) && toks[end + 2] !== undefined && !toks[end + 2]!.gap && (ROLE_TAIL.test(toks[end + 2]!.stem) || /^\p{Lu}/u.test(toks[end + 2]!.text))) end += 2;
    else if (p === 'on' || p === 'from' || p === 'in' || p === 'at') {
      const from = end;
      for (let k = from + 2; k <= from + 5 && k < toks.length; k++) {
        const w = toks[k]!.stem;
        if (toks[k]!.gap || BREAKS.has(w.toLowerCase())) break;
        if (ROLE_TAIL.test(w) || GROUP_NOUNS.test(w)) end = k;
        if (toks[k]!.text !== w) break;
      }
      // Any short place or group after the role when the person's verb follows it: "the contractor at the substation
      // was …", "the nurse in charge should …", "our friends at the hosting provider rebooted …".
      if (end === from) {
        let k = from + 2;
        if (k < toks.length && DETERMINERS.has(toks[k]!.text.toLowerCase())) k++;
        for (let last = k; last <= k + 2 && last + 1 < toks.length; last++) {
          const tl = toks[last]!;
          if (tl.gap || tl.text !== tl.stem || BREAKS.has(tl.stem.toLowerCase()) || !/^\p{L}/u.test(tl.text)) break;
          const v = toks[last + 1]!;
          if (!v.gap && (VERBISH.test(v.text) || /^(?:who|whom|whose)$/i.test(v.text))) {
            end = last;
            break;
          }
        }
      }
    }
  }
  push(from, toks[end]!);
  return end;
}


/** Round 20: agent nouns that name a machine or a person ("the producer" of a data pipeline or of a game). */
const AMBIGUOUS_AGENT = /^(?:producers?|providers?|handlers?|controllers?)$/i;
/** Acts only people do, within three words after it: "the producer should have told …", "the provider dropped the ball". */
const HUMAN_ACT_AHEAD = /^(?:\s{1,2}(?:should|could|would|must|had|has|have|did|does|never|then|also|just|clearly|simply|well|and|truly|really|not|to)){0,3}\s{1,2}(?:told|tell|said|say|asked|promised|agreed|replied|e-?mailed|phoned|warned|warn|informed|inform|chased|chase|insisted|claimed|assured|apologi[sz]ed|decided|approved|signed|underestimated|misjudged|dropped the ball|forgot to (?:tell|ask|inform|escalate|notify)|escalated?)\b/i;
/** What only a person has: "the producer's failure to …", "the provider's engineer", "the producer's 'all good'". */
const HUMAN_OWNED = /^(?:'s|’s)\s{1,2}(?:failure|decision|interpretation|recollection|judge?ment|mistake|attitude|promise|word|claim|assurance|engineers?|team|staff|consultants?|performance|['‘"“])/i;
/** Round 26: and the shift a person works ("the weekend producer", "the night handler"): machines have no shifts. */
const HUMAN_MODIFIER = /^(?:outsourced|offshore|external|third-party|contracted|executive|line|senior|junior|associate|weekend|night|overnight|morning|evening|day|late|early|relief|duty)$/i;
/** A judgement in the passive with it as the agent: "capacity was badly underestimated by the producer". */
const COGNITIVE_BY = /\b(?:underestimated|overestimated|overlooked|misjudged|mishandled|neglected|misread)\s{1,2}(?:[\w-]+\s{1,2}){0,4}by\s{1,2}(?:the|our|their)\s{1,2}$/i;

/** Whether an agent noun that may be a machine names a person here, by what it does, owns or is called. */
export function humanAgent(s: string, toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  if (!AMBIGUOUS_AGENT.test(t.stem)) return false;
  const prev = toks[j - 1];
  if (prev !== undefined && HUMAN_MODIFIER.test(prev.text)) return true;
  if (t.text !== t.stem) return HUMAN_OWNED.test(s.slice(t.start + t.stem.length, t.start + t.stem.length + 30));
  return HUMAN_ACT_AHEAD.test(s.slice(t.end, t.end + 60)) || COGNITIVE_BY.test(s.slice(Math.max(0, t.start - 80), t.start));
}

/** Round 22: what follows "PO" when it is a purchase order or a post office ("the PO number", "the PO was raised late"). */
const PO_THING = /^(?:'s|’s)?\s{1,2}(?:numbers?|box(?:es)?|lines?|items?|requests?|approvals?|references?|refs?|amounts?|values?|documents?|forms?|system|queues?|files?|templates?|totals?|dates?|for\b|(?:was|were|is|are|has been|had been|got)\s{1,2}(?:raised|issued|approved|created|cancell?ed|sent|received|signed|submitted|rejected|held|delayed|stuck|paid|matched|closed|opened|amended))/i;

/** A purchase order's verbs or word before it: "approved the PO", "the purchase PO". */
const PO_BEFORE = /\b(?:purchase|(?:approved?|approving|raised?|raising|issued?|issuing|signed?|sent|send|submit(?:ted)?|cancell?ed|amended?|matched|created?|paid|pay|for|on|against|under)\s{1,2}(?:the|a|an|our|their|that|this|each|every)(?:\s{1,2}[\w-]{1,20})?)\s{1,2}$/i;

/** Round 22: "the PO" in capitals is the product owner, a person, unless a purchase order's words follow it. */
export function productOwner(s: string, toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  if (!/^POs?$/.test(t.stem) || PO_BEFORE.test(s.slice(Math.max(0, t.start - 40), t.start))) return false;
  return !PO_THING.test(s.slice(t.start + t.stem.length, t.start + t.stem.length + 40));
}
