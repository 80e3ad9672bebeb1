import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../domain/errors.ts';
import { detectJsonSource, looksLikeGitLog } from '../../../formats/ingest/detect-source.ts';
import { parseJsonText } from '../../../formats/ingest/json-text.ts';
import type { IngestSource } from '../../../formats/ingest/registry.ts';
import { isDirectory } from '../../../services/ingest/slack-export.reader.ts';
import { CliError } from '../../cli-error.ts';

function unknown(path: string): AppError {
  return new AppError('validation_failed', `cannot tell which source ${path} comes from: pass --source`, { errors: [{ path: '(root)', message: 'not a payload of a known source' }] });
}

/** Guesses the source of an input when --source is not given (a repository, a Slack export, a webhook body…). */
export async function detectInputSource(path: string): Promise<IngestSource> {
  if (path === '-') throw new CliError('--source is required when reading standard input', 2);
  if (path.toLowerCase().endsWith('.zip')) return 'slack';
  if (await isDirectory(path)) {
    if (await isDirectory(join(path, '.git'))) return 'git';
    const names = await readdir(path);
    if (names.some((n) => n === 'channels.json' || n === 'users.json' || /^\d{4}-\d{2}-\d{2}\.json$/.test(n))) return 'slack';
    const firstJson = names.filter((n) => n.endsWith('.json')).sort()[0];
    if (firstJson === undefined) throw unknown(path);
    return detectInputSource(join(path, firstJson));
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    if (looksLikeGitLog(text)) return 'git';
    throw unknown(path);
  }
  const source = detectJsonSource(parseJsonText('ingest', text));
  if (source === null) throw unknown(path);
  return source;
}
