/** A tiny History-API router: the current path as state, `navigate`, and path matching. */
import { useEffect, useState } from 'react';

const listeners = new Set<() => void>();

/** Goes to a path inside the app (pushes a history entry). */
export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.scrollTo(0, 0);
  listeners.forEach((fn) => fn());
}

/** The current location (path + search), re-rendering on navigation and back/forward. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const [loc, setLoc] = useState(() => window.location.pathname + window.location.search);
  useEffect(() => {
    const update = (): void => setLoc(window.location.pathname + window.location.search);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  const [path = '/', search = ''] = loc.split('?');
  return { path, search: new URLSearchParams(search) };
}

/** Matches `/incidents/:id` style patterns; returns the decoded params or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const a = path.split('/').filter(Boolean);
  if (p.length !== a.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const part = p[i]!;
    const actual = a[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
}
