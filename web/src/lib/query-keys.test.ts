import { describe, expect, it } from 'vitest';
import { apiKey, matches, staleAfter } from './query-keys.ts';

describe('query keys', () => {
  it('are the path, with the query string as parameters (repeated ones kept in order)', () => {
    expect(apiKey('/api/v1/incidents/INC-1')).toEqual(['api', '/api/v1/incidents/INC-1']);
    expect(apiKey('/api/v1/incidents?status=open&limit=50')).toEqual(['api', '/api/v1/incidents', { status: 'open', limit: '50' }]);
    expect(apiKey('/api/v1/postmortems/P/publish-preview?keep=a&keep=b')).toEqual(['api', '/api/v1/postmortems/P/publish-preview', { keep: ['a', 'b'] }]);
    expect(apiKey('/api/v1/me/work?')).toEqual(['api', '/api/v1/me/work']);
  });

  it('match a resource and everything under it, or a list with any filters but not its items', () => {
    const tree = [{ tree: '/api/v1/incidents/INC-1' }];
    expect(matches(apiKey('/api/v1/incidents/INC-1'), tree)).toBe(true);
    expect(matches(apiKey('/api/v1/incidents/INC-1/timeline'), tree)).toBe(true);
    expect(matches(apiKey('/api/v1/incidents/INC-10'), tree)).toBe(false);
    const list = [{ list: '/api/v1/incidents' }];
    expect(matches(apiKey('/api/v1/incidents?status=open'), list)).toBe(true);
    expect(matches(apiKey('/api/v1/incidents/INC-1'), list)).toBe(false);
    expect(matches(['idle'], list)).toBe(false);
  });

  it('make a post-mortem change stale in the lists, "my work" and the action items, not in other resources', () => {
    const stale = (path: string): boolean => matches(apiKey(path), staleAfter({ postmortem: 'INC-1', incident: 'INC-1' }));
    for (const p of ['/api/v1/postmortems/INC-1', '/api/v1/postmortems/INC-1/publish-preview?audience=internal', '/api/v1/incidents?limit=50',
      '/api/v1/postmortems?status=draft', '/api/v1/me/work', '/api/v1/action-items?owner=ana', '/api/v1/incidents/INC-1/postmortem']) {
      expect(stale(p), p).toBe(true);
    }
    for (const p of ['/api/v1/postmortems/INC-2', '/api/v1/incidents/INC-2', '/api/v1/users', '/api/v1/policy']) expect(stale(p), p).toBe(false);
  });

  it('make a change to users or teams stale only where it is named', () => {
    const targets = staleAfter({ paths: ['/api/v1/users'] });
    expect(matches(apiKey('/api/v1/users'), targets)).toBe(true);
    expect(matches(apiKey('/api/v1/users/ana/addresses'), targets)).toBe(true);
    expect(matches(apiKey('/api/v1/me/work'), targets)).toBe(false);
  });
});
