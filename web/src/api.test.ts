import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, errorMessage, query, setCsrfToken } from './api.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api client', () => {
  it('sends the CSRF token on writes only', async () => {
    const fetchMock = vi.fn(async () => new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('tok');
    await api.get('/api/v1/incidents');
    await api.post('/api/v1/incidents', { title: 'x' });
    const headers = (fetchMock.mock.calls as unknown as [string, RequestInit][]).map(([, init]) => init.headers as Record<string, string>);
    expect(headers[0]!['x-csrf-token']).toBeUndefined();
    expect(headers[1]!['x-csrf-token']).toBe('tok');
    expect(headers[1]!['content-type']).toBe('application/json');
  });

  it('turns problem+json into an ApiError with field problems and the 409 current version', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({
      code: 'version_conflict', detail: 'stale', currentVersion: 4, current: { version: 4 },
    }), { status: 409, headers: { 'content-type': 'application/problem+json' } })));
    const e = await api.patch('/api/v1/postmortems/X', { version: 3 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).isConflict).toBe(true);
    expect((e as ApiError).current<{ version: number }>()?.version).toBe(4);

    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({
      code: 'validation_failed', detail: 'the request body is not valid', errors: [{ path: 'title', message: 'required' }],
    }), { status: 400, headers: { 'content-type': 'application/problem+json' } })));
    const v = await api.post('/api/v1/incidents', {}).catch((x: unknown) => x);
    expect(errorMessage(v)).toBe('the request body is not valid (title: required)');
  });

  it('reports an unreachable server without losing the page', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('fetch failed'); }));
    const e = await api.get('/api/v1/incidents').catch((x: unknown) => x);
    expect((e as ApiError).code).toBe('network');
  });

  it('builds query strings from the non-empty values', () => {
    expect(query({ status: 'resolved', q: '', limit: 50, cursor: undefined })).toBe('?status=resolved&limit=50');
    expect(query({})).toBe('');
  });
});
