import { answerIsPerson } from './blame.patterns.ts';
import { foreignAnswerIsPerson } from './five-whys.foreign.ts';
import type { LintContext } from './lint.context.ts';
import type { RawFinding } from './quality.types.ts';
import { cut, plainText, spansOf, unescaped, type SectionSpan, type SourceLine } from './source-text.ts';

/** "Why 1:", "**Why 2**", "### Why 3", or a numbered item that starts with "Why" (seed 003). */
// Round 27: or the why of another language the linter knows ("Warum …?", "¿Por qué …?", "Por que …?", "Perché …?",
// "Pourquoi …?", "Waarom …?", "Dlaczego …?", "Varför …?").
const WHY_WORD = String.raw`(?:why|warum|wieso|weshalb|¿?[ \t]?por ?qu[eéê]s?|porqu[eéê]s?|perch[eé]|pourquoi|waarom|dlaczego|varf[öo]r)(?![\p{L}])`;
const WHY_LINE = new RegExp(String.raw`^\s*(?:>\s*)?(?:#{1,6}\s+)?(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?${WHY_WORD}(?:\s*(?:#\s*)?(\d+)\b)?`, 'iu');
const STOP = /^\s*(?:#{1,6}\s|(?:\*\*|__)?(?:root cause|problem|action)\b)/i;

/** The shortest chain the template asks for ("5 Whys" in its prompt), else the configured minimum. */
function minimumWhys(ctx: LintContext): number {
  const section = ctx.template?.sections.find((s) => s.key === 'fiveWhys');
  const stated = /\b(\d+)\s*whys\b/i.exec(`${section?.heading ?? ''} ${section?.prompt ?? ''}`);
  const n = stated?.[1] === undefined ? NaN : Number(stated[1]);
  return Number.isInteger(n) && n > 0 && n <= 10 ? n : ctx.config.fiveWhysMinimum;
}

const isWhy = (l: SourceLine): boolean => (l.kind === 'prose' || l.kind === 'heading' || l.kind === 'quote') && WHY_LINE.test(unescaped(l.raw));

/**
 * The section that holds the chain: the 5 Whys section, else a root-cause section written as a
 * chain (two or more lines that open with "Why": "## Root cause analysis (5 Whys)" as a list).
 */
function chainSpan(ctx: LintContext): SectionSpan | undefined {
  const { src } = ctx;
  return spansOf(src, 'fiveWhys')[0] ?? spansOf(src, 'rootCause').find((s) => src.lines.slice(s.start, s.end).filter(asksWhy).length >= 2);
}

/**
 * Round 15: in a root-cause section, a step of a chain asks ("Why did the feed go stale?") or is numbered ("Why 2:"); a
 * bold label that states its topic ("**Why detection took 8 minutes.** The probe runs …") heads a paragraph of analysis.
 */
const asksWhy = (l: SourceLine): boolean => isWhy(l) && (plainText(l.raw).includes('?') || NUMBERED_WHY.test(unescaped(l.raw)) || WHY_LINE.exec(unescaped(l.raw))?.[1] !== undefined);

/** Round 10: a why whose answer is still the template's ("3. Why? TBD", "Why? ??", "Why? [answer]") is no step of the chain. */
const UNANSWERED = /\?\s{0,4}(?:[-–—:]\s{0,4})?(?:TBD|TBC|TODO|\?{1,3}|\[[^\]\n]{0,60}\]|N\/A)\s{0,4}\.?\s{0,4}$/i;

/** A why numbered as a step of the chain ("3. Why …", "Why 3:", "**Why #3**"). */
const NUMBERED_WHY = new RegExp(String.raw`^\s*(?:>\s*)?(?:#{1,6}\s+)?(?:\d+[.)]\s+(?:\*\*|__)?${WHY_WORD}|(?:\*\*|__)?${WHY_WORD}\s*(?:#\s*)?\d)`, 'iu');

function whyLines(ctx: LintContext): SourceLine[] {
  const all = allWhyLines(ctx).filter((l) => !UNANSWERED.test(plainText(l.raw)));
  // Round 11: under a numbered chain, a why question of its own ("Why did nobody check the queue?") is a remark, not a step.
  const numbered = all.filter((l) => NUMBERED_WHY.test(unescaped(l.raw)));
  return numbered.length >= 2 ? numbered : all;
}

function allWhyLines(ctx: LintContext): SourceLine[] {
  const { src } = ctx;
  const span = chainSpan(ctx);
  const inSection = span === undefined ? [] : src.lines.slice(span.start, span.end);
  const candidates = inSection.length > 0 ? inSection : src.lines;
  return candidates.filter((l) => {
    if (l.kind !== 'prose' && l.kind !== 'heading' && l.kind !== 'quote') return false;
    const m = WHY_LINE.exec(unescaped(l.raw));
    // Outside a 5 Whys section only numbered whys ("Why 1") count: "Why it happened" is a heading, not a chain.
    return m !== null && (inSection.length > 0 || m[1] !== undefined);
  });
}

/** A chain step read from a layout: its line and, where the layout gives one, its answer. */
type Step = { line: SourceLine; answer: string | null };

const TABLE_CELLS = (raw: string): string[] => raw.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => plainText(c.trim()));
const HTML_ROW = /^\s{0,12}(?:<tr\b[^<>]{0,200}>\s{0,4})?<td\b/i;
const TOP_ITEM = /^ {0,3}(?:\d+[.)]|[-*+])\s+\S/;

