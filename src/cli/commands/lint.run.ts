/**
 * What `debrief lint` does once its options are read: the linter and its models (about 16 MiB of
 * heap) load with this module, so the commands that never lint — `debrief serve` among them — do
 * not carry them. lint.command.ts registers the command and loads this when it runs; the
 * start-up snapshot (src/cli/lint.snapshot.ts) holds it already loaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { configSection, readConfigFile } from '../../config/config-file.ts';
import { parseWith } from '../../domain/validation.ts';
import { lintPostmortem, QualityConfigSchema, scorePostmortem, type QualityConfig } from '../../domain/quality/index.ts';
import { CustomTemplatesSchema, findTemplate, resolveTemplates, type PostmortemTemplate } from '../../domain/templates/index.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { CliError } from '../cli-error.ts';
import { collectMarkdown, loadIgnore } from './lint.files.ts';
import { formatGithub, formatSarif, formatText, type FileReport, type LintFormat } from './lint.format.ts';

export type LintOpts = { format: LintFormat; config?: string; template?: string; maxWarnings?: string; ignorePath?: string };

/** What every file of one run is linted with: the quality config, the known templates, the template forced by --template. */
export type Setup = { config: QualityConfig; templates: PostmortemTemplate[]; forced: PostmortemTemplate | null };

function setup(opts: LintOpts): Setup {
  const raw = readConfigFile(opts.config);
  const config = configSection(raw, 'quality', QualityConfigSchema);
  const templates = resolveTemplates(parseWith(CustomTemplatesSchema, raw['templates'] ?? [], 'templates', 'invalid configuration in section "templates"'));
  let forced: PostmortemTemplate | null = null;
  if (opts.template !== undefined) {
    forced = findTemplate(templates, opts.template);
    if (forced === null) throw new CliError(`unknown template "${opts.template}"; known: ${templates.map((t) => t.id).join(', ')}`, 2);
  }
  return { config, templates, forced };
}

/** Lints one file's text: the template is --template, else the one named in its front matter, else none. */
export function lintFile(file: string, text: string, s: Setup): FileReport {
  const { doc } = parsePostmortem(text);
  const template = s.forced ?? (doc.meta.template === null ? null : findTemplate(s.templates, doc.meta.template));
  const findings = lintPostmortem(doc, text, { config: s.config, ...(template === null ? {} : { template }) });
  return { file, findings, score: scorePostmortem(findings, doc).score };
}

/** Runs `debrief lint` on the paths: prints the report and sets the exit code. */
export function runLint(paths: string[], opts: LintOpts, version: string): void {
  const maxWarnings = opts.maxWarnings === undefined ? null : Number(opts.maxWarnings);
  if (maxWarnings !== null && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) throw new CliError(`--max-warnings takes a whole number ≥ 0, got "${opts.maxWarnings}"`, 2);
  if (opts.ignorePath !== undefined && !existsSync(opts.ignorePath)) throw new CliError(`--ignore-path: ${opts.ignorePath} does not exist`, 2);
  const s = setup(opts);
  const { files, unreadable } = collectMarkdown(paths, loadIgnore(opts.ignorePath ?? null));
  const reports: FileReport[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      unreadable.push({ path: file, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      continue;
    }
    reports.push(lintFile(file, text, s));
  }
  for (const u of unreadable) process.stderr.write(`debrief: cannot read ${u.path}: ${u.reason}\n`);
  if (files.length === 0 && unreadable.length === 0) throw new CliError(`no Markdown files found in ${paths.join(', ')}`);
  // Nothing was read: the errors above say why; no "no problems" summary beside them.
  if (reports.length > 0 || opts.format !== 'text') process.stdout.write(render(reports, opts.format, version));
  const all = reports.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  const tooManyWarnings = maxWarnings !== null && warnings > maxWarnings;
  if (tooManyWarnings && opts.format === 'text') process.stderr.write(`debrief: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
  if (unreadable.length > 0 || errors > 0 || tooManyWarnings) process.exitCode = 1;
}

function render(reports: readonly FileReport[], format: LintFormat, version: string): string {
  switch (format) {
    case 'text':
      return formatText(reports);
    case 'json':
      return `${JSON.stringify(reports, null, 2)}\n`;
    case 'github':
      return formatGithub(reports);
    case 'sarif':
      return formatSarif(reports, version);
  }
}
