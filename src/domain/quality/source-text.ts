import type { PostmortemDoc, Section, SectionKey } from '../postmortem/document.types.ts';

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
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const REF_DEF = /^\s{0,3}\[([^\]]+)\]:\s*\S/;

/** Classifies each line of a Markdown text. */
export function readSource(text: string, doc: PostmortemDoc): SourceText {
  const raws = text.split(/\r?\n/);
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
    else if (/^\s{0,3}#{1,6}\s/.test(raw)) kind = 'heading';
    else if (/^\s{0,3}>/.test(raw)) kind = 'quote';
    else if (TABLE_RULE.test(raw) && raw.includes('-')) kind = 'tableRule';
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
export function sectionKeyAt(src: SourceText, line: number): SectionKey | undefined {
  return src.keyByLine[line - 1];
}

/** The spans of every section with the key, in document order. */
export function spansOf(src: SourceText, key: SectionKey): SectionSpan[] {
  return src.spans.filter((s) => s.section.key === key);
}

/** The lines of a span below its heading (a bold label's own line is kept: its text follows the label). */
export function spanBody(src: SourceText, span: SectionSpan): SourceLine[] {
  if (span.section.level !== 0) return src.lines.slice(span.start, span.end);
  const [label, ...rest] = src.lines.slice(span.start - 1, span.end);
  if (label === undefined) return [];
  const after = label.raw.replace(/^\s*([-*+]\s+)?(\*\*|__)(.+?)\2:?\s*|^[^:]*:\s*/, '');
  return [{ ...label, raw: after, kind: after.trim() === '' ? 'blank' : label.kind }, ...rest];
}

/** Markdown stripped to the words a reader sees: list markers, emphasis, links, comments. */
export function plainText(raw: string): string {
  return raw
    .replace(/<!--.*?-->/g, ' ')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?)+/, '')
    .replace(/^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts a quote short for a finding. */
export function cut(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** Splits prose into sentences (good enough for rules that look at one sentence at a time). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+(?=["“(@A-Z0-9])|\s+\|\s+|\s+[—–]\s+/).filter((s) => s.trim() !== '');
}

const EMPTY_MARKERS = /^(n\/?a|none|nothing|not applicable|no|-|—|none known|none identified|nothing to report)\.?$/i;

/** True when a section's text (without headings and comments) says nothing at all. */
export function isBlankBody(lines: readonly SourceLine[]): boolean {
  return lines.every((l) => l.kind === 'blank' || l.kind === 'comment' || l.kind === 'heading' || plainText(l.raw) === '');
}

/** True when the text explicitly says the section does not apply ("N/A", "None"). */
export function saysNotApplicable(lines: readonly SourceLine[]): boolean {
  const words = lines
    .filter((l) => l.kind !== 'heading' && l.kind !== 'comment')
    .map((l) => plainText(l.raw))
    .filter((t) => t !== '');
  return words.length === 1 && EMPTY_MARKERS.test(words[0] ?? '');
}
