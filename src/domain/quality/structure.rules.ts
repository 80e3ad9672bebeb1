import { embeddedComments, instructionComment } from './placeholder.comments.round39.ts';
import { SECTION_KEYS, type SectionKey } from '../postmortem/document.types.ts';
import type { LintContext, Rule } from './lint.context.ts';
import { OUTLINER_TASK, placeholdersIn, xCellsAreCodes } from './placeholder.patterns.ts';
import type { RawFinding } from './quality.types.ts';
import { headedInUnknownWords, unnamedSpans } from './unnamed-sections.ts';
import { questionComment } from './placeholder.shapes.ts';
import { cut, isBlankBody, plainText, saysNotApplicable, sectionKeyAt, spanBody, spansOf, type SourceLine } from './source-text.ts';

const HEADINGS: Partial<Record<SectionKey, string>> = {
  summary: 'Summary',
  impact: 'Impact',
  timeline: 'Timeline',
  rootCause: 'Root Cause',
  contributingFactors: 'Contributing Factors',
  fiveWhys: '5 Whys',
  detection: 'Detection',
  whatWentWell: 'What Went Well',
  whatWentWrong: 'What Went Wrong',
  lessons: 'Lessons Learned',
  actionItems: 'Action Items',
};

const normalise = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
// Round 10: a note to self left in a comment ("<!-- TODO: link this post-mortem from the ticket -->") is a placeholder too.
// Round 11: an instruction block ("<!-- Instructions: fill in every section …", "<!-- Template v3 … Fill every section"),
// and the length a section asks for ("<!-- Two or three sentences: what broke …"). Round 14: "<!-- Answer here: what worked? …".
const PROMPT_COMMENT = /^<!--\s*(?:instructions?\b|answer (?:here|below)\b|template\b[^>]{0,80}\bfill\b|(?:one|two|three|four|five|\d{1,2})(?:\s{0,2}(?:or|to|-|–|--)\s{0,2}(?:two|three|four|five|six|\d{1,2}))? (?:short )?(?:sentences?|lines?|paragraphs?|bullets?|bullet points?|words)\b|prompt\b|(?:describe|list|explain|summari[sz]e|include|add|fill in|replace|write|what|how|why|who|when|e\.g\.|todo|tbd|tbc|fixme|use the|keep asking|remember)\b)/i;
/**
 * Round 14: the template's own note left in the text ("💡 Notion template: fill in every section before the review",
 * "> _Instructions: fill in every section …_"): an instruction to the writer, not the writer's words.
 */
const INSTRUCTION_NOTE = /^[^\p{L}\p{N}]{0,6}(?:[\p{L}]{1,20} )?(?:template|instructions?)\s{0,2}:\s{0,2}(?:please )?(?:fill in|fill out|complete|replace|delete)\b/iu;
/** Round 14: a list item that is only a comment ("- <!-- Add: other matters affected? -->"). */
const ITEM_COMMENT = /^\s{0,8}(?:[-*+]|\d{1,3}[.)])\s{1,4}(?=<!--)/;
/** Round 10: a line that is only an italic prompt of the template ("_Add financial impact (PPA penalty?)_", "*Describe the trigger.*"). */
const ITALIC_PROMPT = /^\s{0,8}(?:[-*+]\s{1,4})?([_*])(?:add|describe|list|explain|insert|fill in|summari[sz]e|include|write|replace|enter|provide|state|give|link|attach|paste) [^_*\n]{0,300}\1\s*$/i;

