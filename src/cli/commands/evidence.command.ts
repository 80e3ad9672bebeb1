/**
 * `debrief evidence add|link|capture|list|verify|rm`: evidence kept with an incident.
 * Files and captured output are streamed to the API (over HTTP, or in-process on the
 * data directory), never read whole into memory.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { parseCovers, sniffContentType, type EvidenceItem, type VerifyResult } from '../../domain/evidence/index.ts';
import { ensureOk, withApi, type ApiClient } from '../api-client.ts';
import { CliError } from '../cli-error.ts';
import { printJson } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

type Meta = { caption?: string; covers?: string; source?: string; public?: boolean; supersedes?: string; json?: boolean };

function humanSize(n: number): string {
  return n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1048576).toFixed(1)} MiB`;
}

function line(i: EvidenceItem): string {
  const what = i.kind === 'link' ? i.url ?? '' : i.kind === 'text' ? `text${i.tool ? ` (${i.tool})` : ''}` : `${i.name ?? ''} ${i.contentType.split(';')[0]}`.trim();
  const gone = i.deletedAt ? `  DELETED by ${i.deletedBy ?? '?'}: ${i.deleteReason ?? ''}` : '';
  return `${i.id}\t${humanSize(i.size)}\t${i.sha256.slice(0, 12)}\t${i.addedBy}\t${i.addedAt}\t${what}\t${i.caption}${gone}\n`;
}

/** The query string of an upload: caption, covers on the incident's day, source, public. */
async function metaQuery(api: ApiClient, incident: string, m: Meta, extra: Record<string, string | undefined>): Promise<URLSearchParams> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) q.set(k, v);
  if (m.caption) q.set('caption', m.caption);
  if (m.source) q.set('source', m.source);
  if (m.public) q.set('public', 'true');
  if (m.supersedes) q.set('supersedes', m.supersedes);
  if (m.covers) {
    const inc = ensureOk(await api.request('GET', `/api/v1/incidents/${encodeURIComponent(incident)}`)).body as { startedAt?: string | null; declaredAt: string };
    const day = (inc.startedAt ?? inc.declaredAt).slice(0, 10);
    let covers;
    try { covers = parseCovers(m.covers, day); } catch (e) { throw new CliError((e as Error).message, 2); }
    if (covers.from) q.set('from', covers.from);
    if (covers.to) q.set('to', covers.to);
  }
  return q;
}

async function send(api: ApiClient, incident: string, q: URLSearchParams, body: Readable | string, length: number | null): Promise<EvidenceItem> {
  const headers: Record<string, string> = length === null ? {} : { 'content-length': String(length) };
  const res = await api.request('POST', `/api/v1/incidents/${encodeURIComponent(incident)}/evidence?${q}`, body, { contentType: 'application/octet-stream', headers });
  return ensureOk(res).body as EvidenceItem;
}

function print(items: EvidenceItem[], json: boolean | undefined): void {
  if (json) return printJson(items.length === 1 ? items[0] : items);
  for (const i of items) process.stdout.write(`added ${i.id}  sha256 ${i.sha256}  ${humanSize(i.size)}  ${i.contentType}\n  cite as ${i.citation}\n`);
}

