import { Option, type Command } from 'commander';
import { ACTION_CATEGORIES, ACTION_STATUSES, CHECKLIST_ITEMS } from '../../domain/lifecycle/action-item.ts';
import { ActionItemListSchema, FollowUpListSchema, WeeklyReviewSchema } from '../../domain/lifecycle/action-item.view.ts';
import { ActionItemViewSchema, PostmortemViewSchema, type ActionItemView } from '../../domain/postmortem/postmortem.view.ts';
import { TrackResultSchema } from '../../domain/trackers/track.view.ts';
import { readAnswer, withApi } from '../api-client.ts';
import { CliError } from '../cli-error.ts';
import { printJson } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

const enc = encodeURIComponent;
const line = (a: ActionItemView) => `${a.postmortemId}/${a.key}  ${a.priority.padEnd(3)} ${a.status.padEnd(11)} due ${a.dueDate ?? '-'}${a.overdue ? ' OVERDUE' : ''}  ${a.owner ?? 'unassigned'}  ${a.title}`;

function ref(value: string): { id: string; key: string } {
  const m = /^(.+)[/:](A\d+)$/.exec(value);
  if (!m) throw new CliError(`expected INC-…/A<n>, got ${value}`, 2);
  return { id: m[1]!, key: m[2]! };
}

