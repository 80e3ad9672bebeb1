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
/** One rule can take at most this much of a category, so one noisy rule does not zero it. */
const RULE_CAP = MAX / 2;
const PER_FINDING: Record<Severity, number> = { error: 6, warning: 3, info: 1 };
const FACTOR: Record<Severity, number> = { error: 1, warning: 0.6, info: 0.2 };

const PER_ACTION_ITEM = new Set<RuleId>(['vague-action-item', 'action-item-owner', 'action-item-due']);
const PER_ENTRY = new Set<RuleId>(['timeline-precision', 'timeline-gap']);

/** Rules that fire once per item: their penalty is the share of items affected, not the count. */
function itemsFor(rule: RuleId, doc: PostmortemDoc): number | null {
  if (PER_ACTION_ITEM.has(rule)) return doc.actionItems.length;
  if (PER_ENTRY.has(rule)) return doc.timeline.entries.length;
  return null;
}

/**
 * Round 8: findings that say a category's substance is missing take more than their severity's points. A root cause
 * that stops at the trigger has not reached the cause: half the root-cause points, whatever its severity. Defensive
 * writing costs what blame costs: both are what blameless language is for.
 */
const SUBSTANCE: Partial<Record<RuleId, { atLeast?: number; perFinding?: number; why: string }>> = {
  'surface-cause': { atLeast: RULE_CAP, why: 'the root cause stops at the trigger: half the points' },
  defensive: { perFinding: PER_FINDING.error, why: 'justifying costs what blame costs' },
};

function penalty(rule: RuleId, found: readonly Finding[], doc: PostmortemDoc): number {
  const severity = found[0]?.severity ?? 'info';
  const total = itemsFor(rule, doc);
  if (total !== null && total > 0) return RULE_CAP * FACTOR[severity] * Math.min(1, found.length / total);
  const substance = SUBSTANCE[rule];
  if (substance?.atLeast !== undefined) return substance.atLeast;
  return Math.min(RULE_CAP, found.length * (substance?.perFinding ?? PER_FINDING[severity]));
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
function lineKind(raw: string, next: string, section: Section, templateLines: ReadonlySet<string>): 'scaffold' | 'placeholder' | 'written' {
  const text = plainText(raw.replace(/\|/g, ' '));
  if (text === '' || /^#{1,6}\s/.test(raw.trim()) || TABLE_RULE.test(raw)) return 'scaffold';
  if (TABLE_RULE.test(next)) return 'scaffold'; // a table's header row
  if (/^\s*[-*+]\s+\[[xX]\]/.test(raw)) return 'written'; // a ticked checkbox is the author's answer
  if (STAND_IN.test(text) || (BARE_NA.test(text) && NA_NEEDS_REASON.has(section.key ?? 'summary')) || placeholdersIn(raw, new Set()).length > 0) return 'placeholder';
  if (BRACKETED.test(raw)) return 'scaffold'; // "[Factor 1]": template when nothing else is written; not counted against the author's lines ("[EU]" may be theirs)
  if (section.key === 'fiveWhys' && BARE_WHY.test(text)) return 'placeholder';
  // Template scaffolding: a bare label ("**Immediate Cause:**"), a choice list ("P0 | P1 | P2"), an unticked checkbox, a rule.
  const value = text.replace(/^[^:]{1,40}:\s*/, '');
  if (value === '' || /^(?:-{3,}|\*{3,}|_{3,})$/.test(raw.trim()) || /^\s*[-*+]\s+\[ \]/.test(raw)) return 'scaffold';
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

/** A 0–100 quality score: 20 points for each of five categories, less a penalty per rule that fired; a part still holding the template scores zero. */
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
  const breakdown = CATEGORIES.map<ScoreBreakdown>((category) => {
    let lost = 0;
    let count = 0;
    const rules: string[] = [];
    for (const [rule, found] of byRule) {
      if (ruleMeta(rule).category !== category) continue;
      lost += penalty(rule, found, doc);
      count += found.length;
      const why = SUBSTANCE[rule]?.why;
      rules.push(`${rule} ×${found.length}${why === undefined ? '' : ` (${why})`}`);
    }
    const zero = zeroed(category);
    const points = zero !== null ? 0 : Math.max(0, Math.round((MAX - lost) * 10) / 10);
    const because = `${MAX} points for ${FOR[category]}${zero !== null ? `; 0: ${zero}` : rules.length > 0 ? `; lost ${Math.round((MAX - points) * 10) / 10} for ${rules.join(', ')}` : ''}`;
    return { category, points, max: MAX, findings: count, because };
  });
  const score = Math.round(breakdown.reduce((sum, b) => sum + b.points, 0));
  return { score: Math.max(0, Math.min(100, score)), breakdown };
}