const shellQuote = (a: string): string => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`);

/** The `<title>` of a page, fetched with a short timeout (none when it cannot be read). */
async function pageTitle(url: string): Promise<string | undefined> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: 'follow' });
    if (!res.ok || !(res.headers.get('content-type') ?? '').includes('html')) return undefined;
    const text = (await res.text()).slice(0, 200_000);
    const m = /<title[^>]{0,200}>([^<]{1,500})<\/title>/i.exec(text);
    return m ? m[1]!.replace(/\s+/g, ' ').trim() || undefined : undefined;
  } catch {
    return undefined;
  }
}

const metaOptions = (cmd: Command): Command => cmd
  .option('--caption <text>', 'what the item shows (required for files and text)')
  .option('--covers <from..to>', 'the time range it shows: 14:00..14:30 (UTC, on the incident\'s day) or ISO 8601 instants')
  .option('--source <system>', 'which system it comes from (grafana, kubectl, the load balancer…)')
  .option('--public', 'may appear in an external publication (after the redaction preview)')
  .option('--supersedes <evidenceId>', 'a new version of this item (the old one stays)')
  .option('--json', 'machine-readable output');

/** Registers `debrief evidence`. */
export function registerEvidenceCommand(program: Command): void {
  const ev = program.command('evidence').description('Evidence kept with an incident: files, pasted text, links and captured command output, hashed and verified');

  metaOptions(addClientOptions(ev.command('add')))
    .argument('<incident>', 'incident id')
    .argument('[files...]', 'files to add (log archives, screenshots, exports)')
    .option('--text <text>', 'add pasted text instead of files ("-" reads standard input)')
    .option('--tool <tool>', 'with --text: the tool or query it came from (psql, kubectl, LogQL…)')
    .description('Add files, or pasted text (--text -), to an incident')
    .action(async (incident: string, files: string[], o: GlobalClientOptions & Meta & { text?: string; tool?: string }) => withApi(o, async (api) => {
      if (!o.caption) throw new CliError('say what it shows: --caption "…"', 2);
      if (o.text !== undefined) {
        if (files.length > 0) throw new CliError('give files or --text, not both', 2);
        const q = await metaQuery(api, incident, o, { kind: 'text', tool: o.tool });
        const body = o.text === '-' ? process.stdin : o.text;
        return print([await send(api, incident, q, body, typeof body === 'string' ? Buffer.byteLength(body) : null)], o.json);
      }
      if (files.length === 0) throw new CliError('name the files to add, or use --text', 2);
      const added: EvidenceItem[] = [];
      for (const f of files) {
        const size = await stat(f).then((s) => (s.isFile() ? s.size : null), () => null);
        if (size === null) throw new CliError(`cannot read ${f}: not a file`);
        const q = await metaQuery(api, incident, o, { kind: 'file', name: basename(f) });
        added.push(await send(api, incident, q, createReadStream(f), size));
      }
      print(added, o.json);
    }));

  metaOptions(addClientOptions(ev.command('link')))
    .argument('<incident>', 'incident id')
    .argument('<url>', 'the link (a dashboard, a ticket, a trace)')
    .option('--title <title>', 'its title (default: read from the page when it can be fetched)')
    .description('Add a link with its captured title')
    .action(async (incident: string, url: string, o: GlobalClientOptions & Meta & { title?: string }) => withApi(o, async (api) => {
      const title = o.title ?? (await pageTitle(url));
      const q = await metaQuery(api, incident, { ...o, caption: o.caption ?? title ?? url }, { kind: 'link', url, title });
      print([await send(api, incident, q, '', 0)], o.json);
    }));

  metaOptions(addClientOptions(ev.command('capture')))
    .argument('<incident>', 'incident id')
    .argument('<command...>', 'the command to run, after -- (e.g. -- kubectl describe pod api-7)')
    .description('Run a command and keep its output (stdout and stderr) with the command line and exit code')
    .action(async (incident: string, command: string[], o: GlobalClientOptions & Meta) => withApi(o, async (api) => {
      const dir = await mkdtemp(join(tmpdir(), 'debrief-capture-'));
      const out = join(dir, 'output');
      try {
        const sink = createWriteStream(out);
        const started = new Date();
        const exitCode = await new Promise<number>((resolve, reject) => {
          const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
          child.stdout.pipe(sink, { end: false });
          child.stderr.pipe(sink, { end: false });
          child.on('error', (e) => reject(new CliError(`cannot run ${command[0]}: ${e.message}`)));
          child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : -1)));
        });
        await new Promise<void>((resolve, reject) => sink.end((e?: Error | null) => (e ? reject(e) : resolve())));
        const size = (await stat(out)).size;
        if (size === 0) throw new CliError(`${command[0]} wrote nothing (exit ${exitCode}); nothing was added`);
        const fh = await open(out, 'r');
        const head = Buffer.alloc(Math.min(size, 8192));
        try { await fh.read(head, 0, head.length, 0); } finally { await fh.close(); }
        const text = sniffContentType(head, 'file').contentType.startsWith('text/');
        const line = command.map(shellQuote).join(' ');
        const q = await metaQuery(api, incident, { ...o, caption: o.caption ?? `Output of ${line} (exit ${exitCode})` }, {
          kind: text ? 'text' : 'file', tool: line, exitCode: String(exitCode), name: text ? undefined : `${basename(command[0]!)}-output.bin`,
          ...(o.covers ? {} : { from: started.toISOString(), to: new Date().toISOString() }),
        });
        const item = await send(api, incident, q, createReadStream(out), size);
        print([item], o.json);
        if (!o.json) process.stdout.write(`  ${line} exited ${exitCode}\n`);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }));

  addClientOptions(ev.command('list'))
    .argument('<incident>', 'incident id')
    .option('--deleted', 'include deleted items (tombstones)')
    .option('--json', 'machine-readable output')
    .description("List an incident's evidence: id, size, hash, who, when, what")
    .action(async (incident: string, o: GlobalClientOptions & { deleted?: boolean; json?: boolean }) => withApi(o, async (api) => {
      const r = ensureOk(await api.request('GET', `/api/v1/incidents/${encodeURIComponent(incident)}/evidence${o.deleted ? '?deleted=true' : ''}`)).body as { items: EvidenceItem[]; totalBytes: number };
      if (o.json) return printJson(r);
      for (const i of r.items) process.stdout.write(line(i));
      process.stdout.write(`${r.items.length} item${r.items.length === 1 ? '' : 's'}, ${humanSize(r.totalBytes)}\n`);
    }));

  addClientOptions(ev.command('verify'))
    .argument('[incident]', 'only this incident (default: every incident)')
    .option('--json', 'machine-readable output')
    .description('Check every stored item against its SHA-256; exit 1 when any fails')
    .action(async (incident: string | undefined, o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const path = incident ? `/api/v1/incidents/${encodeURIComponent(incident)}/evidence/verify` : '/api/v1/evidence/verify';
      const r = ensureOk(await api.request('POST', path)).body as VerifyResult;
      if (o.json) printJson(r);
      else {
        for (const f of r.failed) process.stdout.write(`FAILED ${f.incidentId} ${f.id}: ${f.problem}\n`);
        process.stdout.write(`${r.checked} checked, ${r.ok} ok, ${r.failed.length} failed\n`);
      }
      if (r.failed.length > 0) throw new CliError(`${r.failed.length} evidence item${r.failed.length === 1 ? '' : 's'} failed verification`, 1);
    }));

  addClientOptions(ev.command('revise'))
    .argument('<incident>', 'incident id')
    .argument('<evidenceId>', 'the item (ev_…)')
    .option('--caption <text>', 'a new caption')
    .option('--public', 'may appear in an external publication (after the redaction preview)')
    .option('--internal', 'internal only')
    .option('--json', 'machine-readable output')
    .description("A new version of an item's caption or public flag: same bytes, the old item kept and superseded")
    .action(async (incident: string, id: string, o: GlobalClientOptions & { caption?: string; public?: boolean; internal?: boolean; json?: boolean }) => withApi(o, async (api) => {
      if (o.public && o.internal) throw new CliError('give --public or --internal, not both', 2);
      const body = { ...(o.caption ? { caption: o.caption } : {}), ...(o.public ? { public: true } : o.internal ? { public: false } : {}) };
      if (Object.keys(body).length === 0) throw new CliError('say what changes: --caption, --public or --internal', 2);
      const r = ensureOk(await api.request('POST', `/api/v1/incidents/${encodeURIComponent(incident)}/evidence/${encodeURIComponent(id)}/revise`, body)).body as EvidenceItem;
      if (o.json) return printJson(r);
      process.stdout.write(`${r.id} supersedes ${id}: ${r.caption}${r.public ? ' (public)' : ''}\n  cite as ${r.citation}\n`);
    }));

  addClientOptions(ev.command('cite'))
    .argument('<incident>', 'incident id')
    .argument('<evidenceId>', 'the item (ev_…)')
    .option('--event <eventId>', 'cite it from this timeline event (added to its text)')
    .option('--action <key>', "cite it as the proof of this action item's effectiveness (A1…): checks \"effectiveness verified\"")
    .option('--json', 'machine-readable output')
    .description("Cite an item from a timeline event or an action item's effectiveness check (sections cite it in their text: [evidence ev_…])")
    .action(async (incident: string, id: string, o: GlobalClientOptions & { event?: string; action?: string; json?: boolean }) => withApi(o, async (api) => {
      if ((o.event === undefined) === (o.action === undefined)) throw new CliError('give --event <id> or --action <key>', 2);
      const body = o.event !== undefined ? { target: 'event', eventId: o.event } : { target: 'action', key: o.action };
      const r = ensureOk(await api.request('POST', `/api/v1/incidents/${encodeURIComponent(incident)}/evidence/${encodeURIComponent(id)}/cite`, body)).body as { evidence: EvidenceItem & { citedBy: { where: string; id: string; label: string }[] } };
      if (o.json) return printJson(r);
      process.stdout.write(`${id} is cited by: ${r.evidence.citedBy.map((c) => `${c.where} ${c.id}`).join(', ')}\n`);
    }));

  addClientOptions(ev.command('rm'))
    .argument('<incident>', 'incident id')
    .argument('<evidenceId>', 'the item (ev_…)')
    .requiredOption('--reason <why>', 'why it is deleted (kept in the tombstone and the history)')
    .option('--json', 'machine-readable output')
    .description('Delete an item (editor role): a tombstone with who and why stays')
    .action(async (incident: string, id: string, o: GlobalClientOptions & { reason: string; json?: boolean }) => withApi(o, async (api) => {
      const r = ensureOk(await api.request('DELETE', `/api/v1/incidents/${encodeURIComponent(incident)}/evidence/${encodeURIComponent(id)}`, { reason: o.reason })).body as EvidenceItem;
      if (o.json) return printJson(r);
      process.stdout.write(`deleted ${r.id} (${r.caption}): ${r.deleteReason ?? ''}\n`);
    }));
}
