/**
 * `debrief new`: writes a draft post-mortem from a template, with each section's prompt
 * as a placeholder. Refuses to overwrite an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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

/** A file name for a post-mortem without an incident id yet: `<date>-<title words>.md`. */
export function draftFileName(date: string, title: string): string {
  const slug = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return `${date}-${slug || 'incident'}.md`;
}

/** Registers `debrief new`. */
export function registerNewCommand(program: Command): void {
  program
    .command('new')
    .description('Write a draft post-mortem from a template (full, concise, sre, framework, or your own)')
    .option('--template <id>', 'template id', 'concise')
    .option('--id <id>', 'the incident it belongs to, INC-YYYY-MM-DD-NNN (default: none; the server gives one on import)')
    .option('--title <title>', 'incident title', 'Untitled incident')
    .option('--date <date>', 'incident date, YYYY-MM-DD (default: from --id, else today)')
    .option('--severity <severity>', 'severity as your scale writes it (SEV-2, P1…)')
    .option('--out <file>', 'file to write (default: <dir>/<id>.md, or <dir>/<date>-<title>.md without --id)')
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
      // Incident ids come from the server (declared, or allocated on import), never guessed from local files.
      const id = opts.id ?? null;
      const file = opts.out ?? join(opts.dir, id === null ? draftFileName(date, opts.title) : `${id}.md`);
      if (existsSync(file)) throw new CliError(`${file} already exists; not overwriting it`);
      const doc = newPostmortemFromTemplate(template, { id, title: opts.title, date, severity: opts.severity ?? null });
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, writePostmortem(doc), { flag: 'wx' });
      process.stdout.write(`${file}\n`);
    });
}
