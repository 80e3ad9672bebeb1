/**
 * The sections of debrief.config.yaml owned by feature modules, each with its own
 * zod schema (every field defaulted, so an empty section is the default policy).
 */
import { z } from 'zod';
import { QualityConfigSchema } from '../domain/quality/quality.config.ts';
import { compilePatterns } from '../domain/redaction/index.ts';
import { CustomTemplatesSchema } from '../domain/templates/index.ts';
import { NotifyConfigSchema } from '../domain/notify/config.ts';
import { EvidenceConfigSchema } from '../domain/evidence/limits.ts';
import { TrackersConfigSchema } from '../domain/trackers/config.ts';
import { ReportsConfigSchema } from '../domain/learning/reports.config.ts';

/** What external redaction keeps and removes besides its built-in detectors (`postmortem.redaction`). */
const RedactionConfigSchema = z
  .object({
    /** Domains (and their subdomains) or `domain/path` prefixes that may appear in an external publication; every other host is internal. */
    publicDomains: z.array(z.string().trim().min(2).max(300)).max(500).default([]),
    /** Customer names removed wherever they appear. */
    customers: z.array(z.string().trim().min(2).max(200)).max(5000).default([]),
    /** Extra patterns to remove (JavaScript regular expressions without nested quantifiers or back-references). */
    patterns: z.array(z.strictObject({
      name: z.string().trim().min(1).max(80),
      pattern: z.string().min(1).max(500),
      flags: z.string().max(5).optional(),
      replacement: z.string().max(80).optional(),
    })).max(100).default([]),
  })
  .strict()
  .superRefine((cfg, zctx) => {
    for (const p of compilePatterns(cfg.patterns).problems) {
      zctx.addIssue({ code: 'custom', message: p.message, path: p.path.split('.').slice(2).map((k) => (/^\d+$/.test(k) ? Number(k) : k)) });
    }
  });

/** Post-mortem lifecycle settings (section `postmortem`). */
const PostmortemConfigSchema = z
  .object({
    /** Reviewers by role (seed 000: commander, tech lead, eng manager, product owner) or by review (seed 002: technical, process, business). */
    reviewScheme: z.enum(['roles', 'reviews']).default('roles'),
    /** Template of the draft by severity id; others use defaultTemplate. */
    templateBySeverity: z.record(z.string(), z.string()).default({ 'SEV-1': 'full', 'SEV-2': 'full', 'SEV-3': 'concise', 'SEV-4': 'concise' }),
    defaultTemplate: z.string().default('full'),
    /** Create the draft when an incident resolves and policy requires or recommends a post-mortem. */
    autoDraft: z.boolean().default(true),
    /** Who sends the meeting invite (the .ics ORGANIZER); without it the invite is published, not sent as a request. */
    meetingOrganizer: z.strictObject({ name: z.string().trim().min(1).max(200), email: z.email() }).nullable().default(null),
    /** Domain suffixes the external redaction treats as internal (besides .internal, .corp, .local…). */
    internalDomains: z.array(z.string().min(2)).default([]),
    /** External publication: what may stay (public domains) and what must go (customers, custom patterns). */
    redaction: RedactionConfigSchema.default(RedactionConfigSchema.parse({})),
  })
  .strict();

/** Sources that can post webhooks to `/api/v1/ingest/:source`. */
export const WEBHOOK_SOURCES = ['alertmanager', 'grafana', 'pagerduty', 'opsgenie', 'github'] as const;
export type WebhookSource = (typeof WEBHOOK_SOURCES)[number];

const secret = z.string().min(16, 'use a secret of at least 16 characters (e.g. `openssl rand -hex 32`)');

/** One source's webhook settings (`ingest.sources.<source>`). */
const IngestSourceSchema = z
  .object({
    /** Shared secret: HMAC key where the source signs, else the bearer token / basic-auth password. */
    secret: secret.optional(),
    /** Older secrets still accepted while a rotation is under way. */
    previousSecrets: z.array(secret).default([]),
    /** Refuse a signed timestamp older (or further in the future) than this. */
    maxAgeSeconds: z.number().int().positive().max(86_400).default(300),
    /** Grafana only: header carrying the signature. */
    signatureHeader: z.string().min(1).default('X-Grafana-Alerting-Signature'),
    /** Grafana only: header carrying the Unix-seconds timestamp that is signed as `<ts>:<body>`. */
    timestampHeader: z.string().min(1).default('X-Grafana-Alerting-Signature-Timestamp'),
    /** Grafana only: refuse signed deliveries without the timestamp header (replay protection). */
    requireTimestamp: z.boolean().default(false),
    /** Set false to refuse this source's webhooks altogether. */
    enabled: z.boolean().default(true),
  })
  .strict();

