/** Output formats of `debrief lint`: eslint-style text, JSON, GitHub Actions annotations, SARIF 2.1.0. */
import type { Finding } from '../../domain/quality/quality.types.ts';
import { RULES } from '../../domain/quality/rules.catalog.ts';
import type { QualityScore } from '../../domain/quality/score.ts';

export const LINT_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

/** The lint result of one file. */
export type FileReport = { file: string; findings: Finding[]; score: QualityScore['score'] };

/** eslint-style lines `file:line  severity  message  rule`, then a summary. */
export function formatText(reports: readonly FileReport[]): string {
  const out: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  for (const r of reports) {
    for (const f of r.findings) {
      count[f.severity]++;
      out.push(`${r.file}:${f.line}  ${f.severity.padEnd(7)}  ${f.message}  ${f.rule}`);
    }
  }
  const total = count.error + count.warning + count.info;
  const files = `${reports.length} file${reports.length === 1 ? '' : 's'}`;
  out.push(
    total === 0
      ? `✔ no problems in ${files}`
      : `✖ ${total} problem${total === 1 ? '' : 's'} (${count.error} error${count.error === 1 ? '' : 's'}, ${count.warning} warning${count.warning === 1 ? '' : 's'}, ${count.info} info) in ${files}`,
  );
  return `${out.join('\n')}\n`;
}

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: `::error file=…,line=…,title=rule::message`. */
export function formatGithub(reports: readonly FileReport[]): string {
  const lines = reports.flatMap((r) =>
    r.findings.map(
      (f) => `::${COMMAND[f.severity]} file=${escapeProperty(r.file)},line=${f.line},title=${escapeProperty(f.rule)}::${escapeData(f.message)}`,
    ),
  );
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A SARIF 2.1.0 log for GitHub code scanning (file paths as given, made relative and POSIX). */
export function formatSarif(reports: readonly FileReport[], version: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'debrief',
            version,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.description },
              help: { text: `See docs/quality.md, rule ${r.id}.` },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        results: reports.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.rule,
            ruleIndex: ruleIndex.get(f.rule) ?? 0,
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file.replace(/\\/g, '/').replace(/^\.\//, '') },
                  region: { startLine: Math.max(1, f.line), ...(f.quote === '' ? {} : { snippet: { text: f.quote } }) },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
