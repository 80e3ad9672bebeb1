/** Path → page. */
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { Loading } from './components/Loading.tsx';
import { navigate, useLocation } from './router.ts';

// Every page loads on demand, keeping the first load to the shell, the data layer and the sign-in (markdown-it, diff, Chart.js and the forms library load with the pages that use them).
const HomePage = lazy(() => import('./pages/HomePage.tsx').then((m) => ({ default: m.HomePage })));
const IncidentListPage = lazy(() => import('./pages/IncidentListPage.tsx').then((m) => ({ default: m.IncidentListPage })));
const PostmortemListPage = lazy(() => import('./pages/PostmortemListPage.tsx').then((m) => ({ default: m.PostmortemListPage })));
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

/** Renders the page for the current path (wouter's first matching route). */
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

  return (
    <Switch>
      <Route path="/">{later(<HomePage />)}</Route>
      <Route path="/incidents">{later(<IncidentListPage />)}</Route>
      <Route path="/incidents/new">{later(<DeclarePage />)}</Route>
      <Route path="/incidents/:id/timeline">{(p) => later(<TimelinePage id={p.id} />)}</Route>
      <Route path="/incidents/:id/evidence/:evidenceId">{(p) => later(<EvidencePage id={p.id} evidenceId={p.evidenceId} />)}</Route>
      <Route path="/incidents/:id">{(p) => later(<IncidentPage id={p.id} />)}</Route>
      <Route path="/postmortems">{later(<PostmortemListPage />)}</Route>
      <Route path="/postmortems/:id/review">{(p) => later(<ReviewPage id={p.id} />)}</Route>
      <Route path="/postmortems/:id/meeting">{(p) => later(<MeetingPage id={p.id} />)}</Route>
      <Route path="/postmortems/:id">{(p) => later(<PostmortemPage id={p.id} />)}</Route>
      <Route path="/action-items">{later(<ActionItemsPage />)}</Route>
      <Route path="/reviews/weekly">{later(<WeeklyReviewPage />)}</Route>
      <Route path="/reports">{later(<ReportsPage />)}</Route>
      <Route path="/search">{later(<SearchPage />)}</Route>
      <Route path="/users">{later(<UsersPage />)}</Route>
      <Route path="/admin">{later(<AdminPage />)}</Route>
      <Route path="/sign-in">{null}</Route>
      <Route path="/setup">{null}</Route>
      <Route><section><h1>Not found</h1><p>There is no page at {path}.</p></section></Route>
    </Switch>
  );
}
