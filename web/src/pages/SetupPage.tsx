import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api.ts';
import { Notice } from '../components/Notice.tsx';
import type { Session } from '../contract.ts';

/**
 * First run: creates the first admin, then signs in as that admin. When the install was set up
 * meanwhile (another first-run request won, or an admin token was created), it says how to sign in.
 */
export function SetupPage({ onDone, onAlreadySetUp }: { onDone: (s: Session) => void; onAlreadySetUp: () => void }) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [closed, setClosed] = useState(false);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/v1/setup', { username, password, ...(displayName.trim() ? { displayName } : {}) });
      onDone(await api.post<Session>('/api/v1/session', { username, password }));
    } catch (err) {
      if (err instanceof ApiError && (err.status === 403 || err.status === 409)) setClosed(true);
      else setError(err);
      setBusy(false);
    }
  };

  if (closed) return <AlreadySetUp onSignIn={onAlreadySetUp} />;

  return (
    <main className="center narrow" id="main">
      <h1>Welcome to Debrief</h1>
      <p>This install has no users yet. Create the first admin account; the admin then adds the others.</p>
      <form onSubmit={(e) => void submit(e)} className="stack">
        <label>Username<input name="username" autoComplete="username" required minLength={2} value={username} onChange={(e) => setUsername(e.target.value)} /></label>
        <label>Display name (optional)<input name="displayName" value={displayName} onChange={(e) => setDisplayName(e.target.value)} /></label>
        <label>Password (at least 10 characters)<input name="password" type="password" autoComplete="new-password" required minLength={10} value={password} onChange={(e) => setPassword(e.target.value)} /></label>
        <Notice error={error} />
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Creating…' : 'Create admin and sign in'}</button>
      </form>
    </main>
  );
}

/** What to do when first-run setup is closed: sign in, or get an account from an admin. */
export function AlreadySetUp({ onSignIn }: { onSignIn: () => void }) {
  return (
    <main className="center narrow" id="main">
      <h1>Debrief is already set up</h1>
      <p>Someone created the first admin, or an admin API token, before you. Sign in with your account.</p>
      <p className="muted">
        No account yet? An admin creates one on the Users page, or with an admin API token:
        {' '}<code>POST /api/v1/users</code>.
      </p>
      <button type="button" className="primary" onClick={onSignIn}>Go to sign-in</button>
    </main>
  );
}
