/** Whether an incident has a post-mortem: 200 with null before one is started, its reference after; 404 for no incident. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('GET /api/v1/incidents/:id/postmortem on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  it('answers 200 with null before a post-mortem exists and its reference after', async () => {
    const id = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'No post-mortem yet', severity: 'SEV-3' })).json().id as string;
    const none = await t.call('viewer', 'GET', `/api/v1/incidents/${id}/postmortem`);
    expect(none.statusCode, none.body).toBe(200);
    expect(none.json()).toEqual({ incidentId: id, postmortem: null });
    const started = await t.call('editor', 'POST', `/api/v1/incidents/${id}/postmortem`, {});
    expect(started.statusCode, started.body).toBe(201);
    const some = await t.call('viewer', 'GET', `/api/v1/incidents/${id}/postmortem`);
    expect(some.json()).toMatchObject({ incidentId: id, postmortem: { id, status: 'draft', version: expect.any(Number) } });
  });

  it('answers 404 for an unknown incident and 401 without a token', async () => {
    expect((await t.call('viewer', 'GET', '/api/v1/incidents/INC-2026-01-01-999/postmortem')).statusCode).toBe(404);
    expect((await t.call(null, 'GET', '/api/v1/incidents/INC-2026-01-01-999/postmortem')).statusCode).toBe(401);
  });
});
