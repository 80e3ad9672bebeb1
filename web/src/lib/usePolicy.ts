/** The team's effective policy (GET /api/v1/policy), fetched once per page load and shared. */
import { useEffect, useState } from 'react';
import type { PolicyView } from '../contract.ts';
import { api } from '../api.ts';

let cached: Promise<PolicyView> | null = null;

/** The policy, or null while it loads (or when it cannot be read: callers fall back to free text). */
export function usePolicy(): PolicyView | null {
  const [policy, setPolicy] = useState<PolicyView | null>(null);
  useEffect(() => {
    let live = true;
    cached ??= api.get<PolicyView>('/api/v1/policy');
    cached.then((p) => { if (live) setPolicy(p); }, () => { cached = null; });
    return () => { live = false; };
  }, []);
  return policy;
}

/** Forgets the policy read so far (tests that serve another policy). */
export function forgetPolicy(): void {
  cached = null;
}
