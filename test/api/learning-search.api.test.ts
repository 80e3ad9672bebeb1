import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'learning');
type Labels = { search: { q: string; relevant: string[] }[]; similar: { of: string; related: string[] }[] };
const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Labels;

describe.each(backends())('search and similar incidents over imported post-mortems on %s', (backend) => {
  let t: TestApp;
  const idOf = new Map<string, string>();
  const fileOf = new Map<string, string>();
  beforeAll(async () => {
    t = await createTestApp(backend);
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.md')).sort()) {
      const res = await t.app.inject({
        method: 'POST', url: `/api/v1/postmortems/import?file=${f}`, payload: readFileSync(join(DIR, f), 'utf8'),
        headers: { authorization: `Bearer ${t.tokens.editor}`, 'content-type': 'text/markdown' },
      });
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json().postmortem.incidentId as string;
      idOf.set(f, id); fileOf.set(id, f);
    }
  });
  afterAll(async () => { await t?.close(); });

  const search = async (q: string, extra = '') => t.call('viewer', 'GET', `/api/v1/search?q=${encodeURIComponent(q)}${extra}`);

  it.each(labels.search)('puts a relevant document first for "$q" and every relevant one in the top 10', async ({ q, relevant }) => {
    const res = await search(q);
    expect(res.statusCode, res.body).toBe(200);
    const files = (res.json().results as { incidentId: string }[]).map((r) => fileOf.get(r.incidentId));
    expect(relevant).toContain(files[0]);
    for (const r of relevant) expect(files.slice(0, 10)).toContain(r);
  });

  it('returns snippets with the matched words highlighted and where they matched', async () => {
    const res = await search('certificate');
    const top = res.json().results[0];
    expect(top.snippet.toLowerCase()).toContain('**certificate');
    expect(top.matchedIn).toContain('title');
    expect(top.postmortemId).toBe(top.incidentId);
    expect(top.score).toBeGreaterThan(0);
  });

  it('filters by severity and service', async () => {
    const sev = (await search('certificate', '&severity=SEV-2')).json().results.map((r: { incidentId: string }) => fileOf.get(r.incidentId));
    expect(sev).toEqual(['cert-expiry-mtls.md']);
    const svc = (await search('memory', '&service=search-indexer')).json().results.map((r: { incidentId: string }) => fileOf.get(r.incidentId));
    expect(svc).toEqual(['memory-leak-indexer.md']);
  });

  it('finds text added after the first search (the index follows changes)', async () => {
    const created = await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Zanzibar quorum lost in the flux capacitor', severity: 'SEV-3' });
    expect(created.statusCode).toBe(201);
    const res = await search('zanzibar');
    expect(res.json().results.map((r: { incidentId: string }) => r.incidentId)).toEqual([created.json().id]);
  });

  it('no longer finds the words of a deleted timeline event', async () => {
    const created = await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Broker failover drill', severity: 'SEV-3' });
    const id = created.json().id as string;
    const ev = await t.call('responder', 'POST', `/api/v1/incidents/${id}/events`, { at: '2026-03-10T11:00:00Z', text: 'Quokka cluster paged the wrong rotation' });
    expect(ev.statusCode, ev.body).toBe(201);
    expect((await search('quokka')).json().results.map((r: { incidentId: string }) => r.incidentId)).toEqual([id]);
    const del = await t.call('editor', 'DELETE', `/api/v1/incidents/${id}/events/${ev.json().id}`);
    expect(del.statusCode, del.body).toBeLessThan(300);
    expect((await search('quokka')).json().results).toEqual([]);
  });

  it.each([
    ['operators and quotes', `'cert' & !"leak" | (:*)`],
    ['backslashes', 'memory\\ leak\\'],
  ])('answers a query with %s with results, never a 500', async (_n, q) => {
    const res = await search(q);
    expect(res.statusCode, res.body).toBe(200);
    expect(Array.isArray(res.json().results)).toBe(true);
  });

  it.each([
    ['only stop words', 'the and of', 'common words'],
    ['only punctuation', '&&& !!! ()', 'no words'],
    ['10 kB of text', 'a'.repeat(10_001), 'too long'],
    ['no q', undefined, 'q'],
    ['a NUL byte', 'memory\u0000leak', 'NUL'],
  ])('answers %s with a 400 naming q', async (_n, q, phrase) => {
    const res = q === undefined ? await t.call('viewer', 'GET', '/api/v1/search') : await search(q);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().detail ?? JSON.stringify(res.json())).toContain(phrase);
  });

  it('rejects a bad date filter with a 400 naming the field', async () => {
    const res = await search('memory', '&from=yesterday');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('from');
  });

  it.each(labels.similar)('lists $related among the top 3 similar to $of, with reasons', async ({ of, related }) => {
    const res = await t.call('viewer', 'GET', `/api/v1/incidents/${idOf.get(of)}/similar`);
    expect(res.statusCode, res.body).toBe(200);
    const similar = res.json().similar as { incidentId: string; score: number; reasons: string[] }[];
    const files = similar.map((s) => fileOf.get(s.incidentId));
    for (const r of related) expect(files.slice(0, 3)).toContain(r);
    expect(files[0]).toBe(related[0]);
    expect(similar[0]!.reasons.join(' ')).toMatch(/failure terms/);
    for (let i = 1; i < similar.length; i++) expect(similar[i - 1]!.score).toBeGreaterThanOrEqual(similar[i]!.score);
  });

  it('does not call an incident that only shares a service a repeat', async () => {
    const res = await t.call('viewer', 'GET', `/api/v1/incidents/${idOf.get('memory-leak-checkout.md')}/similar`);
    const stampede = (res.json().similar as { incidentId: string; repeat: boolean; reasons: string[] }[]).find((s) => fileOf.get(s.incidentId) === 'cache-stampede-checkout.md');
    expect(stampede?.reasons.join(' ')).toContain('shared service: checkout');
    expect(stampede?.repeat).toBe(false);
  });

  it('finds a similar incident by a cause written after it was declared, and forgets it when the cause is rewritten', async () => {
    const declare = async (title: string, service: string) => (await t.call('responder', 'POST', '/api/v1/incidents', { title, severity: 'SEV-3', services: [service] })).json<{ id: string; version: number }>();
    const a = await declare('Wombat ingestion stalled on the tessellator', 'wombat-ingest');
    const b = await declare('Nightly export late', 'exporter');
    const similarToA = async () => ((await t.call('viewer', 'GET', `/api/v1/incidents/${a.id}/similar`)).json().similar as { incidentId: string }[]).map((s) => s.incidentId);
    expect(await similarToA()).not.toContain(b.id);
    const edited = await t.call('responder', 'PATCH', `/api/v1/incidents/${b.id}`, { summary: 'The tessellator stalled wombat ingestion again.', version: b.version });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await similarToA()).toContain(b.id);
    const rewritten = await t.call('responder', 'PATCH', `/api/v1/incidents/${b.id}`, { title: 'Nightly export late', summary: 'A slow disk delayed the export.', version: edited.json().version });
    expect(rewritten.statusCode, rewritten.body).toBe(200);
    expect(await similarToA()).not.toContain(b.id);
  });

  it('answers 404 for an unknown incident', async () => {
    expect((await t.call('viewer', 'GET', '/api/v1/incidents/INC-nope/similar')).statusCode).toBe(404);
  });
});
