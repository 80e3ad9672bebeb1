import type { PostmortemDoc } from '../postmortem/document.types.ts';
import type { QualityConfig } from './quality.config.ts';
import type { RawFinding, TemplateLike } from './quality.types.ts';
import { plainText, sectionKeyAt, sentences, type SourceLine, type SourceText } from './source-text.ts';

/** Everything a rule may look at. */
export type LintContext = {
  doc: PostmortemDoc;
  src: SourceText;
  config: QualityConfig;
  template?: TemplateLike;
};

/** A rule: a pure function from the document to findings (severity applied later). */
export type Rule = (ctx: LintContext) => RawFinding[];

/** Advice markers from the seeds' own examples (✅ good / ❌ bad): never linted as the author's words. */
const ADVICE_MARK = /^(?:✅|❌|⚠️|\*\*(?:bad|good|don't|do|avoid)\b|(?:bad|good):)/i;

export type ProseLine = { line: SourceLine; text: string; sentences: string[] };

/**
 * Round 10: what a line records rather than says. A pasted chat message's sender ("[08:50] @jana.k: positions are back")
 * is who wrote it, not whom it is about: the message is read without the sender. A definition list's description marker
 * (": Owner: …") is no word. A line of an action item's fields only ("Owner: Ana Lima · Due: 2026-04-15 · Ticket PAY-12")
 * names people as owners, which judges nobody: it is not prose.
 */
const CHAT_SENDER = /^(\[~?\d{1,2}:\d{2}(?::\d{2})?\]\s{0,4})@?[\p{L}\p{N}._-]{1,40}(?: [\p{L}\p{N}._-]{1,40})?:\s/u;
const DEFINITION = /^:\s{1,4}/;
/** A pasted chat line's sender and time: "[09:16] chiara.l: ", "lena.vogt 23:55: ", "M. Hart, 09/11 10:02: ". */
const CHAT_PASTE =
  /^(?:\[~?\d{1,2}:\d{2}(?::\d{2})?\]\s{0,4}@?[\p{L}\p{N}._-]{1,40}(?: [\p{L}\p{N}._-]{1,40})?|@?[\p{L}\p{N}._-]{1,40}(?: [\p{L}\p{N}._-]{1,40})?,?\s{1,4}(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s{1,4})?\[?\d{1,2}:\d{2}(?::\d{2})?\]?(?:\s?[ap]\.?m\.?)?)\s{0,2}:\s/u;
const FIELDS_ONLY = /^(?:owner|owners|assignee|dri|due|due date|deadline|eta|status|priority|ticket)\s{0,4}:[^.!?]{0,200}$/i;
/**
 * Round 12: a wiki page's own metadata line ("Created by Jon Halvorsen, last modified on Nov 12, 2026", "Last updated by
 * Dana Weiss on Oct 02") says who keeps the page, not what anyone did in the incident: it is not the author's prose.
 */
const PAGE_META = /^(?:created|last (?:modified|updated|edited)|modified|updated|edited)\s{1,4}(?:by|on)\s{0,4}:?\s[^.!?]{1,200}\.?$/i;

/**
 * Round 11: the lines of a blockquote that holds the post-mortem itself (a chat post pinned as a quote, with "**root
 * cause:** …" and "**action items:**" inside it): the quote lines of a known section whose label is in the quote.
 */
function ownQuotes(src: SourceText): Set<number> {
  const out = new Set<number>();
  for (const span of src.spans) {
    if (span.section.key === null || src.lines[span.start - 1]?.kind !== 'quote') continue;
    for (let n = span.start; n <= span.end && src.lines[n - 1]?.kind === 'quote'; n++) out.add(n);
  }
  return out;
}

/** Prose is read by several rules: computed once per source text. */
const PROSE = new WeakMap<SourceText, ProseLine[]>();

/** Lines of prose a reader wrote (paragraphs, list items, headings, table rows), with their plain text. */
export function proseLines(src: SourceText): readonly ProseLine[] {
  const cached = PROSE.get(src);
  if (cached !== undefined) return cached;
  const out: ProseLine[] = [];
  const quoted = ownQuotes(src);
  for (const line of src.lines) {
    // A blockquote is a quoted example, except a step of the author's own why chain ("> **Why …?** → …", round 7), or
    // the post-mortem itself written in a quote (round 11).
    const ownChain = line.kind === 'quote' && (quoted.has(line.n) || sectionKeyAt(src, line.n) === 'fiveWhys' || /^\s*>\s*(?:\*\*|__)?why\b[^?]{0,300}\?/i.test(line.raw));
    // Round 11: a chat message pasted as a quote or a code block ("> **sam.obi** 00:01: if ops had …", "    [09:16]
    // chiara.l: typical, …") is what a person wrote during the incident: its message is read, without the sender.
    if ((line.kind === 'quote' || line.kind === 'code') && !ownChain) {
      const chat = CHAT_PASTE.exec(plainText(line.raw));
      const message = chat === null ? '' : plainText(line.raw).slice(chat[0].length).replace(/`[^`]*`/g, 'CODE').trim();
      if (message !== '' && !ADVICE_MARK.test(message)) out.push({ line, text: message, sentences: sentences(message) });
      continue;
    }
    if (line.kind !== 'prose' && line.kind !== 'heading' && line.kind !== 'table' && !ownChain) continue;
    const text = plainText(line.kind === 'table' ? line.raw.replace(/\|/g, ' | ') : line.raw)
      .replace(/`[^`]*`/g, 'CODE')
      .replace(/^\|\s*|\s*\|$/g, '')
      .replace(DEFINITION, '')
      .replace(CHAT_SENDER, '$1');
    if (text === '' || ADVICE_MARK.test(text) || FIELDS_ONLY.test(text) || PAGE_META.test(text)) continue;
    out.push({ line, text, sentences: sentences(text) });
  }
  PROSE.set(src, out);
  return out;
}
