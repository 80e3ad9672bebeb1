import type { Command } from 'commander';
import { DeletedEventSchema, EventViewSchema } from '../../domain/incident/incident.view.ts';
import { readAnswer, withApi } from '../api-client.ts';
import { CliError } from '../cli-error.ts';
import { printJson } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

type VersionOption = { ifVersion?: string };

const versionOf = (o: VersionOption): number | undefined => {
  if (o.ifVersion === undefined) return undefined;
  const v = Number(o.ifVersion);
  if (!Number.isInteger(v) || v < 1) throw new CliError(`--if-version must be a positive whole number, got "${o.ifVersion}"`, 2);
  return v;
};

const eventPath = (incident: string, event: string): string => `/api/v1/incidents/${encodeURIComponent(incident)}/events/${encodeURIComponent(event)}`;

/** Registers `debrief event exclude|include|delete`: a person's say over one timeline event (a revision each). */
export function registerEventCommand(program: Command): void {
  const event = program.command('event').description('One timeline event: exclude it from the numbers, include it again, or delete it');
  for (const [name, excluded, what] of [['exclude', true, 'Exclude an event: kept and listed, left out of gaps, numbers, the policy and the chart'], ['include', false, 'Include an excluded event again']] as const) {
    addClientOptions(event.command(name))
      .argument('<incident>', 'the incident id (INC-…)')
      .argument('<event>', 'the event id (from `GET /api/v1/incidents/:id/events`)')
      .description(what)
      .option('--if-version <n>', 'the version you saw (a stale one is refused)')
      .option('--json', 'machine-readable output')
      .action(async (incident: string, id: string, o: GlobalClientOptions & VersionOption & { json?: boolean }) => withApi(o, async (api) => {
        const version = versionOf(o);
        const r = readAnswer(await api.request('POST', `${eventPath(incident, id)}/exclude`, { excluded, ...(version ? { version } : {}) }), EventViewSchema);
        if (o.json) return printJson(r);
        process.stdout.write(`event ${r.id} ${r.excluded ? 'excluded' : 'included'} (version ${r.version})\n`);
      }));
  }
  addClientOptions(event.command('delete'))
    .argument('<incident>', 'the incident id (INC-…)')
    .argument('<event>', 'the event id')
    .description('Delete an event: it leaves the timeline, the history keeps what it was, importing the same file again does not bring it back')
    .option('--if-version <n>', 'the version you saw (a stale one is refused)')
    .option('--json', 'machine-readable output')
    .action(async (incident: string, id: string, o: GlobalClientOptions & VersionOption & { json?: boolean }) => withApi(o, async (api) => {
      const version = versionOf(o);
      const r = readAnswer(await api.request('DELETE', eventPath(incident, id), undefined, version ? { headers: { 'if-match': `"${version}"` } } : undefined), DeletedEventSchema);
      if (o.json) return printJson(r);
      process.stdout.write(`event ${r.id} deleted\n`);
    }));
}
