/**
 * `debrief lint FILE|DIR|GLOB…`: quality findings for post-mortems in Markdown, for authors
 * and CI. Exit 1 when an error-severity finding exists, when warnings exceed
 * `--max-warnings`, or when a path cannot be read; 2 on a usage error; else 0.
 * The work is in lint.run.ts, loaded only when the command runs.
 */
import { Option, type Command } from 'commander';
import { LINT_FORMATS } from './lint.format.ts';
import type * as LintRunModule from './lint.run.ts';
import type { LintOpts } from './lint.run.ts';

type LintRun = Pick<typeof LintRunModule, 'runLint'>;

/** Registers `debrief lint`; `load` gives the module that lints (the snapshot passes it already loaded). */
export function registerLintCommand(program: Command, load: () => Promise<LintRun> = () => import('./lint.run.ts')): void {
  program
    .command('lint')
    .description('Check post-mortems for blame, surface causes, vague action items, timeline gaps, placeholders…')
    .argument('<paths...>', 'Markdown files, directories to search for *.md, or glob patterns (quote them: "docs/**/*.md")')
    .addOption(new Option('--format <format>', 'output format').choices([...LINT_FORMATS]).default('text'))
    .option('--config <file>', 'config file (default debrief.config.yaml or $DEBRIEF_CONFIG)')
    .option('--template <id>', 'template to check against (default: the one named in each file, else the default sections)')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this (default: warnings never fail)')
    .option('--ignore-path <file>', 'ignore file in gitignore syntax (default: ./.debriefignore)')
    .action(async (paths: string[], opts: LintOpts) => {
      const { runLint } = await load();
      runLint(paths, opts, program.version() ?? '0.0.0');
    });
}
