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
 * Round 15: the same among other fields on one line, as an issue tracker or a canvas heads a page ("`sev-2` · opened by
 * @lm on 2025-02-11 · 4 comments", "Canvas in #pod-ops · last edited by @Chloe"), and a field that lists the people
 * involved with their roles ("**People involved:** @Ruth (incident lead), @Dmitri (OT engineer on call)"), or who wrote
 * the page ("Prepared by: …", "Author: …"): who took part, not what anyone did.
 */
const BYLINE = /^(?:opened|created|last (?:modified|updated|edited)|modified|updated|edited|published|posted|written|prepared|authored|compiled|reviewed|approved)\s{1,4}(?:by|on)\b/i;
const PEOPLE_FIELD = /^(?:people involved|people|participants|attendees|present|responders|involved|authors?|prepared by|written by|reviewers?|reviewed by|approvers?|approved by|contributors|stakeholders|incident (?:commander|lead|owner)|owner|on[- ]call)\s{0,4}:[^.!?]{0,400}$/i;
const POST_DATE = /^(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,9}\.? \d{4}|\d{4}-\d{2}-\d{2})$/u;
function metadataLine(text: string): boolean {
  if (PEOPLE_FIELD.test(text)) return true;
  const fields = text.split(/\s[·•]\s/);
  // Every field short and no sentence: "· Tom ignored the page for an hour." after a byline is read.
  const short = (f: string): boolean => f.trim().split(/\s+/).length <= 8 && !/[!?]|\.(?:\s|$)/.test(f.trim());
  // Round 17: or a post's byline closed by its date ("@rmenon started this conversation in Incident reviews · Feb 9, 2026").
  const dated = POST_DATE.test(fields[fields.length - 1]!.trim()) && /^@[\w.-]/.test(fields[0]!.trim());
  return fields.length >= 2 && fields.length <= 8 && fields.every(short) && (dated || fields.some((f) => BYLINE.test(f.trim())));
}
/**
 * Round 15: a box's markup of its own line (MkDocs and Backstage '!!! warning "Near miss"', a pandoc or Docusaurus
 * fenced div ':::info', '::: {#preamble}', ':::'): no words of the author's, and never the start or end of a sentence.
 */
const BOX_MARK = /^\s{0,3}(?:(?:!!!|\?\?\?\+?)[ \t]{1,4}[a-z][\w-]{0,30}(?:[ \t]{1,4}"[^"\n]{0,120}")?|:{3,}[ \t]{0,4}(?:\{[^{}\n]{0,200}\}|[a-z][\w-]{0,30}(?:[ \t]{0,4}\[[^\]\n]{0,120}\]|[ \t]{1,4}[^\s:][^\n]{0,120})?)?)[ \t]{0,4}$/i;
/** A box that only tells about the page ("info", "note", "abstract", a pandoc preamble or admonition block): its kind. */
const PAGE_BOX = /^\s{0,3}(?:(?:!!!|\?\?\?\+?)[ \t]+(?:info|note|abstract|summary|tip)\b|:{3,}[ \t]*(?:\{#preamble\}|info\b|note\b|tip\b|admonitionblock\b))/i;

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

/**
 * The lines inside a page box ('!!! info "About this page"' and its indented lines; ':::info' … ':::') that stands before
 * the first section with a known name: what the page is and where it lives, not the incident.
 */
function pageBoxLines(src: SourceText): Set<number> {
  const out = new Set<number>();
  const first = src.spans.find((s) => s.section.key !== null && s.section.level > 0)?.start ?? src.lines.length + 1;
  for (let i = 0; i < src.lines.length && i + 1 < first; i++) {
    const open = src.lines[i]!.raw;
    if (!PAGE_BOX.test(open)) continue;
    const fenced = /^\s{0,3}:{3}/.test(open);
    let depth = 1;
    for (let k = i + 1; k < src.lines.length && k + 1 < first; k++) {
      const raw = src.lines[k]!.raw;
      if (fenced) {
        if (/^\s{0,3}:{3,}[ \t]*$/.test(raw)) { if (--depth === 0) { i = k; break; } continue; }
        if (/^\s{0,3}:{3,}\S?/.test(raw)) depth++;
      } else if (raw.trim() !== '' && !/^(?: {4}|\t)/.test(raw)) { i = k - 1; break; }
      out.add(k + 1);
    }
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
  // Round 15: the lines of a box that only tells about the page, before the document's first section.
  const pageBox = pageBoxLines(src);
  for (const line of src.lines) {
    if (BOX_MARK.test(line.raw) || pageBox.has(line.n)) continue;
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
      // Round 18: Jira's monospace ("Query: {{SELECT …}}") is code too.
      .replace(/\{\{[^{}\n]{1,400}\}\}/g, 'CODE')
      .replace(/^\|\s*|\s*\|$/g, '')
      .replace(DEFINITION, '')
      .replace(CHAT_SENDER, '$1');
    if (text === '' || ADVICE_MARK.test(text) || FIELDS_ONLY.test(text) || PAGE_META.test(text) || metadataLine(text)) continue;
    out.push({ line, text, sentences: sentences(text) });
  }
  PROSE.set(src, out);
  return out;
}
