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

