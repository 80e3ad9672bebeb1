import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';
import { AppError } from '../../domain/errors.ts';
import { parseJsonText } from '../../formats/ingest/json-text.ts';
import type { SlackExport } from '../../formats/ingest/slack.adapter.ts';

const DAILY = /^(\d{4}-\d{2}-\d{2})\.json$/;
const CHANNEL_LISTS = ['channels.json', 'groups.json', 'mpims.json', 'dms.json'];

function asArray(value: unknown, name: string): unknown[] {
  if (Array.isArray(value)) return value;
  throw new AppError('validation_failed', `slack: "${name}" must be a JSON array`, { errors: [{ path: name, message: 'must be an array' }] });
}

/** Builds the in-memory export from its files, by path relative to the export root ("general/2024-01-02.json"). */
export function slackExportFromEntries(entries: Map<string, string>): SlackExport {
  const paths = [...entries.keys()].map((p) => p.replace(/\\/g, '/')).filter((p) => !p.startsWith('__MACOSX/'));
  // Zips made by hand often wrap everything in one folder: strip it.
  const roots = new Set(paths.map((p) => p.split('/')[0]));
  const hasTopLevelJson = paths.some((p) => !p.includes('/'));
  const strip = roots.size === 1 && !hasTopLevelJson && !paths.some((p) => DAILY.test(p.split('/')[1] ?? '')) ? `${[...roots][0]}/` : '';
  const exp: SlackExport = { channels: [], users: [], files: [] };
  const text = (p: string): string => entries.get(p) ?? entries.get(p.replace(/\//g, '\\')) ?? '';
  for (const p of paths.sort()) {
    const rel = p.slice(strip.length);
    const parts = rel.split('/');
    if (parts.length === 1 && CHANNEL_LISTS.includes(rel)) exp.channels.push(...asArray(parseJsonText('slack', text(p)), rel));
    else if (parts.length === 1 && (rel === 'users.json' || rel === 'org_users.json')) exp.users.push(...asArray(parseJsonText('slack', text(p)), rel));
    else if (parts.length === 2 && DAILY.test(parts[1] ?? '')) {
      const date = DAILY.exec(parts[1] ?? '')?.[1] ?? null;
      exp.files.push({ channel: parts[0] ?? null, date, messages: asArray(parseJsonText('slack', text(p)), rel) });
    }
  }
  return exp;
}

async function listJson(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && prefix.split('/').length < 3) out.push(...(await listJson(join(dir, entry.name), `${prefix}${entry.name}/`)));
    else if (entry.isFile() && entry.name.endsWith('.json')) out.push(`${prefix}${entry.name}`);
  }
  return out;
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Reads an unpacked Slack export folder; a single channel folder (only daily files)
 * is read too, with users.json and channels.json taken from its parent when there.
 */
export async function readSlackExportDir(dir: string): Promise<SlackExport> {
  const files = await listJson(dir);
  if (files.length > 0 && files.every((f) => DAILY.test(f))) {
    const entries = new Map<string, string>();
    const channel = basename(dir);
    for (const f of files) entries.set(`${channel}/${f}`, await readFile(join(dir, f), 'utf8'));
    for (const meta of ['users.json', 'channels.json']) {
      const t = await readIfExists(join(dirname(dir), meta));
      if (t !== null) entries.set(meta, t);
    }
    return slackExportFromEntries(entries);
  }
  const entries = new Map<string, string>();
  for (const f of files) entries.set(f, await readFile(join(dir, f), 'utf8'));
  return slackExportFromEntries(entries);
}

/** Reads a Slack export .zip (as downloaded from the workspace's export page). */
export async function readSlackExportZip(path: string): Promise<SlackExport> {
  return slackExportFromZip(await readFile(path), basename(path));
}

/** Limits on what a zip may expand to: a few hundred kB of zeros can otherwise inflate to gigabytes. */
export type ZipLimits = { maxUncompressedBytes: number; maxEntries: number; maxRatio: number };

export const ZIP_LIMITS: ZipLimits = {
  /** Total uncompressed bytes of the .json entries read. */
  maxUncompressedBytes: 256 * 1024 * 1024,
  /** Entries in the archive (any kind). */
  maxEntries: 20_000,
  /** Uncompressed bytes per byte of the archive, counted once 1 MiB has been inflated. */
  maxRatio: 100,
};

/** Compressed bytes handed to the inflater at a time: bounds one step's output (deflate expands at most ~1,032×). */
const CHUNK = 16 * 1024;

function tooLarge(name: string, what: string, limit: string): AppError {
  return new AppError('payload_too_large', `slack: ${name} ${what}; the limit is ${limit}`, { limit });
}

/**
 * Reads a Slack export from the bytes of its .zip (an upload, or a file read by the caller).
 * Entries are inflated as a stream, a chunk at a time, and counted as they grow: the read
 * stops with a 413 naming the limit as soon as the entries, the total uncompressed size or
 * the compression ratio pass ZIP_LIMITS, before the bomb is ever held in memory.
 */
export function slackExportFromZip(bytes: Uint8Array, name = 'upload.zip', limits: ZipLimits = ZIP_LIMITS): SlackExport {
  const chunks = new Map<string, Uint8Array[]>();
  let entries = 0;
  let total = 0;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    if (failure) return;
    entries++;
    if (entries > limits.maxEntries) { failure = tooLarge(name, `has more than ${limits.maxEntries} entries`, `${limits.maxEntries} entries`); return; }
    if (!file.name.endsWith('.json')) return;
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (err, data, _final) => {
      if (failure) return;
      if (err) { failure = err; return; }
      total += data.length;
      if (total > limits.maxUncompressedBytes) {
        failure = tooLarge(name, `expands to more than ${limits.maxUncompressedBytes} bytes`, `${limits.maxUncompressedBytes} uncompressed bytes`);
        file.terminate();
      } else if (total > 1024 * 1024 && total > limits.maxRatio * bytes.length) {
        failure = tooLarge(name, `expands more than ${limits.maxRatio} times its size (a zip bomb?)`, `a compression ratio of ${limits.maxRatio}`);
        file.terminate();
      } else parts.push(data);
    };
    try { file.start(); } catch (e) { failure = e instanceof Error ? e : new Error(String(e)); }
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += CHUNK) unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  } catch (e) {
    failure ??= e instanceof Error ? e : new Error(String(e));
  }
  const failed: Error | null = failure;
  if (failed) {
    if (failed instanceof AppError) throw failed;
    throw new AppError('validation_failed', `slack: ${name} is not a readable zip (${failed.message})`);
  }
  if (entries === 0) throw new AppError('validation_failed', `slack: ${name} is not a readable zip (no entries)`);
  const decoder = new TextDecoder();
  const out = new Map<string, string>();
  for (const [entry, parts] of chunks) out.set(entry, decoder.decode(Buffer.concat(parts)));
  return slackExportFromEntries(out);
}

/** True when the path is a directory. */
export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
