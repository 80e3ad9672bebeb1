/**
 * Evidence on PGlite and PostgreSQL: files, pasted text and links added by streaming
 * upload, the same bytes stored once, hashes checked by verify and before serving (a
 * byte changed on disk is caught and never served), deletion with a tombstone in the
 * history, the role check before the body is read, limits named in 413s, and uploaded
 * SVG and HTML served inert.
 */
import { chmod, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceItem, VerifyResult } from '../../src/domain/evidence/index.ts';
import { FileBlobStore } from '../../src/store/blob-store/index.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>document.title="pwned"</script><rect width="10" height="10"/></svg>\n';
const HTML = '<!doctype html><html><body><script>parent.postMessage("ran","*")</script>hi</body></html>\n';

/** A lazily generated body that records how many bytes the server pulled from it. */
function countingBody(total: number): { stream: Readable; pulled: () => number } {
  let sent = 0;
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const stream = new Readable({
    read() {
      if (sent >= total) { this.push(null); return; }
      sent += chunk.length;
      this.push(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

describe.each(backends())('evidence on %s', (backend) => {
  let t: TestApp;
  let dir: string;
  let incident: string;
  const upload = (role: 'viewer' | 'responder' | 'editor', query: Record<string, string>, body: Buffer | string | Readable, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST', url: `/api/v1/incidents/${incident}/evidence?${new URLSearchParams(query).toString()}`,
      headers: { authorization: `Bearer ${t.tokens[role]}`, 'content-type': 'application/octet-stream', ...headers }, payload: body,
    });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'debrief-evidence-test-'));
    t = await createTestApp(backend, { evidence: { store: `file://${dir}`, maxFileBytes: 1024 * 1024, maxIncidentBytes: 1536 * 1024, maxTextBytes: 64 * 1024 } });
    incident = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Checkout errors', severity: 'SEV-2' })).json<{ id: string }>().id;
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('adds a screenshot with caption, covers and source; sniffs the type from the bytes; records hash, size, who and when', async () => {
    const res = await upload('responder', { caption: 'Error rate panel 14:00-14:30', from: '2026-03-10T14:00:00Z', to: '2026-03-10T14:30:00Z', source: 'grafana', name: 'errors.png' }, PNG, { 'content-type': 'text/plain' });
    expect(res.statusCode).toBe(201);
    const item = res.json<EvidenceItem>();
    expect(item).toMatchObject({
      kind: 'file', caption: 'Error rate panel 14:00-14:30', contentType: 'image/png', preview: true, size: PNG.length, source: 'grafana',
      covers: { from: '2026-03-10T14:00:00.000Z', to: '2026-03-10T14:30:00.000Z' }, addedBy: 'token:responder', addedAt: '2026-03-10T12:00:00.000Z', deletedAt: null,
    });
    expect(item.id).toMatch(/^ev_[0-9a-f]{16}$/);
    expect(item.citation).toBe(`[evidence ${item.id}](/incidents/${incident}/evidence/${item.id})`);
    const content = await t.call('viewer', 'GET', item.links.content);
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(PNG)).toBe(true);
    expect(content.headers['content-type']).toBe('image/png');
    expect(content.headers['content-disposition']).toMatch(/^inline; filename="errors.png"/);
    expect(content.headers['x-content-type-options']).toBe('nosniff');
  });

  it('keeps pasted text with the tool it ran in, and a link with its title', async () => {
    const text = await upload('responder', { kind: 'text', caption: 'Slow queries', tool: 'psql', source: 'orders-db' }, 'select pid, query from pg_stat_activity;\n 4211 | UPDATE orders …\n', { 'content-type': 'text/plain' });
    expect(text.statusCode).toBe(201);
    expect(text.json<EvidenceItem>()).toMatchObject({ kind: 'text', tool: 'psql', contentType: 'text/plain; charset=utf-8', preview: false });
    const link = await upload('responder', { kind: 'link', caption: 'Dashboard', url: 'https://grafana.example.com/d/checkout', title: 'Checkout overview' }, '');
    expect(link.statusCode).toBe(201);
    expect(link.json<EvidenceItem>()).toMatchObject({ kind: 'link', url: 'https://grafana.example.com/d/checkout', title: 'Checkout overview', contentType: 'text/uri-list' });
    const bad = await upload('responder', { kind: 'link', caption: 'x', url: 'javascript:alert(1)' }, '');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/url/);
    const noCaption = await upload('responder', {}, 'x');
    expect(noCaption.statusCode).toBe(400);
    expect(JSON.stringify(noCaption.json())).toMatch(/caption/);
  });

  it('stores the same bytes once however often they are added', async () => {
    const bytes = Buffer.from(`same log line ${backend}\n`.repeat(100));
    const a = (await upload('responder', { caption: 'first' }, bytes)).json<EvidenceItem>();
    const b = (await upload('editor', { caption: 'second' }, bytes)).json<EvidenceItem>();
    expect(a.id).not.toBe(b.id);
    expect(a.sha256).toBe(b.sha256);
    const store = new FileBlobStore(dir);
    expect((await readFile(store.pathOf(a.sha256))).equals(bytes)).toBe(true);
    const files = await readdir(join(dir, 'sha256', a.sha256.slice(0, 2)));
    expect(files.filter((f) => f === a.sha256.slice(2))).toHaveLength(1);
    expect(await readdir(join(dir, 'tmp'))).toEqual([]);
  });

  it('refuses a viewer 403 before reading the body: a 50 MB upload is not read', async () => {
    const body = countingBody(50 * 1024 * 1024);
    const res = await upload('viewer', { caption: 'huge' }, body.stream);
    expect(res.statusCode).toBe(403);
    expect(res.json<{ detail: string }>().detail).toMatch(/responder role/);
    expect(body.pulled()).toBeLessThan(1024 * 1024);
    body.stream.destroy();
  });

  it('refuses 413 naming the limit: per file (early, from Content-Length, and mid-stream) and per incident', async () => {
    const early = await upload('responder', { caption: 'too big' }, Buffer.alloc(1024 * 1024 + 1, 1));
    expect(early.statusCode).toBe(413);
    expect(early.json<{ detail: string }>().detail).toMatch(/evidence\.maxFileBytes/);
    const body = countingBody(8 * 1024 * 1024);
    const streamed = await upload('responder', { caption: 'too big, no length' }, body.stream);
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json<{ detail: string }>().detail).toMatch(/evidence\.maxFileBytes/);
    expect(body.pulled()).toBeLessThan(2 * 1024 * 1024);
    body.stream.destroy();
    expect(await readdir(join(dir, 'tmp'))).toEqual([]);
    const fill = await upload('responder', { caption: 'fill' }, Buffer.alloc(900 * 1024, 2));
    expect(fill.statusCode).toBe(201);
    const over = await upload('responder', { caption: 'over the incident' }, Buffer.alloc(700 * 1024, 3));
    expect(over.statusCode).toBe(413);
    expect(over.json<{ detail: string }>().detail).toMatch(/evidence\.maxIncidentBytes/);
    const text = await upload('responder', { kind: 'text', caption: 'long paste' }, 'x'.repeat(65 * 1024), { 'content-type': 'text/plain' });
    expect(text.statusCode).toBe(413);
    expect(text.json<{ detail: string }>().detail).toMatch(/evidence\.maxTextBytes/);
    // Deleting frees the room again.
    expect((await t.call('editor', 'DELETE', `/api/v1/incidents/${incident}/evidence/${fill.json<EvidenceItem>().id}`, { reason: 'filler for the limit test' })).statusCode).toBe(200);
  });

  it('catches a byte changed on disk: verify fails and the content is refused, never served', async () => {
    const bytes = Buffer.from(`2026-03-10T14:03:11Z ERROR pool exhausted ${backend}\n`.repeat(50));
    const item = (await upload('responder', { caption: 'app log excerpt', name: 'app.log' }, bytes)).json<EvidenceItem>();
    const ok = (await t.call('viewer', 'POST', `/api/v1/incidents/${incident}/evidence/verify`)).json<VerifyResult>();
    expect(ok.failed).toEqual([]);
    expect(ok.ok).toBe(ok.checked);
    const path = new FileBlobStore(dir).pathOf(item.sha256);
    const tampered = Buffer.from(bytes);
    tampered[10] = tampered[10]! ^ 1;
    await chmod(path, 0o600);
    await writeFile(path, tampered);
    const after = (await t.call('viewer', 'POST', '/api/v1/evidence/verify')).json<VerifyResult>();
    expect(after.failed.map((f) => f.id)).toEqual([item.id]);
    expect(after.failed[0]!.problem).toMatch(/hash to/);
    const served = await t.call('viewer', 'GET', item.links.content);
    expect(served.statusCode).toBe(409);
    expect(served.json<{ detail: string }>().detail).toMatch(new RegExp(`evidence ${item.id} failed verification`));
    expect(served.body).not.toContain('pool exhausted');
    await writeFile(path, bytes);
    expect((await t.call('viewer', 'GET', item.links.content)).statusCode).toBe(200);
  });

  it('deletes only with the editor role and a reason, leaving a tombstone with who and why in the list and the history', async () => {
    const item = (await upload('responder', { caption: 'has a password in it' }, `password=hunter2 ${backend}\n`)).json<EvidenceItem>();
    const url = `/api/v1/incidents/${incident}/evidence/${item.id}`;
    expect((await t.call('responder', 'DELETE', url, { reason: 'contains a secret' })).statusCode).toBe(403);
    expect((await t.call('editor', 'DELETE', url, {})).statusCode).toBe(400);
    const del = await t.call('editor', 'DELETE', url, { reason: 'contains a secret' });
    expect(del.statusCode).toBe(200);
    expect(del.json<EvidenceItem>()).toMatchObject({ deletedBy: 'token:editor', deleteReason: 'contains a secret', deletedAt: '2026-03-10T12:00:00.000Z' });
    expect((await t.call('editor', 'DELETE', url, { reason: 'again' })).statusCode).toBe(409);
    const live = (await t.call('viewer', 'GET', `/api/v1/incidents/${incident}/evidence`)).json<{ items: EvidenceItem[] }>();
    expect(live.items.map((i) => i.id)).not.toContain(item.id);
    const all = (await t.call('viewer', 'GET', `/api/v1/incidents/${incident}/evidence?deleted=true`)).json<{ items: EvidenceItem[] }>();
    expect(all.items.find((i) => i.id === item.id)).toMatchObject({ deletedBy: 'token:editor', deleteReason: 'contains a secret' });
    expect((await t.call('viewer', 'GET', `${url}/content`)).statusCode).toBe(404);
    // The bytes no live item holds are gone from the store.
    await expect(readFile(new FileBlobStore(dir).pathOf(item.sha256))).rejects.toThrow(/ENOENT/);
    const entries = (await t.call('viewer', 'GET', `/api/v1/incidents/${incident}/revisions`)).json<{ items: { action: string; actor: string; changes: Record<string, unknown> }[] }>().items;
    expect(entries.filter((h) => h.action.startsWith('evidence.') && JSON.stringify(h.changes).includes(item.id)).map((h) => [h.action, h.actor])).toEqual([['evidence.add', 'token:responder'], ['evidence.delete', 'token:editor']]);
  });

  it('serves an uploaded SVG with script and an HTML page inert: attachment, nosniff, sandboxing CSP', async () => {
    for (const [name, body, type] of [['chart.svg', SVG, 'image/svg+xml'], ['page.html', HTML, 'text/html']] as const) {
      const item = (await upload('responder', { caption: `uploaded ${name}`, name }, body, { 'content-type': type })).json<EvidenceItem>();
      expect(item.contentType).toBe(type);
      expect(item.preview).toBe(false);
      const res = await t.call('viewer', 'GET', item.links.content);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="${name}"`));
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(String(res.headers['content-security-policy'])).toMatch(/^sandbox; default-src 'none'/);
      expect(String(res.headers['content-security-policy'])).toMatch(/script-src 'none'/);
    }
  });

  it('answers 404 for an unknown incident or item and 400 for a malformed id, without reading the body', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/incidents/INC-NOPE/evidence?caption=x', headers: { authorization: `Bearer ${t.tokens.responder}` }, payload: 'x' });
    expect(res.statusCode).toBe(404);
    expect((await t.call('viewer', 'GET', `/api/v1/incidents/${incident}/evidence/ev_0000000000000000`)).statusCode).toBe(404);
    expect((await t.call('viewer', 'GET', `/api/v1/incidents/${incident}/evidence/nope`)).statusCode).toBe(400);
  });
});
