/**
 * Routing is wouter's (History API, path patterns, `<Switch>`): this module only adds the app's
 * habits on top: a navigation scrolls to the top, and the location reads as `{ path, search }`.
 */
import { useLocation as useWouterLocation, useSearch } from 'wouter';
import { navigate as go } from 'wouter/use-browser-location';

/** Goes to a path inside the app (pushes a history entry, or replaces the current one). */
export function navigate(to: string, replace = false): void {
  go(to, { replace });
  window.scrollTo(0, 0);
}

/** The current location (path + search), re-rendering on navigation and back/forward. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const [path] = useWouterLocation();
  const search = useSearch();
  return { path, search: new URLSearchParams(search) };
}
