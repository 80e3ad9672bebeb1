/** The `notify` section of debrief.config.yaml: channels (with their secrets) and the rules, each on/off and timed. */
import { z } from 'zod';

const url = z.url({ protocol: /^https?$/ }).max(2000);
const hmacSecret = z.string().min(16, 'use a secret of at least 16 characters (e.g. `openssl rand -hex 32`)');

/** Defaults from the seeds: remind 48 h before (P0: 12 h), escalate to the post-mortem owner after 7 days overdue, leadership after 14. */
export const NotifyRulesSchema = z.strictObject({
  actionDueSoon: z.boolean().default(true),
  actionOverdue: z.boolean().default(true),
  actionEscalation: z.boolean().default(true),
  postmortemPublished: z.boolean().default(true),
  /** The post-mortem's owner is told at once when assigned. */
  postmortemOwnerAssigned: z.boolean().default(true),
  /** Participants get the meeting invite (.ics attached) when it is scheduled or moved. */
  meetingScheduled: z.boolean().default(true),
  /** The owner hears before the draft / review / publish deadline, and again when it is missed. */
  deadlineApproaching: z.boolean().default(true),
  deadlineMissed: z.boolean().default(true),
  deadlineHoursBefore: z.number().positive().max(24 * 14).default(24),
  /** Each reviewer when the post-mortem is sent for review; the owner when a reviewer requests changes or approves. */
  reviewRequested: z.boolean().default(true),
  reviewDecided: z.boolean().default(true),
  /** The weekly action-item review (seed 000 format) to each team's channel, on this weekday (UTC) from this hour. */
  weeklyReview: z.boolean().default(true),
  weeklyReviewDay: z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']).default('monday'),
  weeklyReviewHour: z.number().int().min(0).max(23).default(9),
  /** The month's post-mortems, on the 1st (UTC) from weeklyReviewHour: Slack and allStaffEmails. */
  monthlyDigest: z.boolean().default(true),
  allStaffEmails: z.array(z.email()).max(50).default([]),
  remindHoursBefore: z.number().positive().max(24 * 30).default(48),
  escalateAfterDays: z.number().int().min(1).max(365).default(7),
  leadershipAfterDays: z.number().int().min(1).max(365).default(14),
  /** Who "engineering leadership" is for escalations: e-mail addresses and/or a Slack channel via the slack channel. */
  leadershipEmails: z.array(z.email()).max(50).default([]),
});

export const NotifyConfigSchema = z.strictObject({
  /** Off: nothing is queued. */
  enabled: z.boolean().default(true),
  /** The web app's address, for links in messages. */
  baseUrl: url.nullable().default(null),
  slack: z.strictObject({
    /** Incoming webhook URL (a secret: never logged nor shown again). */
    webhookUrl: url.nullable().default(null),
    /** Or a bot token (xoxb-…, a secret) for chat.postMessage: messages go to a team's channel, else defaultChannel. Wins over webhookUrl. */
    botToken: z.string().min(10).max(300).nullable().default(null),
    defaultChannel: z.string().regex(/^(#[a-z0-9][a-z0-9_-]{0,79}|[CGDU][A-Z0-9]{2,20})$/, 'a Slack channel (#name or its id)').nullable().default(null),
    /** Slack's Web API root (tests point it at a recording server). */
    apiBaseUrl: url.default('https://slack.com/api'),
  }).default({ webhookUrl: null, botToken: null, defaultChannel: null, apiBaseUrl: 'https://slack.com/api' }),
  email: z.strictObject({
    host: z.string().min(1).max(300).nullable().default(null),
    port: z.number().int().min(1).max(65535).default(587),
    /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
    secure: z.boolean().default(false),
    user: z.string().max(300).nullable().default(null),
    password: z.string().max(300).nullable().default(null),
    from: z.string().min(3).max(300).default('Debrief <debrief@localhost>'),
  }).default({ host: null, port: 587, secure: false, user: null, password: null, from: 'Debrief <debrief@localhost>' }),
  /** Outbound webhooks: every notification is POSTed as JSON, signed with the secret (see docs/follow-through.md). */
  webhooks: z.array(z.strictObject({ name: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,40}$/), url, secret: hmacSecret })).max(20).default([]),
  rules: NotifyRulesSchema.default(NotifyRulesSchema.parse({})),
  /** Tries per message before it is dead. */
  maxAttempts: z.number().int().min(1).max(50).default(8),
  /**
   * How long a server may take over one background job (a send, a tracker call) before another
   * server on the same PostgreSQL takes it over (a killed server's jobs run again after this).
   */
  leaseSeconds: z.number().int().min(5).max(3600).default(300),
});

export type NotifyConfig = z.output<typeof NotifyConfigSchema>;
export type NotifyRules = z.output<typeof NotifyRulesSchema>;
