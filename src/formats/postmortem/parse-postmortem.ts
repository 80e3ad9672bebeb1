// Reads a post-mortem in Markdown — Debrief's own or one written in the wild.
import type { ActionItem, ParseResult, ParseWarning, PostmortemDoc, Section, SectionKey } from '../../domain/postmortem/document.types.ts';
import { SECTION_KEYS } from '../../domain/postmortem/document.types.ts';
import { readActionItems } from './action-items-reader.ts';
import { shapedActionItems } from './action-item-shapes.ts';
import { forwardBullets } from './forward-bullets.ts';
import { fieldTables } from './field-tables.ts';
import { outlineLists } from './outline-lists.ts';
import { qaHeadings } from './qa-headings.ts';
import { toBlocks, type Block } from './blocks.ts';
import { buildMeta, finishMeta } from './doc-meta.ts';
import { firstSentenceOfStream } from './first-sentence.ts';
import { splitFrontMatter } from './front-matter.ts';
import { consider, readMetadata } from './metadata-reader.ts';
import { LETTER_ACTIONS, metaField, normaliseHeading } from './section-names.ts';
import { numberedOutline } from './numbered-outline.ts';
import { buildOutline, renderBody, type FoundSection, type StreamItem } from './outline.ts';
import { readTimeline, type RawTimeline } from './timeline-reader.ts';
import { lineGutter } from './line-gutter.ts';
import { withSlashOrder } from './slash-dates.ts';
import { resolveTimeline } from './timeline-resolve.ts';
import { ZONE_RE } from './time-zone.ts';

/** Front-matter value that marks Debrief's own format. */
export const DEBRIEF_FORMAT = 'debrief/1';

const KEYS = new Set<string>(SECTION_KEYS);

function overridesOf(v: unknown): Map<string, SectionKey | null> {
  const m = new Map<string, SectionKey | null>();
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const [h, k] of Object.entries(v)) if (k === null || (typeof k === 'string' && KEYS.has(k))) m.set(h, k as SectionKey | null);
  }
  return m;
}

function emptyDoc(): PostmortemDoc {
  return {
    meta: { title: null, incidentId: null, incidentDate: null, severity: null, durationStated: null, authors: [], status: null, template: null, timezone: null, extra: {} },
    sections: [],
    timeline: { entries: [], outOfOrder: false },
    actionItems: [],
    rootCause: null,
  };
}

