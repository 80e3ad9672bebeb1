import type { Command } from 'commander';
import { searchResponseSchema } from '../../domain/learning/contract.ts';
import { ensureOk, withApi } from '../api-client.ts';
import { printJson } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';


/** `debrief search "<query>"`: full-text search across incidents and post-mortems. */
export function registerSearchCommand(program: Command): void {
  addClientOptions(program.command('search'))
    .description('Search incidents, post-mortems, action items and timelines (stemmed, typo-tolerant), best first')
    .argument('<query>', 'words to search for')
    .option('--severity <s>', 'only these severities (comma-separated)').option('--service <s>', 'only these services (comma-separated)')
    .option('--type <t>', 'only these types').option('--status <s>', 'only these statuses').option('--from <date>', 'started on or after')
    .option('--to <date>', 'started before').option('--limit <n>', 'at most n results', '20').option('--json', 'machine-readable output')
    .action(async (q: string, o: GlobalClientOptions & { severity?: string; service?: string; type?: string; status?: string; from?: string; to?: string; limit: string; json?: boolean }) => withApi(o, async (api) => {
      const qs = new URLSearchParams({ q, limit: o.limit });
      for (const k of ['severity', 'service', 'type', 'status', 'from', 'to'] as const) if (o[k]) qs.set(k, o[k]);
      const body = searchResponseSchema.parse(ensureOk(await api.request('GET', `/api/v1/search?${qs}`)).body);
      if (o.json) return printJson(body);
      if (body.results.length === 0) process.stderr.write('no results\n');
      for (const r of body.results) process.stdout.write(`${r.incidentId}  ${r.score.toFixed(3)}  ${r.title}  [${r.matchedIn.join(', ')}]\n    ${r.snippet.replace(/\s+/g, ' ')}\n`);
    }));
}
