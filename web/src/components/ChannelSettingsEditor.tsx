import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import type { ChannelSettings } from '../contract.ts';
import { Notice } from './Notice.tsx';

type Field = { key: string; label: string; type: 'text' | 'number' | 'checkbox'; placeholder?: string };

/** The fields the form edits per kind (as in debrief.config.yaml's notify section). */
const FIELDS: Record<ChannelSettings['kind'], Field[]> = {
  slack: [{ key: 'defaultChannel', label: 'Default channel', type: 'text', placeholder: '#incidents or C0123ABC' }],
  email: [
    { key: 'host', label: 'SMTP host', type: 'text', placeholder: 'smtp.example.com' },
    { key: 'port', label: 'Port', type: 'number' },
    { key: 'secure', label: 'TLS from the start (port 465)', type: 'checkbox' },
    { key: 'user', label: 'User', type: 'text' },
    { key: 'from', label: 'From', type: 'text', placeholder: 'Debrief <debrief@example.com>' },
  ],
  webhook: [],
};
const SECRETS: Record<ChannelSettings['kind'], { key: string; label: string; placeholder: string }[]> = {
  slack: [
    { key: 'webhookUrl', label: 'Incoming webhook URL', placeholder: 'https://hooks.slack.com/services/…' },
    { key: 'botToken', label: 'Bot token', placeholder: 'xoxb-…' },
  ],
  email: [{ key: 'password', label: 'Password', placeholder: '' }],
  webhook: [
    { key: 'url', label: 'URL', placeholder: 'https://example.com/debrief' },
    { key: 'secret', label: 'Signing secret', placeholder: 'at least 16 characters' },
  ],
};

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

/**
 * Creates or edits one channel: plain fields shown with their values, secrets write-only
 * (empty keeps what is set, "clear" removes it), on/off, and forgetting what was saved here
 * (the file's settings apply again).
 */
export function ChannelSettingsEditor({ channel, onSaved, onCancel }: { channel: ChannelSettings | null; onSaved: (message: string) => void; onCancel: () => void }) {
  const kind = channel?.kind ?? 'webhook';
  const [name, setName] = useState('');
  const [values, setValues] = useState<Record<string, unknown>>(() => ({ ...(channel?.settings ?? {}) }));
  const [secrets, setSecrets] = useState<Record<string, string>>({});
  const [clear, setClear] = useState<Record<string, boolean>>({});
  const [enabled, setEnabled] = useState(channel?.enabled ?? true);
  const [error, setError] = useState<unknown>(null);
  const id = channel?.id ?? `webhook:${name.trim()}`;

  const save = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setError(null);
    const settings: Record<string, unknown> = {};
    // An emptied field is left out: the setting's default (none) applies.
    for (const [k, v] of Object.entries(values)) if (k !== 'name' && v !== '') settings[k] = v;
    for (const s of SECRETS[kind]) {
      if (clear[s.key]) settings[s.key] = null;
      else if (secrets[s.key]?.trim()) settings[s.key] = secrets[s.key]!.trim();
    }
    try {
      await api.put<ChannelSettings>(`/api/v1/notify/channels/${encodeURIComponent(id)}`, { enabled, settings });
      onSaved(`Saved ${id}${enabled ? '' : ' (off)'}.`);
    } catch (err) {
      setError(err);
    }
  };
  const forget = async (): Promise<void> => {
    setError(null);
    try {
      await api.del<void>(`/api/v1/notify/channels/${encodeURIComponent(id)}`);
      onSaved(`${id} uses debrief.config.yaml again.`);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form className="grid-form" aria-label={channel ? `Edit ${channel.id}` : 'Add a webhook'} onSubmit={(e) => void save(e)}>
      {!channel && <label>Webhook name<input required value={name} onChange={(e) => setName(e.target.value)} placeholder="ops" pattern="[a-z0-9][a-z0-9_\-]{0,40}" /></label>}
      {FIELDS[kind].map((f) => (
        f.type === 'checkbox'
          ? <label key={f.key}><input type="checkbox" checked={values[f.key] === true} onChange={(e) => setValues({ ...values, [f.key]: e.target.checked })} /> {f.label}</label>
          : (
            <label key={f.key}>{f.label}
              <input
                type={f.type} value={text(values[f.key])} placeholder={f.placeholder}
                onChange={(e) => setValues({ ...values, [f.key]: f.type === 'number' ? (e.target.value === '' ? '' : Number(e.target.value)) : e.target.value })}
              />
            </label>
          )
      ))}
      {SECRETS[kind].map((s) => {
        const isSet = channel?.secrets[s.key] === 'set';
        return (
          <label key={s.key}>{s.label} <span className="muted">({isSet ? 'set: leave empty to keep' : 'not set'})</span>
            <input type="password" autoComplete="off" value={secrets[s.key] ?? ''} disabled={clear[s.key] === true}
              placeholder={isSet ? '••••••••' : s.placeholder} onChange={(e) => setSecrets({ ...secrets, [s.key]: e.target.value })} />
            {isSet && <span><input type="checkbox" aria-label={`Clear ${s.label}`} checked={clear[s.key] === true} onChange={(e) => setClear({ ...clear, [s.key]: e.target.checked })} /> clear</span>}
          </label>
        );
      })}
      <label><input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> On</label>
      <div>
        <button type="submit">Save channel</button>{' '}
        {channel?.source === 'admin' && <button type="button" onClick={() => void forget()}>Use the config file&apos;s</button>}{' '}
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
      <Notice error={error} />
    </form>
  );
}