/** Parses post-mortem Markdown into a document and warnings. Never throws. */
export function parsePostmortem(text: string): ParseResult {
  try {
    const input = typeof text === 'string' ? text : '';
    return withSlashOrder(input, () => parse(input));
  } catch (e) {
    return { doc: emptyDoc(), warnings: [{ line: 0, message: `the document could not be read: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

function blocksOf(f: FoundSection): Block[] {
  return f.stream.flatMap((s) => (s.kind === 'block' ? [s.block] : []));
}

function parse(input: string): ParseResult {
  const text = lineGutter(input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const warnings: ParseWarning[] = [];
  const fm = splitFrontMatter(text);
  if (fm.error !== null) warnings.push({ line: 1, message: fm.error });
  const flat = fm.data['format'] === DEBRIEF_FORMAT;
  // Round 17: a numbered outline's section bodies read as the lists they are (the same lines and columns).
  // Round 28: and a review exported as a field table, a section-column CSV, one bullet outline or questions and answers, as it is rewritten.
  const lines = numberedOutline(fieldTables(outlineLists(qaHeadings(fm.body)))).split('\n');
  const off = fm.lineOffset;
  const outline = buildOutline(toBlocks(fm.body), off, { flat, overrides: overridesOf(fm.data['sections']) });
  const found = outline.sections;

  if (!flat && !found.some((f) => f.section.key === 'rootCause')) {
    const cf = found.find((f) => f.section.key === 'contributingFactors');
    if (cf) cf.section.key = 'rootCause';
  }

  // Timeline: the most detailed log among the timeline sections, else a time-led list in a free section.
  let main: { f: FoundSection; raw: RawTimeline } | null = null;
  for (const f of found) {
    if (f.section.key !== 'timeline') continue;
    const raw = readTimeline(flat ? lastTable(f) : f.stream, off);
    if (main === null || raw.entries.length > main.raw.entries.length) main = { f, raw };
  }
  if (!flat && (main === null || main.raw.entries.length === 0)) {
    for (const f of found) {
      // Round 29: or in a section of notes (a ticket's "Work notes:", its journal of dated entries).
      if (f.section.key !== null && f.section.key !== 'notes') continue;
      const raw = readTimeline(f.stream, off, true);
      if (raw.entries.length >= 2 && (main === null || raw.entries.length > main.raw.entries.length)) main = { f, raw };
    }
  }
  // Round 29: a section of notes that is a log of dated entries is the timeline.
  if (main && main.f.section.key === 'notes') main.f.section.key = 'timeline';
  // Round 36: so is a section under a heading in words the reader does not know whose body is a log of timed rows.
  if (main && main.f.section.key === null && main.f.section.level >= 1 && main.f.section.heading !== outline.title && main.raw.entries.length >= 3) main.f.section.key = 'timeline';
  if (main) warnings.push(...main.raw.warnings);

  const metaBlocks = found.filter((f) => f.section.key !== 'timeline' && f.section.key !== 'actionItems').flatMap(blocksOf);
  const values = flat ? {} : readMetadata(metaBlocks, off);
  // "### Date" followed by the value: metadata written as headings (Google SRE style).
  const metaHeadings = new Set<FoundSection>();
  for (const f of flat ? [] : found) {
    if (f.section.key !== null || metaField(f.section.heading) === null) continue;
    metaHeadings.add(f);
    const first = blocksOf(f).find((b) => b.type === 'paragraph');
    if (first?.type === 'paragraph') consider(values, f.section.heading, first.inline.text.split('\n')[0] ?? '', first.line + off + 1);
  }

  let zone = main ? (ZONE_RE.exec(main.f.section.heading)?.[0] ?? main.raw.zone) : null;
  if (zone === null && main) {
    const z = main.raw.entries.find((e) => e.match.zone !== null)?.match.zone ?? null;
    zone = z === 'Z' ? 'UTC' : z;
  }
  if (flat) zone = null;
  else if (zone === null) zone = docWideZone(metaBlocks);

  // Round 16: a letter's "What we are changing" beside a section of the action items themselves summarises them.
  const actionSections = found.filter((f) => f.section.key === 'actionItems');
  const letterOnly = (f: FoundSection): boolean => LETTER_ACTIONS.test(normaliseHeading(f.section.heading));
  let ownItems = actionSections.some((f) => !letterOnly(f)) ? actionSections.filter((f) => !letterOnly(f)) : actionSections;
  // Round 25: beside a section that lists or tabulates the items, one of prose paragraphs only ("## Follow-up" / "We will
  // present the outcome of actions 1 to 3 …") tells what happens to them; it is not an item of its own.
  const listed = (f: FoundSection): boolean => blocksOf(f).some((b) => b.type === 'list' || b.type === 'table');
  if (!flat && ownItems.some(listed)) ownItems = ownItems.filter((f) => listed(f) || f.stream.some((x) => x.kind === 'marker' || x.block.type !== 'paragraph'));
  let actionItems: ActionItem[] = ownItems.flatMap((f) => readActionItems(flat ? lastTable(f) : f.stream, off));
  if (!flat && !found.some((f) => f.section.key === 'actionItems')) actionItems = taskLists(found, off);
  // Round 24: else a list or table shaped as action items (most items with an owner or a due date), whatever its heading.
  if (!flat && actionItems.length === 0 && !found.some((f) => f.section.key === 'actionItems')) {
    const shaped = shapedActionItems(found, off);
    actionItems = shaped.items;
    if (shaped.section !== null) shaped.section.section.key = 'actionItems';
  }
  // Round 30: else a headingless post's forward-looking bullets ("• going forward: …", "• we need better tooling …").
  if (!flat && actionItems.length === 0 && !found.some((f) => f.section.key === 'actionItems')) actionItems = forwardBullets(found, off);

  const sections: Section[] = found.map((f) => {
    let parts = f.parts;
    if (flat && (f.section.key === 'timeline' || f.section.key === 'actionItems')) {
      const lastTable = [...blocksOf(f)].reverse().find((b) => b.type === 'table');
      if (lastTable) parts = parts.filter((p) => !(p.start === lastTable.line && p.end === lastTable.end));
    }
    return { ...f.section, body: renderBody(lines, parts) };
  });
  const meta0 = { title: outline.title };
  sections.forEach((s, i) => {
    if (s.key !== null || s.body === '' || metaHeadings.has(found[i] as FoundSection)) return;
    warnings.push({ line: s.line, message: s.heading === '' || s.heading === meta0.title ? 'text outside any section kept as a free section' : `section "${s.heading}" is not one Debrief knows; kept as a free section` });
  });

  const built = buildMeta({ fm: fm.data, values, title: outline.title, zone, flat });
  const { meta, base, timezone } = built;
  const resolved = resolveTimeline(main?.raw.entries ?? [], base, timezone);
  if (resolved.assumedUtc && resolved.entries.length > 0) {
    warnings.push({ line: main?.f.section.line ?? 0, message: timezone === null ? 'timeline states no time zone; UTC assumed' : `time zone "${timezone}" is not known; UTC assumed` });
  }
  if (resolved.undated > 0) warnings.push({ line: main?.f.section.line ?? 0, message: `${resolved.undated} timeline entries have a time but no date; their instant is left null` });

  const doc: PostmortemDoc = {
    meta,
    sections,
    timeline: { entries: resolved.entries, outOfOrder: resolved.outOfOrder },
    actionItems,
    rootCause: rootCauseOf(found),
  };
  if (!flat) finishMeta(doc, resolved.dates, found, built);
  warnings.sort((a, b) => a.line - b.line);
  return { doc, warnings };
}

/** A list whose every item opens with a checkbox ("- [ ] Add a dead-letter queue — @tchen, 24 Jul"). */
const TASK = /^\[[ xX]\]\s/;

/**
 * Round 11: with no action-item section, the task lists written elsewhere (follow-ups added in an issue's comment
 * thread) are the action items; a timeline's or a 5 Whys' lists are not.
 */
function taskLists(found: readonly FoundSection[], off: number): ActionItem[] {
  const lists: StreamItem[] = [];
  for (const f of found) {
    if (f.section.key === 'timeline' || f.section.key === 'fiveWhys') continue;
    for (const b of blocksOf(f)) {
      if (b.type === 'list' && b.items.every((it) => it.blocks[0]?.type === 'paragraph' && TASK.test(it.blocks[0].inline.text))) lists.push({ kind: 'block', block: b });
    }
  }
  return lists.length === 0 ? [] : readActionItems(lists, off);
}

function lastTable(f: FoundSection): StreamItem[] {
  const t = [...blocksOf(f)].reverse().find((b) => b.type === 'table');
  return t ? [{ kind: 'block', block: t }] : [];
}

function rootCauseOf(found: readonly FoundSection[]): string | null {
  const rc = found.filter((f) => f.section.key === 'rootCause');
  const ordered = [...rc.filter((f) => f.section.level > 0), ...rc.filter((f) => f.section.level === 0)];
  for (const f of ordered) {
    const s = firstSentenceOfStream(f.stream);
    if (s !== null) return s;
  }
  return null;
}

function docWideZone(blocks: readonly Block[]): string | null {
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    for (const l of b.inline.text.split('\n')) {
      if (!/\b(?:all )?times\b|\btime ?zone\b/i.test(l)) continue;
      const z = ZONE_RE.exec(l);
      if (z) return z[0];
    }
  }
  return null;
}
