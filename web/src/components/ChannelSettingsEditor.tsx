import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { api } from '../api.ts';
import type { ChannelSettings } from '../contract.ts';
import { channelFormSchema, onFormFields, type ChannelFormValues } from '../lib/channel-form.ts';
import { applyServerErrors, errorOf, errorProps } from '../lib/form.ts';
import { FieldError } from './FieldError.tsx';
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

/** A stored setting as the form shows it (none: empty text). */
const shown = (v: unknown, type: Field['type']): string | number | boolean =>
  type === 'checkbox' ? v === true : typeof v === 'string' || typeof v === 'number' ? v : '';

/**
 * Creates or edits one channel: plain fields shown with their values, secrets write-only
 * (empty keeps what is set, "clear" removes it), on/off, and forgetting what was saved here
 * (the file's settings apply again). Each field is checked as typed by the config file's
 * schema for the kind (the server's own), and the server's field problems land under the field.
 */
export function ChannelSettingsEditor({ channel, onSaved, onCancel }: { channel: ChannelSettings | null; onSaved: (message: string) => void; onCancel: () => void }) {
  const formId = useId();
  const kind = channel?.kind ?? 'webhook';
  const fields = FIELDS[kind];
  const schema = useMemo(() => channelFormSchema(kind, fields.map((f) => f.key), channel === null), [kind, fields, channel]);
  const { register, handleSubmit, setError, watch, formState: { errors, isSubmitting } } = useForm<ChannelFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: '', enabled: channel?.enabled ?? true, secrets: {}, clear: {},
      // Settings the form does not show (Slack's apiBaseUrl) are sent back as they are.
      settings: { ...(channel?.settings as ChannelFormValues['settings'] | undefined), ...Object.fromEntries(fields.map((f) => [f.key, shown(channel?.settings[f.key], f.type)])) },
    },
  });
  const [error, setProblem] = useState<unknown>(null);
  const clear = watch('clear');
  const name = watch('name');
  const id = channel?.id ?? `webhook:${name.trim()}`;
  const a11y = (path: Path<ChannelFormValues>) => errorProps<ChannelFormValues>(formId, path, errors);
  const message = (path: Path<ChannelFormValues>) => <FieldError id={`${formId}-${path}`} message={errorOf<ChannelFormValues>(path, errors)} />;
  const fieldPaths: Path<ChannelFormValues>[] = ['name', ...fields.map((f) => `settings.${f.key}` as const), ...SECRETS[kind].map((s) => `secrets.${s.key}` as const)];

  const save = handleSubmit(async (values) => {
    setProblem(null);
    const settings: Record<string, unknown> = {};
    // An emptied field is left out: the setting's default (none) applies.
    for (const [k, v] of Object.entries(values.settings)) if (k !== 'name' && v !== '') settings[k] = v;
    for (const s of SECRETS[kind]) {
      if (values.clear[s.key]) settings[s.key] = null;
      else if (values.secrets[s.key]?.trim()) settings[s.key] = values.secrets[s.key]!.trim();
    }
    try {
      await api.put<ChannelSettings>(`/api/v1/notify/channels/${encodeURIComponent(id)}`, { enabled: values.enabled, settings });
      onSaved(`Saved ${id}${values.enabled ? '' : ' (off)'}.`);
    } catch (err) {
      const placed = onFormFields(kind, err);
      applyServerErrors<ChannelFormValues>(placed, fieldPaths, setError);
      setProblem(placed);
    }
  });
  const forget = async (): Promise<void> => {
    setProblem(null);
    try {
      await api.del<void>(`/api/v1/notify/channels/${encodeURIComponent(id)}`);
      onSaved(`${id} uses debrief.config.yaml again.`);
    } catch (err) {
      setProblem(err);
    }
  };

  return (
    <form className="grid-form" aria-label={channel ? `Edit ${channel.id}` : 'Add a webhook'} noValidate onSubmit={(e) => void save(e)}>
      {!channel && <label>Webhook name<input {...a11y('name')} {...register('name')} placeholder="ops" />{message('name')}</label>}
      {fields.map((f) => {
        const path = `settings.${f.key}` as const;
        return f.type === 'checkbox'
          ? <label key={f.key}><input type="checkbox" {...a11y(path)} {...register(path)} /> {f.label}{message(path)}</label>
          : (
            <label key={f.key}>{f.label}
              <input type={f.type} placeholder={f.placeholder} {...a11y(path)}
                {...register(path, f.type === 'number' ? { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? '' : Number(v)) } : {})} />
              {message(path)}
            </label>
          );
      })}
      {SECRETS[kind].map((s) => {
        const isSet = channel?.secrets[s.key] === 'set';
        const path = `secrets.${s.key}` as const;
        return (
          <label key={s.key}>{s.label} <span className="muted">({isSet ? 'set: leave empty to keep' : 'not set'})</span>
            <input type="password" autoComplete="off" disabled={clear[s.key] === true} placeholder={isSet ? '••••••••' : s.placeholder} {...a11y(path)} {...register(path)} />
            {isSet && <span><input type="checkbox" aria-label={`Clear ${s.label}`} {...register(`clear.${s.key}`)} /> clear</span>}
            {message(path)}
          </label>
        );
      })}
      <label><input type="checkbox" {...register('enabled')} /> On</label>
      <div>
        <button type="submit" disabled={isSubmitting}>Save channel</button>{' '}
        {channel?.source === 'admin' && <button type="button" onClick={() => void forget()}>Use the config file&apos;s</button>}{' '}
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
      <Notice error={error} />
    </form>
  );
}
