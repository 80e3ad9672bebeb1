import { useState, type FormEvent } from 'react';
import { api, query } from '../api.ts';
import { AdminOnly } from '../components/AdminOnly.tsx';
import { ChannelSettingsEditor } from '../components/ChannelSettingsEditor.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { Notice } from '../components/Notice.tsx';
import { formatTime } from '../lib/format.ts';
import { useApi } from '../lib/useApi.ts';
import type { ChannelSettings, ChannelState, Channels, Job, Jobs, Team, TeamList, Trackers } from '../contract.ts';

const STATES = ['', 'pending', 'running', 'done', 'dead'] as const;

/** What a job is about, in a few words: the notification's title or the tracker item. */
function jobSubject(j: Job): string {
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  const n = j.payload['notification'] as { title?: string } | undefined;
  if (n?.title) return `${str(j.payload['channel'])}: ${n.title}`;
  if (str(j.payload['postmortemId'])) return `${str(j.payload['tracker'])}: ${str(j.payload['postmortemId'])}/${str(j.payload['key'])}`;
  return '';
}

/** One channel with its "send a test message" form (secrets are never shown: only whether it is set). */
function ChannelRow({ c }: { c: ChannelState }) {
  const [to, setTo] = useState(c.name === 'webhook' ? (c.targets[0] ?? '') : '');
  const [error, setError] = useState<unknown>(null);
  const [ok, setOk] = useState<string | null>(null);
  const send = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setError(null);
    setOk(null);
    try {
      const job = await api.post<Job>('/api/v1/notify/test', { channel: c.name, ...(to.trim() ? { to: to.trim() } : {}) });
      setOk(`Test message queued as job ${job.id}: see the jobs below.`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <tr>
      <th scope="row">{c.name}</th>
      <td>{c.configured ? 'set' : <span className="muted">not set: {c.problem}</span>}</td>
      <td>
        {c.configured && (
          <form className="inline-form" aria-label={`Test ${c.name}`} onSubmit={(e) => void send(e)}>
            {c.name === 'email' && <label>To <input type="email" required value={to} onChange={(e) => setTo(e.target.value)} placeholder="you@example.com" /></label>}
            {c.name === 'webhook' && (
              <label>Webhook <select value={to} onChange={(e) => setTo(e.target.value)}>{c.targets.map((t) => <option key={t} value={t}>{t}</option>)}</select></label>
            )}
            <button type="submit">Send a test message</button>
          </form>
        )}
        <Notice error={error} ok={ok} />
      </td>
    </tr>
  );
}

/** What a channel's settings say, in one line (no secret: only whether each is set). */
function settingsSummary(c: ChannelSettings): string {
  const shown = Object.entries(c.settings).filter(([k, v]) => k !== 'name' && k !== 'apiBaseUrl' && v !== null && v !== '' && v !== false).map(([k, v]) => `${k} ${String(v)}`);
  const secrets = Object.entries(c.secrets).map(([k, v]) => `${k} ${v}`);
  return [...(c.host ? [`host ${c.host}`] : []), ...shown, ...secrets].join(' · ');
}

/** Admin: notification channels (test messages), trackers, teams and the background jobs (pending, sent, failing and why; retry). */
export function AdminPage() {
  return <AdminOnly title="Admin"><Admin /></AdminOnly>;
}

function Admin() {
  const channels = useApi<Channels>('/api/v1/notify/channels');
  const trackers = useApi<Trackers>('/api/v1/trackers');
  const teams = useApi<TeamList>('/api/v1/teams');
  const [state, setState] = useState<string>('');
  const jobs = useApi<Jobs>(`/api/v1/jobs${query({ state: state || null, limit: 100 })}`);
  const [error, setError] = useState<unknown>(null);
  const [ok, setOk] = useState<string | null>(null);
  const [team, setTeam] = useState({ name: '', slackChannel: '', email: '', lead: '' });
  /** The channel being edited ('new': a webhook being added). */
  const [editing, setEditing] = useState<ChannelSettings | 'new' | null>(null);
  const [channelOk, setChannelOk] = useState<string | null>(null);

  const retry = async (id: number): Promise<void> => {
    setError(null);
    setOk(null);
    try {
      await api.post<Job>(`/api/v1/jobs/${id}/retry`);
      setOk(`Job ${id} runs again.`);
      jobs.reload();
    } catch (err) {
      setError(err);
    }
  };
  const saveTeam = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setError(null);
    setOk(null);
    try {
      const body = { slackChannel: team.slackChannel.trim() || null, email: team.email.trim() || null, lead: team.lead.trim() || null };
      await api.put<Team>(`/api/v1/teams/${encodeURIComponent(team.name.trim())}`, body);
      setOk(`Saved team ${team.name}.`);
      setTeam({ name: '', slackChannel: '', email: '', lead: '' });
      teams.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section>
      <h1>Administration</h1>
      <h2>Notification channels</h2>
      <Loadable load={channels} what="channels">
        {(c) => (
          <>
            {!c.enabled && <p className="muted">Notifications are off (notify.enabled: false).</p>}
            <div className="table-wrap">
              <table aria-label="Channels">
                <thead><tr><th scope="col">Channel</th><th scope="col">Configured</th><th scope="col">Test</th></tr></thead>
                <tbody>{c.channels.map((ch) => <ChannelRow key={ch.name} c={ch} />)}</tbody>
              </table>
            </div>
          </>
        )}
      </Loadable>
      <h3>Channel settings</h3>
      <p className="muted">
        Channels come from debrief.config.yaml (notify) or are saved here; a channel saved here wins over the file&apos;s, and
        turned off it sends nothing. Tokens, passwords, webhook URLs and secrets are never shown again once saved: only whether they are set.
      </p>
      <Notice ok={channelOk} />
      <Loadable load={channels} what="channel settings">
        {(c) => (
          <div className="table-wrap">
            <table aria-label="Channel settings">
              <thead><tr><th scope="col">Channel</th><th scope="col">From</th><th scope="col">On</th><th scope="col">Settings</th><th scope="col" /></tr></thead>
              <tbody>{c.settings.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.id}</th>
                  <td>{s.source === 'admin' ? `saved here${s.updatedBy ? ` by ${s.updatedBy}` : ''}` : 'config file'}</td>
                  <td>{s.enabled ? 'on' : 'off'}</td>
                  <td>{settingsSummary(s)}</td>
                  <td><button type="button" onClick={() => { setChannelOk(null); setEditing(s); }}>Edit {s.id}</button></td>
                </tr>
              ))}</tbody>
            </table>
          </div>
        )}
      </Loadable>
      {editing === null
        ? <button type="button" onClick={() => { setChannelOk(null); setEditing('new'); }}>Add a webhook</button>
        : (
          <ChannelSettingsEditor
            key={editing === 'new' ? 'new' : editing.id}
            channel={editing === 'new' ? null : editing}
            onSaved={(m) => { setChannelOk(m); setEditing(null); channels.reload(); }}
            onCancel={() => setEditing(null)}
          />
        )}
      <p className="muted">Trackers&apos; tokens are set in debrief.config.yaml (trackers); they are never shown here.</p>

      <h2>Trackers</h2>
      <Loadable load={trackers} what="trackers">
        {(t) => (
          <div className="table-wrap">
            <table aria-label="Trackers">
              <thead><tr><th scope="col">Tracker</th><th scope="col">Configured</th><th scope="col">Where</th><th scope="col">Default</th></tr></thead>
              <tbody>{t.trackers.map((x) => (
                <tr key={x.name}><th scope="row">{x.name}</th><td>{x.configured ? 'set' : <span className="muted">not set: {x.problem}</span>}</td><td>{x.target ?? ''}</td><td>{x.isDefault ? (t.auto ? 'yes (automatic)' : 'yes') : ''}</td></tr>
              ))}</tbody>
            </table>
          </div>
        )}
      </Loadable>

      <h2>Teams</h2>
      <Loadable load={teams} what="teams">
        {(t) => t.items.length === 0 ? <p className="muted">No teams yet.</p> : (
          <div className="table-wrap">
            <table aria-label="Teams">
              <thead><tr><th scope="col">Team</th><th scope="col">Slack channel</th><th scope="col">E-mail</th><th scope="col">Lead</th></tr></thead>
              <tbody>{t.items.map((x) => <tr key={x.name}><th scope="row">{x.name}</th><td>{x.slackChannel ?? ''}</td><td>{x.email ?? ''}</td><td>{x.lead ?? ''}</td></tr>)}</tbody>
            </table>
          </div>
        )}
      </Loadable>
      <form className="grid-form" aria-label="Add or change a team" onSubmit={(e) => void saveTeam(e)}>
        <label>Team<input required value={team.name} onChange={(e) => setTeam({ ...team, name: e.target.value })} placeholder="payments" /></label>
        <label>Slack channel<input value={team.slackChannel} onChange={(e) => setTeam({ ...team, slackChannel: e.target.value })} placeholder="#payments" /></label>
        <label>E-mail<input type="email" value={team.email} onChange={(e) => setTeam({ ...team, email: e.target.value })} /></label>
        <label>Lead<input value={team.lead} onChange={(e) => setTeam({ ...team, lead: e.target.value })} placeholder="@lee" /></label>
        <button type="submit">Save team</button>
      </form>

      <h2>Jobs</h2>
      <Notice error={error} ok={ok} />
      <label>Show <select value={state} onChange={(e) => setState(e.target.value)} aria-label="Job state">
        {STATES.map((s) => <option key={s} value={s}>{s === '' ? 'all' : s === 'done' ? 'sent / done' : s === 'dead' ? 'failing (dead)' : s}</option>)}
      </select></label>
      <Loadable load={jobs} what="jobs">
        {(j) => (
          <>
            <p aria-label="Job counts">{Object.entries(j.counts).map(([k, n]) => `${k === 'done' ? 'sent' : k === 'dead' ? 'failing' : k} ${n}`).join(' · ')}</p>
            <div className="table-wrap">
              <table aria-label="Jobs">
                <thead><tr><th scope="col">#</th><th scope="col">Kind</th><th scope="col">About</th><th scope="col">State</th><th scope="col">Tries</th><th scope="col">When</th><th scope="col">Last error</th><th scope="col" /></tr></thead>
                <tbody>{j.items.map((x) => (
                  <tr key={x.id} data-state={x.state}>
                    <td>{x.id}</td><td>{x.kind}</td><td>{jobSubject(x)}</td><td>{x.state === 'done' ? 'sent' : x.state}</td>
                    <td>{x.attempts}/{x.maxAttempts}</td><td>{formatTime(x.doneAt ?? x.scheduledAt)}</td>
                    <td className="job-error">{x.lastError ?? ''}</td>
                    <td>{(x.state === 'dead' || x.state === 'pending') && <button type="button" onClick={() => void retry(x.id)}>Retry {x.id}</button>}</td>
                  </tr>
                ))}</tbody>
              </table>
            </div>
          </>
        )}
      </Loadable>
      <button type="button" onClick={() => jobs.reload()}>Refresh jobs</button>
    </section>
  );
}
