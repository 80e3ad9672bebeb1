/**
 * `debrief lint FILE|DIR|GLOB…`: quality findings for post-mortems in Markdown, for authors
 * and CI. Exit 1 when an error-severity finding exists, when warnings exceed
 * `--max-warnings`, or when a path cannot be read; 2 on a usage error; else 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { configSection, readConfigFile } from '../../config/config-file.ts';
import { parseWith } from '../../domain/validation.ts';
import { lintPostmortem, QualityConfigSchema, scorePostmortem, type QualityConfig } from '../../domain/quality/index.ts';
import { CustomTemplatesSchema, findTemplate, resolveTemplates, type PostmortemTemplate } from '../../domain/templates/index.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { CliError } from '../cli-error.ts';
import { collectMarkdown, loadIgnore } from './lint.files.ts';
import { formatGithub, formatSarif, formatText, LINT_FORMATS, type FileReport, type LintFormat } from './lint.format.ts';

type LintOpts = { format: LintFormat; config?: string; template?: string; maxWarnings?: string; ignorePath?: string };

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

/** Registers `debrief lint`. */
export function registerLintCommand(program: Command): void {
  program
    .command('lint')
    .description('Check post-mortems for blame, surface causes, vague action items, timeline gaps, placeholders…')
    .argument('<paths...>', 'Markdown files, directories to search for *.md, or glob patterns (quote them: "docs/**/*.md")')
    .addOption(new Option('--format <format>', 'output format').choices([...LINT_FORMATS]).default('text'))
    .option('--config <file>', 'config file (default debrief.config.yaml or $DEBRIEF_CONFIG)')
    .option('--template <id>', 'template to check against (default: the one named in each file, else the default sections)')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this (default: warnings never fail)')
    .option('--ignore-path <file>', 'ignore file in gitignore syntax (default: ./.debriefignore)')
    .action((paths: string[], opts: LintOpts) => {
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
      if (reports.length > 0 || opts.format !== 'text') process.stdout.write(render(reports, opts.format, program.version() ?? '0.0.0'));
      const all = reports.flatMap((r) => r.findings);
      const errors = all.filter((f) => f.severity === 'error').length;
      const warnings = all.filter((f) => f.severity === 'warning').length;
      const tooManyWarnings = maxWarnings !== null && warnings > maxWarnings;
      if (tooManyWarnings && opts.format === 'text') process.stderr.write(`debrief: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
      if (unreadable.length > 0 || errors > 0 || tooManyWarnings) process.exitCode = 1;
    });
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
