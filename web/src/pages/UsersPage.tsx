import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { Loadable } from '../components/Loadable.tsx';
import { Notice } from '../components/Notice.tsx';
import { formatTime } from '../lib/format.ts';
import { useLoad } from '../lib/useLoad.ts';
import type { Page, Role, User } from '../types.ts';

const ROLES: Role[] = ['viewer', 'responder', 'editor', 'admin'];

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
