// Writes Debrief's own Markdown: front matter, `# title`, `## sections`, tables for timeline and action items.
import { stringify } from 'yaml';
import type { ActionItem, ActionItemStatus, PostmortemDoc, Section, SectionKey, TimelineEntry } from '../../domain/postmortem/document.types.ts';
import { DEBRIEF_FORMAT } from './parse-postmortem.ts';
import { classifyHeading } from './section-names.ts';

const STATUS_TEXT: Readonly<Record<ActionItemStatus, string>> = { open: 'open', in_progress: 'in progress', done: 'done', wont_do: "won't do" };

const cell = (s: string | null | undefined): string => (s ?? '').replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();

/** The time text Debrief writes for an entry; it keeps the precision ("~" approximate, no seconds for minute). */
export function canonicalTime(e: TimelineEntry): string {
  if (e.precision === 'unknown' || e.at === null) return e.precision === 'unknown' ? '??:??' : e.asWritten;
  const iso = e.at;
  switch (e.precision) {
    case 'date':
      return iso.slice(0, 10);
    case 'exact':
      return `${iso.slice(0, 19)}Z`;
    case 'minute':
      return `${iso.slice(0, 16)}Z`;
    case 'approximate':
      return `~${iso.slice(0, 16)}Z`;
  }
}

function timelineTable(entries: readonly TimelineEntry[]): string {
  const withWritten = entries.some((e) => e.asWritten !== canonicalTime(e));
  const withPhase = entries.some((e) => e.phase != null);
  const withSource = entries.some((e) => e.source != null);
  const withDecision = entries.some((e) => e.decisionPoint === true);
  const head = ['Time', 'Event', ...(withPhase ? ['Phase'] : []), ...(withSource ? ['Source'] : []), ...(withDecision ? ['Decision'] : []), ...(withWritten ? ['As written'] : [])];
  const rows = entries.map((e) => [
    canonicalTime(e),
    cell(e.text),
    ...(withPhase ? [e.phase ?? ''] : []),
    ...(withSource ? [cell(e.source)] : []),
    ...(withDecision ? [e.decisionPoint === true ? 'yes' : ''] : []),
    ...(withWritten ? [cell(e.asWritten)] : []),
  ]);
  return table(head, rows);
}

function actionTable(items: readonly ActionItem[]): string {
  const rows = items.map((a) => [cell(a.key), cell(a.text), cell(a.owner), cell(a.priority), a.due ?? '', a.status === null ? '' : STATUS_TEXT[a.status]]);
  return table(['Key', 'Action', 'Owner', 'Priority', 'Due', 'Status'], rows);
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`.replace(/ {2,}\|/g, ' |');
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function frontMatter(doc: PostmortemDoc, sections: readonly Section[]): string {
  const m = doc.meta;
  const fm: Record<string, unknown> = { format: DEBRIEF_FORMAT };
  if (m.incidentId !== null) fm['id'] = m.incidentId;
  if (m.title !== null) fm['title'] = m.title;
  if (m.incidentDate !== null) fm['date'] = m.incidentDate;
  if (m.severity !== null) fm['severity'] = m.severity;
  if (m.durationStated !== null) fm['duration'] = m.durationStated;
  if (m.status !== null) fm['status'] = m.status;
  if (m.template !== null) fm['template'] = m.template;
  if (m.timezone !== null) fm['timezone'] = m.timezone;
  if (m.authors.length > 0) fm['authors'] = m.authors;
  // Headings whose name alone would not give back their key.
  const overrides: Record<string, SectionKey | null> = {};
  for (const s of sections) if (classifyHeading(s.heading) !== s.key) overrides[s.heading] = s.key;
  if (Object.keys(overrides).length > 0) fm['sections'] = overrides;
  Object.assign(fm, m.extra);
  return `---\n${stringify(fm, { lineWidth: 0 }).trimEnd()}\n---\n`;
}

/** Writes a post-mortem as Debrief Markdown; `parsePostmortem` reads it back to the same document. */
export function writePostmortem(doc: PostmortemDoc): string {
  const sections = [...doc.sections];
  if (doc.timeline.entries.length > 0 && !sections.some((s) => s.key === 'timeline')) sections.push({ key: 'timeline', heading: 'Timeline', line: 0, level: 2, body: '' });
  if (doc.actionItems.length > 0 && !sections.some((s) => s.key === 'actionItems')) sections.push({ key: 'actionItems', heading: 'Action Items', line: 0, level: 2, body: '' });
  const out: string[] = [frontMatter(doc, sections)];
  if (doc.meta.title !== null) out.push(`# ${doc.meta.title}\n`);
  let tableDone = { timeline: false, actionItems: false };
  for (const s of sections) {
    const parts = [`## ${s.heading}`];
    if (s.body.trim() !== '') parts.push(s.body.trim());
    if (s.key === 'timeline' && !tableDone.timeline) {
      parts.push(timelineTable(doc.timeline.entries));
      tableDone = { ...tableDone, timeline: true };
    }
    if (s.key === 'actionItems' && !tableDone.actionItems) {
      parts.push(actionTable(doc.actionItems));
      tableDone = { ...tableDone, actionItems: true };
    }
    out.push(`${parts.join('\n\n')}\n`);
  }
  return out.join('\n');
}
