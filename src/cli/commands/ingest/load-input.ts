import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseJsonText } from '../../../formats/ingest/json-text.ts';
import type { IngestInputKind } from '../../../formats/ingest/registry.ts';
import type { SlackExport } from '../../../formats/ingest/slack.adapter.ts';
import { readGitRepoLog } from '../../../services/ingest/git-repo.reader.ts';
import { isDirectory, readSlackExportDir, readSlackExportZip } from '../../../services/ingest/slack-export.reader.ts';
import { CliError } from '../../cli-error.ts';
import { readInput } from '../../io.ts';

/** One payload to hand to an adapter, with where it came from (for messages). */
export type LoadedPayload = { payload: unknown; label: string };

export type LoadOptions = { source: string; from?: string; to?: string };

const DAILY = /^\d{4}-\d{2}-\d{2}\.json$/;

async function jsonFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}

async function readOptionalJson(source: string, path: string): Promise<unknown[]> {
  try {
    const value = parseJsonText(source, await readFile(path, 'utf8'));
    return Array.isArray(value) ? (value as unknown[]) : [];
  } catch {
    return [];
  }
}

/** A single Slack file: a daily file inside its channel folder gets the channel name and the export's users. */
async function loadSlackFile(path: string): Promise<LoadedPayload[]> {
  const value = parseJsonText('slack', await readInput(path));
  if (path === '-' || !DAILY.test(basename(path)) || !Array.isArray(value)) return [{ payload: value, label: path }];
  const channelDir = dirname(path);
  const root = dirname(channelDir);
  const exp: SlackExport = {
    channels: await readOptionalJson('slack', join(root, 'channels.json')),
    users: await readOptionalJson('slack', join(root, 'users.json')),
    files: [{ channel: basename(channelDir), date: basename(path, '.json'), messages: value }],
  };
  return [{ payload: exp, label: path }];
}

/** Reads what `debrief ingest` was given: JSON payload file(s), a Slack export, git log text or a repository. */
export async function loadIngestInput(kind: IngestInputKind, path: string, opts: LoadOptions): Promise<LoadedPayload[]> {
  const dir = path !== '-' && (await isDirectory(path));
  if (kind === 'text') {
    if (dir) return [{ payload: await readGitRepoLog(path, { since: opts.from, until: opts.to }), label: path }];
    return [{ payload: await readInput(path), label: path }];
  }
  if (kind === 'slack-export') {
    if (dir) return [{ payload: await readSlackExportDir(path), label: path }];
    if (path.toLowerCase().endsWith('.zip')) return [{ payload: await readSlackExportZip(path), label: path }];
    return loadSlackFile(path);
  }
  const files = dir ? await jsonFiles(path) : [path];
  if (dir && files.length === 0) throw new CliError(`no .json files in ${path}`);
  const out: LoadedPayload[] = [];
  for (const file of files) {
    const value = parseJsonText(opts.source, await readInput(file));
    // A JSON array holds several deliveries, one payload each.
    if (Array.isArray(value)) value.forEach((payload, i) => out.push({ payload, label: `${file}[${i}]` }));
    else out.push({ payload: value, label: file });
  }
  return out;
}
