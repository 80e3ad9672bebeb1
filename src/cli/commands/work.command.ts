import type { Command } from 'commander';
import { myWorkSchema, type MyWork, type WorkItem } from '../../domain/work/contract.ts';
import { ensureOk, withApi } from '../api-client.ts';
import { printJson } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

const itemLine = (i: WorkItem): string => `  ${i.postmortemId} ${i.key}  ${i.priority}  ${i.dueDate ? `due ${i.dueDate}${i.overdue ? ' (overdue)' : ''}` : 'no due date'}  ${i.title}${i.owner ? `  — ${i.owner}` : ''}\n`;

/** The plain-text form of "my work". */
export function formatWork(w: MyWork): string {
  let out = `${w.person ? `${w.person.displayName} (${w.person.username})` : 'This token belongs to no user'}: ${w.waiting} waiting for you\n`;
  out += `\nReviews requested of you (${w.reviews.length})\n`;
  out += w.reviews.map((r) => `  ${r.postmortemId}  as ${r.role}  ${r.title}${r.owner ? `  — owner ${r.owner}` : ''}\n`).join('') || '  none\n';
  out += `\nYour action items (${w.actionItems.length})\n`;
  out += w.actionItems.map(itemLine).join('') || '  none\n';
  out += `\nPost-mortems you own (${w.postmortems.length})\n`;
  out += w.postmortems.map((p) => `  ${p.id}  ${p.status}  ${p.nextDeadline ? `next: ${p.nextDeadline.label} by ${p.nextDeadline.at}${p.nextDeadline.overdue ? ' (passed)' : ''}` : 'no deadline'}  ${p.title}\n`).join('') || '  none\n';
  if (w.team.name) {
    out += `\nOverdue in team ${w.team.name} (${w.team.overdue.length})\n`;
    out += w.team.overdue.map(itemLine).join('') || '  none\n';
  }
  return out;
}

/** `debrief work` (alias `me`): what waits for you, as on the web app's home page. */
export function registerWorkCommand(program: Command): void {
  addClientOptions(program.command('work').alias('me'))
    .description('What waits for you: reviews requested of you, your action items by due date, post-mortems you own with their next deadline, your team\'s overdue items')
    .option('--json', 'machine-readable output')
    .action(async (o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const body = myWorkSchema.parse(ensureOk(await api.request('GET', '/api/v1/me/work')).body);
      if (o.json) return printJson(body);
      process.stdout.write(formatWork(body));
    }));
}
