import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const doc = (id: string, title: string, date: string) => `---
id: ${id}
title: ${title}
date: ${date}
severity: SEV-2
---

# ${title}

## Summary

The ledger service rejected writes for 20 minutes.
`;

describe.each(backends())('importing a post-mortem that names an incident on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  const importMd = (md: string, qs = '') =>
    t.app.inject({ method: 'POST', url: `/api/v1/postmortems/import?file=x.md${qs}`, payload: md, headers: { authorization: `Bearer ${t.tokens.editor}`, 'content-type': 'text/markdown' } });

  it('stops when the document describes another incident, naming why, and stores nothing', async () => {
    const id = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Checkout errors', severity: 'SEV-2' })).json().id as string;
    const res = await importMd(doc(id, 'Ledger writes rejected', '2025-06-01'));
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('Ledger writes rejected');
    expect(res.json().detail).toContain('2025-06-01');
    expect((await t.call('viewer', 'GET', `/api/v1/postmortems/${id}`)).statusCode).toBe(404);
  });

  it('attaches it anyway when forced, with a warning', async () => {
    const id = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Checkout errors again', severity: 'SEV-2' })).json().id as string;
    const res = await importMd(doc(id, 'Ledger writes rejected', '2025-06-01'), '&force=true');
    expect(res.statusCode).toBe(201);
    expect(res.json().postmortem.id).toBe(id);
    expect(res.json().warnings.map((w: { message: string }) => w.message).join(' ')).toContain('attached to');
  });

  it('attaches a document whose title and date agree with the incident', async () => {
    const id = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Ledger writes rejected', severity: 'SEV-2' })).json().id as string;
    const res = await importMd(doc(id, 'Ledger writes rejected by the primary', '2026-03-10'));
    expect(res.statusCode).toBe(201);
    expect(res.json().createdIncident).toBe(false);
  });
});
