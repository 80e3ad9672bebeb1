/** The app's one QueryClient: the defaults a team tool wants (fresh on focus, short stale time, no retry of a refusal). */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api.ts';

/** True when a failed request is worth trying again: the network or the server, never a 4xx problem. */
export function retryable(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

/** Options of `createQueryClient`. */
export type QueryClientOptions = {
  /** How often a retryable failure (network, 5xx) is tried again; a 4xx problem never is. */
  retries?: number;
  /** Milliseconds before a retry (default: react-query's backoff from 1 s). */
  retryDelay?: number;
};

/** A QueryClient with Debrief's defaults. */
export function createQueryClient({ retries = 2, retryDelay }: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A colleague's edit shows when the tab is focused again; two tabs on one page do not refetch in a loop.
        staleTime: 10_000,
        refetchOnWindowFocus: true,
        retry: (failures, error) => failures < retries && retryable(error),
        ...(retryDelay === undefined ? {} : { retryDelay }),
      },
      mutations: { retry: false },
    },
  });
}
