import type { LintContext, Rule } from './lint.context.ts';
import type { RawFinding } from './quality.types.ts';
import { cut, isBlankBody, locate, plainText, sentences, spanBody, spansOf, type SectionSpan, type SourceLine, type SourceText } from './source-text.ts';
import { isDefensive } from './defensive.rule.ts';
import { fiveWhysFindings } from './five-whys.rule.ts';
import { answerIsPerson } from './blame.patterns.ts';
import { isBoldLabel, declaredCause, declaredStopsAtEvent, DEEPER_THAN_BECAUSE, firstSentence, goesDeeper, namesOnlyTrigger, SAFEGUARD, TRIGGER, triggerWords } from './surface-cause.ts';
import { hasCitation } from '../evidence/citation.ts';
import { FOREIGN_TRIGGER, cjkTrigger } from './surface-cause.foreign.ts';
import { LIST_ITEM } from './surface-cause.changes.round39.ts';

const MESSAGE = (trigger: string | null): string =>
  `The root cause stops at the trigger${trigger === null ? '' : ` ("${cut(trigger, 40)}")`}: it names what set the failure off, not what let it through. Ask why it was possible: what process, check or design let it through (e.g. "configuration changes lack validation and testing")?`;

function proseOf(lines: readonly SourceLine[]): { line: SourceLine; text: string }[] {
  return lines
    .filter((l) => l.kind === 'prose' || l.kind === 'table' || l.kind === 'quote')
    .map((line) => ({ line, text: plainText(line.raw) }))
    .filter((p) => p.text !== '');
}

/**
 * Round 13: what a person did not do ("The launch crew did not check the next square") is their omission, not a check the
 * system lacked: in a sentence about a person, the negated verb is not read as a missing safeguard.
 */
