import type { Command } from 'commander';
import { ensureOk, withApi } from '../api-client.ts';
import { printJson } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

type Address = { username: string; email: string | null; slackId: string | null; slackHandle: string | null; githubLogin: string | null; team: string | null; mutes: string[] };
type Team = { name: string; slackChannel: string | null; email: string | null; lead: string | null };
const enc = encodeURIComponent;
/** `-` clears a field. */
const val = (v: string): string | null => (v === '-' ? null : v);
const addrLine = (a: Address) => `${a.username}\temail ${a.email ?? '-'}\tslack ${a.slackId ?? a.slackHandle ?? '-'}\tgithub ${a.githubLogin ?? '-'}\tteam ${a.team ?? '-'}${a.mutes.length ? `\tmuted ${a.mutes.join(',')}` : ''}`;
const teamLine = (t: Team) => `${t.name}\tchannel ${t.slackChannel ?? '-'}\temail ${t.email ?? '-'}\tlead ${t.lead ?? '-'}`;

/** `debrief users list|show|set` (addresses and mutes) and `debrief teams list|set|delete`. */
export function registerPeopleCommands(program: Command): void {
  const users = program.command('users').description("Where people are reached: e-mail, Slack, GitHub login, team, muted rules");
  addClientOptions(users.command('list'))
    .description("Every user's addresses (admin)").option('--json', 'machine-readable output')
    .action(async (o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const r = ensureOk(await api.request('GET', '/api/v1/addresses')).body as { items: Address[] };
      if (o.json) return printJson(r);
      for (const a of r.items) process.stdout.write(`${addrLine(a)}\n`);
    }));
  addClientOptions(users.command('show'))
    .description("A user's addresses (`me`, or another user's as admin)").argument('<user>', 'me, a username or a user id').option('--json', 'machine-readable output')
    .action(async (user: string, o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const a = ensureOk(await api.request('GET', `/api/v1/users/${enc(user)}/addresses`)).body as Address;
      return o.json ? printJson(a) : void process.stdout.write(`${addrLine(a)}\n`);
    }));
  addClientOptions(users.command('set'))
    .description("Set a user's addresses (`-` clears one); --mute/--unmute rules such as action-overdue")
    .argument('<user>', 'me, a username or a user id')
    .option('--email <address>').option('--slack-id <id>', 'Slack member id (U…)').option('--slack-handle <handle>').option('--github <login>')
    .option('--team <name>').option('--mute <rules...>', 'rules not to receive').option('--unmute <rules...>', 'rules to receive again')
    .option('--json', 'machine-readable output')
    .action(async (user: string, o: GlobalClientOptions & { email?: string; slackId?: string; slackHandle?: string; github?: string; team?: string; mute?: string[]; unmute?: string[]; json?: boolean }) => withApi(o, async (api) => {
      const body: Record<string, unknown> = {};
      if (o.email !== undefined) body['email'] = val(o.email);
      if (o.slackId !== undefined) body['slackId'] = val(o.slackId);
      if (o.slackHandle !== undefined) body['slackHandle'] = val(o.slackHandle);
      if (o.github !== undefined) body['githubLogin'] = val(o.github);
      if (o.team !== undefined) body['team'] = val(o.team);
      if (o.mute || o.unmute) {
        const cur = ensureOk(await api.request('GET', `/api/v1/users/${enc(user)}/addresses`)).body as Address;
        body['mutes'] = [...new Set([...cur.mutes, ...(o.mute ?? [])])].filter((r) => !(o.unmute ?? []).includes(r));
      }
      const a = ensureOk(await api.request('PATCH', `/api/v1/users/${enc(user)}/addresses`, body)).body as Address;
      return o.json ? printJson(a) : void process.stdout.write(`${addrLine(a)}\n`);
    }));

  const teams = program.command('teams').description('Teams: Slack channel (weekly review), e-mail and lead (escalations)');
  addClientOptions(teams.command('list'))
    .description('List teams').option('--json', 'machine-readable output')
    .action(async (o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const r = ensureOk(await api.request('GET', '/api/v1/teams')).body as { items: Team[] };
      if (o.json) return printJson(r);
      if (!r.items.length) process.stderr.write('no teams\n');
      for (const t of r.items) process.stdout.write(`${teamLine(t)}\n`);
    }));
  addClientOptions(teams.command('set'))
    .description('Create or change a team (admin; `-` clears a field)').argument('<name>', 'team name')
    .option('--channel <channel>', 'Slack channel (#name or id)').option('--email <address>').option('--lead <person>', 'team lead (@name)')
    .option('--json', 'machine-readable output')
    .action(async (name: string, o: GlobalClientOptions & { channel?: string; email?: string; lead?: string; json?: boolean }) => withApi(o, async (api) => {
      const body: Record<string, unknown> = {};
      if (o.channel !== undefined) body['slackChannel'] = val(o.channel);
      if (o.email !== undefined) body['email'] = val(o.email);
      if (o.lead !== undefined) body['lead'] = val(o.lead);
      const t = ensureOk(await api.request('PUT', `/api/v1/teams/${enc(name)}`, body)).body as Team;
      return o.json ? printJson(t) : void process.stdout.write(`${teamLine(t)}\n`);
    }));
  addClientOptions(teams.command('delete'))
    .description('Delete a team (admin)').argument('<name>', 'team name')
    .action(async (name: string, o: GlobalClientOptions) => withApi(o, async (api) => {
      ensureOk(await api.request('DELETE', `/api/v1/teams/${enc(name)}`));
      process.stdout.write(`team ${name} deleted\n`);
    }));
}
