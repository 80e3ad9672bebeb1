import type { ReactNode } from 'react';
import type { Load } from '../lib/useApi.ts';
import { ErrorState } from './ErrorState.tsx';
import { Loading } from './Loading.tsx';

/** Shows the loading state, the error state, or the children with the loaded data. */
export function Loadable<T>({ load, what, children }: { load: Load<T>; what?: string; children: (data: T) => ReactNode }) {
  if (load.error) return <ErrorState error={load.error} retry={load.reload} {...(what ? { what: `Could not load ${what}` } : {})} />;
  if (load.data === null) return <Loading {...(what ? { what: `Loading ${what}` } : {})} />;
  return <>{children(load.data)}</>;
}
