import { withoutHtmlComments } from '../text.ts';

/** Markdown read as the words a reader sees: escapes, emphasis, links, comments and inline HTML taken off; quotes cut; prose split into sentences. */

/** A line with its Markdown escapes read as the characters they escape ("5\\. Why …" → "5. Why …"); escaped emphasis marks stay. */
export function unescaped(raw: string): string {
  return raw.replace(/\\([-\\`{}[\]()#+.!~<>|])/g, '$1');
}

/** Markdown stripped to the words a reader sees: list markers, emphasis, links, comments. */
const HTML_TAG = /<\/?(?:p|li|ul|ol|span|div|strong|em|b|i|u|s|code|a|aside|figure|figcaption|h[1-6]|br|img|sup|sub|small|mark|del|ins|section|article|header|footer)(?:[ \t][^<>]{0,300})?\/?>/gi;

export function plainText(raw: string): string {
  // Round 10: a Markdown escape is the character it escapes ("slot\-grid", "5\. Why", "\- 11:05" from Confluence and
  // Google Docs exports); escaped emphasis marks are restored after the emphasis is taken out.
  return stripLinks(unescaped(withoutHtmlComments(raw))
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
