/** Loads data for a page: loading, error and data states, reload, and local updates. */
import { useCallback, useEffect, useRef, useState } from 'react';

export type Load<T> = {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (next: T) => void;
};

/** Runs `load` when `deps` change; stale answers of earlier runs are dropped. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Load<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    const ctrl = new AbortController();
    setLoading(true);
    setError(null);
    loadRef.current(ctrl.signal).then(
      (d) => { if (!ctrl.signal.aborted) { setData(d); setLoading(false); } },
      (e: unknown) => { if (!ctrl.signal.aborted) { setError(e); setLoading(false); } },
    );
    return () => ctrl.abort();
    // The caller names the dependencies (as with useEffect).
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload, setData };
}
