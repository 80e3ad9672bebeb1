import type { Command } from 'commander';
import { InboxBacklogSchema } from '../../domain/timeline/ingest.view.ts';
import { readAnswer, withApi } from '../api-client.ts';
import { printJson } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

/** Registers `debrief ingest status`: the webhook inbox's backlog. */
export function registerIngestStatusCommand(ingest: Command): void {
  addClientOptions(ingest.command('status'))
    .description('The webhook inbox: deliveries waiting and the age of the oldest, failed, rejected and processed counts')
    .option('--json', 'machine-readable output')
    // `ingest` has the same options: commander gives them to it, so read them with the parent's.
    .action(async (_o: unknown, cmd: Command) => withApi(cmd.optsWithGlobals<GlobalClientOptions & { json?: boolean }>(), async (api) => {
      const o = cmd.optsWithGlobals<{ json?: boolean }>();
      const b = readAnswer(await api.request('GET', '/api/v1/ingest/backlog'), InboxBacklogSchema);
      if (o.json) return printJson(b);
      const oldest = b.oldestPendingAt === null ? '' : ` (oldest received ${b.oldestPendingAt}, ${b.oldestPendingAgeSeconds} s ago)`;
      process.stdout.write(`pending ${b.pending}${oldest}\nfailed ${b.failed}\nrejected ${b.rejected}\nprocessed ${b.processed}\n`);
      if (b.failed > 0) process.stdout.write('failed deliveries: GET /api/v1/ingest/inbox?status=failed; retry one with POST /api/v1/ingest/inbox/<id>/retry\n');
    }));
}
