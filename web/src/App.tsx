/** The app shell: first-run setup, sign-in, then the pages of the signed-in user. */
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { api, setCsrfToken, setUnauthorizedHandler } from './api.ts';
import { ErrorState } from './components/ErrorState.tsx';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/Loading.tsx';
import { createQueryClient } from './lib/query-client.ts';
import { Routes } from './Routes.tsx';
import { SessionContext } from './session.ts';
import { SignInPage } from './pages/SignInPage.tsx';
import type { Session, SessionState, SetupState, User } from './contract.ts';

// The setup page shows once per install: it loads on demand.
const SetupPage = lazy(() => import('./pages/SetupPage.tsx').then((m) => ({ default: m.SetupPage })));

type State = { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'setup' } | { kind: 'signed-out' } | { kind: 'signed-in'; user: User };

/** Probes setup and session, then shows the right page. */
export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  // One cache for the whole app; emptied when the person signs out, so the next one sees nothing of theirs.
  const [queries] = useState(createQueryClient);

  const probe = useCallback(async (): Promise<void> => {
    setState({ kind: 'loading' });
    try {
      const setup = await api.get<SetupState>('/api/v1/setup');
      if (setup.needsSetup) return setState({ kind: 'setup' });
      // 200 either way: not being signed in yet is an answer, not a failed request.
      const session = await api.get<SessionState>('/api/v1/session/state');
      if (!session.signedIn) return setState({ kind: 'signed-out' });
      setCsrfToken(session.csrfToken);
      setState({ kind: 'signed-in', user: session.user });
    } catch (error) {
      setState({ kind: 'error', error });
    }
  }, []);

  useEffect(() => {
    void probe();
    setUnauthorizedHandler(() => { setCsrfToken(null); queries.clear(); setState({ kind: 'signed-out' }); });
    return () => setUnauthorizedHandler(null);
  }, [probe, queries]);

  const signedIn = (s: Session): void => {
    setCsrfToken(s.csrfToken);
    setState({ kind: 'signed-in', user: s.user });
  };
  const signOut = async (): Promise<void> => {
    await api.del('/api/v1/session').catch(() => undefined);
    setCsrfToken(null);
    queries.clear();
    setState({ kind: 'signed-out' });
  };

  switch (state.kind) {
    case 'loading':
      return <main className="center"><Loading what="Starting Debrief" /></main>;
    case 'error':
      return <main className="center"><ErrorState error={state.error} retry={() => void probe()} what="Debrief could not reach its server" /></main>;
    case 'setup':
      return <Suspense fallback={<main className="center"><Loading what="Starting Debrief" /></main>}><SetupPage onDone={signedIn} onAlreadySetUp={() => setState({ kind: 'signed-out' })} /></Suspense>;
    case 'signed-out':
      return <SignInPage onSignedIn={signedIn} />;
    case 'signed-in':
      return (
        <QueryClientProvider client={queries}>
          <SessionContext.Provider value={state.user}>
            <Layout user={state.user} onSignOut={() => void signOut()}><Routes /></Layout>
          </SessionContext.Provider>
        </QueryClientProvider>
      );
  }
}
