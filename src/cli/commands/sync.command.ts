import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { parsePostmortem } from '../../formats/postmortem/index.ts';
import { ensureOk, readAnswer, withApi, type ApiClient } from '../api-client.ts';
import { PostmortemListSchema, type PostmortemList } from '../../domain/postmortem/postmortem.view.ts';
import { CliError } from '../cli-error.ts';
import { printJson } from '../io.ts';
import { expandMarkdownPaths, progress, runImportHistory } from './import-history.command.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

const STATE_FILE = '.debrief-sync.json';
type SyncState = Record<string, { file: string; revision: number; hash: string }>;
type Report = { pulled: string[]; pushed: string[]; imported: string[]; unchanged: string[]; conflicts: { id: string; file: string; reason: string }[]; notices: string[] };

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
const enc = encodeURIComponent;

async function fetchMarkdown(api: ApiClient, id: string): Promise<{ text: string; version: number }> {
  const res = ensureOk(await api.request('GET', `/api/v1/postmortems/${enc(id)}.md`));
  return { text: res.text, version: Number((res.headers['etag'] ?? '0').replace(/\D/g, '')) };
}

/** Every post-mortem on the server with its version, page after page. */
async function serverVersions(api: ApiClient): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  let cursor: string | null = null;
  do {
    const page: PostmortemList = readAnswer(await api.request('GET', `/api/v1/postmortems?limit=500${cursor ? `&cursor=${enc(cursor)}` : ''}`), PostmortemListSchema);
    for (const p of page.items) versions.set(p.id, p.version);
    cursor = page.nextCursor;
  } while (cursor);
  return versions;
}

/** Two-way sync of a folder of Markdown post-mortems with the server; never overwrites a side edited on both. */
async function sync(api: ApiClient, dir: string, dryRun: boolean): Promise<Report> {
  const report: Report = { pulled: [], pushed: [], imported: [], unchanged: [], conflicts: [], notices: [] };
  await mkdir(dir, { recursive: true });
  const statePath = join(dir, STATE_FILE);
  const state = existsSync(statePath) ? (JSON.parse(await readFile(statePath, 'utf8')) as SyncState) : {};
  const server = await serverVersions(api);
  const local = new Map<string, { file: string; text: string }>();
  const unidentified: { file: string; text: string }[] = [];
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.md')).sort()) {
    const text = await readFile(join(dir, name), 'utf8');
    const id = parsePostmortem(text).doc.meta.incidentId;
    if (id && server.has(id)) local.set(id, { file: name, text });
    else if (id && state[id]) local.set(id, { file: name, text });
    else unidentified.push({ file: name, text });
  }
  const write = async (id: string, file: string) => {
    const md = await fetchMarkdown(api, id);
    if (!dryRun) await writeFile(join(dir, file), md.text);
    state[id] = { file, revision: md.version, hash: sha(md.text) };
  };
  for (const [id, version] of server) {
    const l = local.get(id);
    const s = state[id];
    if (!l) {
      if (s) { report.notices.push(`${s.file} was deleted here; ${id} is kept on the server (run export to get it back)`); continue; }
      const file = `${id}.md`;
      if (existsSync(join(dir, file))) { report.conflicts.push({ id, file, reason: 'a file of that name exists but is not this post-mortem' }); continue; }
      await write(id, file);
      report.pulled.push(id);
      continue;
    }
    const localChanged = !s || sha(l.text) !== s.hash;
    const serverChanged = !s || s.revision !== version;
    if (!s) {
      const md = await fetchMarkdown(api, id);
      if (sha(md.text) === sha(l.text)) { state[id] = { file: l.file, revision: md.version, hash: sha(l.text) }; report.unchanged.push(id); }
      else report.conflicts.push({ id, file: l.file, reason: 'never synced here and different on the server: keep one (delete the file to take the server copy, or PUT it with debrief import --replace)' });
      continue;
    }
    if (localChanged && serverChanged) {
      report.conflicts.push({ id, file: l.file, reason: `edited here and on the server (v${s.revision} → v${version}) since the last sync` });
    } else if (localChanged) {
      if (!dryRun) {
        const res = await api.request('PUT', `/api/v1/postmortems/${enc(id)}.md`, l.text, { contentType: 'text/markdown', headers: { 'if-match': `"${s.revision}"` } });
        if (res.status === 409) { report.conflicts.push({ id, file: l.file, reason: 'changed on the server meanwhile' }); continue; }
        ensureOk(res);
        await write(id, l.file);
      }
      report.pushed.push(id);
    } else if (serverChanged) {
      await write(id, l.file);
      report.pulled.push(id);
    } else report.unchanged.push(id);
  }
  for (const u of unidentified) {
    if (dryRun) { report.imported.push(u.file); continue; }
    const res = await api.request('POST', `/api/v1/postmortems/import?file=${enc(u.file)}`, u.text, { contentType: 'text/markdown' });
    if (res.status >= 400) { report.conflicts.push({ id: '-', file: u.file, reason: (res.body as { detail?: string } | null)?.detail ?? `HTTP ${res.status}` }); continue; }
    const id = (res.body as { postmortem: { id: string } }).postmortem.id;
    await write(id, u.file);
    report.imported.push(`${u.file} → ${id}`);
  }
  if (!dryRun) await writeFile(statePath, `${JSON.stringify(state, null, 2)}\n`);
  return report;
}

