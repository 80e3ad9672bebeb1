/** The contract of the notification channels as the admin page reads them: one schema for the server, the CLI and the web app. */
import { z } from 'zod';
import { CHANNEL_KINDS } from './channel-settings.ts';

/** A channel's settings as answered: plain settings shown, each secret only as set or not (never its value). */
export const ChannelSettingsViewSchema = z.object({
  id: z.string(), kind: z.enum(CHANNEL_KINDS), enabled: z.boolean(),
  /** `admin`: saved from the admin page (wins over the file); `config`: from debrief.config.yaml. */
  source: z.enum(['admin', 'config']),
  settings: z.record(z.string(), z.unknown()), secrets: z.record(z.string(), z.enum(['set', 'not set'])),
  /** A webhook's host (its URL is write-only). */
  host: z.string().nullable(),
  updatedBy: z.string().nullable(), updatedAt: z.string().nullable(),
});
export type ChannelSettingsAnswer = z.infer<typeof ChannelSettingsViewSchema>;

/** Whether a channel can send, why not, and where to (a webhook's names). */
export const ChannelStateSchema = z.object({ name: z.enum(CHANNEL_KINDS), configured: z.boolean(), problem: z.string().nullable(), targets: z.array(z.string()) });
export type ChannelState = z.infer<typeof ChannelStateSchema>;

/** `GET /api/v1/notify/channels`: notifications on or off, each channel's state and every channel's settings. */
export const ChannelListSchema = z.object({ enabled: z.boolean(), channels: z.array(ChannelStateSchema), settings: z.array(ChannelSettingsViewSchema) });
export type ChannelList = z.infer<typeof ChannelListSchema>;
