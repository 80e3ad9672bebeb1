/**
 * The editor lints one Markdown text built from the sections (`# title`, then
 * `## heading` and the body of each section) and maps each finding's line back to
 * the section it falls in.
 */
import type { ActionItem, Finding, Postmortem } from '../contract.ts';

export type SectionText = { key: string; heading: string; body: string };
/** 1-based line numbers: the heading line and the first line of the body. */
export type SectionRange = { key: string; headingLine: number; bodyLine: number; lastLine: number };
export type LocatedFinding = Finding & { sectionLine: number | null };

/** Builds the Markdown the lint API reads, and where each section starts; `extras` are appended to section bodies (generated tables). */
export function buildMarkdown(title: string, sections: SectionText[], extras: Record<string, string> = {}): { markdown: string; ranges: SectionRange[] } {
  const lines: string[] = [`# ${title.trim() || 'Untitled post-mortem'}`, ''];
  const ranges: SectionRange[] = [];
  for (const s of sections) {
    const headingLine = lines.length + 1;
    lines.push(`## ${s.heading}`, '');
    const body = [s.body.replace(/\s+$/, ''), extras[s.key] ?? ''].filter(Boolean).join('\n\n');
    const bodyLines = body ? body.split(/\r?\n/) : [];
    lines.push(...bodyLines, '');
    ranges.push({ key: s.key, headingLine, bodyLine: headingLine + 2, lastLine: lines.length });
  }
  return { markdown: lines.join('\n'), ranges };
}

/** Splits findings by the section their line falls in; the rest (title, whole document) are general. */
export function groupFindings(findings: Finding[], ranges: SectionRange[]): { bySection: Map<string, LocatedFinding[]>; general: LocatedFinding[] } {
  const bySection = new Map<string, LocatedFinding[]>();
  const general: LocatedFinding[] = [];
  const keys = new Set(ranges.map((r) => r.key));
  for (const f of findings) {
    const line = typeof f.line === 'number' ? f.line : null;
    // A line inside a section wins; a line on the title or whole-document line 1 falls back to the finding's own section key.
    const range = line !== null && line > 2 ? ranges.find((r) => line >= r.headingLine && line <= r.lastLine) : undefined;
    const key = range?.key ?? (f.section && keys.has(f.section) ? f.section : null);
    const located: LocatedFinding = { ...f, sectionLine: range && line !== null && line >= range.bodyLine ? line - range.bodyLine + 1 : null };
    if (key === null) general.push(located);
    else bySection.set(key, [...(bySection.get(key) ?? []), located]);
  }
  return { bySection, general };
}

/** What the tables show of a Timeline section's line and of an action item (the post-mortem's own shapes). */
type TimelineEntryLike = Pick<Postmortem['timeline']['entries'][number], 'asWritten' | 'text' | 'phase' | 'source' | 'decisionPoint'>;
type ActionItemLike = Pick<ActionItem, 'key' | 'title' | 'owner' | 'priority' | 'dueDate' | 'status'>;

const cell = (v: string | null | undefined): string => (v ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const table = (head: string[], rows: string[][]): string => [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');

/** The tables the server writes into the timeline and action-item sections, so the editor lints what the server lints. */
export function generatedTables(timeline: TimelineEntryLike[], items: ActionItemLike[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (timeline.length > 0) {
    out['timeline'] = table(['Time', 'Event', 'Phase', 'Source', 'Decision'], timeline.map((e) => [
      cell(e.asWritten), cell(e.text), cell(e.phase), cell(e.source), e.decisionPoint ? 'yes' : '',
    ]));
  }
  if (items.length > 0) {
    out['actionItems'] = table(['Key', 'Action', 'Owner', 'Priority', 'Due', 'Status'], items.map((a) => [
      cell(a.key), cell(a.title), cell(a.owner), cell(a.priority), a.dueDate ?? '', a.status.replace('_', ' '),
    ]));
  }
  return out;
}
