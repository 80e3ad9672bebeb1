/** Loading a page's data through the query cache: the `Load` every page and `Loadable` read, cursor-paged lists, and invalidation after a change. */
import { useInfiniteQuery, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
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

/** A page of a cursor-paged list, as the API answers it. */
export type Paged<I> = { items: I[]; nextCursor: string | null };

/** A paged list as one `Load` (the pages loaded so far, joined) and the next page on demand. */
export type PagedLoad<I> = Load<Paged<I>> & {
  hasMore: boolean;
  loadingMore: boolean;
  /** Why the last "load more" failed (the pages already shown stay). */
  moreError: unknown;
  loadMore: () => void;
};

const withCursor = (path: string, cursor: string | null): string =>
  cursor === null ? path : `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`;

/**
 * GETs a cursor-paged list through the cache (useInfiniteQuery, keyed by the path like
 * `useApi`, so a change to the list makes it stale): every page loaded is fetched again
 * after a change, so "load more" survives a refetch instead of falling back to page one.
 */
export function useApiPages<I>(path: string): PagedLoad<I> {
  const client = useQueryClient();
  const key = [...apiKey(path), { pages: true }] as const;
  const q = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam, signal }) => api.get<Paged<I>>(withCursor(path, pageParam), { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const data = useMemo<Paged<I> | null>(
    () => q.data ? { items: q.data.pages.flatMap((p) => p.items), nextCursor: q.data.pages.at(-1)?.nextCursor ?? null } : null,
    [q.data],
  );
  const reload = useCallback(() => { void q.refetch(); }, [q.refetch]);
  const setData = useCallback((next: Paged<I>) => {
    client.setQueryData<InfiniteData<Paged<I>, string | null>>(key, { pages: [next], pageParams: [null] });
  }, [client, JSON.stringify(key)]);
  const { fetchNextPage } = q;
  const loadMore = useCallback(() => { void fetchNextPage(); }, [fetchNextPage]);
  return {
    data,
    error: q.isError && !q.isFetchNextPageError ? q.error : null,
    loading: q.isPending,
    reload,
    setData,
    hasMore: q.hasNextPage,
    loadingMore: q.isFetchingNextPage,
    moreError: q.isFetchNextPageError ? q.error : null,
    loadMore,
  };
}

/** Returns `changed(what)`: marks stale every query the change touches, so every view showing it refetches. */
export function useChanged(): (change: Change) => Promise<void> {
  const client = useQueryClient();
  return useCallback((change: Change) => {
    const targets = staleAfter(change);
    return client.invalidateQueries({ predicate: (q) => matches(q.queryKey, targets) });
  }, [client]);
}
