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
  const raws = numberedOutline(orgAndAsciidoc(text.replace(/\r\n/g, '\n'))).split('\n');
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
  const after = /^\s{0,8}([*_])[^*_]{1,80}\1:?[ \t]*$/.test(label.raw) ? '' : label.raw.replace(/^\s*([-*+]\s+)?(\*\*|__)(.+?)\2:?\s*|^[^:]*:\s*/, '');
  return [{ ...label, raw: after, kind: after.trim() === '' ? 'blank' : label.kind }, ...rest];
}

/** A line with its Markdown escapes read as the characters they escape ("5\\. Why …" → "5. Why …"); escaped emphasis marks stay. */
export function unescaped(raw: string): string {
  return raw.replace(/\\([-\\`{}[\]()#+.!~<>|])/g, '$1');
}

/** Markdown stripped to the words a reader sees: list markers, emphasis, links, comments. */
const HTML_TAG = /<\/?(?:p|li|ul|ol|span|div|strong|em|b|i|u|s|code|a|aside|figure|figcaption|h[1-6]|br|img|sup|sub|small|mark|del|ins|section|article|header|footer)(?:[ \t][^<>]{0,300})?\/?>/gi;

export function plainText(raw: string): string {
  // Round 10: a Markdown escape is the character it escapes ("slot\-grid", "5\. Why", "\- 11:05" from Confluence and
  // Google Docs exports); escaped emphasis marks are restored after the emphasis is taken out.
  return stripLinks(unescaped(stripComments(raw))
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?)+/, '')
    .replace(/^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, ''))
    .replace(/\\([*_])/g, (_, c: string) => (c === '*' ? '\uE000' : '\uE001'))
    .replace(/\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])/g, '')
    .replace(/\uE000/g, '*')
    .replace(/\uE001/g, '_')
    // A non-breaking space written as an entity (Confluence and Google-Docs exports put "&nbsp;" alone on a line as a spacer).
    .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
    // Round 14: a CMS export's inline HTML ("<li>Viktor, our on-call lead, …</li>", '<span class="tag">') is markup, not words.
    .replace(HTML_TAG, ' ')
    .replace(/\{\{[<%][^{}\n]{0,300}?[%>]\}\}/g, ' ') // Round 17: a static site's shortcode ('{{< alert … >}}') is markup.
    .replace(/\s+/g, ' ')
    .trim();
}

/** `<!-- … -->` comments on one line become a space (a scanner: an unclosed `<!--` costs one search, not one per opener). */
function stripComments(raw: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = raw.indexOf('<!--', from);
    if (open === -1) break;
    const close = raw.indexOf('-->', open + 4);
    if (close === -1) break;
    out += `${raw.slice(from, open)} `;
    from = close + 3;
  }
  return out + raw.slice(from);
}

/** For each position, the index of the next occurrence of `ch` at or after it (-1 when none): one pass from the right. */
function nextIndexOf(text: string, ch: string): Int32Array {
  const next = new Int32Array(text.length + 1).fill(-1);
  for (let i = text.length - 1; i >= 0; i--) next[i] = text[i] === ch ? i : next[i + 1]!;
  return next;
}

/**
 * Images `![alt](url)` become a space, links `[text](url)` and `[text][ref]` their text, in
 * one linear pass (the regexes this replaces were quadratic on runs of `[` or `[a](`).
 */
function stripLinks(text: string): string {
  if (!text.includes('[')) return text;
  const closeBracket = nextIndexOf(text, ']');
  const closeParen = nextIndexOf(text, ')');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const image = text[i] === '!' && text[i + 1] === '[';
    const open = image ? i + 1 : i;
    if (text[open] !== '[') {
      // Plain text up to the next '[' (or the '!' of an image before it) goes over as one slice: a character at a time,
      // a line of 500,000 characters with one bracket made as many strings, and the collector's time grew faster than the line.
      const bracket = text.indexOf('[', i + 1);
      const end = bracket === -1 ? text.length : text[bracket - 1] === '!' && bracket - 1 > i ? bracket - 1 : bracket;
      out += text.slice(i, end);
      i = end;
      continue;
    }
    const close = closeBracket[open + 1] ?? -1;
    const labelOk = close !== -1 && (image || close > open + 1);
    if (labelOk && text[close + 1] === '(') {
      const end = closeParen[close + 2] ?? -1;
      if (end !== -1) { out += image ? ' ' : text.slice(open + 1, close); i = end + 1; continue; }
    }
    if (labelOk && !image && text[close + 1] === '[') {
      const end = closeBracket[close + 2] ?? -1;
      if (end !== -1) { out += text.slice(open + 1, close); i = end + 1; continue; }
    }
    out += text[i];
    i++;
  }
  return out;
}

/** Cuts a quote short for a finding. */
export function cut(text: string, max = 80): string {
  // Only a bounded prefix is read: a quote is cut from every finding of a sentence, and a
  // sentence can be the whole document (no full stop), so the cost must not grow with it.
  const head = text.trimStart();
  const t = (head.length > 4 * max + 64 ? head.slice(0, 4 * max + 64) : head).replace(/\s+/g, ' ').trim();
  if (head.length > 4 * max + 64 && t.length <= max) return `${t}…`;
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** Splits prose into sentences (good enough for rules that look at one sentence at a time). */
export function sentences(text: string): string[] {
  // Whitespace collapsed first: `\s+X\s+` alternatives rescan every run of spaces from each of its positions.
  return text.replace(/\s+/g, ' ').split(/(?<=[.!?;]) (?=["“(@A-Z0-9])| \| | [—–] /).filter((s) => s.trim() !== '');
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

/**
 * Where a phrase (taken from the plain text of a line) sits in the raw Markdown line:
 * 1-based `column` and exclusive `endColumn`. Markdown inside the phrase (emphasis, links)
 * can hide it; then its first words are looked for, and at worst the whole line is given.
 */
export function locate(raw: string, phrase: string): { column: number; endColumn: number } {
  return locator(raw)(phrase);
}

/**
 * `locate` for many phrases of one line, in the order they occur: the line is lowercased
 * once, and each phrase is looked for after the previous one found (so the second "ignored
 * the alert" of a line points at the second, and a line of n hits costs O(n), not O(n²)).
 */
export function locator(raw: string): (phrase: string) => { column: number; endColumn: number } {
  const lower = raw.toLowerCase();
  let from = 0;
  // A long phrase is looked for by its first 200 characters: searching for a long, repetitive
  // needle (a run of one character) can take time proportional to both lengths on some engines.
  const find = (needle: string): number => {
    const probe = needle.length > 200 ? needle.slice(0, 200) : needle;
    const at = lower.indexOf(probe, from);
    return at === -1 && from > 0 ? lower.indexOf(probe) : at;
  };
  return (phrase) => {
    const p = phrase.trim();
    let at = p === '' ? -1 : find(p.toLowerCase());
    let len = p.length;
    if (at === -1 && p !== '') {
      const words = p.split(' ');
      for (let n = Math.min(words.length - 1, 6); n >= 1 && at === -1; n--) {
        const head = words.slice(0, n).join(' ');
        if (head.length < 3) continue;
        at = find(head.toLowerCase());
        if (at !== -1) {
          const tail = words[words.length - 1]!.toLowerCase();
          const endAt = lower.indexOf(tail, at + head.length);
          len = endAt !== -1 && endAt - at <= p.length * 2 + 20 ? endAt + tail.length - at : head.length;
        }
      }
    }
    if (at === -1) {
      const start = raw.length - raw.trimStart().length;
      return { column: start + 1, endColumn: Math.max(start, raw.trimEnd().length) + 1 };
    }
    from = at + 1;
    return { column: at + 1, endColumn: at + len + 1 };
  };
}
