/*
 * Round 33 (issue 16): shifts and watches named as the people on them. Crews who work by the clock are named by their
 * time: a watch by its span ("the 12-to-4", "the 4-to-8"), a shift by its name ("swing", "graveyard"), a rig's crew by
 * its tour ("morning tour", "evening tour"), a crew by its letter and word ("B tour", "C watch"). Such a name is a group
 * of people when it acts: its verb right after it (a modal, an auxiliary, a past tense: "Swing left the slips unsigned",
 * "the 12-to-4 forgot to log"), an -ing act after a watch's span ("the 4-to-8 treating the orders as optional"), a
 * present tense after a tour ("Morning tour relieves evening tour"), after "by" ("watchkeeping by the 12-to-4"), in
 * "who on …" ("Who on graveyard thought …"), or with its possessive. The same words as times stay times: "the 12-to-4
 * was quiet" (a state, no act), "during the graveyard hours", "a swing of 20 degrees", "morning tour of the plant".
 * Linear: each candidate looks one token back and a bounded window ahead.
 */
import { IRREGULAR_PAST } from './person-words.ts';
import type { PersonSpan } from './person-mask.ts';
import type { Token } from './person-tokens.ts';

/** A watch named by its span of hours: "12-to-4", "4-to-8", "8-to-12". */
const WATCH_SPAN = /^\d{1,2}-to-\d{1,2}$/i;
/** A shift named by its place in the day, standing alone as its crew: "Swing", "graveyard". */
const SHIFT_WORD = /^(?:swing|graveyard)$/i;
/** When a tour or a watch works: "morning tour", "evening tour", "middle watch", "B tour". */
const TOUR_TIME = /^(?:morning|evening|night|day|daylight|afternoon|graveyard|swing|middle|forenoon|first|dog|[A-D])$/i;
const TOUR = /^(?:tour|watch)$/i;

/** A verb right after the name: a modal or an auxiliary, a negation, a past tense (not a bare "was", a state). */
const ACT_AFTER = new RegExp(
  String.raw`^['’]?\s{1,2}(?:(?:should|could|would|must|did|didn't|does|doesn't|do|had|has|have|hadn't|hasn't|never|always|just|also|then|still|again|clearly|apparently|probably|obviously|simply|once|somehow)\b|\p{Ll}{2,20}ed\b|(?:${IRREGULAR_PAST.source.slice(4, -2)})\b)`,
  'u',
);
/** An -ing act after a watch's span, or a present tense after a tour: "the 4-to-8 treating …", "Morning tour relieves …". */
const ING_AFTER = /^\s{1,2}\p{Ll}{3,20}ing\s{1,2}(?:the|a|an|our|their|it|every|each|all)\b/u;
const PRESENT_AFTER = /^\s{1,2}\p{Ll}{3,20}(?:s|es)\s{1,2}(?:the|a|an|our|their|it|every|each|all|\p{Ll}+\s{1,2}tour|tank|no)\b/u;
/** A state or a noun after the name makes it a time: "the 12-to-4 was quiet", "the graveyard hours". */
const TIME_AFTER = /^\s{1,2}(?:was|were|is|are|hours?|shift\s{1,2}(?:pattern|rota|roster|hours)|period|slot|window|rate|of|in|at|on|round|rotation)\b/i;

/** Whether the name, ending at `end`, acts (or is the agent or the party addressed) by what surrounds it. */
function acts(s: string, toks: readonly Token[], first: number, last: number, kind: 'span' | 'word' | 'tour'): boolean {
  const head = toks[last]!;
  const after = s.slice(head.end, head.end + 60);
  const prev = toks[first - 1]?.text.toLowerCase() ?? '';
  const prev2 = toks[first - 2]?.text.toLowerCase() ?? '';
  if (head.text !== head.stem) return /^(?:'s|’s)?\s{1,2}["“'‘]?\p{Ll}/u.test(s.slice(head.start + head.stem.length, head.start + head.stem.length + 20));
  if (prev === 'by' || (prev === 'the' && prev2 === 'by')) return !TIME_AFTER.test(after);
  if (prev === 'on' && /^(?:who|whoever|anyone|nobody|everyone)$/.test(prev2 === 'the' ? '' : prev2)) return true;
  if ((prev === 'the' && /^(?:on|who)$/.test(prev2)) && toks[first - 3]?.text.toLowerCase() === 'who') return true;
  if (TIME_AFTER.test(after)) return false;
  // "the swing broke", "a graveyard flooded": after an article the bare word is a thing.
  if (kind === 'word' && /^(?:the|a|an|this|that|our|its|their)$/.test(prev)) return false;
  if (ACT_AFTER.test(after)) return true;
  if (kind === 'span' && ING_AFTER.test(after)) return true;
  return kind !== 'word' && PRESENT_AFTER.test(after);
}

/**
 * The sentence's person spans with shifts and watches that act added, in order. Why: "Swing should have logged the
 * walk" and "the 12-to-4 forgot to log the alteration" judge the people on that shift as surely as a name would.
 */
export function withShifts(s: string, toks: readonly Token[], spans: PersonSpan[]): PersonSpan[] {
  if (!/\d-to-\d|swing|graveyard|tour|watch/i.test(s)) return spans;
  const added: PersonSpan[] = [];
  let k = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    let last = -1;
    let kind: 'span' | 'word' | 'tour' = 'span';
    const next = toks[i + 1];
    if (WATCH_SPAN.test(t.stem)) last = i;
    else if (TOUR_TIME.test(t.text) && next !== undefined && !next.gap && TOUR.test(next.stem)) {
      last = i + 1;
      kind = 'tour';
      // "a morning tour of the plant" is a visit: a tour's crew has no article but "the".
      const prev = toks[i - 1]?.text.toLowerCase();
      if (prev !== undefined && /^(?:a|an|one|every|each|our|his|her)$/.test(prev)) continue;
    } else if (SHIFT_WORD.test(t.stem) && (next === undefined || next.gap || !/^\p{Ll}/u.test(next.text) || !/^(?:shift|crew|hours?|of|in|at)$/i.test(next.text))) {
      last = i;
      kind = 'word';
    }
    if (last === -1) continue;
    const start = toks[i]!.start;
    const end = toks[last]!.start + toks[last]!.stem.length;
    while (k < spans.length && spans[k]!.end <= start) k++;
    if (k < spans.length && spans[k]!.start < end) continue;
    if (!acts(s, toks, i, last, kind)) continue;
    // "the 12-to-4": the article joins the span when it stands right before it.
    const before = toks[i - 1];
    const from = before !== undefined && !t.gap && before.text.toLowerCase() === 'the' && (added.length === 0 || added[added.length - 1]!.end <= before.start) ? before.start : start;
    if (k > 0 && spans[k - 1]!.end > from) continue;
    added.push({ start: from, end, possessive: false });
    i = last;
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}
