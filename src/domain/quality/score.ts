import type { PostmortemDoc, Section, SectionKey } from '../postmortem/document.types.ts';
import { placeholdersIn } from './placeholder.patterns.ts';
import type { Finding, RuleId, Severity } from './quality.types.ts';
import { ruleMeta, type ScoreCategory } from './rules.catalog.ts';
import { cut, plainText } from './source-text.ts';

export type ScoreBreakdown = {
  category: ScoreCategory;
  points: number;
  max: number;
  /** Number of findings counted in this category. */
  findings: number;
  /** What the points are for, and why some were not given. */
  because: string;
};

export type QualityScore = { score: number; breakdown: ScoreBreakdown[] };

const CATEGORIES: readonly ScoreCategory[] = ['blameless', 'rootCause', 'actionItems', 'timeline', 'completeness'];
const MAX = 20;
/** A rule with no cost of its own (none today) takes its severity's points a finding, at most half a part. */
const RULE_CAP = MAX / 2;
const round1 = (n: number): number => Math.round(n * 10) / 10;
/**
 * Round 12: what each finding costs, by the part it concerns. Every family deducts only from its own part and at most
 * its cap, so one part cannot sink a document that is sound elsewhere; the part's floor is zero.
 *
 * - language (`blameless`): each blaming or defensive sentence costs 7 (three sentences take the part);
 * - root cause: a surface cause takes 14 of the 20 at once (the cause is not reached: what is left is for having
 *   written one); no evidence 6 a finding (at most 8);
 * - action items: each item is worth its share of the 20; a vague item loses its whole share, one with no owner half
 *   of it, one with no due date a quarter (an item with all three wrong loses at most its share and a half, the part
 *   at most 20); more than ten items cost 4;
 * - timeline: items out of order 4 each (at most 10), an unexplained gap 2 each (at most 8), an imprecise time 1 each
 *   (at most 4), no decision point or no detection time 2 each;
 * - completeness: a placeholder 6 each and an empty or missing section 6 each (at most 20), no "what went well" 3;
 *   a placeholder or an empty section inside the root cause, the action items or the timeline costs that part 5 too,
 *   and a part whose sections still hold the template scores zero.
 */
type Cost = { each: number; cap: number; once?: boolean; why?: string };
const COST: Partial<Record<RuleId, Cost>> = {
  blame: { each: 7, cap: MAX, why: '7 a sentence' },
  defensive: { each: 7, cap: MAX, why: 'justifying costs what blame costs: 7 a sentence' },
  'surface-cause': { each: 14, cap: 14, once: true, why: 'the root cause stops at the trigger: 14 of 20' },
  'no-evidence': { each: 6, cap: 8 },
  'too-many-action-items': { each: 4, cap: 4 },
  'timeline-order': { each: 4, cap: 10 },
  'timeline-gap': { each: 2, cap: 8, why: '2 a gap' },
  'timeline-precision': { each: 1, cap: 4 },
  'timeline-decision-points': { each: 2, cap: 2 },
  'detection-lag': { each: 2, cap: 2 },
  placeholder: { each: 6, cap: MAX },
  'empty-section': { each: 6, cap: MAX },
  'missing-section': { each: 6, cap: MAX },
  'what-went-well-missing': { each: 3, cap: 3 },
};
/** What a finding on an action item takes of that item's share: a vague item is no action at all. */
const ITEM_SHARE: Partial<Record<RuleId, { share: number; why: string }>> = {
  'vague-action-item': { share: 1, why: 'its whole share an item' },
  'action-item-owner': { share: 0.5, why: 'half its share an item' },
  'action-item-due': { share: 0.25, why: 'a quarter of its share an item' },
};
const FALLBACK: Record<Severity, number> = { error: 6, warning: 3, info: 1 };
/**
 * Round 20: a reviewer reads defects in several parts as a weaker document than the sum of them (blame and a surface
 * cause and unowned items is a post-mortem to redo, not three small slips). Every part that lost points loses a quarter
 * of its loss more for each other part that also fell short (a part never below zero; a part alone loses only its own).
 */
const COMPOUND = 0.25;
/** A placeholder or an empty section inside a scored part costs that part this much, besides completeness. */
const TEMPLATE_IN_PART = 5;

