import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('bad requests on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  const post = (payload: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    t.app.inject({ method: 'POST', url: '/api/v1/incidents', payload, headers: { authorization: `Bearer ${t.tokens.admin}`, ...headers } });

  it('answers malformed JSON with 400 malformed_json', async () => {
    const res = await post('{"title": ');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('malformed_json');
  });

  it('answers wrong types with 400 and the field path of each problem', async () => {
    const res = await post(JSON.stringify({ title: 42, severity: 'SEV-1', services: 'api', customerVisible: 'yes' }));
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['customerVisible', 'services', 'title']);
  });

  it('refuses unknown fields', async () => {
    const res = await post(JSON.stringify({ title: 'x', severity: 'SEV-1', colour: 'red' }));
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().errors)).toContain('colour');
  });

  it('refuses a huge body with 413', async () => {
    const res = await post(JSON.stringify({ title: 'x', severity: 'SEV-1', summary: 'a'.repeat(400 * 1024) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
  });

  it('refuses a wrong content type with 415', async () => {
    const res = await post('title=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.statusCode).toBe(415);
    const md = await post('# hi', { 'content-type': 'text/markdown' });
    expect(md.statusCode).toBe(415);
  });

  it('answers 401 without a token and 403 for a role too low', async () => {
    const none = await t.call(null, 'GET', '/api/v1/incidents');
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toContain('Bearer');
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/incidents', headers: { authorization: 'Bearer dbf_nope' } });
    expect(bad.statusCode).toBe(401);
    const viewer = await t.call('viewer', 'POST', '/api/v1/incidents', { title: 'x', severity: 'SEV-1' });
    expect(viewer.statusCode).toBe(403);
    expect(viewer.json().code).toBe('forbidden');
    const tokens = await t.call('editor', 'GET', '/api/v1/tokens');
    expect(tokens.statusCode).toBe(403);
  });

  it('never answers 500 to a batch of odd inputs', async () => {
    const odd: [string, string, string | undefined, Record<string, string>][] = [
      ['GET', '/api/v1/incidents?limit=abc', undefined, {}],
      ['GET', '/api/v1/incidents?limit=100000', undefined, {}],
      ['GET', '/api/v1/incidents?cursor=%%%', undefined, {}],
      ['GET', '/api/v1/incidents?from=yesterday', undefined, {}],
      ['GET', '/api/v1/incidents?status=on-fire', undefined, {}],
      ['GET', '/api/v1/incidents?severity=SEV-99', undefined, {}],
      ['GET', `/api/v1/incidents/${'x'.repeat(500)}`, undefined, {}],
      ['POST', '/api/v1/incidents', 'null', { 'content-type': 'application/json' }],
      ['POST', '/api/v1/incidents', '[]', { 'content-type': 'application/json' }],
      ['POST', '/api/v1/incidents', '"str"', { 'content-type': 'application/json' }],
      ['POST', '/api/v1/incidents', '', { 'content-type': 'application/json' }],
      ['POST', '/api/v1/incidents', '{"title":"x","severity":"SEV-1","startedAt":"not a date"}', { 'content-type': 'application/json' }],
      ['POST', '/api/v1/incidents', '{"title":"","severity":"SEV-1"}', { 'content-type': 'application/json' }],
      ['POST', '/api/v1/incidents', '{"__proto__":{"x":1},"title":"x","severity":"SEV-1","colour":1}', { 'content-type': 'application/json' }],
      ['PATCH', '/api/v1/incidents/INC-2026-01-01-001', '{"version":1}', { 'content-type': 'application/json', 'if-match': 'garbage' }],
      ['PATCH', '/api/v1/incidents/INC-2026-01-01-001', '{"version":-1}', { 'content-type': 'application/json' }],
      ['POST', '/api/v1/incidents/INC-2026-01-01-001/status', '{"status":"resolved","version":1}', { 'content-type': 'application/json' }],
      ['DELETE', '/api/v1/incidents', undefined, {}],
      ['GET', '/api/v1/nothing-here', undefined, {}],
      ['POST', '/api/v1/tokens', '{"name":"x","role":"god"}', { 'content-type': 'application/json' }],
      ['GET', '/api/v1/postmortems/%00', undefined, {}],
      ['GET', '/api/v1/incidents/INC-%00/events', undefined, {}],
      ['POST', '/api/v1/incidents', '{"title":"a\\u0000b","severity":"SEV-1"}', { 'content-type': 'application/json' }],
      ['POST', '/api/v1/lint', '{"markdown":"# t\\u0000"}', { 'content-type': 'application/json' }],
      ['GET', '/api/v1/incidents?q=%00', undefined, {}],
      ['POST', '/api/v1/incidents', '{"title":"x","severity":"SEV-1","externalComplaints":1e300}', { 'content-type': 'application/json' }],
      ['POST', '/api/v1/incidents', '{"title":"x","severity":"SEV-1","startedAt":"9999-12-31T23:59:59Z"}', { 'content-type': 'application/json' }],
    ];
    for (const [method, url, payload, headers] of odd) {
      const res = await t.app.inject({ method: method as 'GET', url, payload, headers: { authorization: `Bearer ${t.tokens.admin}`, ...headers } });
      expect(res.statusCode, `${method} ${url} ${payload ?? ''} → ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${method} ${url} ${payload ?? ''} → ${res.body}`).toBeLessThan(500);
      expect(res.headers['content-type'], `${method} ${url}`).toContain('application/problem+json');
    }
  });

  it('serves the OpenAPI document generated from the schemas, and its docs page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/incidents'].post.requestBody.content['application/json'].schema.properties.title).toBeTruthy();
    const page = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.body).toContain('swagger-ui');
  });
});
