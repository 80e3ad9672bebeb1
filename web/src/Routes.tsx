/** Path → page. */
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Loading } from './components/Loading.tsx';
import { matchPath, navigate, useLocation } from './router.ts';
import { IncidentListPage } from './pages/IncidentListPage.tsx';
import { PostmortemListPage } from './pages/PostmortemListPage.tsx';
import { HomePage } from './pages/HomePage.tsx';

// Every page but the incident list loads on demand, keeping the first load small (markdown-it, diff and Chart.js load with the pages that use them).
const PostmortemPage = lazy(() => import('./pages/PostmortemPage.tsx').then((m) => ({ default: m.PostmortemPage })));
const ReviewPage = lazy(() => import('./pages/ReviewPage.tsx').then((m) => ({ default: m.ReviewPage })));
const MeetingPage = lazy(() => import('./pages/MeetingPage.tsx').then((m) => ({ default: m.MeetingPage })));
const ActionItemsPage = lazy(() => import('./pages/ActionItemsPage.tsx').then((m) => ({ default: m.ActionItemsPage })));
const DeclarePage = lazy(() => import('./pages/DeclarePage.tsx').then((m) => ({ default: m.DeclarePage })));
const IncidentPage = lazy(() => import('./pages/IncidentPage.tsx').then((m) => ({ default: m.IncidentPage })));
const TimelinePage = lazy(() => import('./pages/TimelinePage.tsx').then((m) => ({ default: m.TimelinePage })));
const UsersPage = lazy(() => import('./pages/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
const AdminPage = lazy(() => import('./pages/AdminPage.tsx').then((m) => ({ default: m.AdminPage })));
const ReportsPage = lazy(() => import('./pages/ReportsPage.tsx').then((m) => ({ default: m.ReportsPage })));
const SearchPage = lazy(() => import('./pages/SearchPage.tsx').then((m) => ({ default: m.SearchPage })));
const EvidencePage = lazy(() => import('./pages/EvidencePage.tsx').then((m) => ({ default: m.EvidencePage })));
const WeeklyReviewPage = lazy(() => import('./pages/WeeklyReviewPage.tsx').then((m) => ({ default: m.WeeklyReviewPage })));

const later = (page: ReactNode): ReactNode => <Suspense fallback={<Loading what="Loading the page" />}>{page}</Suspense>;

/** Renders the page for the current path. */
export function Routes() {
  const { path } = useLocation();
  useEffect(() => {
    if (path === '/sign-in' || path === '/setup') navigate('/', true);
  }, [path]);
  // After a navigation (not the first page), focus moves to the content so screen readers start there.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);

  let p: Record<string, string> | null;
  if (path === '/') return <HomePage />;
  if (path === '/incidents') return <IncidentListPage />;
  if (path === '/incidents/new') return later(<DeclarePage />);
  if ((p = matchPath('/incidents/:id/timeline', path))) return later(<TimelinePage id={p.id!} />);
  if ((p = matchPath('/incidents/:id/evidence/:evidenceId', path))) return later(<EvidencePage id={p.id!} evidenceId={p.evidenceId!} />);
  if ((p = matchPath('/incidents/:id', path))) return later(<IncidentPage id={p.id!} />);
  if (path === '/postmortems') return <PostmortemListPage />;
  if ((p = matchPath('/postmortems/:id/review', path))) return later(<ReviewPage id={p.id!} />);
  if ((p = matchPath('/postmortems/:id/meeting', path))) return later(<MeetingPage id={p.id!} />);
  if ((p = matchPath('/postmortems/:id', path))) return later(<PostmortemPage id={p.id!} />);
  if (path === '/action-items') return later(<ActionItemsPage />);
  if (path === '/reviews/weekly') return later(<WeeklyReviewPage />);
  if (path === '/reports') return later(<ReportsPage />);
  if (path === '/search') return later(<SearchPage />);
  if (path === '/users') return later(<UsersPage />);
  if (path === '/admin') return later(<AdminPage />);
  if (path === '/sign-in' || path === '/setup') return null;
  return <section><h1>Not found</h1><p>There is no page at {path}.</p></section>;
}
