/**
 * `debrief new`: writes a draft post-mortem from a template, with each section's prompt
 * as a placeholder. Refuses to overwrite an existing file.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { readConfigFile } from '../../config/config-file.ts';
import { CustomTemplatesSchema, findTemplate, resolveTemplates } from '../../domain/templates/index.ts';
import { parseWith } from '../../domain/validation.ts';
import { newPostmortemFromTemplate } from '../../formats/postmortem/new-postmortem.ts';
import { writePostmortem } from '../../formats/postmortem/write-postmortem.ts';
import { CliError } from '../cli-error.ts';

type NewOpts = { template: string; id?: string; title: string; date?: string; severity?: string; out?: string; dir: string; config?: string };

const ID_RE = /^INC-(\d{4}-\d{2}-\d{2})-\d{3,}$/;

/** The next free `INC-YYYY-MM-DD-NNN` for a date, counting files already in the folder. */
export function nextIncidentId(date: string, existing: readonly string[]): string {
  let max = 0;
  for (const f of existing) {
    const m = new RegExp(`^INC-${date}-(\\d{3,})\\b`).exec(f);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `INC-${date}-${String(max + 1).padStart(3, '0')}`;
}

/** Registers `debrief new`. */
export function registerNewCommand(program: Command): void {
  program
    .command('new')
    .description('Write a draft post-mortem from a template (full, concise, sre, framework, or your own)')
    .option('--template <id>', 'template id', 'concise')
    .option('--id <id>', 'incident id, INC-YYYY-MM-DD-NNN (default: next free one for --date)')
    .option('--title <title>', 'incident title', 'Untitled incident')
    .option('--date <date>', 'incident date, YYYY-MM-DD (default: from --id, else today)')
    .option('--severity <severity>', 'severity as your scale writes it (SEV-2, P1…)')
    .option('--out <file>', 'file to write (default: <dir>/<id>.md)')
    .option('--dir <dir>', 'folder of post-mortems', 'docs/postmortems')
    .option('--config <file>', 'config file (default debrief.config.yaml or $DEBRIEF_CONFIG)')
    .action((opts: NewOpts) => {
      const raw = readConfigFile(opts.config);
      const templates = resolveTemplates(parseWith(CustomTemplatesSchema, raw['templates'] ?? [], 'templates', 'invalid configuration in section "templates"'));
      const template = findTemplate(templates, opts.template);
      if (template === null) throw new CliError(`unknown template "${opts.template}"; known: ${templates.map((t) => t.id).join(', ')}`, 2);
      if (opts.id !== undefined && !ID_RE.test(opts.id)) throw new CliError(`--id must look like INC-YYYY-MM-DD-NNN, got "${opts.id}"`, 2);
      if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new CliError(`--date must be YYYY-MM-DD, got "${opts.date}"`, 2);
      const fromId = opts.id === undefined ? undefined : ID_RE.exec(opts.id)?.[1];
      const date = opts.date ?? fromId ?? new Date().toISOString().slice(0, 10);
      const id = opts.id ?? nextIncidentId(date, existsSync(opts.dir) ? readdirSync(opts.dir) : []);
      const file = opts.out ?? join(opts.dir, `${id}.md`);
      if (existsSync(file)) throw new CliError(`${file} already exists; not overwriting it`);
      const doc = newPostmortemFromTemplate(template, { id, title: opts.title, date, severity: opts.severity ?? null });
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, writePostmortem(doc), { flag: 'wx' });
      process.stdout.write(`${file}\n`);
    });
}
