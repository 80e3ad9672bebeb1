import { Option, type Command } from 'commander';
import { ROLES } from '../../domain/access/roles.ts';
import { ensureOk, withApi } from '../api-client.ts';
import { printJson } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

/** `debrief token create|list|revoke`. */
export function registerTokenCommand(program: Command): void {
  const token = program.command('token').description('Manage API tokens (admin)');

  addClientOptions(token.command('create'))
    .description('Create an API token and print it once')
    .addOption(new Option('-r, --role <role>', 'role of the token').choices([...ROLES]).makeOptionMandatory())
    .option('-n, --name <name>', 'a name to recognise it by', 'cli')
    .option('--json', 'machine-readable output')
    .action(async (opts: GlobalClientOptions & { role: string; name: string; json?: boolean }) => {
      await withApi(opts, async (api) => {
        const res = ensureOk(await api.request('POST', '/api/v1/tokens', { name: opts.name, role: opts.role }));
        const created = res.body as { id: string; token: string; role: string; name: string };
        if (opts.json) return printJson(created);
        process.stdout.write(`${created.token}\n`);
        process.stderr.write(`Token "${created.name}" (${created.role}) created. It is shown only now: keep it safe.\nUse it as: Authorization: Bearer <token>, or DEBRIEF_TOKEN=<token> for the CLI.\n`);
      });
    });

  addClientOptions(token.command('list'))
    .description('List API tokens')
    .option('--json', 'machine-readable output')
    .action(async (opts: GlobalClientOptions & { json?: boolean }) => {
      await withApi(opts, async (api) => {
        const res = ensureOk(await api.request('GET', '/api/v1/tokens'));
        const items = (res.body as { items: { id: string; name: string; role: string; createdAt: string; revokedAt: string | null }[] }).items;
        if (opts.json) return printJson(items);
        for (const t of items) process.stdout.write(`${t.id}  ${t.role.padEnd(9)} ${t.name}${t.revokedAt ? '  (revoked)' : ''}\n`);
      });
    });

  addClientOptions(token.command('revoke'))
    .description('Revoke an API token')
    .argument('<id>', 'token id (from `debrief token list`)')
    .action(async (id: string, opts: GlobalClientOptions) => {
      await withApi(opts, async (api) => {
        ensureOk(await api.request('DELETE', `/api/v1/tokens/${encodeURIComponent(id)}`));
        process.stderr.write(`token ${id} revoked\n`);
      });
    });
}
