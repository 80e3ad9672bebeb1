import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';
import { zipBomb } from '../support/zip-bomb.ts';

const fixtures = join(process.cwd(), 'test/fixtures/payloads');

function zipFolder(dir: string, without: string[] = []): Buffer {
  const files: Record<string, Uint8Array> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!without.includes(relative(dir, p))) files[relative(dir, p)] = strToU8(readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return Buffer.from(zipSync(files));
}

describe.each(backends())('the file drop on %s', (backend) => {
  let t: TestApp;
  let id = '';
  beforeAll(async () => {
    t = await createTestApp(backend);
    id = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'File drop', severity: 'SEV-2' })).json().id;
  });
  afterAll(async () => { await t?.close(); });

  const upload = (source: string, payload: Buffer | string, type: string) =>
    t.app.inject({ method: 'POST', url: `/api/v1/incidents/${id}/ingest-file?source=${source}`, payload, headers: { authorization: `Bearer ${t.tokens.responder}`, 'content-type': type } });

  it('ingests a Slack export zip once, however often it is dropped', async () => {
    const zip = zipFolder(join(fixtures, 'slack-export'));
    const first = await upload('slack', zip, 'application/zip');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().added).toBeGreaterThan(0);
    const again = await upload('slack', zip, 'application/zip');
    expect(again.json().added).toBe(0);
    expect(again.json().existing).toBe(first.json().added);
  });

  it('writes Slack members without a name as "@Slack member U…", counts them, and names them when the export comes again with users.json', async () => {
    const other = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Slack without users.json', severity: 'SEV-3' })).json().id as string;
    const drop = (zip: Buffer) => t.app.inject({ method: 'POST', url: `/api/v1/incidents/${other}/ingest-file?source=slack`, payload: zip, headers: { authorization: `Bearer ${t.tokens.responder}`, 'content-type': 'application/zip' } });
    type Event = { id: string; text: string; actor: string | null; version: number };
    const events = async (): Promise<Event[]> => (await t.call('viewer', 'GET', `/api/v1/incidents/${other}/events`)).json().items as Event[];

    const first = await drop(zipFolder(join(fixtures, 'slack-export'), ['users.json']));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ added: 5, named: 0, unresolvedMembers: 2 });
    expect(first.json().warnings.find((w: { field?: string }) => w.field === 'users.json').message).toContain('the export has no users.json');
    const before = await events();
    expect(before.map((e) => e.text)).toContain('Seeing 5xx on checkout, @Slack member U01ANA can you look at the dashboard (https://grafana.example.internal/d/checkout)?');
    // A person's edit is theirs: a later import does not rewrite it.
    const join_ = before.find((e) => e.text.endsWith('has joined the channel'))!;
    const edit = await t.call('responder', 'PATCH', `/api/v1/incidents/${other}/events/${join_.id}`, { text: 'Sam (on call) joined the channel', version: join_.version });
    expect(edit.statusCode, edit.body).toBe(200);

    const again = await drop(zipFolder(join(fixtures, 'slack-export')));
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ added: 0, existing: 5, named: 3, unresolvedMembers: 0 });
    const after = await events();
    expect(after).toHaveLength(5);
    expect(after.map((e) => e.text)).toContain('Seeing 5xx on checkout, @ana can you look at the dashboard (https://grafana.example.internal/d/checkout)?');
    expect(after.map((e) => e.text)).toContain('Sam (on call) joined the channel');
    expect(after.filter((e) => `${e.text} ${e.actor ?? ''}`.includes('Slack member')).map((e) => e.id)).toEqual([join_.id]);
  });

  it('ingests a webhook payload and git log text, and refuses the wrong source with a 400 naming it', async () => {
    const am = await upload('alertmanager', readFileSync(join(fixtures, 'alertmanager-firing.json'), 'utf8'), 'application/json');
    expect(am.statusCode, am.body).toBe(200);
    const git = await upload('git', readFileSync(join(fixtures, 'git-log-fuller.txt'), 'utf8'), 'text/plain');
    expect(git.json().added).toBeGreaterThan(0);
    const wrong = await upload('pagerduty', readFileSync(join(fixtures, 'alertmanager-firing.json'), 'utf8'), 'application/json');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().detail).toContain('pagerduty');
    const timeline = (await t.call('viewer', 'GET', `/api/v1/incidents/${id}/timeline`)).json();
    expect(new Set(timeline.items.map((e: { source: string }) => e.source))).toEqual(new Set(['slack', 'alertmanager', 'git']));
  });

  it('refuses a viewer with 403 before reading the upload (even a zip bomb)', async () => {
    const bomb = zipBomb(200);
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/incidents/${id}/ingest-file?source=slack`, payload: bomb, headers: { authorization: `Bearer ${t.tokens.viewer}`, 'content-type': 'application/zip' } });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a zip bomb with 413 naming the limit, without inflating it', async () => {
    const bomb = zipBomb(200);
    expect(bomb.length).toBeLessThan(256 * 1024);
    const res = await upload('slack', bomb, 'application/zip');
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json().detail).toMatch(/compression ratio of 100|uncompressed bytes/);
    // Memory is not asserted here: this worker's RSS moves with PGlite and the garbage collector (on Node 24 it grew 186 MiB
    // on one run and passed under 150 MiB on the next). test/cli/ingest-zip-bomb.cli.test.ts runs the refusal in its own process.
  });
});