/** `placeholder`: template placeholders and prompts left in the text. */
export const placeholderRule: Rule = ({ src, template }) => {
  const prompts = (template?.sections ?? [])
    .map((s) => normalise(s.prompt ?? '').slice(0, 40))
    .filter((p) => p.length >= 12);
  const findings: RawFinding[] = [];
  const rawLines = src.lines.map((l) => l.raw);
  for (const line of src.lines) {
    // Round 10: front matter is read too ("date: YYYY-MM-DD", "authors: [Name]"), not its fences.
    if (line.kind === 'code' || line.kind === 'blank' || line.kind === 'tableRule' || (line.kind === 'frontMatter' && /^\s*(?:---|\+\+\+)\s*$/.test(line.raw))) continue;
    let what: string | undefined;
    if (line.kind === 'comment') {
      if (/debrief-disable/.test(line.raw)) continue;
      // Round 13: a Confluence note macro holding the template's instruction ("<ac:structured-macro …><p>Instruction: …").
      const macro = /^\s*<\/?ac:/.test(line.raw) ? `<!-- ${line.raw.replace(/<[^<>]{0,300}>/g, ' ').trim()}` : line.raw.trim();
      // Round 19: a bilingual prompt, the English after a slash ("<!-- 良かった点を書く / write what went well -->").
      // Round 36: or a comment of questions in any language ("<!-- Ce am aflat despre sistem? -->").
      // Round 39: or a writing verb in another language, a note to self, a comment naming itself a template, also inside
      // a line of markup only ("<p><!-- add the graph here --></p>").
      const inMarkup = (): boolean => embeddedComments(line.raw).some((c) => PROMPT_COMMENT.test(c) || instructionComment(c));
      const isPrompt = PROMPT_COMMENT.test(macro) || instructionComment(macro) || inMarkup() || questionComment(line.raw) || PROMPT_COMMENT.test(macro.replace(/^<!--[^/>]{1,80}\/\s*/, '<!-- ')) || prompts.some((p) => normalise(line.raw).includes(p));
      if (isPrompt) what = 'template prompt in a comment';
    } else {
      const raw = OUTLINER_TASK.test(line.raw) && sectionKeyAt(src, line.n) === 'actionItems' ? line.raw.replace(OUTLINER_TASK, '$1') : line.raw;
      const read = placeholdersIn(raw, src.refLabels, line.kind === 'frontMatter');
      // Round 35: a table's "X" among other letter codes in its column ("S", "X" bands) is a value.
      const found = read.length === 1 && read[0] === 'X' && xCellsAreCodes(rawLines, line.n - 1) ? [] : read;
      if (found.length > 0) what = found.slice(0, 3).join(', ');
      else if (ITEM_COMMENT.test(line.raw) && PROMPT_COMMENT.test(line.raw.replace(ITEM_COMMENT, ''))) what = 'template prompt in a comment';
      // Round 39: a prompt comment inside a line of text or a table cell ("<p><!-- add the graph here --></p>").
      else if (embeddedComments(line.raw).some((c) => PROMPT_COMMENT.test(c) || instructionComment(c))) what = 'template prompt in a comment';
      else if (ITALIC_PROMPT.test(line.raw) || INSTRUCTION_NOTE.test(plainText(line.raw)) || prompts.some((p) => normalise(line.raw).includes(p))) what = 'template prompt';
    }
    if (what === undefined) continue;
    const section = sectionKeyAt(src, line.n);
    findings.push({
      rule: 'placeholder',
      message: `Placeholder left in (${cut(what, 60)}). Replace it with the real value, or write "N/A" where it does not apply.`,
      line: line.n,
      quote: cut(plainText(line.raw) || line.raw.trim()),
      ...(section === undefined ? {} : { section }),
    });
  }
  return findings;
};

/** The sections this post-mortem must have: the template's required ones, else the configured set. */
export function requiredSections(ctx: LintContext): { key: SectionKey; heading: string }[] {
  if (ctx.template !== undefined) {
    return ctx.template.sections
      .filter((s) => s.required === true)
      .flatMap((s) => (isSectionKey(s.key) ? [{ key: s.key, heading: s.heading }] : []));
  }
  return ctx.config.requiredSections.map((key) => ({ key, heading: HEADINGS[key] ?? key }));
}

function isSectionKey(key: string): key is SectionKey {
  return (SECTION_KEYS as readonly string[]).includes(key);
}

/** A section body that is one stand-in word: "TBD", "-", "?", "…" (never an answer), or "N/A" / "None" (an answer only with a reason, where allowed). */
// Round 34: a stand-in with a short note of when it will be written ("TODO – uzupełnić po rozmowie z dostawcą", "To be
// completed after the review meeting", "TBD: waiting on the vendor"; six words at most: a longer one is the section's text),
// and an issue form's empty field ("_No response_").
const NOT_YET = /^(?:(?:tbd|tbc|todo|to do|to be (?:determined|confirmed|done|written|added|completed|filled in|decided|agreed|updated))(?:[ \t]{0,2}[-–—:][ \t]{0,2}\S{1,30}(?:[ \t]{1,3}\S{1,30}){0,5}|[ \t](?:after|once|when|by|at|in)\b[^\n]{1,80})?|wip|-+|—|–|\?+|\.{3}|…|pending|coming soon|later|no response)\.?$/i;
const BARE_NA = /^(?:n\/?a|none|nothing|not applicable|no)\.?$/i;
/** Round 24: a stand-in in another language glossed in English in brackets ("Pendiente (TBD)", "À compléter (TODO)"). */
const GLOSSED = /^[^()\n]{1,40}\(([^()\n]{1,40})\)\.?$/;
/**
 * Round 28: the same stand-ins in the other languages the linter reads (accents taken off first): Spanish, Portuguese,
 * French, Italian, German, Dutch, Polish, Swedish, Turkish ("Por definir", "À déterminer", "Do ustalenia", "Att fylla i").
 */
