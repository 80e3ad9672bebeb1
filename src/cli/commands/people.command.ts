import { Option, type Command } from 'commander';
import { ROLE_DESCRIPTIONS, ROLES } from '../../domain/access/roles.ts';
import { UserListSchema, UserViewSchema, type UserView } from '../../domain/access/user.view.ts';
import { AddressListSchema, AddressViewSchema, TeamListSchema, TeamViewSchema, type AddressView, type TeamView } from '../../domain/notify/directory.view.ts';
import { CliError } from '../cli-error.ts';
import { ensureOk, readAnswer, withApi } from '../api-client.ts';
import { printJson, readInput } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

const enc = encodeURIComponent;
/** `-` clears a field. */
const val = (v: string): string | null => (v === '-' ? null : v);
const addrLine = (a: AddressView) => `${a.username}\temail ${a.email ?? '-'}\tslack ${a.slackId ?? a.slackHandle ?? '-'}\tgithub ${a.githubLogin ?? '-'}\tteam ${a.team ?? '-'}${a.mutes.length ? `\tmuted ${a.mutes.join(',')}` : ''}`;
const accountLine = (u: UserView) => `${u.username}\t${u.displayName}\t${u.role}\t${u.active ? 'active' : `deactivated ${u.deactivatedAt ?? ''}`}`;
/** The non-empty lines of standard input (passwords are never taken from the command line). */
async function stdinLines(): Promise<string[]> {
  return (await readInput('-')).split(/\r?\n/).filter((l) => l.length > 0);
}
const teamLine = (t: TeamView) => `${t.name}\tchannel ${t.slackChannel ?? '-'}\temail ${t.email ?? '-'}\tlead ${t.lead ?? '-'}`;

