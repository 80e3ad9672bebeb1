import type { Command } from 'commander';
import { similarResponseSchema } from '../../domain/learning/contract.ts';
import { ensureOk, withApi } from '../api-client.ts';
import { printJson } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';


/** `debrief similar <incident-id>`: past incidents most like this one, with reasons. */
export function registerSimilarCommand(program: Command): void {
  addClientOptions(program.command('similar'))
    .description('Incidents most like this one, each with its score and reasons')
    .argument('<incident>', 'INC-…').option('--limit <n>', 'at most n', '10').option('--earlier', 'only incidents that started before it')
    .option('--json', 'machine-readable output')
    .action(async (id: string, o: GlobalClientOptions & { limit: string; earlier?: boolean; json?: boolean }) => withApi(o, async (api) => {
      const qs = new URLSearchParams({ limit: o.limit });
      if (o.earlier) qs.set('earlier', 'true');
      const raw = ensureOk(await api.request('GET', `/api/v1/incidents/${encodeURIComponent(id)}/similar?${qs}`)).body;
      const body = similarResponseSchema.parse(raw);
      if (o.json) return printJson(body);
      if (body.similar.length === 0) process.stderr.write('no similar incidents\n');
      for (const s of body.similar) process.stdout.write(`${s.incidentId}  ${s.score.toFixed(3)}${s.repeat ? (s.recurredAfterFix ? ' REPEAT (recurred after the fix)' : ' REPEAT') : ''}  ${s.title}\n${s.reasons.map((r) => `    - ${r}\n`).join('')}`);
    }));
}
