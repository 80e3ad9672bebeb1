/** The `trackers` section of debrief.config.yaml: where action items become issues (GitHub, Jira), with their secrets. */
import { z } from 'zod';

const url = z.url({ protocol: /^https?$/ }).max(2000);
const secret = z.string().min(16, 'use a secret of at least 16 characters (e.g. `openssl rand -hex 32`)');

export const TRACKER_NAMES = ['github', 'jira'] as const;
export type TrackerName = (typeof TRACKER_NAMES)[number];

const GithubTrackerSchema = z.strictObject({
  /** REST API root: https://api.github.com, or https://<host>/api/v3 for GitHub Enterprise Server. */
  baseUrl: url.default('https://api.github.com'),
  /** A token that can create issues in `repo` (a secret: never logged nor shown again). */
  token: z.string().min(1).max(500).nullable().default(null),
  /** owner/name of the repository issues are created in. */
  repo: z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'owner/name').nullable().default(null),
  /** Labels added besides `postmortem`, the incident id and the priority. */
  labels: z.array(z.string().min(1).max(50)).max(20).default([]),
});

const JiraTrackerSchema = z.strictObject({
  /** https://<site>.atlassian.net (Cloud) or the Server / Data Center root. */
  baseUrl: url.nullable().default(null),
  /** Cloud: the account e-mail that goes with `apiToken` (basic auth). Leave empty on Server to send the token as a bearer personal access token. */
  email: z.string().max(300).nullable().default(null),
  /** Cloud API token or Server personal access token (a secret). */
  apiToken: z.string().min(1).max(500).nullable().default(null),
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'a Jira project key such as OPS').nullable().default(null),
  issueType: z.string().min(1).max(100).default('Task'),
  /** 3: Cloud REST v3 (description in Atlassian Document Format); 2: Server / Data Center (plain text). */
  apiVersion: z.union([z.literal(2), z.literal(3)]).default(3),
  /** Debrief priority → Jira priority name (unset: the field is left to Jira's default). */
  priorities: z.record(z.string(), z.string().min(1).max(50)).default({ P0: 'Highest', P1: 'High', P2: 'Medium', P3: 'Low' }),
  /** Labels added besides `postmortem`, the incident id and the priority. */
  labels: z.array(z.string().regex(/^\S{1,100}$/, 'Jira labels have no spaces')).max(20).default([]),
  /** Shared secret of the Jira webhook (X-Hub-Signature HMAC, or `Authorization: Bearer <secret>`). */
  webhookSecret: secret.nullable().default(null),
});

export const TrackersConfigSchema = z.strictObject({
  /** The tracker `debrief action track` uses when none is named. */
  default: z.enum(TRACKER_NAMES).nullable().default(null),
  /** Create an issue in the default tracker for every open action item, without being asked. */
  auto: z.boolean().default(false),
  github: GithubTrackerSchema.default(GithubTrackerSchema.parse({})),
  jira: JiraTrackerSchema.default(JiraTrackerSchema.parse({})),
  /** Tries per issue before the job is dead. */
  maxAttempts: z.number().int().min(1).max(50).default(8),
  /** HTTP timeout of one call to the tracker. */
  timeoutMs: z.number().int().min(500).max(120_000).default(15_000),
});

export type TrackersConfig = z.output<typeof TrackersConfigSchema>;
export type GithubTrackerConfig = TrackersConfig['github'];
export type JiraTrackerConfig = TrackersConfig['jira'];
