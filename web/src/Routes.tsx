/** Path → page. */
import { useEffect } from 'react';
import { matchPath, navigate, useLocation } from './router.ts';
import { ActionItemsPage } from './pages/ActionItemsPage.tsx';
import { DeclarePage } from './pages/DeclarePage.tsx';
import { IncidentListPage } from './pages/IncidentListPage.tsx';
import { IncidentPage } from './pages/IncidentPage.tsx';
import { MeetingPage } from './pages/MeetingPage.tsx';
import { PostmortemListPage } from './pages/PostmortemListPage.tsx';
import { PostmortemPage } from './pages/PostmortemPage.tsx';
import { ReviewPage } from './pages/ReviewPage.tsx';
import { TimelinePage } from './pages/TimelinePage.tsx';
import { UsersPage } from './pages/UsersPage.tsx';
import { WeeklyReviewPage } from './pages/WeeklyReviewPage.tsx';

/** Renders the page for the current path. */
export function Routes() {
  const { path } = useLocation();
  useEffect(() => {
    if (path === '/' || path === '/sign-in' || path === '/setup') navigate('/incidents', true);
  }, [path]);
  useEffect(() => { document.getElementById('main')?.focus({ preventScroll: true }); }, [path]);

  let p: Record<string, string> | null;
  if (path === '/incidents') return <IncidentListPage />;
  if (path === '/incidents/new') return <DeclarePage />;
  if ((p = matchPath('/incidents/:id/timeline', path))) return <TimelinePage id={p.id!} />;
  if ((p = matchPath('/incidents/:id', path))) return <IncidentPage id={p.id!} />;
  if (path === '/postmortems') return <PostmortemListPage />;
  if ((p = matchPath('/postmortems/:id/review', path))) return <ReviewPage id={p.id!} />;
  if ((p = matchPath('/postmortems/:id/meeting', path))) return <MeetingPage id={p.id!} />;
  if ((p = matchPath('/postmortems/:id', path))) return <PostmortemPage id={p.id!} />;
  if (path === '/action-items') return <ActionItemsPage />;
  if (path === '/reviews/weekly') return <WeeklyReviewPage />;
  if (path === '/users') return <UsersPage />;
  if (path === '/' || path === '/sign-in' || path === '/setup') return null;
  return <section><h1>Not found</h1><p>There is no page at {path}.</p></section>;
}