const FOREIGN_NOT_YET = /^(?:por (?:definir|completar|determinar|confirmar)|pendiente|a (?:definir|preencher|completar|confirmar)|por preencher|pendente|a (?:determiner|definir|completer|venir|confirmer)|en cours|da (?:definire|completare|compilare|confermare)|in sospeso|(?:noch )?offen|folgt|ausstehend|wird nachgereicht|nog (?:te bepalen|in te vullen|aan te vullen)|n\.?n\.?b\.?|volgt|do (?:ustalenia|uzupelnienia|uzupełnienia|potwierdzenia)|att (?:fylla i|bestamma|komplettera)|kommer senare|belirlenecek|eklenecek|doldurulacak)\.?$/i;
const stripMarks = (t: string): string => t.normalize('NFD').replace(/\p{M}/gu, '');
const standIn = (t: string): boolean => NOT_YET.test(t) || FOREIGN_NOT_YET.test(stripMarks(t));
const notYet = (text: string): boolean => standIn(text) || standIn(GLOSSED.exec(text)?.[1]?.trim() ?? '');
/** Sections every incident has: "N/A" there needs a reason ("N/A — …"). */
const NA_NEEDS_REASON = new Set<SectionKey>(['summary', 'timeline', 'rootCause']);

function loneWord(body: readonly SourceLine[]): { line: SourceLine; text: string } | null {
  const lines = body.filter((l) => l.kind !== 'heading' && l.kind !== 'comment' && l.kind !== 'blank' && plainText(l.raw) !== '');
  if (lines.length !== 1) return null;
  const line = lines[0]!;
  // Round 26: or an outline's lettered or numbered point ("   A. TBD", "1) N/A").
  // Round 28: or in emphasis with underscores ("_TBD_", "_Por definir_"), which the plain text keeps.
  return { line, text: plainText(line.raw).replace(/^(?:[-*+•]|[A-Za-z][.)]|\d{1,2}[.)])[ \t]+/, '').trim().replace(/^(_{1,2})([^_\n]{1,60})\1$/, '$2') };
}

/** `empty-section`: a required section left empty, or holding only "TBD" / "-" (or a bare "N/A" where every incident has something to say). */
export const emptySectionRule: Rule = (ctx) => {
  const { src } = ctx;
  const findings: RawFinding[] = [];
  for (const { key, heading } of requiredSections(ctx)) {
    const spans = spansOf(src, key);
    // Round 34: "What went well" has its own rule when it is missing; a heading of it left empty is an empty section too.
    if (key === 'whatWentWell' && spans.length === 0) continue;
    for (const span of spans) {
      const body = spanBody(src, span);
      const lone = loneWord(body);
      if (lone !== null && (notYet(lone.text) || (BARE_NA.test(lone.text) && NA_NEEDS_REASON.has(key)))) {
        const name = cut(span.section.heading || heading, 40);
        findings.push({
          rule: 'empty-section',
          message: notYet(lone.text)
            ? `"${name}" says only "${cut(lone.text, 20)}". Write the section, or "N/A" with the reason it does not apply.`
            : `"${name}" says only "${cut(lone.text, 20)}", but every incident has one. Write it, or give the reason after "N/A" (e.g. "N/A — detected and fixed before any customer request failed").`,
          // Reported where a reviewer points: at the section's heading (the stand-in word is in the message).
          line: span.start,
          quote: cut(plainText(src.lines[span.start - 1]?.raw ?? '') || span.section.heading),
          section: key,
        });
        continue;
      }
      if (!isBlankBody(body) || saysNotApplicable(body)) continue;
      // Round 25: a label heading whose text opens with the same label ("**Root cause**" / "Root cause: the migration …"):
      // the label below is its first line, not a section of its own that leaves the heading empty.
      if (spans.some((o) => o.start > span.start && o.start <= span.end + 1)) continue;
      findings.push({
        rule: 'empty-section',
        message: `"${cut(span.section.heading || heading, 40)}" is empty. Fill it in, or write "N/A" or "None" with a short reason if it does not apply.`,
        line: span.start,
        quote: cut(src.lines[span.start - 1]?.raw ?? span.section.heading),
        section: key,
      });
    }
  }
  // Round 36: a heading in words the reader does not know, left empty or holding only a stand-in sign ("—", "-", "TBD").
  for (const span of headedInUnknownWords(ctx.doc) ? unnamedSpans(src, ctx.doc) : []) {
    const body = spanBody(src, span);
    const lone = loneWord(body);
    const stub = lone !== null && notYet(lone.text);
    if (!stub && !(isBlankBody(body) && !body.some((l) => l.kind === 'heading'))) continue;
    if (findings.some((f) => f.line === span.start)) continue;
    findings.push({
      rule: 'empty-section',
      message: stub
        ? `"${cut(span.section.heading, 40)}" says only "${cut(lone.text, 20)}". Write the section, or "N/A" with the reason it does not apply.`
        : `"${cut(span.section.heading, 40)}" is empty. Fill it in, or write "N/A" or "None" with a short reason if it does not apply.`,
      line: span.start,
      quote: cut(src.lines[span.start - 1]?.raw ?? span.section.heading),
    });
  }
  return findings;
};

