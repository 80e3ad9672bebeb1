/** `debrief import history <file>` and the folder expansion / progress of `debrief import`. */
import { readFile, stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import type { ApiClient } from '../api-client.ts';
import { readAnswer } from '../api-client.ts';
import { historyImportResultSchema } from '../../domain/learning/contract.ts';
import { CliError } from '../cli-error.ts';
import { printJson } from '../io.ts';

/** Files and folders to Markdown files: a folder gives its *.md files, recursively, sorted. */
export async function expandMarkdownPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (s?.isDirectory()) out.push(...(await glob('**/*.md', { cwd: p, absolute: true, caseSensitiveMatch: false })).sort());
    else out.push(p);
  }
  return out;
}

/** A progress line on stderr: rewritten in place on a terminal, every 25 files otherwise. */
export function progress(i: number, n: number, file: string): void {
  if (n < 2) return;
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K[${i}/${n}] ${file.slice(-70)}${i === n ? '\n' : ''}`);
  else if (i % 25 === 0 || i === n) process.stderr.write(`reading ${i}/${n}\n`);
}

/** Sends a JSON Lines or CSV export to POST /api/v1/import/history and prints what happened. */
export async function runImportHistory(api: ApiClient, files: string[], o: { json?: boolean; map?: string[]; format?: string }): Promise<void> {
  if (files.length !== 1) throw new CliError('usage: debrief import history <file.jsonl|file.csv> [--map column=field …]', 2);
  const file = files[0]!;
  const text = await readFile(file, 'utf8').catch(() => { throw new CliError(`cannot read ${file}`); });
  const format = o.format ?? (/\.csv$/i.test(file) ? 'csv' : 'jsonl');
  const qs = new URLSearchParams({ format });
  if (o.map?.length) qs.set('map', o.map.join(','));
  const body = readAnswer(await api.request('POST', `/api/v1/import/history?${qs}`, text, { contentType: 'text/plain' }), historyImportResultSchema);
  if (o.json) printJson(body);
  else {
    process.stdout.write(`${body.created.length} imported, ${body.existing.length} already there, ${body.errors.length} rejected\n`);
    for (const e of body.errors) process.stderr.write(`${file}:${e.line}${e.externalId ? ` (${e.externalId})` : ''}: ${e.message}\n`);
  }
  if (body.errors.length > 0) process.exitCode = 1;
}
