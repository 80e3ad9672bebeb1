/** Loading a page's data through the query cache: the `Load` every page and `Loadable` read, and invalidation after a change. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../api.ts';
import { apiKey, matches, staleAfter, type Change } from './query-keys.ts';

/** What a page reads of a query: the data (null until it has some), the error, whether it is loading, reload and local updates. */
export type Load<T> = {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (next: T) => void;
};

/** Queries the cache under `key` with `load` (null key: nothing to load yet, e.g. an empty search). */
export function useApiQuery<T>(key: readonly unknown[] | null, load: (signal: AbortSignal) => Promise<T>): Load<T> {
  const client = useQueryClient();
  const q = useQuery({ queryKey: key ?? ['idle'], queryFn: ({ signal }) => load(signal), enabled: key !== null });
  const reload = useCallback(() => { void q.refetch(); }, [q.refetch]);
  const setData = useCallback((next: T) => { if (key) client.setQueryData(key, next); }, [client, JSON.stringify(key)]);
  return {
    data: key === null ? null : q.data ?? null,
    // An error stays shown only until a retry answers (a failed refetch of shown data also shows it).
    error: q.isError ? q.error : null,
    // Loading is the first answer only: a refetch (focus, invalidation) keeps what is shown.
    loading: key !== null && q.isPending,
    reload,
    setData,
  };
}

/**
 * GETs `path` through the cache (keyed by the path: `['api', pathname, params]`); null path: nothing yet.
 * `version`: the version of the resource the answer belongs to (a history follows its incident's version).
 */
export function useApi<T>(path: string | null, { version }: { version?: number } = {}): Load<T> {
  const key = path === null ? null : version === undefined ? apiKey(path) : [...apiKey(path), { version }];
  return useApiQuery<T>(key, (signal) => api.get<T>(path ?? '', { signal }));
}

/** Returns `changed(what)`: marks stale every query the change touches, so every view showing it refetches. */
export function useChanged(): (change: Change) => Promise<void> {
  const client = useQueryClient();
  return useCallback((change: Change) => {
    const targets = staleAfter(change);
    return client.invalidateQueries({ predicate: (q) => matches(q.queryKey, targets) });
  }, [client]);
}