const DEFAULT_SEVERITY_MAP: Record<string, string> = {
  critical: 'SEV-1', page: 'SEV-1', emergency: 'SEV-1', fatal: 'SEV-1', disaster: 'SEV-1',
  error: 'SEV-2', high: 'SEV-2', major: 'SEV-2',
  warning: 'SEV-3', warn: 'SEV-3', medium: 'SEV-3', minor: 'SEV-3',
  info: 'SEV-4', low: 'SEV-4', none: 'SEV-4',
  // PagerDuty and Opsgenie priorities run P1 (highest) .. P5: not Debrief's P0..P3 aliases.
  P1: 'SEV-1', P2: 'SEV-2', P3: 'SEV-3', P4: 'SEV-4', P5: 'SEV-4',
};

const AutoDeclareSchema = z
  .object({
    /** Declare an incident for a firing alert that matches no open incident. */
    enabled: z.boolean().default(true),
    /** Only alerts at least this severe declare (less severe ones attach or are kept in the inbox only). */
    minSeverity: z.string().min(1).default('SEV-3'),
    /** Sources whose alerts may declare. */
    sources: z.array(z.enum(WEBHOOK_SOURCES)).default(['alertmanager', 'grafana', 'pagerduty', 'opsgenie']),
    /** Also attach to an open incident of the same service when the group key matches none. */
    matchService: z.boolean().default(true),
  })
  .strict();

/** Scheduled backups (section `backup`): off unless `every` is set. */
const BackupConfigSchema = z
  .object({
    /** How often the server writes a backup: "6h", "1d", "30m"; null = never. */
    every: z.string().regex(/^\d+(m|h|d)$/, 'write a duration such as 30m, 6h or 1d').nullable().default(null),
    /** Folder of the backup files (relative to the working directory). */
    dir: z.string().min(1).default('backups'),
    /** How many backup files to keep; older ones are deleted. */
    keep: z.number().int().min(1).max(1000).default(7),
  })
  .strict();

export const SECTION_SCHEMAS = {
  backup: BackupConfigSchema,
  evidence: EvidenceConfigSchema,
  notify: NotifyConfigSchema,
  trackers: TrackersConfigSchema,
  reports: ReportsConfigSchema,
  quality: QualityConfigSchema,
  postmortem: PostmortemConfigSchema,
  templates: CustomTemplatesSchema,
  ingest: z
    .object({
      /** Shorthand: source → secret (same as `sources.<source>.secret`). */
      secrets: z.partialRecord(z.enum(WEBHOOK_SOURCES), secret).default({}),
      sources: z.partialRecord(z.enum(WEBHOOK_SOURCES), IngestSourceSchema).default({}),
      /**
       * How long a webhook answer waits for its delivery to be processed (0: answer as soon as it is
       * stored, status pending). Keep it well under the senders' timeouts (PagerDuty: 5 s).
       */
      waitForProcessingMs: z.number().int().min(0).max(4000).default(0),
      /** Accept a Debrief API token (role responder or above) as `Authorization: Bearer` on any webhook. */
      acceptApiTokens: z.boolean().default(true),
      autoDeclare: AutoDeclareSchema.default(AutoDeclareSchema.parse({})),
      /** Alert label / page priority → severity on the policy scale (keys matched case-insensitively). */
      severityMap: z.record(z.string(), z.string().min(1)).default(DEFAULT_SEVERITY_MAP),
      /** Severity of a declared incident when the alert says none that the map or the scale knows. */
      defaultSeverity: z.string().min(1).default('SEV-3'),
      /** Merged timeline: silences longer than this are reported as gaps. */
      gapMinutes: z.number().positive().max(1440).default(5),
      /** Merged timeline: same commit or same text from two sources folds within this window. */
      foldWindowMinutes: z.number().positive().max(1440).default(10),
      /** Imports: events further than this from the incident's window (key times, else its other events) are flagged as outliers. */
      outlierMarginHours: z.number().positive().max(24 * 365).default(72),
    })
    .strict(),
} as const;

/** What an absent section is read as. */
export const SECTION_EMPTY: Record<keyof typeof SECTION_SCHEMAS, unknown> = { backup: {}, evidence: {}, notify: {}, trackers: {}, reports: {}, quality: {}, postmortem: {}, templates: [], ingest: {} };

export type SectionConfigs = { [K in keyof typeof SECTION_SCHEMAS]: z.output<(typeof SECTION_SCHEMAS)[K]> };
export type IngestConfig = SectionConfigs['ingest'];
export type IngestSourceConfig = z.output<typeof IngestSourceSchema>;
