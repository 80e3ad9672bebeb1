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

/** Prose is read by several rules: computed once per source text. */
const PROSE = new WeakMap<SourceText, ProseLine[]>();

/** Lines of prose a reader wrote (paragraphs, list items, headings, table rows), with their plain text. */
export function proseLines(src: SourceText): readonly ProseLine[] {
  const cached = PROSE.get(src);
  if (cached !== undefined) return cached;
  const out: ProseLine[] = [];
  for (const line of src.lines) {
    // A blockquote is a quoted example, except a step of the author's own why chain ("> **Why …?** → …", round 7).
    const ownChain = line.kind === 'quote' && (sectionKeyAt(src, line.n) === 'fiveWhys' || /^\s*>\s*(?:\*\*|__)?why\b[^?]{0,300}\?/i.test(line.raw));
    if (line.kind !== 'prose' && line.kind !== 'heading' && line.kind !== 'table' && !ownChain) continue;
    const text = plainText(line.kind === 'table' ? line.raw.replace(/\|/g, ' | ') : line.raw)
      .replace(/`[^`]*`/g, 'CODE')
      .replace(/^\|\s*|\s*\|$/g, '');
    if (text === '' || ADVICE_MARK.test(text)) continue;
    out.push({ line, text, sentences: sentences(text) });
  }
  PROSE.set(src, out);
  return out;
}