/** Keys that stand in for another: a root cause written as contributing factors or a 5 Whys chain. */
const SATISFIED_BY: Partial<Record<SectionKey, SectionKey[]>> = { rootCause: ['contributingFactors', 'fiveWhys'] };

/** `missing-section`: a required section is absent ("What went well" has its own rule). */
export const missingSectionRule: Rule = (ctx) => {
  // Round 36: under headings in words the reader does not know, a section not found may well be there.
  if (headedInUnknownWords(ctx.doc)) return [];
  const present = new Set(ctx.doc.sections.map((s) => s.key));
  return requiredSections(ctx)
    .filter(({ key }) => key !== 'whatWentWell' && !present.has(key) && !(SATISFIED_BY[key] ?? []).some((k) => present.has(k)))
    .map<RawFinding>(({ key, heading }) => ({
      rule: 'missing-section',
      message: `Section "${heading}" is missing. Add a "## ${heading}" section (write "N/A" with a reason if it does not apply).`,
      line: 1,
      quote: '',
      section: key,
    }));
};

/**
 * Round 14: a section's lines before a thematic break of its own ("---" after a blank line): what follows the last
 * section's break is the page's footer ("*Activity: 4 comments · Watchers: 6*"), not the section's text.
 */
function beforeBreak(body: readonly SourceLine[]): readonly SourceLine[] {
  const at = body.findIndex((l, i) => i > 0 && body[i - 1]!.kind === 'blank' && /^\s{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/.test(l.raw));
  return at === -1 ? body : body.slice(0, at);
}

/** A section's lines that say nothing: blank, "N/A", or a stand-in ("TBD", "-"). */
function leftEmpty(body: readonly SourceLine[]): boolean {
  const lone = loneWord(body);
  return isBlankBody(body) || saysNotApplicable(body) || (lone !== null && notYet(lone.text));
}

/** `what-went-well-missing`: seed 000 says never skip "What went well". */
export const whatWentWellMissingRule: Rule = ({ src, doc }) => {
  const spans = spansOf(src, 'whatWentWell');
  const present = doc.sections.some((s) => s.key === 'whatWentWell');
  // Round 17: a section holding only a stand-in ("TBD", "-") was skipped as surely as an empty one.
  const filled = spans.some((s) => !leftEmpty(beforeBreak(spanBody(src, s))));
  if (filled || (present && spans.length === 0)) return [];
  const at = spans[0]?.start ?? 1;
  return [
    {
      rule: 'what-went-well-missing',
      message: present
        ? '"What went well" is empty. Record what worked (detection, tools, decisions, teamwork) so the team keeps doing it.'
        : 'No "What went well" section. Add one: what worked (detection, tools, decisions, teamwork) is worth keeping.',
      line: at,
      quote: spans[0] === undefined ? '' : cut(src.lines[at - 1]?.raw ?? ''),
      section: 'whatWentWell',
    },
  ];
};