const PERSON_OMISSION = /\b(?:did|does|do|could|would|was|were)(?:n't| not) (?:[\w-]{1,20} ){0,2}?(?:catch|detect|prevent|validate|check|alert|block|reject|stop|test|cover|warn|enforce|flag)\w*/gi;

/** Round 18: a claim that nothing could have coped ("no autoscaling policy can react to that"): an excuse, not a safeguard the system lacked. */
const NOTHING_COULD = /\bno (?:[\w-]{1,30} ){0,2}?(?:policy|process|system|check|test|tool|alert|monitor\w*|safeguard|control|design|setup|team)s? (?:can|could|would)(?:n't| not)?(?: have)? \w+/gi;

/** The section's text without its defensive sentences and questions: what it says about the cause. */
function analysis(text: string): string {
  return sentences(text)
    .filter((s) => !s.trim().endsWith('?') && !isDefensive(s))
    .map((s) => (answerIsPerson(s) ? s.replace(PERSON_OMISSION, ' ') : s).replace(NOTHING_COULD, ' '))
    .join(' ');
}

/** The nearest heading line above line `n` and below the section's own heading (a setext heading's text line), if any. */
function headingAbove(src: SourceText, n: number, start: number): SourceLine | undefined {
  for (let k = n - 1; k > start; k--) {
    const l = src.lines[k - 1];
    if (l?.kind !== 'heading') continue;
    if (!/^\s{0,3}(?:=+|-+)\s*$/.test(l.raw)) return l;
    // A setext underline: its text line above, unless that is the section's own heading.
    if (k - 1 > start) return src.lines[k - 2];
    return undefined;
  }
  return undefined;
}

/** A line that is only a bold label ("**Root cause**", "__Root cause:__"). */
const BOLD_ONLY = /^\s{0,3}(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)\s*:?\s*$/;

const NAMES_SAFEGUARD = new RegExp(String.raw`\b${SAFEGUARD}\b`, 'i');

/** `surface-cause`: a root cause that stops at the trigger, or a short 5 Whys chain / one ending on a person. */
export const surfaceCauseRule: Rule = (ctx) => [...triggerOnly(ctx), ...labelledTrigger(ctx), ...fiveWhysFindings(ctx)];

/**
 * A section that holds a deeper cause: contributing factors count only when they say what the system lacked ("none." does
 * not). Round 22: read as the root cause is, without its defences ("the service worked as designed") and questions.
 */
const holdsDeeperCause = (ctx: LintContext, key: 'contributingFactors' | 'fiveWhys'): boolean =>
  spansOf(ctx.src, key).some((s) => proseOf(spanBody(ctx.src, s)).some((p) => (key === 'fiveWhys' ? DEEPER_THAN_BECAUSE.test(p.text) : goesDeeper(analysis(p.text)))));

/** "Root cause: a typo in the config file." written as a labelled line outside a root-cause section. */
function labelledTrigger(ctx: LintContext): RawFinding[] {
  const { src } = ctx;
  if (spansOf(src, 'rootCause').length > 0 || holdsDeeperCause(ctx, 'contributingFactors')) return [];
  for (const line of src.lines) {
    if (line.kind !== 'prose') continue;
    const declared = declaredCause(plainText(line.raw));
    if (declared === null || declared.split(/\s+/).length > 40 || !namesOnlyTrigger(declared)) continue;
    return [{ rule: 'surface-cause', message: MESSAGE(triggerWords(declared)), line: line.n, quote: cut(plainText(line.raw)), ...locate(line.raw, declared) }];
  }
  return [];
}

/**
 * The root-cause section judged by what it lacks. Where the author declares the root cause
 * ("Root cause: a typo …", "The root cause was an expired certificate …"), the declaration's
 * paragraph is judged on its own: a trigger there with no safeguard, process or design cause in
 * the same paragraph is a surface cause, whatever blame, defence or side remarks follow. Where
 * nothing is declared, the section as a whole (with contributing factors and a 5 Whys that say
 * what the system lacked) must name something beyond a trigger. Reported on the section's
 * heading (or its bold label's line), where a reviewer points.
 */
function triggerOnly(ctx: LintContext): RawFinding[] {
  const { src } = ctx;
  const findings: RawFinding[] = [];
  const spans = spansOf(src, 'rootCause');
  for (const span of spans) {
    const prose = proseOf(spanBody(src, span));
    if (prose.length === 0) continue;
    // Round 22: a section headed as the trigger ("## Trigger") beside a root-cause section of its own is meant to name a
    // trigger: the root cause is judged in its own section.
    if (spans.length > 1 && /^\W{0,4}(?:the )?trigger(?:s|ing event)?\b/i.test(span.section.heading)) continue;
    const head = src.lines[span.start - 1];
    // A bold label carrying the cause on its own line ("**Root cause:** planner error.") is both heading and declaration.
    const headCause = head === undefined ? null : declaredCause(plainText(head.raw));
    const declaredAt = headCause !== null && headCause.trim() !== '' ? -1 : prose.findIndex((p) => declaredCause(p.text) !== null);
    let trigger: string | null;
    if (declaredAt !== -1 || (headCause !== null && headCause.trim() !== '')) {
      const text = declaredAt === -1 ? headCause! : declaredCause(prose[declaredAt]!.text)!;
      // The declaration's paragraph: its line and the lines that continue it (a wrapped paragraph).
      const para = [text];
      // Round 24: an HTML paragraph ends at its closing tag ("<p>…</p>" lines with no blank line between them).
      const closed = (k: number): boolean => /<\/(?:p|li|div)>[ \t]*$/i.test(prose[k]!.line.raw);
      // Round 39: a declaration in a list item ends at its item: the next item is the next point ("- Root cause: cache TTL
      // change" / "- Scores never refreshed"), not its paragraph going on.
      const inList = declaredAt !== -1 && LIST_ITEM.test(prose[declaredAt]!.line.raw);
      const next = (i: number): boolean => prose[i]!.line.n === prose[i - 1]!.line.n + 1 && !closed(i - 1) && !(inList && LIST_ITEM.test(prose[i]!.line.raw));
      for (let i = declaredAt + 1; declaredAt !== -1 && i < prose.length && next(i); i++) para.push(prose[i]!.text);
      const stated = para.join(' ');
      // Round 15: as where nothing is declared, a defence that follows ("the vendor's import worked as designed") is no
      // deeper cause: its words ("designed") do not carry the declaration past its trigger.
      if (/^\W*(?:not|never|n\/?a|tbd|none)\b/i.test(stated) || !declaredStopsAtEvent(analysis(stated))) continue;
      trigger = triggerWords(stated) ?? cut(firstSentence(stated), 40);
    } else {
      // Nothing declared: the whole section, with what the contributing factors and the 5 Whys add.
      // Round 11: a 5 Whys chain that is itself too short or ends on a person does not carry the root cause deeper.
      if (holdsDeeperCause(ctx, 'contributingFactors') || (holdsDeeperCause(ctx, 'fiveWhys') && fiveWhysFindings(ctx).length === 0)) continue;
      // Round 9: a defence ("the import job worked as designed", "IT followed the change process correctly") or a
      // rhetorical question is no cause: its words ("designed", "process") do not make the section a deeper one.
      // Round 14: the section's own text, not a sub-section of another kind under it ("### 5 Whys"): that is judged above.
      const own = prose.filter((p) => { const k = src.keyByLine[p.line.n - 1]; return k === undefined || k === 'rootCause'; });
      const all = analysis(own.map((p) => p.text).join(' '));
      if (goesDeeper(all) || all.split(/\s+/).length > 60) continue;
      // Round 16: or no trigger word, but a 5 Whys of its own that stops short or ends on a person: the section names
      // nothing past the event, and the chain meant to carry it deeper does not.
      // A safeguard named at all ("Config validation was missing") is left to the chain's own finding.
      const shortChain = spansOf(src, 'fiveWhys').length > 0 && fiveWhysFindings(ctx).length > 0 && !NAMES_SAFEGUARD.test(all);
      // Round 34: or a section that defends instead ("Nothing could have prevented this", "We did everything right"): with
      // nothing deeper left once the defence is set aside, it stops at the event it names.
      const defends = own.find((p) => sentences(p.text).some((t) => isDefensive(t)));
      const hit = own.find((p) => TRIGGER.test(p.text) || FOREIGN_TRIGGER.test(p.text) || cjkTrigger(p.text) !== null || answerIsPerson(p.text)) ?? (shortChain ? own[0] : undefined) ?? defends;
      if (hit === undefined) continue;
      trigger = triggerWords(hit.text) ?? cut(hit.text, 40);
    }
    // A label line read as its own section ("Root cause: human error." under "## What broke (root cause)") is reported on
    // the heading above it when nothing but blank lines stands between them: the section's heading, where a reviewer points.
    // Round 10: only a heading of its own counts, not a label that carries its text ("**What happened:** …" above it).
    // Round 14: or a bold line of its own naming the section ("**Root cause**" over "Root cause: a typo …").
    const ownLine = (s: SectionSpan): boolean => src.lines[s.start - 1]?.kind === 'heading' || (s.section.key === 'rootCause' && BOLD_ONLY.test(src.lines[s.start - 1]?.raw ?? ''));
    const above = src.spans.find((s) => s.start < span.start && ownLine(s) && src.lines.slice(s.start, span.start - 1).every((l) => l.kind === 'blank' || l.kind === 'comment' || plainText(l.raw) === ''));
    // Round 14: a bold label line under the heading ("**Root cause:** human error …") is a heading of its own within the
    // section, where a reviewer points; a plain "Root cause: …" line is the section's text, reported on its heading.
    const labelLine = declaredAt >= 0 && isBoldLabel(prose[declaredAt]!.line.raw) ? prose[declaredAt]!.line : undefined;
    // Round 14: a declaration under a sub-heading of the section ("# 4 Root cause analysis" / "## 4.1 Root cause") is
    // reported on that sub-heading, the heading right above it.
    const subHeading = declaredAt >= 0 ? headingAbove(src, prose[declaredAt]!.line.n, span.start) : undefined;
    const at = labelLine ?? subHeading ?? (above !== undefined && headCause !== null ? src.lines[above.start - 1] : head) ?? prose[0]!.line;
    findings.push({ rule: 'surface-cause', message: MESSAGE(trigger), line: at.n, quote: cut(plainText(at.raw) || span.section.heading), section: 'rootCause' });
  }
  return findings.slice(0, 1);
}

const EVIDENCE =
  /https?:\/\/|\]\(|`|\d|\b(?:logs?|metrics?|graphs?|dashboards?|screenshots?|traces?|queries|query|alerts?|grafana|datadog|splunk|sentry|cloudwatch|kibana|prometheus|pagerduty|see (?:the )?(?:attached|below|above|appendix)|ticket|pull request|commit|#\d+)\b/i;

/** A line that backs a finding: a code block, a citation of a kept evidence item, a link, a number or a named source. */
// Round 22: not a comment ("<!-- add links to logs here -->") nor an export's empty HTML anchor ('<a id="org19a6f0"></a>').
const ANCHOR = /<a[ \t]+(?:id|name)="[^"<>\n]{0,80}"[ \t]*>[ \t]*<\/a>/gi;
// Round 39: nor a clock time ("people will try to book at 06:00"): the hour something happened is no figure behind it.
const CLOCK = /\b\d{1,2}:\d{2}\b/g;
const backs = (l: SourceLine): boolean => l.kind !== 'comment' && (l.kind === 'code' || hasCitation(l.raw) || EVIDENCE.test(l.raw.replace(ANCHOR, ' ').replace(CLOCK, ' ')));

/**
 * Round 12 (the coordinator's decision): evidence cited anywhere in the document backs the root cause and the impact —
 * the impact's own figures, and anywhere a link (a graph, a dashboard, a ticket), a kept evidence item or a log excerpt
 * in a code block. A root cause's own figures do not back the impact. A source only mentioned ("looks at the dashboard", "logs in to the gateway"), a clock time
 * (every timeline has them), a chat paste in a code block, or an alert still to be built in an action item is not.
 */
// Round 19: not a link to a heading of the page itself (a table of contents' "[Impact](#impact)").
const LINKS = /https?:\/\/|\]\((?!#)/i;
/** A log, metric, dashboard or graph named anywhere, or a link (round 22, for a document with no root-cause or impact section). */
const EVIDENCE_LINK = /https?:\/\/|\]\((?!#)|\b(?:logs?|metrics?|graphs?|dashboards?|screenshots?|traces?|grafana|datadog|splunk|sentry|cloudwatch|kibana|prometheus)\b/i;
const CHAT_LINE = /^\s*(?:\[[^\]\n]{1,24}\]\s*)?[\w.@-]{2,24}:\s/;

function citedAnywhere(src: SourceText): boolean {
  const skip = spansOf(src, 'actionItems');
  const outside = (n: number): boolean => !skip.some((s) => n > s.start && n <= s.end);
  let code: SourceLine[] = [];
  const excerpt = (): boolean => {
    const body = code.filter((l) => !/^\s*(?:```|~~~)/.test(l.raw) && l.raw.trim() !== '');
    code = [];
    return body.length > 0 && body.filter((l) => CHAT_LINE.test(l.raw)).length * 2 < body.length;
  };
  for (const l of src.lines) {
    if (!outside(l.n)) continue;
    if (l.kind === 'code') { code.push(l); continue; }
    if (code.length > 0 && excerpt()) return true;
    if (l.kind !== 'heading' && (hasCitation(l.raw) || LINKS.test(l.raw))) return true;
  }
  return code.length > 0 && excerpt();
}

