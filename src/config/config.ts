/**
 * The one typed configuration of a Debrief process: environment variables plus an
 * optional `debrief.config.yaml`, validated at start. Every problem is collected
 * and reported at once.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { validationError, type FieldProblem, AppError } from '../domain/errors.ts';
import { zodProblems } from '../domain/validation.ts';
import { readConfigFile } from './config-file.ts';
import { SECTION_EMPTY, SECTION_SCHEMAS, type SectionConfigs } from './sections.ts';
import { loadPolicy, type Policy } from '../domain/policy/index.ts';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DEBRIEF_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Server logs: JSON lines, pretty lines, or pretty only when standard output is a terminal. */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  DEBRIEF_PUBLIC_URL: z.string().url().optional(),
  DEBRIEF_BODY_LIMIT: z.coerce.number().int().positive().default(1_048_576),
  DEBRIEF_MAX_MARKDOWN_BYTES: z.coerce.number().int().positive().default(262_144),
  DEBRIEF_TRUST_PROXY: z.enum(['true', 'false', '1', '0']).optional(),
  DEBRIEF_METRICS_PUBLIC: z.enum(['true', 'false', '1', '0']).optional(),
});

const ServerFileSchema = z
  .object({
    port: z.number().int().min(0).max(65535).optional(),
    host: z.string().min(1).optional(),
    dataDir: z.string().min(1).optional(),
    publicUrl: z.string().url().optional(),
    bodyLimitBytes: z.number().int().positive().optional(),
    maxMarkdownBytes: z.number().int().positive().optional(),
    trustProxy: z.boolean().optional(),
    /** Serve /metrics without a token even when not bound to loopback (e.g. a private network scraped by Prometheus). */
    metricsPublic: z.boolean().optional(),
  })
  .strict();

export type AppConfig = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  logFormat: z.infer<typeof EnvSchema>['LOG_FORMAT'];
  publicUrl: string | null;
  bodyLimitBytes: number;
  /** Largest post-mortem Markdown linted, parsed, imported or stored (413 above it). */
  maxMarkdownBytes: number;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-Proto/-For (Secure cookie, client address). */
  trustProxy: boolean;
  /** /metrics without a token although the server is not bound to loopback. */
  metricsPublic: boolean;
  /** The effective post-mortem policy (section `policy`). */
  policy: Policy;
} & SectionConfigs;

export type LoadConfigOptions = {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Explicit config file path (`--config`); otherwise DEBRIEF_CONFIG or ./debrief.config.yaml. */
  file?: string;
  /** Values that win over everything (tests, CLI flags). */
  overrides?: Partial<AppConfig>;
};

/** Loads and validates the whole configuration, throwing one error listing every problem. */
export function loadConfig(options: LoadConfigOptions = {}): AppConfig {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const problems: FieldProblem[] = [];

  let raw: Record<string, unknown> = {};
  try {
    raw = readConfigFile(options.file, cwd);
  } catch (e) {
    if (e instanceof AppError) problems.push({ path: 'debrief.config.yaml', message: e.message });
    else throw e;
  }

  const envResult = EnvSchema.safeParse(env);
  if (!envResult.success) problems.push(...zodProblems(envResult.error, 'env'));
  const serverResult = ServerFileSchema.safeParse(raw['server'] ?? {});
  if (!serverResult.success) problems.push(...zodProblems(serverResult.error, 'server'));

  const sections: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(SECTION_SCHEMAS)) {
    const r = schema.safeParse(raw[key] ?? SECTION_EMPTY[key as keyof typeof SECTION_SCHEMAS]);
    if (r.success) sections[key] = r.data;
    else problems.push(...zodProblems(r.error, key));
  }
  let policy: Policy | undefined;
  try {
    policy = loadPolicy(raw['policy'] ?? {});
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    problems.push(...((e.details['errors'] as FieldProblem[] | undefined) ?? [{ path: 'policy', message: e.message }]));
  }
  const known = new Set(['server', 'policy', ...Object.keys(SECTION_SCHEMAS)]);
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) problems.push({ path: key, message: `unknown section (expected one of: ${[...known].join(', ')})` });
  }

  if (problems.length > 0 || !envResult.success || !serverResult.success || !policy) {
    throw validationError(problems, `invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
  }
  const e = envResult.data;
  const s = serverResult.data;
  // Environment wins over the file for the process-level settings when set explicitly.
  const config: AppConfig = {
    port: env['PORT'] !== undefined ? e.PORT : (s.port ?? e.PORT),
    host: env['HOST'] !== undefined ? e.HOST : (s.host ?? e.HOST),
    dataDir: resolve(cwd, env['DEBRIEF_DATA_DIR'] !== undefined ? e.DEBRIEF_DATA_DIR : (s.dataDir ?? e.DEBRIEF_DATA_DIR)),
    databaseUrl: e.DATABASE_URL ?? null,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    publicUrl: e.DEBRIEF_PUBLIC_URL ?? s.publicUrl ?? null,
    bodyLimitBytes: env['DEBRIEF_BODY_LIMIT'] !== undefined ? e.DEBRIEF_BODY_LIMIT : (s.bodyLimitBytes ?? e.DEBRIEF_BODY_LIMIT),
    maxMarkdownBytes: env['DEBRIEF_MAX_MARKDOWN_BYTES'] !== undefined ? e.DEBRIEF_MAX_MARKDOWN_BYTES : (s.maxMarkdownBytes ?? e.DEBRIEF_MAX_MARKDOWN_BYTES),
    trustProxy: e.DEBRIEF_TRUST_PROXY !== undefined ? e.DEBRIEF_TRUST_PROXY === 'true' || e.DEBRIEF_TRUST_PROXY === '1' : (s.trustProxy ?? false),
    metricsPublic: e.DEBRIEF_METRICS_PUBLIC !== undefined ? e.DEBRIEF_METRICS_PUBLIC === 'true' || e.DEBRIEF_METRICS_PUBLIC === '1' : (s.metricsPublic ?? false),
    policy,
    ...(sections as SectionConfigs),
  };
  return { ...config, ...options.overrides };
}
