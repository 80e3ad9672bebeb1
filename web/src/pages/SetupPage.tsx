import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { Notice } from '../components/Notice.tsx';
import type { Session } from '../types.ts';

/** First run: creates the first admin, then signs in as that admin. */
export function SetupPage({ onDone }: { onDone: (s: Session) => void }) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/v1/setup', { username, password, ...(displayName.trim() ? { displayName } : {}) });
      onDone(await api.post<Session>('/api/v1/session', { username, password }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

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
