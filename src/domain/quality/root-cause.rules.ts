import type { LintContext, Rule } from './lint.context.ts';
import type { RawFinding } from './quality.types.ts';
import { cut, isBlankBody, locate, plainText, spanBody, spansOf, type SourceLine } from './source-text.ts';
import { fiveWhysFindings } from './five-whys.rule.ts';
import { answerIsPerson } from './blame.patterns.ts';
import { hasCitation } from '../evidence/citation.ts';

/** A trigger named as the whole cause: seed 001 "Root cause: Typo in configuration file". */
const TRIGGER =
  /\b(?:(?:bad|wrong|incorrect|invalid) (?:config(?:uration)? )?value|expired (?:certificate|cert|token|key|password|credential)s?|(?:the |a )?disk (?:filled|was full|ran out)|ran out of (?:disk|memory|space|connections)|(?:a |the )(?:deploy(?:ment)?|release|change|push|commit|migration|update|upgrade) (?:of|to|that|which) |introduced a (?:bug|regression)|typo|human error|operator error|(?:(?:the |an? )?(?:\w+ )?(?:planner|planning|operator|operators|engineer|engineering|user|admin|administrator|developer|dev|human|pilot|driver|staff|personnel|technician|dispatcher|analyst|clerk|manual|keying|data[- ]entry|input|pilot|nurse|agent|reviewer|on-?call|sre) (?:error|mistake|slip|oversight|misjudg(?:e?ment)))|(?:a |the )?bad (?:deploy(?:ment)?|commit|merge|push|config(?:uration)?|change|release|data|input)|(?:a |the )?bug in the code|a bug|software bug|misconfigur\w*|wrong (?:config(?:uration)?|value|setting|flag)|config(?:uration)? (?:error|mistake|change)|incorrect (?:config(?:uration)?|value|setting)|(?:a |the )?(?:faulty|broken) (?:deploy(?:ment)?|release|commit)|mistake|accident(?:al(?:ly)?)?)\b/i;
/** Words that show a process or system cause behind the trigger. */
const DEEPER =
  /\b(?:because(?! of)|lack(?:ed|s|ing)? of|lacks?|no (?:validation|test(?:s|ing)?|review|guard(?:rail)?s?|alert(?:s|ing)?|check(?:s)?|lint\w*|canary|staging|limit|safeguard|monitoring|process|automation|rollback)|missing|without|process|design(?:ed)?|did(?:n't| not) (?:catch|detect|prevent|validate|check|require)|allowed|not caught|gap|insufficient|absence|inadequate|did(?:n't| not) have|unable to|no way to|doesn't|does not|don't|do not|never|only|relied|assum\w*|which (?:meant|let|allowed))\b/i;

function proseOf(lines: readonly SourceLine[]): { line: SourceLine; text: string }[] {
  return lines
    .filter((l) => l.kind === 'prose' || l.kind === 'table' || l.kind === 'quote')
    .map((line) => ({ line, text: plainText(line.raw) }))
    .filter((p) => p.text !== '');
}

/** `surface-cause`: a root cause that stops at the trigger, or a short 5 Whys chain / one ending on a person. */
export const surfaceCauseRule: Rule = (ctx) => [...triggerOnly(ctx), ...labelledTrigger(ctx), ...fiveWhysFindings(ctx)];

const LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:root[- ]cause|cause)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+)$/i;

/** "Root cause: a typo in the config file." written as a labelled line outside a root-cause section. */
function labelledTrigger(ctx: LintContext): RawFinding[] {
  const { src } = ctx;
  if (spansOf(src, 'rootCause').length > 0 || spansOf(src, 'contributingFactors').some((s) => !isBlankBody(spanBody(src, s)))) return [];
  for (const line of src.lines) {
    if (line.kind !== 'prose') continue;
    const m = LABEL.exec(line.raw);
    const cause = m?.[1] === undefined ? '' : plainText(m[1]);
    if (cause === '' || cause.split(/\s+/).length > 40 || DEEPER.test(cause)) continue;
    if (!TRIGGER.test(cause) && !answerIsPerson(cause)) continue;
    return [
      {
        rule: 'surface-cause',
        message:
          'The root cause stops at the trigger. Ask why it was possible: what process, check or design let it through (e.g. "configuration changes lack validation and testing")?',
        line: line.n,
        quote: cut(plainText(line.raw)),
        ...locate(line.raw, cause),
      },
    ];
  }
  return [];
}

function triggerOnly(ctx: LintContext): RawFinding[] {
  const { src } = ctx;
  const spans = spansOf(src, 'rootCause');
  if (spans.length === 0) return [];
  // Contributing factors written down elsewhere mean the analysis did not stop at the trigger.
  if (spansOf(src, 'contributingFactors').some((s) => !isBlankBody(spanBody(src, s)))) return [];
  const prose = spans.flatMap((s) => proseOf(spanBody(src, s)));
  const all = prose.map((p) => p.text).join(' ');
  if (all === '' || DEEPER.test(all) || all.split(/\s+/).length > 60) return [];
  const hit = prose.find((p) => TRIGGER.test(p.text) || answerIsPerson(p.text));
  if (hit === undefined) return [];
  // A finding about the whole section, reported where a reviewer points: its heading (or its bold label's line).
  const span = spans.find((x) => x.start <= hit.line.n && hit.line.n <= x.end) ?? spans[0]!;
  const head = src.lines[span.start - 1];
  const onHead = head !== undefined && head.n !== hit.line.n;
  return [
    {
      rule: 'surface-cause',
      message:
        'The root cause stops at the trigger. Ask why it was possible: what process, check or design let it through (e.g. "configuration changes lack validation and testing")?',
      line: onHead ? head.n : hit.line.n,
      quote: onHead ? cut(plainText(head.raw) || span.section.heading) : cut(hit.text),
      ...(onHead ? {} : locate(hit.line.raw, hit.text)),
      section: 'rootCause',
    },
  ];
}

const EVIDENCE =
  /https?:\/\/|\]\(|`|\d|\b(?:logs?|metrics?|graphs?|dashboards?|screenshots?|traces?|queries|query|alerts?|grafana|datadog|splunk|sentry|cloudwatch|kibana|prometheus|pagerduty|see (?:the )?(?:attached|below|above|appendix)|ticket|pull request|commit|#\d+)\b/i;

/** A line that backs a finding: a code block, a citation of a kept evidence item, a link, a number or a named source. */
const backs = (l: SourceLine): boolean => l.kind === 'code' || hasCitation(l.raw) || EVIDENCE.test(l.raw);

/** `no-evidence`: root cause or impact stated with no evidence item cited, and no log, metric, link, code block or number behind it. */
export const noEvidenceRule: Rule = ({ src }) => {
  // A supporting-evidence section that holds evidence (or cites kept items) backs the findings it follows.
  const evidenceSections = [...spansOf(src, 'evidence'), ...spansOf(src, 'metrics'), ...spansOf(src, 'appendix')];
  if (evidenceSections.some((s) => spanBody(src, s).some(backs))) return [];
  const findings: RawFinding[] = [];
  for (const key of ['rootCause', 'impact'] as const) {
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
