/** "My work" from the server, one cached query shared by the home page and the navigation's count. */
import type { MyWork } from '../../../src/domain/work/contract.ts';
import { useApi, type Load } from './useApi.ts';

export type { MyWork };

/** The path of the signed-in person's work (its query key, and what a change marks stale under `/api/v1/me`). */
export const MY_WORK = '/api/v1/me/work';

/** The signed-in person's work, through the cache. */
export function useMyWork(): Load<MyWork> {
  return useApi<MyWork>(MY_WORK);
}

/** The waiting count for the navigation (null before the first answer), kept up to date by every change. */
export function useWaitingCount(): number | null {
  return useMyWork().data?.waiting ?? null;
}