/** `debrief export`, `debrief import` and `debrief sync`. */
export function registerSyncCommands(program: Command): void {
  addClientOptions(program.command('export'))
    .description("Write an incident's post-mortem to Markdown (default docs/postmortems/<id>.md; - for stdout)")
    .argument('<id>', 'INC-…').option('-o, --out <file>', 'output file or -').option('--force', 'overwrite an existing file')
    .action(async (id: string, o: GlobalClientOptions & { out?: string; force?: boolean }) => withApi(o, async (api) => {
      const md = await fetchMarkdown(api, id);
      if (o.out === '-') return void process.stdout.write(md.text);
      const out = o.out ?? join('docs', 'postmortems', `${id}.md`);
      if (existsSync(out) && !o.force) throw new CliError(`${out} exists; use --force to overwrite, or debrief sync to merge changes`);
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, md.text);
      process.stderr.write(`wrote ${out} (version ${md.version})\n`);
    }));

  addClientOptions(program.command('import'))
    .description('Load Markdown post-mortems (files or folders, any shape) into the server, each declaring its incident when needed; `import history <file>` loads another tool\'s JSON Lines / CSV export')
    .argument('<files...>', 'Markdown files or folders (recursive *.md), or: history <file.jsonl|file.csv>').option('--json', 'machine-readable output')
    .option('--force', "attach a file to the incident it names even when its title or date disagree with the incident's, and import files that look like templates")
    .option('--map <column=field...>', 'history CSV: column names to fields (externalId, title, severity, startedAt, …)')
    .option('--format <f>', 'history: jsonl or csv (default from the file name)')
    .action(async (paths: string[], o: GlobalClientOptions & { json?: boolean; force?: boolean; map?: string[]; format?: string }) => withApi(o, async (api) => {
      if (paths[0] === 'history') return runImportHistory(api, paths.slice(1), o);
      const files = await expandMarkdownPaths(paths);
      const results: unknown[] = [];
      let failed = 0;
      let done = 0;
      for (const file of files) {
        progress(++done, files.length, file);
        const text = await readFile(file, 'utf8').catch(() => { throw new CliError(`cannot read ${file}`); });
        const res = await api.request('POST', `/api/v1/postmortems/import?file=${enc(basename(file))}${o.force ? '&force=true' : ''}`, text, { contentType: 'text/markdown' });
        if (res.status === 422 && (res.body as { skipped?: string } | null)?.skipped === 'template') {
          results.push({ file, skipped: 'template' });
          if (!o.json) process.stderr.write(`warning: ${file}: only a template, skipped (--force imports it)\n`);
          continue;
        }
        if (res.status >= 400) {
          failed++;
          const detail = (res.body as { detail?: string } | null)?.detail ?? `HTTP ${res.status}`;
          results.push({ file, error: detail });
          if (!o.json) process.stderr.write(`${file}: ${detail}\n`);
          continue;
        }
        const body = res.body as { postmortem: { id: string }; warnings: { line: number; message: string }[] };
        results.push({ file, id: body.postmortem.id, warnings: body.warnings });
        if (!o.json) process.stdout.write(`${file} → ${body.postmortem.id}${body.warnings.length ? ` (${body.warnings.length} warnings)` : ''}\n`);
      }
      if (o.json) printJson(results);
      else if (files.length > 1) {
        const skipped = results.filter((r) => (r as { skipped?: string }).skipped === 'template').length;
        process.stderr.write(`${files.length - skipped - failed} imported, ${skipped} template${skipped === 1 ? '' : 's'} skipped, ${failed} failed\n`);
      }
      if (failed) process.exitCode = 1;
    }));

  addClientOptions(program.command('sync'))
    .description('Two-way sync of a folder (docs/postmortems) with the server; refuses to overwrite what changed on both sides')
    .argument('[dir]', 'folder of INC-….md files', 'docs/postmortems').option('--dry-run', 'report only').option('--json', 'machine-readable output')
    .action(async (dir: string, o: GlobalClientOptions & { dryRun?: boolean; json?: boolean }) => withApi(o, async (api) => {
      const r = await sync(api, dir, o.dryRun ?? false);
      if (o.json) printJson(r);
      else {
        for (const [label, list] of [['pulled', r.pulled], ['pushed', r.pushed], ['imported', r.imported]] as const) if (list.length) process.stdout.write(`${label}: ${list.join(', ')}\n`);
        process.stdout.write(`unchanged: ${r.unchanged.length}\n`);
        for (const n of r.notices) process.stderr.write(`note: ${n}\n`);
        for (const c of r.conflicts) process.stderr.write(`CONFLICT ${c.id} (${c.file}): ${c.reason}\n`);
      }
      if (r.conflicts.length) process.exitCode = 1;
    }));
}
