import type { Command } from 'commander';
import { JobViewSchema } from '../../domain/jobs/job.view.ts';
import { ChannelListSchema, ChannelSettingsViewSchema, type ChannelSettingsAnswer } from '../../domain/notify/channel.view.ts';
import { ensureOk, readAnswer, withApi } from '../api-client.ts';
import { CliError } from '../cli-error.ts';
import { printJson, readInput } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

/** `key=value`: numbers, true/false and null as such, anything else as text. */
function settingValue(raw: string): unknown {
  if (raw === 'null') return null;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

const line = (c: ChannelSettingsAnswer): string => [
  c.id, c.source === 'admin' ? 'saved' : 'config', c.enabled ? 'on' : 'off',
  [...(c.host ? [`host=${c.host}`] : []), ...Object.entries(c.settings).filter(([k]) => k !== 'name').map(([k, v]) => `${k}=${JSON.stringify(v)}`), ...Object.entries(c.secrets).map(([k, v]) => `${k}:${v}`)].join(' '),
].join('\t');

/**
 * Registers `debrief notify test <channel>` (queues a test message; `debrief jobs list` shows
 * when it went out), `debrief notify channels` and `debrief notify channel <id>` (the
 * channels saved over debrief.config.yaml: settings, on/off, a secret from standard input).
 */
export function registerNotifyCommand(program: Command): void {
  const notify = program.command('notify').description('Notifications: Slack, e-mail and outbound webhooks');
  addClientOptions(notify.command('test'))
    .argument('<channel>', 'slack, email or webhook')
    .option('--to <to>', 'email: the address; webhook: the webhook name (default the first)')
    .option('--json', 'machine-readable output')
    .description('Queue a test message on a channel')
    .action(async (channel: string, o: GlobalClientOptions & { to?: string; json?: boolean }) => withApi(o, async (api) => {
      const r = readAnswer(await api.request('POST', '/api/v1/notify/test', { channel, ...(o.to ? { to: o.to } : {}) }), JobViewSchema);
      if (o.json) return printJson(r);
      process.stdout.write(`test message queued as job ${r.id}; see \`debrief jobs list --kind notify.send\`\n`);
    }));
  addClientOptions(notify.command('channels'))
    .option('--json', 'machine-readable output')
    .description('List the channels (from debrief.config.yaml or saved from the admin page): settings, on/off, secrets only as set / not set')
    .action(async (o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const r = readAnswer(await api.request('GET', '/api/v1/notify/channels'), ChannelListSchema);
      if (o.json) return printJson(r.settings);
      for (const c of r.settings) process.stdout.write(`${line(c)}\n`);
    }));
  addClientOptions(notify.command('channel'))
    .argument('<id>', 'slack, email or webhook:<name>')
    .option('--set <key=value...>', 'a setting (as in debrief.config.yaml notify; numbers, true/false and null as such)')
    .option('--secret <field>', 'a secret setting (botToken, webhookUrl, password, url, secret), its value read from standard input')
    .option('--on', 'turn the channel on')
    .option('--off', 'turn the channel off (it sends nothing, even if the file sets it)')
    .option('--forget', 'forget what was saved: the file\'s settings apply again')
    .option('--json', 'machine-readable output')
    .description('Create or change a channel (saved in the database, wins over debrief.config.yaml); the other settings are kept')
    .action(async (id: string, o: GlobalClientOptions & { set?: string[]; secret?: string; on?: boolean; off?: boolean; forget?: boolean; json?: boolean }) => withApi(o, async (api) => {
      const path = `/api/v1/notify/channels/${encodeURIComponent(id)}`;
      if (o.forget) {
        ensureOk(await api.request('DELETE', path));
        process.stdout.write(`${id} uses debrief.config.yaml again\n`);
        return;
      }
      if (o.on && o.off) throw new CliError('--on and --off together: choose one');
      const current = readAnswer(await api.request('GET', '/api/v1/notify/channels'), ChannelListSchema).settings.find((c) => c.id === id);
      const settings: Record<string, unknown> = { ...(current?.settings ?? {}) };
      delete settings['name'];
      for (const kv of o.set ?? []) {
        const eq = kv.indexOf('=');
        if (eq <= 0) throw new CliError(`--set ${kv}: use key=value`);
        settings[kv.slice(0, eq)] = settingValue(kv.slice(eq + 1));
      }
      if (o.secret) {
        const value = (await readInput('-')).trim();
        if (!value) throw new CliError(`--secret ${o.secret}: standard input was empty`);
        settings[o.secret] = value;
      }
      const enabled = o.off ? false : o.on ? true : (current?.enabled ?? true);
      const saved = readAnswer(await api.request('PUT', path, { enabled, settings }), ChannelSettingsViewSchema);
      if (o.json) return printJson(saved);
      process.stdout.write(`${line(saved)}\n`);
    }));
}