/** `debrief action list|add|update|track|remind` and `debrief review weekly`. */
export function registerActionCommand(program: Command): void {
  const action = program.command('action').description('Action items: list, add, update, close');

  addClientOptions(action.command('list'))
    .description('Action items across post-mortems')
    .option('--mine', 'only mine').option('--owner <name>', 'only this owner').option('--overdue', 'only overdue')
    .option('--priority <p>', 'priorities of the team\'s policy, e.g. P0,P1 (comma-separated)').option('--status <s>', 'open, in_progress, done, wont_do (comma-separated)')
    .option('--team <team>', 'only this team').option('--limit <n>', 'how many (a page)').option('--cursor <cursor>', 'continue from a previous page')
    .option('--json', 'machine-readable output')
    .action(async (o: GlobalClientOptions & { mine?: boolean; owner?: string; overdue?: boolean; priority?: string; status?: string; team?: string; limit?: string; cursor?: string; json?: boolean }) => withApi(o, async (api) => {
      const qs = new URLSearchParams();
      if (o.mine) qs.set('owner', 'me');
      else if (o.owner) qs.set('owner', o.owner);
      if (o.overdue) qs.set('overdue', 'true');
      if (o.priority) qs.set('priority', o.priority);
      if (o.status) qs.set('status', o.status);
      if (o.team) qs.set('team', o.team);
      if (o.limit) qs.set('limit', o.limit);
      if (o.cursor) qs.set('cursor', o.cursor);
      const page = readAnswer(await api.request('GET', `/api/v1/action-items?${qs}`), ActionItemListSchema);
      const items = page.items;
      if (page.nextCursor) process.stderr.write(`more: --cursor ${page.nextCursor}\n`);
      if (o.json) return printJson(items);
      if (!items.length) process.stderr.write('no action items\n');
      for (const a of items) process.stdout.write(`${line(a)}\n`);
    }));

  addClientOptions(action.command('add'))
    .description('Add an action item to a post-mortem (due date from its priority)')
    .argument('<postmortem>', 'INC-…').requiredOption('-t, --title <title>', 'specific, measurable action')
    .addOption(new Option('--category <c>', 'category').choices([...ACTION_CATEGORIES]).default('prevent'))
    .option('-p, --priority <p>', 'P0..P3', 'P2').option('-o, --owner <name>', 'owner').option('--due <YYYY-MM-DD>', 'override the due date')
    .option('--reason <text>', 'why the due date differs from policy').option('--tracker <url>', 'external tracker link').option('--json', 'machine-readable output')
    .action(async (id: string, o: GlobalClientOptions & { title: string; category: string; priority: string; owner?: string; due?: string; reason?: string; tracker?: string; json?: boolean }) => withApi(o, async (api) => {
      const body: Record<string, unknown> = { title: o.title, category: o.category, priority: o.priority };
      if (o.owner) body['owner'] = o.owner;
      if (o.due) body['dueDate'] = o.due;
      if (o.reason) body['dueReason'] = o.reason;
      if (o.tracker) body['trackerUrl'] = o.tracker;
      const item = readAnswer(await api.request('POST', `/api/v1/postmortems/${enc(id)}/action-items`, body), ActionItemViewSchema);
      return o.json ? printJson(item) : void process.stdout.write(`${line(item)}\n`);
    }));

  addClientOptions(action.command('update'))
    .description('Update an action item: status, owner, checklist, due date')
    .argument('<ref>', 'INC-…/A1')
    .addOption(new Option('--status <s>', 'new status').choices([...ACTION_STATUSES]))
    .option('--reason <text>', "reason (won't do, or a moved due date)").option('-o, --owner <name>', 'new owner').option('--due <YYYY-MM-DD>', 'new due date (needs --reason)')
    .option('--check <items...>', `closure checklist items done: ${CHECKLIST_ITEMS.join(', ')}`).option('--na <items...>', 'checklist items not applicable')
    .option('--json', 'machine-readable output')
    .action(async (r: string, o: GlobalClientOptions & { status?: string; reason?: string; owner?: string; due?: string; check?: string[]; na?: string[]; json?: boolean }) => withApi(o, async (api) => {
      const { id, key } = ref(r);
      const cur = readAnswer(await api.request('GET', `/api/v1/postmortems/${enc(id)}`), PostmortemViewSchema).actionItems.find((a) => a.key === key);
      if (!cur) throw new CliError(`no action item ${id}/${key}`);
      const body: Record<string, unknown> = { version: cur.version };
      if (o.status) body['status'] = o.status;
      if (o.status === 'wont_do' && o.reason) body['wontDoReason'] = o.reason;
      if (o.owner) body['owner'] = o.owner;
      if (o.due) { body['dueDate'] = o.due; if (o.reason) body['dueReason'] = o.reason; }
      const checklist: Record<string, boolean> = {};
      for (const c of o.check ?? []) checklist[c] = true;
      for (const c of o.na ?? []) checklist[`${c}NotApplicable`] = true;
      if (Object.keys(checklist).length) body['checklist'] = checklist;
      const item = readAnswer(await api.request('PATCH', `/api/v1/postmortems/${enc(id)}/action-items/${key}`, body), ActionItemViewSchema);
      return o.json ? printJson(item) : void process.stdout.write(`${line(item)}\n`);
    }));

  addClientOptions(action.command('track'))
    .description('Create the action item\'s issue in GitHub or Jira (once; the link is kept on the item and closing the issue ticks "fix deployed")')
    .argument('<ref>', 'INC-…/A1')
    .addOption(new Option('--tracker <name>', 'tracker (default: trackers.default)').choices(['github', 'jira']))
    .option('--json', 'machine-readable output')
    .action(async (r: string, o: GlobalClientOptions & { tracker?: string; json?: boolean }) => withApi(o, async (api) => {
      const { id, key } = ref(r);
      const t = readAnswer(await api.request('POST', `/api/v1/postmortems/${enc(id)}/action-items/${key}/track`, o.tracker ? { tracker: o.tracker } : {}), TrackResultSchema);
      if (o.json) return printJson(t);
      if (t.link) process.stdout.write(`${id}/${key} is tracked in ${t.tracker}: ${t.link.url} (${t.link.state})\n`);
      else if (t.job) process.stdout.write(`${id}/${key}: ${t.tracker} issue ${t.queued ? 'queued' : 'already queued'} as job ${t.job.id} (${t.job.state}${t.job.lastError ? `: ${t.job.lastError}` : ''}); see \`debrief jobs list --kind tracker.create\`\n`);
    }));

  addClientOptions(action.command('remind'))
    .description('Items needing attention: due soon, overdue and escalated, without owner or due date (exit 1 when any is overdue)')
    .option('--json', 'machine-readable output')
    .action(async (o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const items = readAnswer(await api.request('GET', '/api/v1/action-items/follow-up'), FollowUpListSchema).items;
      if (o.json) printJson(items);
      else {
        if (!items.length) process.stderr.write('nothing needs attention\n');
        for (const f of items) process.stdout.write(`${f.level.padEnd(20)} ${f.message}${f.notify.length ? `  → ${f.notify.join(', ')}` : ''}\n`);
      }
      if (items.some((f) => f.level === 'overdue' || f.level.startsWith('escalated'))) process.exitCode = 1;
    }));

  const review = program.command('review').description('Follow-through reviews');
  addClientOptions(review.command('weekly'))
    .description("The weekly action-item review in seed 000's format")
    .option('--date <YYYY-MM-DD>', 'week ending on this day (default today)').option('--json', 'machine-readable output')
    .action(async (o: GlobalClientOptions & { date?: string; json?: boolean }) => withApi(o, async (api) => {
      const weekly = readAnswer(await api.request('GET', `/api/v1/reviews/weekly${o.date ? `?date=${o.date}` : ''}`), WeeklyReviewSchema);
      return o.json ? printJson(weekly) : void process.stdout.write(weekly.markdown);
    }));
}
