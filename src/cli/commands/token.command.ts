import { Option, type Command } from 'commander';
import { ROLES } from '../../domain/access/roles.ts';
import { ensureOk, withApi } from '../api-client.ts';
import { printJson } from '../io.ts';
import { CliError } from '../cli-error.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** `30d`, `12h`, `90m`, `2w` from now, as ISO 8601; a usage error (exit 2) otherwise. */
export function expiryOf(text: string, now: Date): string {
  const m = /^(\d{1,5})([mhdw])$/.exec(text.trim());
  if (!m || Number(m[1]) === 0) throw new CliError(`--expires: "${text}" is not a duration like 30d, 12h or 90m`, 2);
  return new Date(now.getTime() + Number(m[1]) * UNIT_MS[m[2]!]!).toISOString();
}

/** `debrief token create|list|revoke`. */
export function registerTokenCommand(program: Command): void {
  const token = program.command('token').description('Manage API tokens (admin)');

  addClientOptions(token.command('create'))
    .description('Create an API token and print it once')
    .addOption(new Option('-r, --role <role>', 'role of the token').choices([...ROLES]).makeOptionMandatory())
    .option('-n, --name <name>', 'a name to recognise it by', 'cli')
    .option('--expires <duration>', 'refuse the token after this long: 30d, 12h, 90m (default: never)')
    .option('--user <user>', 'the user (username or id) it acts for: refused while that user is deactivated')
    .option('--json', 'machine-readable output')
    .action(async (opts: GlobalClientOptions & { role: string; name: string; expires?: string; user?: string; json?: boolean }) => {
      const expiresAt = opts.expires === undefined ? undefined : expiryOf(opts.expires, new Date());
      await withApi(opts, async (api) => {
        const res = ensureOk(await api.request('POST', '/api/v1/tokens', { name: opts.name, role: opts.role, ...(expiresAt ? { expiresAt } : {}), ...(opts.user ? { user: opts.user } : {}) }));
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
        const items = (res.body as { items: { id: string; name: string; role: string; createdAt: string; revokedAt: string | null; lastUsedAt: string | null; expiresAt: string | null }[] }).items;
        if (opts.json) return printJson(items);
        for (const t of items) {
          const state = t.revokedAt ? '  (revoked)' : t.expiresAt && Date.parse(t.expiresAt) <= Date.now() ? '  (expired)' : '';
          const used = `last used ${t.lastUsedAt ?? 'never'}`;
          const expires = t.expiresAt ? `, expires ${t.expiresAt}` : '';
          process.stdout.write(`${t.id}  ${t.role.padEnd(9)} ${t.name}  (${used}${expires})${state}\n`);
        }
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
