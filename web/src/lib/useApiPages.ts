/**
 * Cursor-paged lists through the query cache (useInfiniteQuery). A module of its own so
 * that the infinite-query code loads with the pages that list, not in the first load.
 */
import { useInfiniteQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { api } from '../api.ts';
import { apiKey } from './query-keys.ts';
import type { Load } from './useApi.ts';

/** A page of a cursor-paged list, as the API answers it. */
export type Paged<I> = { items: I[]; nextCursor: string | null };

/** A paged list as one `Load` (the pages loaded so far, joined) and the next page on demand. */
export type PagedLoad<I> = Load<Paged<I>> & {
  hasMore: boolean;
  loadingMore: boolean;
  /** Why the last "load more" failed (the pages already shown stay). */
  moreError: unknown;
  loadMore: () => void;
  /** Replaces items in place on every loaded page (a changed item shows at once, the pages kept). */
  mapItems: (fn: (item: I) => I) => void;
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
  const mapItems = useCallback((fn: (item: I) => I) => {
    client.setQueryData<InfiniteData<Paged<I>, string | null>>(key, (old) => old && { ...old, pages: old.pages.map((p) => ({ ...p, items: p.items.map(fn) })) });
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
    mapItems,
  };
}
