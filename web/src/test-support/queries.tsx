/** Component tests: the app's query cache around the component under test, fresh for each mounted root. */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createQueryClient } from '../lib/query-client.ts';

/** A QueryClientProvider with the app's defaults but no retries (errors show at once), or the given client. */
export function TestQueries({ client, children }: { client?: QueryClient; children: ReactNode }) {
  const [own] = useState(() => client ?? createQueryClient({ retries: 0 }));
  return <QueryClientProvider client={own}>{children}</QueryClientProvider>;
}
