import { readFileSync } from 'node:fs';
import { Argument, Option, type Command } from 'commander';
import { ensureOk, withApi } from '../api-client.ts';
import { printJson } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

const enc = encodeURIComponent;

/** `debrief comms show|send`: leadership and customer summaries of a published post-mortem. */
export function registerCommsCommand(program: Command): void {
  const comms = program.command('comms').description('Communication documents of a published post-mortem: leadership and customer summaries');
  addClientOptions(comms.command('show'))
    .description('Print the summary as Markdown (customer: from the external publication only)')
    .argument('<postmortem>', 'INC-…').addArgument(new Argument('<kind>', 'leadership or customer').choices(['leadership', 'customer']))
    .option('--json', 'machine-readable output')
    .action(async (id: string, kind: string, o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const r = ensureOk(await api.request('GET', `/api/v1/postmortems/${enc(id)}/communications/${kind}`)).body as { markdown: string };
      return o.json ? printJson(r) : void process.stdout.write(r.markdown);
    }));
  addClientOptions(comms.command('send'))
    .description('Send the summary (or your edited file) through a channel, once per text and recipients')
    .argument('<postmortem>', 'INC-…').addArgument(new Argument('<kind>', 'leadership or customer').choices(['leadership', 'customer']))
    .addOption(new Option('--channel <channel>', 'channel').choices(['slack', 'email', 'webhook']).makeOptionMandatory())
    .option('--to <targets...>', 'e-mail addresses, a Slack channel or webhook names').option('--file <path>', 'send this edited Markdown instead')
    .option('--json', 'machine-readable output')
    .action(async (id: string, kind: string, o: GlobalClientOptions & { channel: string; to?: string[]; file?: string; json?: boolean }) => withApi(o, async (api) => {
      const body: Record<string, unknown> = { channel: o.channel };
      if (o.to) body['to'] = o.to;
      if (o.file) body['markdown'] = readFileSync(o.file, 'utf8');
      const r = ensureOk(await api.request('POST', `/api/v1/postmortems/${enc(id)}/communications/${enc(kind)}/send`, body)).body as { id: number; state: string };
      return o.json ? printJson(r) : void process.stdout.write(`queued as job ${r.id} (${r.state}); see \`debrief jobs list --kind notify.send\`\n`);
    }));
}
