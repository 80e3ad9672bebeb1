/** Sends ingested events to an incident through the API (`POST /api/v1/incidents/:id/events/import`), in batches. */
import type { IngestResult } from '../../../domain/timeline/event.types.ts';
import { ensureOk, withApi, type ClientOptions } from '../../api-client.ts';
import { CliError } from '../../cli-error.ts';
import { printJson } from '../../io.ts';

/** Events per request: keeps each body well under the server's default 1 MiB limit. */
const BATCH = 1000;

export type SendOptions = ClientOptions & { incident?: string; json?: boolean };

/** Imports the events into the named incident and prints `N new, M already there` (or JSON). */
export async function sendEvents(source: string, result: IngestResult, opts: SendOptions): Promise<void> {
  if (opts.incident === undefined) {
    throw new CliError('name the incident to add the events to: --incident INC-YYYY-MM-DD-NNN (or look first with --dry-run); live alerts are matched to incidents by the webhook route', 2);
  }
  const incident = opts.incident;
  const outcome = await withApi(opts, async (api) => {
    let inserted = 0;
    let existing = 0;
    for (let i = 0; i < result.events.length; i += BATCH) {
      const events = result.events.slice(i, i + BATCH);
      const res = ensureOk(await api.request('POST', `/api/v1/incidents/${encodeURIComponent(incident)}/events/import`, { source, events }));
      const body = res.body as { inserted: number; existing: number };
      inserted += body.inserted;
      existing += body.existing;
      if (result.events.length > BATCH) process.stderr.write(`${Math.min(i + BATCH, result.events.length)}/${result.events.length} events sent\n`);
    }
    return { incidentId: incident, inserted, existing, warnings: result.warnings };
  });
  if (opts.json === true) return printJson(outcome);
  for (const w of result.warnings) process.stderr.write(`warning: ${w.line === undefined ? '' : `line ${w.line}: `}${w.field === undefined ? '' : `${w.field}: `}${w.message}\n`);
  process.stdout.write(`${incident}: ${outcome.inserted} new, ${outcome.existing} already there\n`);
}
