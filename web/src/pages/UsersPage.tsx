import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { AddUserForm } from '../components/AddUserForm.tsx';
import { AdminOnly } from '../components/AdminOnly.tsx';
import { EditUserForm, NewPasswordForm } from '../components/UserEditForms.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { Notice } from '../components/Notice.tsx';
import { formatTime } from '../lib/format.ts';
import { useApi } from '../lib/useApi.ts';
import { ROLE_DESCRIPTIONS, ROLES } from '../../../src/domain/access/roles.ts';
import { useUser } from '../session.ts';
import type { Address, AddressList, User, UserList } from '../contract.ts';

/** What each role allows (the server's text), least to most powerful. */
function RoleGuide() {
  return (
    <>
      <h2>Roles</h2>
      <dl className="role-guide" aria-label="What each role allows">
        {ROLES.map((r) => <div key={r}><dt>{r}</dt><dd>{ROLE_DESCRIPTIONS[r]}</dd></div>)}
      </dl>
    </>
  );
}

/** One user's row: name, role and status, with edit, deactivate / reactivate and password reset. */
function UserRow({ u, me, onDone }: { u: User; me: User; onDone: (message: string) => void }) {
  const [editing, setEditing] = useState<'user' | 'password' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const active = u.active !== false;
  const saved = (message: string): void => { setEditing(null); onDone(message); };
  const setActive = async (next: boolean): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await api.patch<User>(`/api/v1/users/${encodeURIComponent(u.id)}`, { active: next });
      onDone(next ? `Reactivated ${u.username}.` : `Deactivated ${u.username}: their sessions and tokens stopped working.`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const form = { user: u, onSaved: saved, onProblem: setError, onCancel: () => setEditing(null) };
  return (
    <tr className={active ? undefined : 'muted'}>
      <td>{u.username}{u.id === me.id ? ' (you)' : ''}</td>
      {editing === 'user' ? (
        <td colSpan={3}><EditUserForm {...form} /></td>
      ) : editing === 'password' ? (
        <td colSpan={3}><NewPasswordForm {...form} /></td>
      ) : (
        <>
          <td>{u.displayName}</td>
          <td title={ROLE_DESCRIPTIONS[u.role]}>{u.role}</td>
          <td>{active ? 'active' : `deactivated ${u.deactivatedAt ? formatTime(u.deactivatedAt) : ''}`}</td>
        </>
      )}
      <td>{formatTime(u.createdAt)}</td>
      <td>
        {!editing && (
          <div className="row wrap">
            <button type="button" className="link-button" onClick={() => { setError(null); setEditing('user'); }}>Edit</button>
            <button type="button" className="link-button" onClick={() => { setError(null); setEditing('password'); }}>Reset password</button>
            <button type="button" className="link-button" disabled={busy} onClick={() => void setActive(!active)}>{active ? 'Deactivate' : 'Reactivate'}</button>
          </div>
        )}
        <Notice error={error} />
      </td>
    </tr>
  );
}

const EMPTY_ADDRESS = { user: '', email: '', slackId: '', githubLogin: '', team: '' };

/** Where each user is reached (e-mail, Slack, GitHub, team) and a form to change one's. */
function Addresses({ users }: { users: User[] }) {
  const list = useApi<AddressList>('/api/v1/addresses');
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

/** Admin: the users of this install (edit, deactivate, reset a password), what each role allows, and a form to add one. */
export function UsersPage() {
  return <AdminOnly title="Users"><Users /></AdminOnly>;
}

function Users() {
  const me = useUser();
  const users = useApi<UserList>('/api/v1/users');
  const [changed, setChanged] = useState<string | null>(null);

  return (
    <section>
      <h1>Users</h1>
      <Loadable load={users} what="users">
        {(page) => (
          <div className="table-wrap">
            <table aria-label="Users">
              <thead><tr><th scope="col">Username</th><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col">Created</th><th scope="col">Actions</th></tr></thead>
              <tbody>{page.items.map((u) => <UserRow key={u.id} u={u} me={me} onDone={(m) => { setChanged(m); users.reload(); }} />)}</tbody>
            </table>
          </div>
        )}
      </Loadable>
      <Notice ok={changed} />
      <RoleGuide />
      {users.data && <Addresses users={users.data.items} />}
      <h2>Add a user</h2>
      <AddUserForm onCreated={() => users.reload()} />
    </section>
  );
}