/** `no-evidence`: root cause or impact stated with no evidence item cited, and no log, metric, link, code block or number behind it. */
export const noEvidenceRule: Rule = ({ src }) => {
  // A supporting-evidence section that holds evidence (or cites kept items) backs the findings it follows.
  const evidenceSections = [...spansOf(src, 'evidence'), ...spansOf(src, 'metrics'), ...spansOf(src, 'appendix')];
  if (evidenceSections.some((s) => spanBody(src, s).some(backs))) return [];
  // Round 12: the impact's figures back the root cause, and a link, a kept item or a log excerpt anywhere backs both.
  if (spansOf(src, 'impact').some((s) => spanBody(src, s).some(backs)) || citedAnywhere(src)) return [];
  const findings: RawFinding[] = [];
  // Round 22: a document with neither a root cause nor an impact section (a chat log, a one-paragraph note) and nothing
  // cited anywhere states both with no evidence: reported on line 1, as missing-section is.
  if (spansOf(src, 'rootCause').length === 0 && spansOf(src, 'impact').length === 0 && !src.lines.some((l) => l.kind === 'code' || EVIDENCE_LINK.test(l.raw))) {
    return [{ rule: 'no-evidence', message: 'Neither the root cause nor the impact has evidence behind it. Cite a kept evidence item ([evidence ev_…]), or link or quote the logs, metrics, graphs or dashboards that show it, with the numbers.', line: 1, quote: '' }];
  }
  for (const key of ['rootCause', 'impact'] as const) {
    // Round 29: a root cause told in two places (a ticket's "Root cause:" line and its "Cause notes:") is one root cause:
    // the evidence behind either backs both.
    if (key === 'rootCause' && spansOf(src, key).some((span) => spanBody(src, span).some(backs))) continue;
    for (const span of spansOf(src, key)) {
      const body = spanBody(src, span);
      if (isBlankBody(body) || body.some(backs)) continue;
      findings.push({
        rule: 'no-evidence',
        message: `The ${key === 'rootCause' ? 'root cause' : 'impact'} has no evidence behind it. Cite a kept evidence item ([evidence ev_…]), or link or quote the logs, metrics, graphs or dashboards that show it, with the numbers.`,
        line: span.start,
        quote: cut(span.section.heading),
        section: key,
      });
    }
  }
  return findings;
};