function penalty(rule: RuleId, found: readonly Finding[], doc: PostmortemDoc): number {
  const item = ITEM_SHARE[rule];
  if (item !== undefined) {
    const items = Math.max(doc.actionItems.length, found.length, 1);
    return Math.min(MAX, (MAX / items) * item.share * found.length);
  }
  const cost = COST[rule];
  if (cost === undefined) return Math.min(RULE_CAP, found.length * FALLBACK[found[0]?.severity ?? 'info']);
  return Math.min(cost.cap, cost.once === true ? cost.each : cost.each * found.length);
}

const FOR: Record<ScoreCategory, string> = {
  blameless: 'blameless language: no person blamed, no defensive writing',
  rootCause: 'a root cause past the trigger, with evidence',
  actionItems: 'specific action items, each with an owner and a due date',
  timeline: 'an ordered, precise timeline with decisions and the detection time',
  completeness: 'every required section written, no template text left',
};

/** The sections that earn each category: when all of them still hold only the template, the category scores zero. */
const EARNED_BY: Partial<Record<ScoreCategory, readonly SectionKey[]>> = {
  rootCause: ['rootCause', 'contributingFactors', 'fiveWhys'],
  actionItems: ['actionItems'],
  timeline: ['timeline'],
};

const STAND_IN = /^(?:tbd|tbc|todo|to do|wip|-+|—|–|\?+|\.{3}|…|pending)\.?$/i;
/** A bracketed prompt such as "[X]" or "[Factor 1]" (not a link, a reference or a checkbox). */
const BRACKETED = /\[(?!\s?\])[^\][]{1,120}\](?![([:])/;
/** A bare "N/A" where every incident has something to say (as the empty-section rule reads it). */
const BARE_NA = /^(?:n\/?a|none|nothing|not applicable|no)\.?$/i;
const NA_NEEDS_REASON = new Set<SectionKey>(['summary', 'timeline', 'rootCause']);
const TABLE_RULE = /^\s*\|?\s*:?-{2,}/;

/** The body without `<!-- … -->` comments (a scanner: linear on unclosed openers). */
function withoutComments(body: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = body.indexOf('<!--', at);
    if (open === -1) return out + body.slice(at);
    out += body.slice(at, open);
    const close = body.indexOf('-->', open + 4);
    if (close === -1) return out;
    at = close + 3;
  }
}

/** A prompt line of a 5 Whys: a "Why …?" question with no answer after it ("1. Why?", "**Why 2:** Why?"). */
const BARE_WHY = /^(?:why\b[^?]{0,80}\?|why \d+\s*[:.]?\s*(?:why\b[^?]{0,80}\?)?)$/i;

/** What a line of a section is: blank or scaffolding, a placeholder or prompt still in place, or the author's words. */
function lineKind(line: string, next: string, section: Section, templateLines: ReadonlySet<string>): 'scaffold' | 'placeholder' | 'written' {
  // Round 30: an unticked checkbox is read by what follows it ("- [ ] Add a retry limit of 5 …" is the author's item;
  // "- [ ]" alone, or over a label or a prompt, is the template's).
  const raw = line.replace(/^(\s*[-*+]\s+)\[ \]\s*/, '$1');
  const text = plainText(raw.replace(/\|/g, ' '));
  if (text === '' || /^#{1,6}\s/.test(raw.trim()) || TABLE_RULE.test(raw)) return 'scaffold';
  if (TABLE_RULE.test(next)) return 'scaffold'; // a table's header row
  if (/^\s*[-*+]\s+\[[xX]\]/.test(raw)) return 'written'; // a ticked checkbox is the author's answer
  if (STAND_IN.test(text) || (BARE_NA.test(text) && NA_NEEDS_REASON.has(section.key ?? 'summary')) || placeholdersIn(raw, new Set()).length > 0) return 'placeholder';
  if (BRACKETED.test(raw)) return 'scaffold'; // "[Factor 1]": template when nothing else is written; not counted against the author's lines ("[EU]" may be theirs)
  if (section.key === 'fiveWhys' && BARE_WHY.test(text)) return 'placeholder';
  // Template scaffolding: a bare label ("**Immediate Cause:**"), a choice list ("P0 | P1 | P2"), a rule.
  const value = text.replace(/^[^:]{1,40}:\s*/, '');
  if (value === '' || /^(?:-{3,}|\*{3,}|_{3,})$/.test(raw.trim())) return 'scaffold';
  if (!raw.trim().startsWith('|') && /^[^|]{1,30}(?:\|[^|]{1,30}){1,8}$/.test(value)) return 'scaffold';
  return templateLines.has(cut(plainText(raw))) ? 'placeholder' : 'written';
}

/**
 * A section that still holds the template: nothing but prompts, placeholders, "TBD", labels and
 * table headers; or placeholders on at least as many lines as the author's words (a timeline whose
 * rows still read "[TIME]" or "HH:MM", a 5 Whys of "Why?" prompts under one answer). Such a
 * section earns nothing for its part.
 */
function stillTemplate(section: Section, templateLines: ReadonlySet<string>): boolean {
  const lines = withoutComments(section.body).split(/\r?\n/);
  let placeholders = 0;
  let written = 0;
  lines.forEach((raw, i) => {
    const kind = lineKind(raw, lines[i + 1] ?? '', section, templateLines);
    if (kind === 'placeholder') placeholders++;
    else if (kind === 'written') written++;
  });
  return written === 0 || placeholders >= written;
}

/**
 * A 0–100 quality score: 20 points for each of five parts, less what each finding costs the part it concerns (never
 * more than the part's 20), each loss weighing a quarter more for every other part that falls short; a part still
 * holding the template scores zero; the weakest part holds the whole to 50 plus 2½ times its points (round 30), less 3 for
 * each point a second part is under a quarter (round 33). The
 * breakdown says what each point was lost for.
 */
export function scorePostmortem(findings: readonly Finding[], doc: PostmortemDoc): QualityScore {
  const byRule = new Map<RuleId, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const templateLines = new Set(findings.filter((f) => f.rule === 'placeholder').map((f) => f.quote));
  const keyed = doc.sections.filter((s): s is Section & { key: SectionKey } => s.key !== null && s.key !== 'whatWentWell');
  const blank = new Set(keyed.filter((s) => stillTemplate(s, templateLines)).map((s) => s.key));
  const written = keyed.filter((s) => !blank.has(s.key));
  const missing = findings.filter((f) => f.rule === 'missing-section' && f.section !== undefined).map((f) => f.section!);
  const zeroed = (category: ScoreCategory): string | null => {
    if (keyed.length > 0 && written.length === 0) return 'nothing written yet: every section still holds the template';
    // Half the sections still the template: a draft. Completeness is not earned, and neither is blameless language the author has not written yet.
    if ((category === 'completeness' || category === 'blameless') && keyed.length > 0 && blank.size * 2 >= keyed.length) return `${blank.size} of ${keyed.length} sections still hold the template`;
    const earners = EARNED_BY[category];
    if (earners === undefined) return null;
    // Round 8: a part the document does not have at all (reported missing by missing-section) earns nothing either.
    if (missing.some((key) => earners.includes(key)) && !keyed.some((s) => earners.includes(s.key))) return `no "${missing.find((key) => earners.includes(key))}" section`;
    const present = keyed.filter((s) => earners.includes(s.key));
    if (present.length > 0 && present.every((s) => blank.has(s.key))) return `"${present[0]!.heading}" still holds the template prompt or placeholders`;
    return null;
  };
  const parts = CATEGORIES.map((category) => {
    let lost = 0;
    let count = 0;
    const rules: string[] = [];
    const charge = (amount: number, what: string): void => {
      const taken = Math.min(amount, MAX - lost);
      lost += taken;
      rules.push(`${round1(taken)} for ${what}`);
    };
    for (const [rule, found] of byRule) {
      if (ruleMeta(rule).category !== category) continue;
      count += found.length;
      const why = ITEM_SHARE[rule]?.why ?? COST[rule]?.why;
      charge(penalty(rule, found, doc), `${rule} ×${found.length}${why === undefined ? '' : ` (${why})`}`);
    }
    // A placeholder or an empty section left inside this part's own sections costs the part, not only completeness.
    const earners = EARNED_BY[category];
    const left = earners === undefined ? [] : findings.filter((f) => (f.rule === 'placeholder' || f.rule === 'empty-section') && f.section !== undefined && earners.includes(f.section));
    if (left.length > 0) charge(Math.min(MAX, TEMPLATE_IN_PART * left.length), `template text left in this part ×${left.length} (${TEMPLATE_IN_PART} each)`);
    return { category, lost, count, rules, zero: zeroed(category) };
  });
  // Round 20: the costs compound. Each part that falls short makes every other part's loss weigh more (see COMPOUND).
  const short = parts.filter((p) => p.zero !== null || p.lost > 0).length;
  const breakdown = parts.map<ScoreBreakdown>(({ category, lost, count, rules, zero }) => {
    const more = zero !== null || lost === 0 || short < 2 ? 0 : round1(Math.min(MAX - lost, lost * COMPOUND * (short - 1)));
    const points = zero !== null ? 0 : Math.max(0, round1(MAX - lost - more));
    const also = more > 0 ? `; and ${more} more as ${short - 1} other part${short === 2 ? '' : 's'} also fall${short === 2 ? 's' : ''} short (a quarter of the loss more for each)` : '';
    const because = `${MAX} points for ${FOR[category]}${zero !== null ? `; 0: ${zero}` : rules.length > 0 ? `; lost ${rules.join(', ')}${also}` : ''}`;
    return { category, points, max: MAX, findings: count, because };
  });
  const held = weakestLink(breakdown);
  const score = Math.round(held.reduce((sum, b) => sum + b.points, 0));
  return { score: Math.max(0, Math.min(100, score)), breakdown: held };
}

/**
 * Round 30: a post-mortem is as strong as its weakest part. A document that blames in three sentences, or whose action
 * items are mostly vague, is one to send back however sound its other parts, and must not score like a good one: the
 * total is at most 50 plus 2½ times the weakest part's points (a part at zero holds the document to 50, a part at half
 * to 75, a document with no part below 20 is not held). What the cap takes comes off the other parts in proportion to
 * their points, so the breakdown still adds up to the score and says why.
 */
const HELD_BASE = 50;
const HELD_PER_POINT = (100 - HELD_BASE) / MAX;
/**
 * Round 33: a second part all but lost (a quarter of its points or less) holds the document further, 3 for each point it
 * is under 5: a post-mortem that blames and stops its root cause at the trigger is weaker than one with either fault (two
 * parts at zero: at most 35; the weakest at zero and the next at 2: at most 41). A written document failing in two parts
 * still scores above an untouched template (at most 30), and a second part merely weak (one vague item of two) is not
 * counted: a single weak part is held as before.
 */
const SECOND_QUARTER = MAX / 4;
const SECOND_PER_POINT = 3;
const NAME: Record<ScoreCategory, string> = { blameless: 'blameless language', rootCause: 'root cause', actionItems: 'action items', timeline: 'timeline', completeness: 'completeness' };

function weakestLink(parts: readonly ScoreBreakdown[]): ScoreBreakdown[] {
  const ranked = [...parts].sort((a, b) => a.points - b.points);
  const weakest = ranked[0]!;
  const second = ranked[1];
  const under = second === undefined ? 0 : Math.max(0, SECOND_QUARTER - second.points);
  const cap = Math.max(0, HELD_BASE + HELD_PER_POINT * weakest.points - SECOND_PER_POINT * under);
  const total = parts.reduce((sum, p) => sum + p.points, 0);
  const others = total - weakest.points;
  if (total <= cap || others <= 0) return [...parts];
  const excess = total - cap;
  const also = under > 0 && second !== undefined ? ` and the next (${NAME[second.category]}, ${second.points} of ${MAX})` : '';
  return parts.map((p) => {
    if (p === weakest || p.points === 0) return p;
    const taken = round1((excess * p.points) / others);
    return { ...p, points: Math.max(0, round1(p.points - taken)), because: `${p.because}; and ${taken} more as the weakest part (${NAME[weakest.category]}, ${weakest.points} of ${MAX})${also} hold${also === '' ? 's' : ''} the document to ${round1(cap)}` };
  });
}
