/**
 * Post-mortems written before Debrief arrive as what they are: the team's published record,
 * not drafts whose deadlines passed years ago; templates in the folder are skipped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const written = (title: string, frontMatter = '') => `${frontMatter ? `---\n${frontMatter}\n---\n\n` : ''}# ${title}

## Summary

The payment gateway refused card payments for 35 minutes after a certificate expired on its upstream link.

## Timeline

- 2019-04-11 08:02 UTC Card payments start failing with TLS handshake errors
- 2019-04-11 08:09 UTC The payments on-call engineer is paged by the error-rate alert
- 2019-04-11 08:37 UTC A renewed certificate is installed and payments recover

## Action Items

- Alert 21 days before any certificate on the gateway expires
`;

const example = `# [Incident title]

## Summary

Two sentences for readers who were not there, for example: after the deploy of the search service at
noon the results page returned errors for most users until the release was rolled back.

## Timeline

- 12:00 The deploy finishes and errors start to climb on the results page for most users
- 12:20 The release is rolled back and the error rate returns to normal within a few minutes
`;

describe.each(backends())('importing post-mortems from before Debrief on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); t.clock.now = new Date('2026-12-01T00:00:00Z'); });
  afterAll(async () => { await t?.close(); });

  const importMd = (md: string, file: string, qs = '') =>
    t.app.inject({ method: 'POST', url: `/api/v1/postmortems/import?file=${encodeURIComponent(file)}${qs}`, payload: md, headers: { authorization: `Bearer ${t.tokens.editor}`, 'content-type': 'text/markdown' } });
  const listed = async (id: string) => ((await t.call('viewer', 'GET', '/api/v1/incidents?limit=200')).json().items as { id: string; verdict: { nextDeadline: unknown } }[]).find((i) => i.id === id);

  it('takes a document of an incident long past as published: publication 1 is the file, and nothing is overdue', async () => {
    const md = written('Card payments refused after a certificate expired');
    const res = await importMd(md, '2019-04-11-gateway-cert.md');
    expect(res.statusCode, res.body).toBe(201);
    const { postmortem, warnings } = res.json<{ postmortem: { id: string; status: string }; warnings: { message: string }[] }>();
    expect(postmortem.status).toBe('published');
    expect(warnings.map((w) => w.message).join(' ')).toContain('imported as published');
    const pub = await t.call('viewer', 'GET', `/api/v1/postmortems/${postmortem.id}/published/1`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json().markdown).toBe(md);
    expect(pub.json().publishedAt).toBe('2019-04-11T08:37:00.000Z');
    expect((await listed(postmortem.id))?.verdict.nextDeadline).toBeNull();
  });

  it('takes the owner of a document from before Debrief as assigned back then, not at the import', async () => {
    const res = await importMd(written('Card payments refused on the second link', 'authors: [Dana Okafor]'), '2019-04-11-second-link.md');
    expect(res.statusCode, res.body).toBe(201);
    const { postmortem, warnings } = res.json<{ postmortem: { id: string; owner: string }; warnings: { message: string }[] }>();
    expect(postmortem.owner).toBe('Dana Okafor');
    expect(warnings.map((w) => w.message).join(' ')).toContain("taken as assigned by the incident's end, 2019-04-11T08:37:00.000Z");
    const incident = (await t.call('viewer', 'GET', `/api/v1/incidents/${postmortem.id}`)).json<{ policy: { deadlines: Record<string, { met: { at: string; late: boolean } | null } | undefined> } }>();
    expect(incident.policy.deadlines['owner']?.met).toEqual({ at: '2019-04-11T08:37:00.000Z', late: false });
    // Newest first by when they were written: the import time does not put 2019 above this year's post-mortems.
    const listedPm = (await t.call('viewer', 'GET', '/api/v1/postmortems?limit=200')).json<{ items: { id: string; createdAt: string }[] }>().items.find((p) => p.id === postmortem.id);
    expect(listedPm?.createdAt).toBe('2019-04-11T08:37:00.000Z');
  });

  it('takes the owner of a document attached to an incident Debrief holds as assigned now', async () => {
    const declared = await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Checkout errors after the gateway deploy', severity: 'SEV-2', startedAt: '2026-11-30T10:00:00Z', declaredAt: '2026-11-30T10:05:00Z' });
    expect(declared.statusCode, declared.body).toBe(201);
    const id = declared.json().id as string;
    const md = `---\nincident_id: ${id}\nauthors: [Priya Raman]\nstatus: draft\n---\n\n# Checkout errors after the gateway deploy\n\n## Summary\n\nCheckout failed for 20 minutes after the gateway deploy.\n`;
    const res = await importMd(md, 'checkout.md');
    expect(res.statusCode, res.body).toBe(201);
    const incident = (await t.call('viewer', 'GET', `/api/v1/incidents/${id}`)).json<{ policy: { deadlines: Record<string, { met: { at: string } | null } | undefined> } }>();
    expect(incident.policy.deadlines['owner']?.met?.at).toBe('2026-12-01T00:00:00.000Z');
  });

  it('keeps a document that says it is a draft as a draft', async () => {
    const res = await importMd(written('Card payments refused again', 'status: draft'), 'draft.md');
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().postmortem.id as string;
    expect(res.json().postmortem.status).toBe('draft');
    expect((await t.call('viewer', 'GET', `/api/v1/postmortems/${id}/published/1`)).statusCode).toBe(404);
  });

  it('skips a template with a worked example, and imports it when forced', async () => {
    const skipped = await importMd(example, 'incident-template.md');
    expect(skipped.statusCode).toBe(422);
    expect(skipped.json().detail).toContain('only a template');
    expect((await importMd(example, 'incident-template.md', '&force=true')).statusCode).toBe(201);
  });

  it('counts a history row published in the other tool as published, at its stated time', async () => {
    const row = { externalId: 'OLD-7', title: 'Queue backlog in billing', severity: 'SEV-2', startedAt: '2020-02-03T10:00:00Z', resolvedAt: '2020-02-03T12:00:00Z',
      postmortem: { status: 'published', publishedAt: '2020-02-06T09:30:00Z' } };
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/import/history', payload: JSON.stringify(row), headers: { authorization: `Bearer ${t.tokens.editor}`, 'content-type': 'text/plain' } });
    expect(res.statusCode, res.body).toBe(200);
    const id = res.json().created[0].incidentId as string;
    const pub = (await t.call('viewer', 'GET', `/api/v1/postmortems/${id}/published/1`)).json();
    expect(pub.publishedAt).toBe('2020-02-06T09:30:00.000Z');
    expect(pub.markdown).toContain('Queue backlog in billing');
    expect((await listed(id))?.verdict.nextDeadline).toBeNull();
  });
});
