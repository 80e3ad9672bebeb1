import type { Command } from 'commander';
import { ensureOk, withApi } from '../api-client.ts';
import { printJson } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

/** Registers `debrief notify test <channel>`: queues a test message; `debrief jobs list` shows when it went out. */
export function registerNotifyCommand(program: Command): void {
  const notify = program.command('notify').description('Notifications: Slack, e-mail and outbound webhooks');
  addClientOptions(notify.command('test'))
    .argument('<channel>', 'slack, email or webhook')
    .option('--to <to>', 'email: the address; webhook: the webhook name (default the first)')
    .option('--json', 'machine-readable output')
    .description('Queue a test message on a channel')
    .action(async (channel: string, o: GlobalClientOptions & { to?: string; json?: boolean }) => withApi(o, async (api) => {
      const r = ensureOk(await api.request('POST', '/api/v1/notify/test', { channel, ...(o.to ? { to: o.to } : {}) })).body as { id: number; state: string };
      if (o.json) return printJson(r);
      process.stdout.write(`test message queued as job ${r.id}; see \`debrief jobs list --kind notify.send\`\n`);
    }));
}
