import { sheetTabs } from '../../formats/postmortem/sheet-tabs.ts';
import type { PostmortemDoc, Section, SectionKey } from '../postmortem/document.types.ts';
import { numberedOutline } from '../../formats/postmortem/numbered-outline.ts';
import { orgAndAsciidoc } from '../../formats/postmortem/org-asciidoc.ts';

/** What a source line is, so rules lint only the prose where it makes sense. */
export type LineKind = 'blank' | 'prose' | 'heading' | 'table' | 'tableRule' | 'code' | 'comment' | 'frontMatter' | 'quote';

export type SourceLine = { n: number; raw: string; kind: LineKind };

/** A section with the source lines it covers (its heading line to the last line of its children). */
export type SectionSpan = { section: Section; start: number; end: number };

/** The source text cut into classified lines, with the sections placed on them. */
export type SourceText = {
  lines: SourceLine[];
  spans: SectionSpan[];
  /** Labels of reference-style link definitions (`[label]: url`), lower-cased. */
  refLabels: Set<string>;
  /** Section key of each line (index = line - 1): the innermost keyed section containing it. */
  keyByLine: (SectionKey | undefined)[];
};

const FENCE = /^\s{0,3}(```|~~~)/;
const RULE_CELL = /^:?-{2,}:?$/;

/** A table's rule line (`|---|:--:|`): cells of dashes between pipes. A scanner: the regex it replaces was quadratic on runs of spaces. */
function isTableRule(raw: string): boolean {
  let t = raw.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  return t.split('|').every((cell) => RULE_CELL.test(cell.trim()));
}
const REF_DEF = /^\s{0,3}\[([^\]]+)\]:\s*\S/;

/** A line of "=" or "-" under a one-line paragraph (not a list item): the underline of a setext heading. */
function setextUnderline(raw: string, lines: readonly SourceLine[], i: number): boolean {
  if (!/^ {0,3}(?:=+|-+)[ \t]*$/.test(raw)) return false;
  const above = lines[i - 1];
  const before = lines[i - 2];
  return above?.kind === 'prose' && !/^\s*(?:[-*+]|\d+[.)])\s/.test(above.raw) && (before === undefined || before.kind === 'blank' || before.kind === 'heading');
}

/** Round 16: a MediaWiki heading ("== Timeline =="). Round 13: a heading in another tool's markup: Jira's "h2. Root cause", an HTML toggle's "<summary>Timeline</summary>"; round 14: an HTML heading ('<h2 id="impact">Impact</h2>'); round 15: an outliner's heading bullet ("- ## Impact"). */
const FOREIGN_HEADING = /^={2,6}[ \t]*[^=\s][^=\n]{0,119}?[ \t]*={2,6}[ \t]*$|^[-*][ \t]+#{1,6}[ \t]+\S|^h[1-6]\.[ \t]+\S|^[ \t]*<summary>.{1,200}<\/summary>[ \t]*$|^[ \t]{0,3}<h[1-6](?:[ \t][^<>]{0,200})?>.{1,200}?<\/h[1-6]>[ \t]*$/i;
/** Round 13: a Confluence macro line ("<ac:structured-macro …><p>Instruction: …</p>…"), or a Jira box ("{panel:title=…}"). */
const MACRO_LINE = /^[ \t]*(?:<\/?ac:|\{(?:panel|info|note|tip|warning|expand|section|column)(?::[^{}]{0,300})?\}[ \t]*$)/;

/** A line of markup only: a macro, or HTML tags and non-breaking spaces with no text ("<details>", "<p>&nbsp;</p>"). */
function markupOnly(raw: string): boolean {
  if (MACRO_LINE.test(raw)) return true;
  if (!/^[ \t]*</.test(raw)) return false;
  return raw.replace(/<[^<>]{0,300}>|&nbsp;/g, '').trim() === '';
}

/** Classifies each line of a Markdown text. */
export function readSource(text: string, doc: PostmortemDoc): SourceText {
  // Round 17: a numbered outline's top lines as headings, its numbered lines as list items; round 19: Org / AsciiDoc as Markdown.
  // Round 29: and a sheet's tab names ("[Tab 2: Timeline]") as headings.
  const raws = sheetTabs(numberedOutline(orgAndAsciidoc(text.replace(/\r\n/g, '\n')))).split('\n');
  const lines: SourceLine[] = [];
  const refLabels = new Set<string>();
  let fence: string | null = null;
  let inComment = false;
  let inFront = raws[0]?.trim() === '---';
  raws.forEach((raw, i) => {
    const n = i + 1;
    let kind: LineKind;
    if (inFront) {
      kind = 'frontMatter';
      if (i > 0 && /^(---|\.\.\.)\s*$/.test(raw)) inFront = false;
    } else if (fence !== null) {
      kind = 'code';
      if (raw.trim().startsWith(fence)) fence = null;
    } else if (inComment) {
      kind = 'comment';
      if (raw.includes('-->')) inComment = false;
    } else if (FENCE.test(raw)) {
      kind = 'code';
      fence = raw.trim().slice(0, 3);
    } else if (/^\s*<!--/.test(raw) && (!raw.includes('-->') || /-->\s*$/.test(raw))) {
      kind = 'comment';
      inComment = !raw.includes('-->');
    } else if (raw.trim() === '') kind = 'blank';
    else if (/^\s{0,3}#{1,6}\s/.test(raw) || FOREIGN_HEADING.test(raw)) kind = 'heading';
    else if (markupOnly(raw)) kind = 'comment';
    else if (/^\s{0,3}>/.test(raw)) kind = 'quote';
    else if (setextUnderline(raw, lines, i)) {
      // "Summary" over "-------" (a setext heading): both lines are the heading, never a section's text.
      kind = 'heading';
      lines[i - 1]!.kind = 'heading';
    } else if (raw.includes('--') && isTableRule(raw)) kind = 'tableRule';
    else if (/^\s*\|/.test(raw)) kind = 'table';
    else if (/^ {4,}\S/.test(raw) && lines[i - 1]?.kind === 'blank') kind = 'code';
    else kind = 'prose';
    const ref = REF_DEF.exec(raw);
    if (ref?.[1] !== undefined && kind === 'prose') refLabels.add(ref[1].toLowerCase());
    lines.push({ n, raw, kind });
  });
  const spans = sectionSpans(doc.sections, lines.length);
  const keyByLine = new Array<SectionKey | undefined>(lines.length).fill(undefined);
  // Spans are in document order and children start after their parent: later spans overwrite (innermost wins).
  for (const span of spans) {
    const key = span.section.key;
    if (key === null) continue;
    for (let n = span.start; n <= span.end; n++) keyByLine[n - 1] = key;
  }
  return { lines, spans, refLabels, keyByLine };
}

function sectionSpans(sections: readonly Section[], lastLine: number): SectionSpan[] {
  const placed = sections.filter((s) => s.line > 0).sort((a, b) => a.line - b.line);
  return placed.map((section, i) => {
    let end = lastLine;
    for (let j = i + 1; j < placed.length; j++) {
      const next = placed[j];
      if (next === undefined) break;
      if (section.level === 0 || (next.level > 0 && next.level <= section.level)) {
        end = next.line - 1;
        break;
      }
    }
    return { section, start: section.line, end };
  });
}

/** The innermost section with a known key that contains the line. */
export const sectionKeyAt = (src: SourceText, line: number): SectionKey | undefined => src.keyByLine[line - 1];

/** The spans of every section with the key, in document order. */
export const spansOf = (src: SourceText, key: SectionKey): SectionSpan[] => src.spans.filter((s) => s.section.key === key);

/** The lines of a span below its heading (a bold label's own line is kept: its text follows the label). */
export function spanBody(src: SourceText, span: SectionSpan): SourceLine[] {
  if (span.section.level !== 0) return src.lines.slice(span.start, span.end);
  const [label, ...rest] = src.lines.slice(span.start - 1, span.end);
  if (label === undefined) return [];
  // Round 11: an italic line of its own ("*Root cause*", a Slack or Jira pseudo-heading) is all label.
  // Round 28: a field table's row ("| Root cause | TBD |", a review exported as fields): its first cell is the label.
  const row = /^[ \t]{0,3}\|[^|\n]{1,80}\|/.exec(label.raw);
  const after = row !== null ? label.raw.slice(row[0].length).replace(/\|[ \t]*$/, '') : /^\s{0,8}([*_])[^*_]{1,80}\1:?[ \t]*$/.test(label.raw) ? '' : label.raw.replace(/^\s*([-*+]\s+)?(\*\*|__)(.+?)\2:?\s*|^[^:]*:\s*/, '');
  return [{ ...label, raw: after, kind: after.trim() === '' ? 'blank' : label.kind }, ...rest];
}

export { unescaped, plainText, cut, sentences } from './source-text.plain.ts';
export { isBlankBody, saysNotApplicable, locate, locator } from './source-text.locate.ts';
