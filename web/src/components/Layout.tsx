import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { MY_WORK, useWaitingCount } from '../lib/my-work.ts';
import { apiKey } from '../lib/query-keys.ts';
import { useLocation } from '../router.ts';
import type { User } from '../contract.ts';
import { Link } from './Link.tsx';
import { SearchBox } from './SearchBox.tsx';

const NAV = [
  ['/incidents', 'Incidents'],
  ['/postmortems', 'Post-mortems'],
  ['/action-items', 'Action items'],
  ['/reviews/weekly', 'Weekly review'],
  ['/reports', 'Reports'],
] as const;

/** Header with navigation (a menu button at phone width), the waiting count, the signed-in user and sign-out; a skip link to the content. */
export function Layout({ user, onSignOut, children }: { user: User; onSignOut: () => void; children: ReactNode }) {
  const { path } = useLocation();
  const [open, setOpen] = useState(false);
  const navId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  const waiting = useWaitingCount();
  const client = useQueryClient();
  // The count follows each navigation (work given by someone else shows on the next page), beside the invalidation after each change made here.
  const first = useRef(true);
  useEffect(() => {
    setOpen(false);
    if (first.current) { first.current = false; return; }
    void client.invalidateQueries({ queryKey: apiKey(MY_WORK) });
  }, [path, client]);
  // Escape closes the open menu and gives the focus back to its button.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent): void => { if (e.key === 'Escape') { setOpen(false); menuButton.current?.focus(); } };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  const current = (to: string, exact = false) => (exact ? path === to : path.startsWith(to)) ? 'page' as const : undefined;
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className={`topbar${open ? ' menu-open' : ''}`}>
        <Link to="/" className="brand">Debrief</Link>
        <button ref={menuButton} type="button" className="menu-button" aria-expanded={open} aria-controls={navId} onClick={() => setOpen(!open)}>
          Menu{waiting ? <span className="nav-count" aria-hidden="true">{waiting}</span> : null}
        </button>
        <div className="topbar-menu" id={navId}>
          <nav aria-label="Main">
            <ul>
              <li>
                <Link to="/" aria-current={current('/', true)}>
                  My work{waiting ? <> <span className="nav-count" aria-label={`${waiting} waiting for you`}>{waiting}</span></> : null}
                </Link>
              </li>
              {NAV.map(([to, label]) => (
                <li key={to}><Link to={to} aria-current={current(to)}>{label}</Link></li>
              ))}
              {user.role === 'admin' && <li><Link to="/users" aria-current={current('/users', true)}>Users</Link></li>}
              {user.role === 'admin' && <li><Link to="/admin" aria-current={current('/admin', true)}>Admin</Link></li>}
            </ul>
          </nav>
          <SearchBox />
          <div className="who">
            <span>{user.displayName} <small>({user.role})</small></span>
            <button type="button" className="link-button" onClick={onSignOut}>Sign out</button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}
