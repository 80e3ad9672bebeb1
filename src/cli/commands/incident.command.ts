import { Argument, Option, type Command } from 'commander';
import { INCIDENT_STATUSES } from '../../domain/incident/incident-status.ts';
import { readAnswer, withApi } from '../api-client.ts';
import { CliError } from '../cli-error.ts';
import { printJson } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';
import { IncidentListPageSchema } from '../../domain/incident/incident-list.view.ts';
import { IncidentViewSchema } from '../../domain/incident/incident.view.ts';
import { formatIncidentLine, formatIncidentListLine, formatIncidentDetail } from './incident.format.ts';
import { addIncidentFieldOptions, incidentFieldsBody, type IncidentFieldOptions } from './incident.options.ts';

/** `debrief incident declare|update|list|show|status`. */
export function registerIncidentCommand(program: Command): void {
  const incident = program.command('incident').description('Declare, list and show incidents');

  addIncidentFieldOptions(addClientOptions(incident.command('declare'))
    .description('Declare an incident')
    .requiredOption('-t, --title <title>', 'what is happening')
    .requiredOption('-s, --severity <severity>', 'SEV-1..SEV-4 or P0..P3'))
    .option('--json', 'machine-readable output')
    .action(async (opts: GlobalClientOptions & IncidentFieldOptions & { json?: boolean }) => {
      await withApi(opts, async (api) => {
        const declared = readAnswer(await api.request('POST', '/api/v1/incidents', incidentFieldsBody(opts)), IncidentViewSchema);
        if (opts.json) return printJson(declared);
        process.stdout.write(`${declared.id}\n`);
        process.stderr.write(`declared: ${formatIncidentLine(declared)}\n`);
      });
    });

  addIncidentFieldOptions(addClientOptions(incident.command('update'))
    .description('Change fields, key times, policy flags or the SLO of an incident (at its current version)')
    .argument('<id>', 'INC-YYYY-MM-DD-NNN')
    .option('-t, --title <title>', 'new title')
    .option('-s, --severity <severity>', 'new severity'))
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: GlobalClientOptions & IncidentFieldOptions & { json?: boolean }) => {
      await withApi(opts, async (api) => {
        const body = incidentFieldsBody(opts);
        if (Object.keys(body).length === 0) throw new CliError('nothing to change: give at least one field (see --help)', 2);
        const cur = readAnswer(await api.request('GET', `/api/v1/incidents/${encodeURIComponent(id)}`), IncidentViewSchema);
        const updated = readAnswer(await api.request('PATCH', `/api/v1/incidents/${encodeURIComponent(id)}`, { ...body, version: cur.version }), IncidentViewSchema);
        if (opts.json) return printJson(updated);
        process.stdout.write(formatIncidentDetail(updated));
      });
    });

  addClientOptions(incident.command('list'))
    .description('List incidents, newest first')
    .addOption(new Option('--status <status>', 'only this status').choices([...INCIDENT_STATUSES]))
    .option('--severity <severity>', 'only this severity')
    .option('--service <name>', 'only incidents touching this service')
    .option('-q, --query <text>', 'search in title and summary')
    .option('--limit <n>', 'how many', '50')
    .option('--cursor <cursor>', 'continue from a previous page')
    .option('--json', 'machine-readable output')
    .action(async (opts: GlobalClientOptions & { status?: string; severity?: string; service?: string; query?: string; limit: string; cursor?: string; json?: boolean }) => {
      await withApi(opts, async (api) => {
        const qs = new URLSearchParams({ limit: opts.limit });
        if (opts.status) qs.set('status', opts.status);
        if (opts.severity) qs.set('severity', opts.severity);
        if (opts.service) qs.set('service', opts.service);
        if (opts.query) qs.set('q', opts.query);
        if (opts.cursor) qs.set('cursor', opts.cursor);
        const page = readAnswer(await api.request('GET', `/api/v1/incidents?${qs}`), IncidentListPageSchema);
        if (opts.json) return printJson(page);
        if (page.items.length === 0) process.stderr.write('no incidents\n');
        for (const i of page.items) process.stdout.write(`${formatIncidentListLine(i)}\n`);
        if (page.nextCursor) process.stderr.write(`more: --cursor ${page.nextCursor}\n`);
      });
    });

  addClientOptions(incident.command('show'))
    .description('Show an incident with its policy verdict, deadlines and numbers')
    .argument('<id>', 'INC-YYYY-MM-DD-NNN')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: GlobalClientOptions & { json?: boolean }) => {
      await withApi(opts, async (api) => {
        const shown = readAnswer(await api.request('GET', `/api/v1/incidents/${encodeURIComponent(id)}`), IncidentViewSchema);
        if (opts.json) return printJson(shown);
        process.stdout.write(formatIncidentDetail(shown));
      });
    });

  addClientOptions(incident.command('status'))
    .description('Move an incident to another status (investigating, mitigated, resolved, closed)')
    .argument('<id>', 'INC-YYYY-MM-DD-NNN')
    .addArgument(new Argument('<status>', 'new status').choices([...INCIDENT_STATUSES]))
    .option('--at <iso>', 'when it happened (default: now, but a time already known is kept)')
    .option('-m, --note <text>', 'a note for the timeline entry')
    .option('--json', 'machine-readable output')
    .action(async (id: string, status: string, opts: GlobalClientOptions & { at?: string; note?: string; json?: boolean }) => {
      await withApi(opts, async (api) => {
        const cur = readAnswer(await api.request('GET', `/api/v1/incidents/${encodeURIComponent(id)}`), IncidentViewSchema);
        const body: Record<string, unknown> = { status, version: cur.version };
        if (opts.at) body['at'] = opts.at;
        if (opts.note) body['note'] = opts.note;
        const moved = readAnswer(await api.request('POST', `/api/v1/incidents/${encodeURIComponent(id)}/status`, body), IncidentViewSchema);
        if (opts.json) return printJson(moved);
        process.stdout.write(`${formatIncidentLine(moved)}\n`);
      });
    });
}
