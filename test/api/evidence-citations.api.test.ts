/**
 * Evidence cited from a post-mortem, on PGlite and PostgreSQL: the root cause cites a
 * kept item (no-evidence stops firing), the Markdown export lists the items by stable id
 * and URL, an import keeps the citations and the list, the item shows where it is cited,
 * and publishing lists items internally while an external preview keeps only public items
 * whose caption passes redaction.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../src/domain/evidence/index.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

type Section = { key: string | null; heading: string; body: string };
type Pm = { id: string; version: number; sections: Section[] };

describe.each(backends())('evidence citations on %s', (backend) => {
  let t: TestApp;
  let dir: string;
  let incident: string;
  let pm: Pm;
  let graph: EvidenceItem;
  let secret: EvidenceItem;
  let named: EvidenceItem;

  const add = async (query: Record<string, string>, body: string): Promise<EvidenceItem> => {
    const res = await t.app.inject({
      method: 'POST', url: `/api/v1/incidents/${incident}/evidence?${new URLSearchParams(query).toString()}`,
      headers: { authorization: `Bearer ${t.tokens.responder}`, 'content-type': 'text/plain' }, payload: body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<EvidenceItem>();
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'debrief-evidence-cite-'));
    t = await createTestApp(backend, { evidence: { store: `file://${dir}`, maxFileBytes: 1 << 20, maxIncidentBytes: 1 << 22, maxTextBytes: 1 << 20 }, publicUrl: 'https://debrief.example.com' });
    incident = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Cache overwhelmed', severity: 'SEV-2', startedAt: '2026-03-09T10:00:00Z' })).json<{ id: string }>().id;
    pm = (await t.call('responder', 'POST', `/api/v1/incidents/${incident}/postmortem`, {})).json<Pm>();
    graph = await add({ caption: 'Cache hit rate fell during the peak', public: 'true', source: 'grafana' }, 'hit_rate 0.12\n');
    secret = await add({ caption: 'Internal DB console output' }, 'select * from sessions;\n');
    named = await add({ caption: 'Slack thread where carol.jones@example.com paged the DBA', public: 'true' }, 'thread\n');
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a root cause citing a kept item passes no-evidence, and the item lists where it is cited', async () => {
    const cause = 'The cache layer was overwhelmed because nobody had sized it for the holiday peak.';
    const before = await t.call('editor', 'POST', '/api/v1/lint', `# Cache\n\n## Root Cause\n\n${cause}\n`, { 'content-type': 'text/markdown' });
    expect(before.json<{ findings: { rule: string }[] }>().findings.map((f) => f.rule)).toContain('no-evidence');
    const res = await t.call('editor', 'PATCH', `/api/v1/postmortems/${incident}`, {
      version: pm.version,
      sections: {
        summary: 'The session cache was overwhelmed during the holiday peak and checkout slowed down for forty minutes.',
        impact: 'About one in ten checkout requests timed out between 10:00 and 10:40 UTC while the cache was refilled.',
        whatWentWell: '- The latency alert fired within two minutes of the first timeouts and paged the right team.\n- The runbook for cache warming was current and the responders followed it step by step.',
        whatWentWrong: '- Nobody owned capacity planning for the session cache after the platform team was reorganised.\n- The dashboards showed averages only, which hid the tail latency for the first ten minutes.',
        rootCause: `${cause}\n\nThe hit rate graph shows it: ${graph.citation} ${secret.citation}`,
        lessons: `- Size caches for the expected peak traffic before every holiday season. ${named.citation}`,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    pm = res.json<Pm>();
    const md = (await t.call('viewer', 'GET', `/api/v1/postmortems/${incident}.md`)).body;
    const lint = await t.call('editor', 'POST', '/api/v1/lint', md, { 'content-type': 'text/markdown' });
    expect(lint.json<{ findings: { rule: string; section?: string }[] }>().findings.filter((f) => f.rule === 'no-evidence')).toEqual([]);
    const item = (await t.call('viewer', 'GET', graph.links.self)).json<{ citedBy: { where: string; id: string }[] }>();
    expect(item.citedBy).toEqual([{ where: 'section', id: 'rootCause', label: expect.any(String) }]);
  });

  it('the Markdown export lists the items by id and URL; an import keeps the citations and the list; a second export rewrites the list once', async () => {
    const md = (await t.call('viewer', 'GET', `/api/v1/postmortems/${incident}.md`)).body;
    expect(md).toContain(graph.citation);
    expect(md).toContain('<!-- debrief:evidence -->');
    expect(md).toContain(`- [evidence ${graph.id}](https://debrief.example.com/incidents/${incident}/evidence/${graph.id}): Cache hit rate fell during the peak`);
    expect(md).toContain(`sha256 ${graph.sha256}`);
    const imported = await t.call('editor', 'POST', '/api/v1/postmortems/import?file=cache.md', md.replace(/^id: .*$/m, ''), { 'content-type': 'text/markdown' });
    expect(imported.statusCode, imported.body).toBe(201);
    const newId = imported.json<{ postmortem: { id: string } }>().postmortem.id;
    expect(newId).not.toBe(incident);
    const again = (await t.call('viewer', 'GET', `/api/v1/postmortems/${newId}.md`)).body;
    expect(again).toContain(graph.citation);
    expect(again).toContain(named.citation);
    expect(again).toContain(`sha256 ${graph.sha256}`);
    // Replacing from the exported Markdown and exporting again keeps one list, not two.
    const put = await t.call('editor', 'PUT', `/api/v1/postmortems/${incident}.md`, md, { 'content-type': 'text/markdown' });
    expect(put.statusCode, put.body).toBe(200);
    const twice = (await t.call('viewer', 'GET', `/api/v1/postmortems/${incident}.md`)).body;
    expect(twice.split('<!-- debrief:evidence -->')).toHaveLength(2);
    expect(twice.split(`- [evidence ${graph.id}]`)).toHaveLength(2);
  });

  it('cites an item from a timeline event and as the proof of an action item\'s effectiveness; both show in citedBy', async () => {
    const ev = await t.call('responder', 'POST', `/api/v1/incidents/${incident}/events`, { at: '2026-03-09T10:05:00Z', text: 'Hit rate dropped to 12%' });
    expect(ev.statusCode, ev.body).toBe(201);
    const eventId = ev.json<{ id: string }>().id;
    const cite = await t.call('responder', 'POST', `${graph.links.self}/cite`, { target: 'event', eventId });
    expect(cite.statusCode, cite.body).toBe(200);
    const events = (await t.call('viewer', 'GET', `/api/v1/incidents/${incident}/events`)).json<{ items?: { id: string; text: string }[] } | { id: string; text: string }[]>();
    const list = Array.isArray(events) ? events : events.items ?? [];
    expect(list.find((e) => e.id === eventId)?.text).toBe(`Hit rate dropped to 12% ${graph.citation}`);
    const action = await t.call('editor', 'POST', `/api/v1/postmortems/${incident}/action-items`, { title: 'Add a cache capacity alert at 80% of the peak', category: 'detect', priority: 'P2', owner: 'dana' });
    expect(action.statusCode, action.body).toBe(201);
    const key = action.json<{ key: string }>().key;
    expect((await t.call('viewer', 'POST', `${graph.links.self}/cite`, { target: 'action', key })).statusCode).toBe(403);
    const proof = await t.call('editor', 'POST', `${graph.links.self}/cite`, { target: 'action', key });
    expect(proof.statusCode, proof.body).toBe(200);
    expect(proof.json<{ evidence: { citedBy: { where: string; id: string }[] } }>().evidence.citedBy.map((c) => [c.where, c.id])).toEqual([['section', 'rootCause'], ['event', eventId], ['action', key]]);
    const items = (await t.call('viewer', 'GET', `/api/v1/postmortems/${incident}`)).json<{ actionItems: { key: string; checklist: Record<string, boolean> }[] }>().actionItems;
    expect(items.find((a) => a.key === key)?.checklist['effectivenessVerified']).toBe(true);
    expect((await t.call('editor', 'POST', `${graph.links.self}/cite`, { target: 'action', key: 'A999' })).statusCode).toBe(404);
    expect((await t.call('editor', 'POST', `${graph.links.self}/cite`, { target: 'nowhere' })).statusCode).toBe(400);
  });

  it('internal publication lists every item with caption and link; external keeps only public items whose caption passes redaction, without links', async () => {
    const internal = (await t.call('viewer', 'GET', `/api/v1/postmortems/${incident}/publish-preview?audience=internal`)).json<{ markdown: string }>().markdown;
    for (const i of [graph, secret, named]) expect(internal).toContain(`[evidence ${i.id}](https://debrief.example.com/incidents/${incident}/evidence/${i.id})`);
    const external = (await t.call('viewer', 'GET', `/api/v1/postmortems/${incident}/publish-preview?audience=external`)).json<{ markdown: string }>().markdown;
    expect(external).toContain(`[evidence ${graph.id}]`);
    expect(external).toContain('Cache hit rate fell during the peak');
    expect(external).not.toContain(secret.id);
    expect(external).not.toContain('Internal DB console output');
    expect(external).not.toContain(named.id);
    expect(external).not.toContain('carol.jones');
    expect(external).not.toContain('/evidence/');
    expect(external).not.toContain('token:responder');
  });

  it('a new version of an item made public (same bytes, the old one kept) is published where the old one was cited', async () => {
    const res = await t.call('responder', 'POST', `${secret.links.self}/revise`, { caption: 'Connection count at the peak', public: true });
    expect(res.statusCode, res.body).toBe(201);
    const revised = res.json<EvidenceItem>();
    expect(revised).toMatchObject({ supersedes: secret.id, sha256: secret.sha256, public: true, caption: 'Connection count at the peak' });
    expect((await t.call('responder', 'POST', `${secret.links.self}/revise`, { public: false })).statusCode).toBe(409);
    const current = (await t.call('viewer', 'GET', `/api/v1/incidents/${incident}/evidence`)).json<{ items: EvidenceItem[]; totalBytes: number }>();
    expect(current.items.map((i) => i.id)).toContain(revised.id);
    expect(current.items.map((i) => i.id)).not.toContain(secret.id);
    expect(current.totalBytes).toBe([graph, secret, named].reduce((n, i) => n + i.size, 0));
    expect((await t.call('viewer', 'GET', secret.links.self)).json<EvidenceItem>().supersededBy).toBe(revised.id);
    const external = (await t.call('viewer', 'GET', `/api/v1/postmortems/${incident}/publish-preview?audience=external`)).json<{ markdown: string }>().markdown;
    expect(external).toContain(`[evidence ${revised.id}]`);
    expect(external).toContain('Connection count at the peak');
    expect(external).not.toContain(secret.id);
    const md = (await t.call('viewer', 'GET', `/api/v1/postmortems/${incident}.md`)).body;
    expect(md).toContain(`- [evidence ${revised.id}]`);
    expect(md).not.toContain(`- [evidence ${secret.id}]`);
  });
});
