import { Argument, Option, type Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { RevisionListSchema } from '../../domain/incident/incident.view.ts';
import { PostmortemListSchema, PostmortemViewSchema, RefreshedPostmortemSchema, type PostmortemView } from '../../domain/postmortem/postmortem.view.ts';
import { MeetingViewSchema, PublishPreviewSchema, PublishResultSchema } from '../../domain/postmortem/review.view.ts';
import { ensureOk, readAnswer, withApi, type ApiClient } from '../api-client.ts';
import { CliError } from '../cli-error.ts';
import { printJson } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

type Json = Record<string, unknown>;

const enc = encodeURIComponent;

async function current(api: ApiClient, id: string): Promise<PostmortemView> {
  return readAnswer(await api.request('GET', `/api/v1/postmortems/${enc(id)}`), PostmortemViewSchema);
}

function show(pm: PostmortemView): string {
  const lines = [`${pm.id}: ${pm.title}`, `  status ${pm.status}, owner ${pm.owner ?? '-'}, version ${pm.version}, quality score ${pm.score.score}/100`];
  for (const r of pm.reviewers) lines.push(`  reviewer ${r.role}: ${r.user ?? 'unassigned'} — ${r.decision}`);
  for (const f of pm.findings) lines.push(`  ${String(f.line).padStart(4)}  ${f.severity.padEnd(7)} ${f.message}  [${f.rule}]`);
  return `${lines.join('\n')}\n`;
}

/** `debrief postmortem start|list|show|edit|review|approve|request-changes|publish|meeting|refresh-timeline|history`. */
export function registerPostmortemCommand(program: Command): void {
  const pm = program.command('postmortem').alias('pm').description('Draft, edit, review, sign off and publish post-mortems');
  const json = (c: Command) => c.option('--json', 'machine-readable output');

  json(addClientOptions(pm.command('start')).argument('<incident>', 'INC-…').option('--template <id>', 'full, concise, sre, framework or a custom one').option('--owner <name>', 'post-mortem owner'))
    .description('Start the post-mortem of an incident from a template')
    .action(async (id: string, o: GlobalClientOptions & { template?: string; owner?: string; json?: boolean }) => withApi(o, async (api) => {
      const body: Json = {};
      if (o.template) body['template'] = o.template;
      if (o.owner) body['owner'] = o.owner;
      const p = readAnswer(await api.request('POST', `/api/v1/incidents/${enc(id)}/postmortem`, body), PostmortemViewSchema);
      return o.json ? printJson(p) : void process.stdout.write(show(p));
    }));

  json(addClientOptions(pm.command('list')).option('--status <status>', 'draft, in_review, approved, published').option('--mine', 'only mine')
    .option('--limit <n>', 'how many (a page)').option('--cursor <cursor>', 'continue from a previous page'))
    .description('List post-mortems, newest first')
    .action(async (o: GlobalClientOptions & { status?: string; mine?: boolean; limit?: string; cursor?: string; json?: boolean }) => withApi(o, async (api) => {
      const qs = new URLSearchParams();
      if (o.status) qs.set('status', o.status);
      if (o.mine) qs.set('owner', 'me');
      if (o.limit) qs.set('limit', o.limit);
      if (o.cursor) qs.set('cursor', o.cursor);
      const page = readAnswer(await api.request('GET', `/api/v1/postmortems?${qs}`), PostmortemListSchema);
      const items = page.items;
      if (page.nextCursor) process.stderr.write(`more: --cursor ${page.nextCursor}\n`);
      if (o.json) return printJson(items);
      for (const p of items) process.stdout.write(`${p.id}  ${p.status.padEnd(10)} ${(p.owner ?? '-').padEnd(16)} ${p.title}\n`);
    }));

  json(addClientOptions(pm.command('show')).argument('<id>', 'INC-…'))
    .description('Show a post-mortem with its quality findings and reviewers')
    .action(async (id: string, o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const p = await current(api, id);
      return o.json ? printJson(p) : void process.stdout.write(show(p));
    }));

  json(addClientOptions(pm.command('edit')).argument('<id>', 'INC-…').requiredOption('--section <key>', 'section key (summary, rootCause, …)').requiredOption('--file <file>', 'Markdown body of the section (- for stdin)'))
    .description('Replace the body of one section (at the current version; a concurrent change is refused)')
    .action(async (id: string, o: GlobalClientOptions & { section: string; file: string; json?: boolean }) => withApi(o, async (api) => {
      const text = o.file === '-' ? await new Promise<string>((res) => { let s = ''; process.stdin.on('data', (c: Buffer) => { s += c.toString(); }).on('end', () => res(s)); }) : await readFile(o.file, 'utf8').catch(() => { throw new CliError(`cannot read ${o.file}`); });
      const p = await current(api, id);
      const edited = readAnswer(await api.request('PATCH', `/api/v1/postmortems/${enc(id)}`, { sections: { [o.section]: text }, version: p.version }), PostmortemViewSchema);
      return o.json ? printJson(edited) : void process.stdout.write(show(edited));
    }));

  const decide = (name: string, action: string, desc: string) =>
    json(addClientOptions(pm.command(name)).argument('<id>', 'INC-…').option('--role <role>', 'reviewer role you sign for').option('-m, --comment <text>', 'comment'))
      .description(desc)
      .action(async (id: string, o: GlobalClientOptions & { role?: string; comment?: string; json?: boolean }) => withApi(o, async (api) => {
        const p = await current(api, id);
        const body: Json = { action, version: p.version };
        if (o.role) body['role'] = o.role;
        if (o.comment) body['comment'] = o.comment;
        const reviewed = readAnswer(await api.request('POST', `/api/v1/postmortems/${enc(id)}/review`, body), PostmortemViewSchema);
        return o.json ? printJson(reviewed) : void process.stdout.write(show(reviewed));
      }));
  decide('review', 'request', 'Request review (owner)');
  decide('approve', 'approve', 'Approve as a reviewer');
  decide('request-changes', 'request_changes', 'Send back to draft with a comment');

  json(addClientOptions(pm.command('publish')).argument('<id>', 'INC-…')
    .addOption(new Option('--audience <audience>', 'who reads it').choices(['internal', 'external']).default('internal'))
    .option('--dry-run', 'show blockers and redactions, publish nothing').option('--legal-reviewed', 'record your legal sign-off of this version (security incidents)')
    .option('--keep <text...>', 'external: keep these texts although proposed for removal').option('--remove <text...>', 'external: remove these texts as well'))
    .description('Publish an approved post-mortem (external: names and internal details redacted)')
    .action(async (id: string, o: GlobalClientOptions & { audience: string; dryRun?: boolean; legalReviewed?: boolean; keep?: string[]; remove?: string[]; json?: boolean }) => withApi(o, async (api) => {
      const keep = o.keep ?? [];
      const add = o.remove ?? [];
      if (o.dryRun) {
        const q = new URLSearchParams({ audience: o.audience });
        for (const k of keep) q.append('keep', k);
        for (const a of add) q.append('add', a);
        if (o.legalReviewed) q.set('legalReviewed', 'true');
        const prev = readAnswer(await api.request('GET', `/api/v1/postmortems/${enc(id)}/publish-preview?${q.toString()}`), PublishPreviewSchema);
        if (o.json) return printJson(prev);
        process.stdout.write(`${prev.canPublish ? 'ready to publish' : 'not ready'}\n`);
        for (const b of prev.blockers) process.stdout.write(`  blocker: ${b}\n`);
        for (const r of prev.redactions) {
          const text = r.detector === 'front-matter' ? 'front matter' : `"${r.text}"`;
          process.stdout.write(`  line ${r.line}${r.section ? ` (${r.section})` : ''}: ${text} → "${r.replacement}" [${r.detector}: ${r.reason}]\n`);
        }
        return;
      }
      const p = await current(api, id);
      const redaction = o.audience === 'external' && (keep.length || add.length) ? { redaction: { keep, add } } : {};
      const out = readAnswer(await api.request('POST', `/api/v1/postmortems/${enc(id)}/publish`, { audience: o.audience, version: p.version, ...(o.legalReviewed ? { legalReviewed: true } : {}), ...redaction }), PublishResultSchema);
      return o.json ? printJson(out) : void process.stdout.write(`published version ${out.number}: ${out.url}\n`);
    }));

  addClientOptions(pm.command('meeting')).argument('<id>', 'INC-…')
    .addArgument(new Argument('[format]', 'output').choices(['md', 'ics', 'json']).default('md'))
    .option('--schedule <iso>', 'schedule the meeting at this time first')
    .description('The meeting agenda with time boxes (Markdown), the invite (.ics) or JSON')
    .action(async (id: string, format: string, o: GlobalClientOptions & { schedule?: string }) => withApi(o, async (api) => {
      if (o.schedule) {
        const m = readAnswer(await api.request('GET', `/api/v1/postmortems/${enc(id)}/meeting`), MeetingViewSchema);
        ensureOk(await api.request('PUT', `/api/v1/postmortems/${enc(id)}/meeting`, { scheduledAt: o.schedule, version: m.version }));
      }
      const path = format === 'json' ? 'meeting' : `meeting.${format}`;
      const res = ensureOk(await api.request('GET', `/api/v1/postmortems/${enc(id)}/${path}`));
      process.stdout.write(format === 'json' ? `${JSON.stringify(res.body, null, 2)}\n` : res.text);
    }));

  json(addClientOptions(pm.command('refresh-timeline')).argument('<id>', 'INC-…'))
    .description("Add the incident's new events (status changes, alerts, deploys) to the post-mortem's timeline; your entries stay as written")
    .action(async (id: string, o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const p = await current(api, id);
      const out = readAnswer(await api.request('POST', `/api/v1/postmortems/${enc(id)}/timeline/refresh`, { version: p.version }), RefreshedPostmortemSchema);
      return o.json ? printJson(out) : void process.stdout.write(`${out.refresh.added} event(s) added, ${out.refresh.kept} entr${out.refresh.kept === 1 ? 'y' : 'ies'} kept\n`);
    }));

  json(addClientOptions(pm.command('history')).argument('<id>', 'INC-…'))
    .description('Revision history: who changed what, when')
    .action(async (id: string, o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const items = readAnswer(await api.request('GET', `/api/v1/postmortems/${enc(id)}/revisions`), RevisionListSchema).items;
      if (o.json) return printJson(items);
      for (const r of items) process.stdout.write(`v${r.version}  ${r.at}  ${r.actor.padEnd(18)} ${r.action.padEnd(18)} ${Object.keys(r.changes).join(', ')}\n`);
    }));
}
