import type { ReactNode } from 'react';
import { useLocation } from '../router.ts';
import type { User } from '../types.ts';
import { Link } from './Link.tsx';
import { SearchBox } from './SearchBox.tsx';

const NAV = [
  ['/incidents', 'Incidents'],
  ['/postmortems', 'Post-mortems'],
  ['/action-items', 'Action items'],
  ['/reviews/weekly', 'Weekly review'],
  ['/reports', 'Reports'],
] as const;

/** Header with navigation, the signed-in user and sign-out; a skip link to the content. */
export function Layout({ user, onSignOut, children }: { user: User; onSignOut: () => void; children: ReactNode }) {
  const { path } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="topbar">
        <Link to="/incidents" className="brand">Debrief</Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map(([to, label]) => (
              <li key={to}><Link to={to} aria-current={path.startsWith(to) ? 'page' : undefined}>{label}</Link></li>
            ))}
            {user.role === 'admin' && <li><Link to="/users" aria-current={path === '/users' ? 'page' : undefined}>Users</Link></li>}
            {user.role === 'admin' && <li><Link to="/admin" aria-current={path === '/admin' ? 'page' : undefined}>Admin</Link></li>}
          </ul>
        </nav>
        <SearchBox />
        <div className="who">
          <span>{user.displayName} <small>({user.role})</small></span>
          <button type="button" className="link-button" onClick={onSignOut}>Sign out</button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}
