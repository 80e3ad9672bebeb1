/**
 * The channel settings form: values as typed, each field checked by the config file's own
 * schema for that channel kind (the one the server checks a save with), and the server's
 * `settings.<field>` problems put on the form's field (a secret's on its write-only input).
 */
import { z } from 'zod';
import { SECRET_FIELDS, type ChannelKind } from '../../../src/domain/notify/channel-settings.ts';
import { NotifyConfigSchema } from '../../../src/domain/notify/config.ts';
import { ApiError } from '../api.ts';

type Shape = Record<string, z.ZodType>;
const SHAPES: Record<ChannelKind, Shape> = {
  slack: NotifyConfigSchema.shape.slack.unwrap().shape,
  email: NotifyConfigSchema.shape.email.unwrap().shape,
  webhook: NotifyConfigSchema.shape.webhooks.unwrap().element.shape,
};
/** Empty text means "not given": the setting's default applies, a secret is kept. */
const orEmpty = (schema: z.ZodType) => z.union([z.literal(''), schema]);

/** What the form holds: plain settings, secrets typed (empty keeps the one set), which secrets to clear. */
export type ChannelFormValues = {
  name: string; enabled: boolean;
  settings: Record<string, string | number | boolean>;
  secrets: Record<string, string>;
  clear: Record<string, boolean>;
};

/** The form's schema for a kind: `plain` and secret fields by the file's schema; the name of a new webhook too. */
export function channelFormSchema(kind: ChannelKind, plain: readonly string[], isNew: boolean): z.ZodType<ChannelFormValues, ChannelFormValues> {
  const shape = SHAPES[kind];
  const field = (k: string): z.ZodType => orEmpty(shape[k] ?? z.unknown());
  return z.object({
    name: isNew ? (shape['name'] as z.ZodString) : z.string(),
    enabled: z.boolean(),
    settings: z.object(Object.fromEntries(plain.map((k) => [k, field(k)]))).catchall(z.unknown()),
    secrets: z.object(Object.fromEntries(SECRET_FIELDS[kind].map((k) => [k, field(k)]))),
    clear: z.record(z.string(), z.boolean()),
  }) as unknown as z.ZodType<ChannelFormValues, ChannelFormValues>;
}

/** The form field a server problem names: `settings.url` of a webhook is its write-only `secrets.url`; `settings.name` the new webhook's name. */
export function formPathOf(kind: ChannelKind, path: string): string {
  const [head, key] = path.split('.');
  if (head !== 'settings' || !key) return path;
  if (key === 'name') return 'name';
  return SECRET_FIELDS[kind].includes(key) ? `secrets.${key}` : `settings.${key}`;
}

/** The same problem with each field path put on the form's field. */
export function onFormFields(kind: ChannelKind, error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError(error.status, { ...error.problem, errors: error.errors.map((p) => ({ ...p, path: formPathOf(kind, p.path) })) });
}
