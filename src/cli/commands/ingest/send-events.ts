/** Sends ingested events to an incident through the API (`POST /api/v1/incidents/:id/events/import`), in batches. */
import type { IngestResult } from '../../../domain/timeline/event.types.ts';
import { ImportOutcomeSchema, type ImportOutcome, type OutlierView } from '../../../domain/timeline/ingest.view.ts';
import { readAnswer, withApi, type ClientOptions } from '../../api-client.ts';
import { CliError } from '../../cli-error.ts';
import { printJson } from '../../io.ts';

/** Events per request: keeps each body well under the server's default 1 MiB limit. */
const BATCH = 1000;

export type SendOptions = ClientOptions & { incident?: string; json?: boolean; outliers?: string };


/** Imports the events into the named incident and prints `N new, M already there` (or JSON). */
export async function sendEvents(source: string, result: IngestResult, opts: SendOptions): Promise<void> {
  if (opts.incident === undefined) {
    throw new CliError('name the incident to add the events to: --incident INC-YYYY-MM-DD-NNN (or look first with --dry-run); live alerts are matched to incidents by the webhook route', 2);
  }
  const incident = opts.incident;
  const outcome = await withApi(opts, async (api) => {
    let inserted = 0;
    let existing = 0;
    let named = 0;
    const outliers: OutlierView[] = [];
    let window: ImportOutcome['window'] | undefined;
    const choice = opts.outliers === 'drop' ? 'drop' : 'keep';
    for (let i = 0; i < result.events.length; i += BATCH) {
      const events = result.events.slice(i, i + BATCH);
      const body = readAnswer(await api.request('POST', `/api/v1/incidents/${encodeURIComponent(incident)}/events/import?outliers=${choice}`, { source, events }), ImportOutcomeSchema);
      inserted += body.inserted;
      existing += body.existing;
      named += body.named;
      outliers.push(...body.outliers);
      window ??= body.window;
      if (result.events.length > BATCH) process.stderr.write(`${Math.min(i + BATCH, result.events.length)}/${result.events.length} events sent\n`);
    }
    return { incidentId: incident, inserted, existing, named, warnings: result.warnings, window: window ?? null, outliers, outlierAction: choice === 'drop' ? 'dropped' : 'kept' };
  });
  if (opts.json === true) return printJson(outcome);
  for (const w of result.warnings) process.stderr.write(`warning: ${w.line === undefined ? '' : `line ${w.line}: `}${w.field === undefined ? '' : `${w.field}: `}${w.message}\n`);
  process.stdout.write(`${incident}: ${outcome.inserted} new, ${outcome.existing} already there${outcome.named > 0 ? ` (${outcome.named} now with Slack members' names)` : ''}\n`);
  if (outcome.outliers.length > 0 && outcome.window) {
    const verb = outcome.outlierAction === 'dropped' ? 'dropped' : 'kept (debrief event exclude|delete <incident> <event>)';
    process.stdout.write(`${outcome.outliers.length} event(s) outside the incident window ${outcome.window.from} .. ${outcome.window.to}, ${verb}:\n`);
    for (const o of outcome.outliers.slice(0, 20)) process.stdout.write(`  ${o.at}  ${o.id ?? '-'}  ${o.text.slice(0, 80)}\n`);
    if (outcome.outliers.length > 20) process.stdout.write(`  … and ${outcome.outliers.length - 20} more (--json lists them all)\n`);
  }
}
