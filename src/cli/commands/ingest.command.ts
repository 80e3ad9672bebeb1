import type { Command } from 'commander';
import { readIso } from '../../formats/ingest/time.ts';
import { findAdapter, INGEST_SOURCES } from '../../formats/ingest/registry.ts';
import { CliError } from '../cli-error.ts';
import { printJson } from '../io.ts';
import { detectInputSource } from './ingest/detect-input.ts';
import { loadIngestInput } from './ingest/load-input.ts';
import { presentDryRun, renderTable } from './ingest/render.ts';
import { runIngest } from './ingest/run-ingest.ts';
import { sendEvents } from './ingest/send-events.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';
import { registerIngestStatusCommand } from './ingest-status.command.ts';

type IngestOptions = GlobalClientOptions & {
  source?: string;
  incident?: string;
  from?: string;
  to?: string;
  dryRun?: boolean;
  json?: boolean;
  header: string[];
  deliveryId?: string;
  outliers?: string;
};

function instantOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const t = readIso(value);
  if (t === null) throw new CliError(`--${name} must be an ISO 8601 time (2024-05-01T14:00:00Z or 2024-05-01), got "${value}"`, 2);
  return t.at;
}

function headersOf(list: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const h of list) {
    const colon = h.indexOf(':');
    if (colon <= 0) throw new CliError(`--header must be "Name: value", got "${h}"`, 2);
    headers[h.slice(0, colon).trim()] = h.slice(colon + 1).trim();
  }
  return headers;
}

/** Registers `debrief ingest --source S FILE|DIR`. */
export function registerIngestCommand(program: Command): void {
  const ingest = addClientOptions(program.command('ingest'));
  registerIngestStatusCommand(ingest);
  ingest
    .description('Read alerts, pages, deploys, chat and commits into an incident timeline')
    .option('-s, --source <source>', `where the input comes from: ${INGEST_SOURCES.join(', ')} (guessed from the input when absent)`)
    .argument('<path>', 'JSON payload file (or a JSON array of payloads, or a folder of them), Slack export folder or .zip, git log text file or repository; - for stdin')
    .option('--incident <id>', 'incident to add the events to (INC-YYYY-MM-DD-NNN)')
    .option('--from <time>', 'keep events at or after this time (ISO 8601)')
    .option('--to <time>', 'keep events at or before this time (ISO 8601)')
    .option('--dry-run', 'show what would be ingested; no server, no database')
    .option('--json', 'print JSON: { events, hints, warnings }')
    .option('--header <header>', 'a delivery header, e.g. "X-GitHub-Event: deployment" (repeatable)', (v: string, acc: string[]) => [...acc, v], [])
    .option('--delivery-id <id>', 'the delivery id, for the idempotency key (X-GitHub-Delivery)')
    .option('--outliers <choice>', "events outside the incident's window (a file from another year): keep (stored, listed) or drop", 'keep')
    .action(async (path: string, opts: IngestOptions) => {
      if (opts.outliers !== undefined && opts.outliers !== 'keep' && opts.outliers !== 'drop') throw new CliError(`--outliers must be keep or drop, got "${opts.outliers}"`, 2);
      const source = opts.source ?? (await detectInputSource(path));
      const entry = findAdapter(source);
      if (entry === null) throw new CliError(`unknown source "${source}": use one of ${INGEST_SOURCES.join(', ')}`, 2);
      if (opts.incident !== undefined && !/^INC-\d{4}-\d{2}-\d{2}-\d{3,}$/.test(opts.incident)) {
        throw new CliError(`--incident must look like INC-YYYY-MM-DD-NNN, got "${opts.incident}"`, 2);
      }
      const from = instantOption('from', opts.from);
      const to = instantOption('to', opts.to);
      const headers = headersOf(opts.header);
      const payloads = await loadIngestInput(entry.input, path, { source, from, to });
      const ctx = { headers, ...(opts.deliveryId === undefined ? {} : { deliveryId: opts.deliveryId }) };
      const result = runIngest(entry, payloads, { ctx, from, to });
      if (opts.dryRun !== true) return sendEvents(source, result, opts);
      if (opts.json === true) return printJson(presentDryRun(result));
      process.stdout.write(renderTable(result));
      for (const w of result.warnings) process.stderr.write(`warning: ${w.line === undefined ? '' : `line ${w.line}: `}${w.field === undefined ? '' : `${w.field}: `}${w.message}\n`);
    });
}
