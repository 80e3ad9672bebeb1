/** Path → page. */
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Loading } from './components/Loading.tsx';
import { matchPath, navigate, useLocation } from './router.ts';
import { ActionItemsPage } from './pages/ActionItemsPage.tsx';
import { DeclarePage } from './pages/DeclarePage.tsx';
import { IncidentListPage } from './pages/IncidentListPage.tsx';
import { IncidentPage } from './pages/IncidentPage.tsx';
import { PostmortemListPage } from './pages/PostmortemListPage.tsx';
import { TimelinePage } from './pages/TimelinePage.tsx';
import { UsersPage } from './pages/UsersPage.tsx';

// The pages that render Markdown or diffs load on demand, keeping markdown-it and diff out of the first load.
const PostmortemPage = lazy(() => import('./pages/PostmortemPage.tsx').then((m) => ({ default: m.PostmortemPage })));
const ReviewPage = lazy(() => import('./pages/ReviewPage.tsx').then((m) => ({ default: m.ReviewPage })));
const MeetingPage = lazy(() => import('./pages/MeetingPage.tsx').then((m) => ({ default: m.MeetingPage })));
const WeeklyReviewPage = lazy(() => import('./pages/WeeklyReviewPage.tsx').then((m) => ({ default: m.WeeklyReviewPage })));

const later = (page: ReactNode): ReactNode => <Suspense fallback={<Loading what="Loading the page" />}>{page}</Suspense>;

/** Renders the page for the current path. */
export function Routes() {
  const { path } = useLocation();
  useEffect(() => {
    if (path === '/' || path === '/sign-in' || path === '/setup') navigate('/incidents', true);
  }, [path]);
  // After a navigation (not the first page), focus moves to the content so screen readers start there.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);

  let p: Record<string, string> | null;
  if (path === '/incidents') return <IncidentListPage />;
  if (path === '/incidents/new') return <DeclarePage />;
  if ((p = matchPath('/incidents/:id/timeline', path))) return <TimelinePage id={p.id!} />;
  if ((p = matchPath('/incidents/:id', path))) return <IncidentPage id={p.id!} />;
  if (path === '/postmortems') return <PostmortemListPage />;
  if ((p = matchPath('/postmortems/:id/review', path))) return later(<ReviewPage id={p.id!} />);
  if ((p = matchPath('/postmortems/:id/meeting', path))) return later(<MeetingPage id={p.id!} />);
  if ((p = matchPath('/postmortems/:id', path))) return later(<PostmortemPage id={p.id!} />);
  if (path === '/action-items') return <ActionItemsPage />;
  if (path === '/reviews/weekly') return later(<WeeklyReviewPage />);
  if (path === '/users') return <UsersPage />;
  if (path === '/' || path === '/sign-in' || path === '/setup') return null;
  return <section><h1>Not found</h1><p>There is no page at {path}.</p></section>;
}
