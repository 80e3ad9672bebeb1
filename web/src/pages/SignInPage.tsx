import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { Notice } from '../components/Notice.tsx';
import type { Session } from '../contract.ts';

/** Sign-in with username and password; the server sets an HttpOnly session cookie. */
export function SignInPage({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.post<Session>('/api/v1/session', { username, password }, { quiet401: true }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <main className="center narrow" id="main">
      <h1>Sign in to Debrief</h1>
      <form onSubmit={(e) => void submit(e)} className="stack">
        <label>Username<input name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} /></label>
        <label>Password<input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} /></label>
        <Notice error={error} />
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
      <p className="muted">
        No account? Ask an admin of this Debrief to create one on the Users page. If this install was set up
        with <code>debrief token create --role admin</code>, that admin creates the first user with the token:
        {' '}<code>POST /api/v1/users</code> (see the README).
      </p>
    </main>
  );
}
