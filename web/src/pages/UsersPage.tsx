import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { Loadable } from '../components/Loadable.tsx';
import { Notice } from '../components/Notice.tsx';
import { formatTime } from '../lib/format.ts';
import { useLoad } from '../lib/useLoad.ts';
import type { Page, Role, User } from '../types.ts';

const ROLES: Role[] = ['viewer', 'responder', 'editor', 'admin'];

type Address = { userId: string; username: string; email: string | null; slackId: string | null; slackHandle: string | null; githubLogin: string | null; team: string | null; mutes: string[] };
const EMPTY_ADDRESS = { user: '', email: '', slackId: '', githubLogin: '', team: '' };

/** Where each user is reached (e-mail, Slack, GitHub, team) and a form to change one's. */
function Addresses({ users }: { users: User[] }) {
  const list = useLoad((signal) => api.get<{ items: Address[] }>('/api/v1/addresses', { signal }), []);
  const [form, setForm] = useState(EMPTY_ADDRESS);
  const [error, setError] = useState<unknown>(null);
  const [ok, setOk] = useState<string | null>(null);
  const pick = (user: string): void => {
    const a = list.data?.items.find((x) => x.userId === user);
    setForm({ user, email: a?.email ?? '', slackId: a?.slackId ?? '', githubLogin: a?.githubLogin ?? '', team: a?.team ?? '' });
  };
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setError(null);
    setOk(null);
    try {
      const v = (s: string): string | null => (s.trim() ? s.trim() : null);
      const a = await api.patch<Address>(`/api/v1/users/${encodeURIComponent(form.user)}/addresses`, { email: v(form.email), slackId: v(form.slackId), githubLogin: v(form.githubLogin), team: v(form.team) });
      setOk(`Saved the addresses of ${a.username}.`);
      list.reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <h2>Addresses</h2>
      <Loadable load={list} what="addresses">
        {(page) => (
          <div className="table-wrap">
            <table aria-label="Addresses">
              <thead><tr><th scope="col">User</th><th scope="col">E-mail</th><th scope="col">Slack</th><th scope="col">GitHub</th><th scope="col">Team</th><th scope="col">Muted</th></tr></thead>
              <tbody>{page.items.map((a) => <tr key={a.userId}><td>{a.username}</td><td>{a.email ?? ''}</td><td>{a.slackId ?? a.slackHandle ?? ''}</td><td>{a.githubLogin ?? ''}</td><td>{a.team ?? ''}</td><td>{a.mutes.join(', ')}</td></tr>)}</tbody>
            </table>
          </div>
        )}
      </Loadable>
      <form className="grid-form" aria-label="Set addresses" onSubmit={(e) => void submit(e)}>
        <label>User
          <select required value={form.user} onChange={(e) => pick(e.target.value)}>
            <option value="">Choose…</option>
            {users.map((u) => <option key={u.id} value={u.id}>{u.username}</option>)}
          </select>
        </label>
        <label>E-mail<input type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} /></label>
        <label>Slack member id<input value={form.slackId} onChange={(e) => setForm({ ...form, slackId: e.target.value })} placeholder="U012AB3CD" /></label>
        <label>GitHub login<input value={form.githubLogin} onChange={(e) => setForm({ ...form, githubLogin: e.target.value })} /></label>
        <label>Team<input value={form.team} onChange={(e) => setForm({ ...form, team: e.target.value })} /></label>
        <button type="submit">Save addresses</button>
      </form>
      <Notice error={error} ok={ok} />
    </>
  );
}

/** Admin: the users of this install and a form to add one. */
export function UsersPage() {
  const users = useLoad((signal) => api.get<Page<User>>('/api/v1/users', { signal }), []);
  const [form, setForm] = useState({ username: '', displayName: '', password: '', role: 'editor' as Role });
  const [error, setError] = useState<unknown>(null);
  const [ok, setOk] = useState<string | null>(null);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setError(null);
    setOk(null);
    try {
      const { displayName, ...rest } = form;
      const user = await api.post<User>('/api/v1/users', { ...rest, ...(displayName.trim() ? { displayName } : {}) });
      setOk(`Created ${user.username} (${user.role}).`);
      setForm({ username: '', displayName: '', password: '', role: form.role });
      users.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section>
      <h1>Users</h1>
      <Loadable load={users} what="users">
        {(page) => (
          <div className="table-wrap">
            <table>
              <thead><tr><th scope="col">Username</th><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Created</th></tr></thead>
              <tbody>{page.items.map((u) => <tr key={u.id}><td>{u.username}</td><td>{u.displayName}</td><td>{u.role}</td><td>{formatTime(u.createdAt)}</td></tr>)}</tbody>
            </table>
          </div>
        )}
      </Loadable>
      {users.data && <Addresses users={users.data.items} />}
      <h2>Add a user</h2>
      <form className="grid-form" onSubmit={(e) => void submit(e)}>
        <label>Username<input required value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} /></label>
        <label>Display name<input value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} /></label>
        <label>Password (10+ characters)<input type="password" autoComplete="new-password" required minLength={10} value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} /></label>
        <label>Role
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
            {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </label>
        <button type="submit" className="primary">Create user</button>
      </form>
      <Notice error={error} ok={ok} />
    </section>
  );
}
