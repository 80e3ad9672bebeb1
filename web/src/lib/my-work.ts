/** "My work" from the server, shared by the home page and the navigation's count. */
import { useEffect, useState } from 'react';
import type { MyWork } from '../../../src/domain/work/contract.ts';
import { api } from '../api.ts';

export type { MyWork };

let last: MyWork | null = null;
const listeners = new Set<(w: MyWork) => void>();

/** Fetches the signed-in person's work and tells every listener (the navigation's count). */
export async function loadMyWork(signal?: AbortSignal): Promise<MyWork> {
  const work = await api.get<MyWork>('/api/v1/me/work', signal ? { signal } : {});
  last = work;
  for (const l of listeners) l(work);
  return work;
}

/** The last known waiting count (null before the first answer), kept up to date. */
export function useWaitingCount(): number | null {
  const [count, setCount] = useState<number | null>(last?.waiting ?? null);
  useEffect(() => {
    const l = (w: MyWork): void => setCount(w.waiting);
    listeners.add(l);
    return () => { listeners.delete(l); };
  }, []);
  return count;
}