/**
 * The steps of a 5 Whys section in the layouts people use besides "Why 1:" lines: the rows of
 * a table (the answer in the last cell), or the top-level items of a list ("1. The API
 * returned 500s — why? The pool was full."; the answer after the question mark).
 */
function layoutSteps(body: readonly SourceLine[]): Step[] {
  const table = body.filter((l, i) => l.kind === 'table' && body[i + 1]?.kind !== 'tableRule');
  // Round 21: an HTML table's rows ("<tr><td>Why …?</td><td>Because …</td></tr>"), its header of <th> cells left out.
  const html = table.length > 0 ? [] : body.filter((l) => HTML_ROW.test(l.raw));
  if (html.length > 0) {
    return html.map((line) => {
      const cells = line.raw.split(/<td\b[^<>]{0,200}>/i).slice(1).map((c) => plainText(c.replace(/<[^<>]{0,200}>/g, ' ')).trim()).filter((c) => c !== '');
      return { line, answer: cells.length > 1 ? cells[cells.length - 1]! : null };
    });
  }
  if (table.length > 0) {
    return table.map((line) => {
      const cells = TABLE_CELLS(line.raw).filter((c) => c !== '');
      return { line, answer: cells.length > 1 ? cells[cells.length - 1]! : null };
    });
  }
  return body
    .filter((l) => (l.kind === 'prose' || l.kind === 'quote') && TOP_ITEM.test(unescaped(l.raw).replace(/^\s*>\s?/, '')))
    .map((line) => {
      const t = plainText(line.raw);
      const q = t.lastIndexOf('?');
      return { line, answer: q >= 0 && q < t.length - 3 ? t.slice(q + 1).trim() : /^why\b/i.test(t) ? null : t };
    });
}

/** The 5 Whys part of `surface-cause`: a chain shorter than asked, or one that ends on a person. */
export function fiveWhysFindings(ctx: LintContext): RawFinding[] {
  const whys = whyLines(ctx);
  const span = chainSpan(ctx);
  const body = span === undefined ? [] : ctx.src.lines.slice(span.start, span.end);
  const steps = layoutSteps(body).filter((st) => !UNANSWERED.test(plainText(st.line.raw)));
  const byLayout = steps.length > whys.length;
  const count = byLayout ? steps.length : whys.length;
  const first = whys[0];
  const last = whys[whys.length - 1];
  if (count === 0 || (!byLayout && (first === undefined || last === undefined))) return [];
  const findings: RawFinding[] = [];
  const min = minimumWhys(ctx);
  if (count < min) {
    // About the whole chain: reported at the section's heading, where a reviewer points, when there is one.
    const head = span === undefined ? undefined : ctx.src.lines[span.start - 1];
    const at = head ?? first ?? steps[0]!.line;
    findings.push({
      rule: 'surface-cause',
      message: `The 5 Whys chain has ${count} why${count === 1 ? '' : 's'}; at least ${min} are expected. Keep asking why until you reach a process or design cause.`,
      line: at.n,
      quote: cut(plainText(at.raw) || (span?.section.heading ?? '')),
      section: span?.section.key === 'rootCause' ? 'rootCause' : 'fiveWhys',
    });
  }
  const end = steps[steps.length - 1];
  const answer = byLayout
    ? end?.answer === null || end === undefined ? null : { line: end.line.n, text: end.answer }
    : answerAfter(ctx, last!);
  if (answer !== null && (answerIsPerson(answer.text) || foreignAnswerIsPerson(ctx, answer.text))) {
    findings.push({
      rule: 'surface-cause',
      message: 'The 5 Whys chain ends on a person. Ask one more why: what in the process, tooling or design made that action possible or likely?',
      line: answer.line,
      quote: cut(answer.text),
      section: 'fiveWhys',
    });
  }
  return findings;
}

/** The answer to the last why: on its own line after an arrow, or on the next lines. */
function answerAfter(ctx: LintContext, why: SourceLine): { line: number; text: string } | null {
  // "Why? <the question restated>" / "Because <the answer>": the answer is the line that says "because".
  for (let n = why.n + 1; n <= Math.min(why.n + 3, ctx.src.lines.length); n++) {
    const l = ctx.src.lines[n - 1];
    if (l === undefined || l.kind === 'blank') continue;
    // Round 27: "A" as a word, not a heading's first letter ("## Ações").
    if (l.kind !== 'heading' && /^(?:because|answer|a)(?![\p{L}\p{N}])\s*[:,]?/iu.test(plainText(l.raw)) && !WHY_LINE.test(unescaped(l.raw))) return { line: n, text: plainText(l.raw) };
    break;
  }
  // Round 10: the answer after the question mark may open with a dash ("Why? – Because …").
  const inline = /(?:→|->|\?)\s*(?:[-–—:]\s*)?(.+)$/.exec(plainText(why.raw));
  if (inline?.[1] !== undefined && /\w{3,}/.test(inline[1])) return { line: why.n, text: inline[1] };
  for (let n = why.n + 1; n <= Math.min(why.n + 4, ctx.src.lines.length); n++) {
    const l = ctx.src.lines[n - 1];
    if (l === undefined || l.kind === 'blank' || l.kind === 'code' || l.kind === 'comment') continue;
    if (STOP.test(l.raw) || WHY_LINE.test(unescaped(l.raw))) return null;
    return { line: n, text: plainText(l.raw) };
  }
  return null;
}

