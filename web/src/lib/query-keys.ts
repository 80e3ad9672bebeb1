/**
 * Query keys derived from API paths, and what a change makes stale. Pure: no React, no
 * fetch, so the rules are testable on their own.
 */

/** A query's key: `['api', pathname]`, with the query string's parameters when there are any. */
export type ApiKey = readonly ['api', string] | readonly ['api', string, Record<string, string | string[]>];

/** The key of a GET of `path` (`/api/v1/incidents?status=open` → `['api', '/api/v1/incidents', { status: 'open' }]`). */
export function apiKey(path: string): ApiKey {
  const at = path.indexOf('?');
  if (at < 0) return ['api', path];
  const params: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(path.slice(at + 1))) {
    const had = params[k];
    // A repeated parameter (`keep=a&keep=b`) keeps every value, in order.
    params[k] = had === undefined ? v : [...(Array.isArray(had) ? had : [had]), v];
  }
  return Object.keys(params).length ? ['api', path.slice(0, at), params] : ['api', path.slice(0, at)];
}

/** What goes stale: a resource and everything under it (`tree`), or one path with any parameters (`list`). */
export type Target = { tree: string } | { list: string };

/** True when the query key `key` is one of the targets' queries. */
export function matches(key: readonly unknown[], targets: readonly Target[]): boolean {
  if (key[0] !== 'api' || typeof key[1] !== 'string') return false;
  const path = key[1];
  return targets.some((t) => 'list' in t ? path === t.list : path === t.tree || path.startsWith(`${t.tree}/`));
}

/** A change made in the browser, named by what it touched. */
export type Change = {
  /** An incident id: its page, timeline, history, evidence, similar incidents. */
  incident?: string;
  /** A post-mortem id: its page, comments, revisions, meeting, preview. */
  postmortem?: string;
  /** Any other resource path changed (users, channels, teams, jobs, addresses). */
  paths?: readonly string[];
};

const id = (s: string): string => encodeURIComponent(s);

/**
 * The queries a change makes stale. Incidents and post-mortems show in each other's
 * lists (the list's post-mortem badge, the post-mortem list's incident fields), in "my
 * work" (the navigation's count) and the action items; so a change to either makes
 * those lists stale as well as the resource itself.
 */
export function staleAfter(change: Change): Target[] {
  const targets: Target[] = [];
  if (change.incident) targets.push({ tree: `/api/v1/incidents/${id(change.incident)}` });
  if (change.postmortem) targets.push({ tree: `/api/v1/postmortems/${id(change.postmortem)}` });
  if (change.incident || change.postmortem) {
    // The incident page shows its post-mortem's state, and the post-mortem its incident's fields.
    if (change.incident && !change.postmortem) targets.push({ tree: `/api/v1/postmortems/${id(change.incident)}` });
    targets.push(
      { list: '/api/v1/incidents' },
      { list: '/api/v1/postmortems' },
      { tree: '/api/v1/action-items' },
      { tree: '/api/v1/me' },
      { tree: '/api/v1/reviews' },
      { tree: '/api/v1/search' },
    );
  }
  for (const p of change.paths ?? []) targets.push({ tree: p });
  return targets;
}