/** `debrief users list|show|set` (addresses and mutes), `users roles|accounts|add|edit|password` and `debrief teams list|set|delete`. */
export function registerPeopleCommands(program: Command): void {
  const users = program.command('users').description('Accounts and roles (add, edit, deactivate, password), and where people are reached: e-mail, Slack, GitHub login, team, muted rules');
  addClientOptions(users.command('list'))
    .description("Every user's addresses (admin)").option('--json', 'machine-readable output')
    .action(async (o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const r = readAnswer(await api.request('GET', '/api/v1/addresses'), AddressListSchema);
      if (o.json) return printJson(r);
      if (!r.items.length) process.stderr.write('no users yet: add one with `debrief users add <username> --role <role>` (or on the Users page)\n');
      for (const a of r.items) process.stdout.write(`${addrLine(a)}\n`);
    }));
  addClientOptions(users.command('show'))
    .description("A user's addresses (`me`, or another user's as admin)").argument('<user>', 'me, a username or a user id').option('--json', 'machine-readable output')
    .action(async (user: string, o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const a = readAnswer(await api.request('GET', `/api/v1/users/${enc(user)}/addresses`), AddressViewSchema);
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
        const cur = readAnswer(await api.request('GET', `/api/v1/users/${enc(user)}/addresses`), AddressViewSchema);
        body['mutes'] = [...new Set([...cur.mutes, ...(o.mute ?? [])])].filter((r) => !(o.unmute ?? []).includes(r));
      }
      const a = readAnswer(await api.request('PATCH', `/api/v1/users/${enc(user)}/addresses`, body), AddressViewSchema);
      return o.json ? printJson(a) : void process.stdout.write(`${addrLine(a)}\n`);
    }));

  users.command('roles')
    .description('What each role allows, least to most powerful').option('--json', 'machine-readable output')
    .action((o: { json?: boolean }) => {
      if (o.json) return printJson({ items: ROLES.map((role) => ({ role, allows: ROLE_DESCRIPTIONS[role] })) });
      for (const r of ROLES) process.stdout.write(`${r}\t${ROLE_DESCRIPTIONS[r]}\n`);
    });
  addClientOptions(users.command('accounts'))
    .description('Every account: username, name, role, active or deactivated').option('--json', 'machine-readable output')
    .action(async (o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const r = readAnswer(await api.request('GET', '/api/v1/users'), UserListSchema);
      if (o.json) return printJson(r);
      if (!r.items.length) process.stderr.write('no users yet: add one with `debrief users add <username> --role <role>` (or on the Users page)\n');
      for (const u of r.items) process.stdout.write(`${accountLine(u)}\n`);
    }));
  addClientOptions(users.command('add'))
    .description('Create an account (admin); the password is read from standard input').argument('<username>')
    .addOption(new Option('-r, --role <role>', 'role').choices([...ROLES]).makeOptionMandatory())
    .option('--name <display name>').option('--json', 'machine-readable output')
    .action(async (username: string, o: GlobalClientOptions & { role: string; name?: string; json?: boolean }) => withApi(o, async (api) => {
      const [password] = await stdinLines();
      if (!password) throw new CliError('give the password on standard input');
      const u = readAnswer(await api.request('POST', '/api/v1/users', { username, password, role: o.role, ...(o.name ? { displayName: o.name } : {}) }), UserViewSchema);
      return o.json ? printJson(u) : void process.stdout.write(`${accountLine(u)}\n`);
    }));
  addClientOptions(users.command('edit'))
    .description("Change an account (admin): name, role, deactivate or reactivate (the last active admin is kept)")
    .argument('<user>', 'me, a username or a user id')
    .option('--name <display name>').addOption(new Option('-r, --role <role>', 'new role').choices([...ROLES]))
    .addOption(new Option('--deactivate', 'refuse sign-in; end sessions and tokens at once').conflicts('reactivate'))
    .option('--reactivate', 'let the user sign in again').option('--json', 'machine-readable output')
    .action(async (user: string, o: GlobalClientOptions & { name?: string; role?: string; deactivate?: boolean; reactivate?: boolean; json?: boolean }) => withApi(o, async (api) => {
      const body: Record<string, unknown> = {};
      if (o.name !== undefined) body['displayName'] = o.name;
      if (o.role !== undefined) body['role'] = o.role;
      if (o.deactivate) body['active'] = false;
      if (o.reactivate) body['active'] = true;
      if (!Object.keys(body).length) throw new CliError('give --name, --role, --deactivate or --reactivate');
      const u = readAnswer(await api.request('PATCH', `/api/v1/users/${enc(user)}`, body), UserViewSchema);
      return o.json ? printJson(u) : void process.stdout.write(`${accountLine(u)}\n`);
    }));
  addClientOptions(users.command('password'))
    .description("Set a password, read from standard input: an admin resets another user's; with --own, your current password is the first line and the new one the second")
    .argument('<user>', 'me, a username or a user id').option('--own', 'change your own password (current password first)')
    .action(async (user: string, o: GlobalClientOptions & { own?: boolean }) => withApi(o, async (api) => {
      const lines = await stdinLines();
      const [currentPassword, password] = o.own ? lines : [undefined, lines[0]];
      if (!password || (o.own && !currentPassword)) throw new CliError(o.own ? 'give the current password and the new one on two lines of standard input' : 'give the new password on standard input');
      const u = readAnswer(await api.request('POST', `/api/v1/users/${enc(user)}/password`, { password, ...(currentPassword ? { currentPassword } : {}) }), UserViewSchema);
      process.stdout.write(`password set for ${u.username}\n`);
    }));

  const teams = program.command('teams').description('Teams: Slack channel (weekly review), e-mail and lead (escalations)');
  addClientOptions(teams.command('list'))
    .description('List teams').option('--json', 'machine-readable output')
    .action(async (o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const r = readAnswer(await api.request('GET', '/api/v1/teams'), TeamListSchema);
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
      const t = readAnswer(await api.request('PUT', `/api/v1/teams/${enc(name)}`, body), TeamViewSchema);
      return o.json ? printJson(t) : void process.stdout.write(`${teamLine(t)}\n`);
    }));
  addClientOptions(teams.command('delete'))
    .description('Delete a team (admin)').argument('<name>', 'team name')
    .action(async (name: string, o: GlobalClientOptions) => withApi(o, async (api) => {
      ensureOk(await api.request('DELETE', `/api/v1/teams/${enc(name)}`));
      process.stdout.write(`team ${name} deleted\n`);
    }));
}
