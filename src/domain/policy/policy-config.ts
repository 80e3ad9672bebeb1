/**
 * The `policy` section of debrief.config.yaml as a zod schema. Every field has a default,
 * so `{}` is the default policy of DESIGN.md ("Default policy") and the seeds. Checks that
 * span sections (severity names used by rules, deadlines and meeting lengths; the deadline
 * strategy's seed) live in resolve-policy.ts, which reports them with zod's problems.
 */
import { z } from 'zod';
import { DEADLINE_BASES, DEFAULT_DEADLINE_SOURCES, MILESTONES } from './deadline-sources.ts';
import { isTimeZone, PeriodSchema } from './period.ts';
import { DEFAULT_SEVERITY_LEVELS, scaleProblems } from './severity.ts';

export const VERDICT_LEVELS = ['required', 'recommended', 'optional', 'not_needed'] as const;
export type VerdictLevel = (typeof VERDICT_LEVELS)[number];

const RuleLevelSchema = z.enum(['required', 'recommended', 'optional']);
export type RuleLevel = z.infer<typeof RuleLevelSchema>;

/** `any`, or a non-empty list of severity names of the scale. */
const SeveritiesSchema = z.union([z.literal('any'), z.array(z.string().min(1)).min(1)]);

function rule<S extends z.ZodRawShape>(level: RuleLevel, extra: S) {
  const schema = z.strictObject({ enabled: z.boolean().default(true), level: RuleLevelSchema.default(level), ...extra });
  // Every field of a rule has a default, so an absent rule is `{}`; TypeScript cannot see that through S.
  return schema.prefault({} as z.input<typeof schema>);
}

const minutes = (d: number) => z.number().nonnegative().default(d);

/** The rules section without its default (tests and cross-checks parse rule by rule). */
export const RulesObjectSchema = z.strictObject({
  severity: rule('required', { severities: SeveritiesSchema.default(['SEV-1', 'SEV-2']) }),
  'slo-breach': rule('required', { severities: SeveritiesSchema.default(['SEV-3']) }),
  'data-affected': rule('required', { severities: SeveritiesSchema.default(['SEV-3']) }),
  'customer-outage': rule('required', { minutes: minutes(5) }),
  'long-incident': rule('required', { minutes: minutes(30) }),
  'data-loss': rule('required', {}),
  security: rule('required', {}),
  cascading: rule('required', {}),
  'manual-intervention': rule('required', {}),
  'error-budget': rule('required', { percent: z.number().min(0).max(100).default(10) }),
  'external-complaints': rule('required', { minComplaints: z.number().int().min(1).default(1) }),
  'multi-environment': rule('required', { minEnvironments: z.number().int().min(2).default(2) }),
  'near-miss': rule('recommended', {}),
  'process-failure': rule('recommended', {}),
  'complex-or-recurring': rule('recommended', { severities: SeveritiesSchema.default(['SEV-3']) }),
  'optional-severity': rule('optional', { severities: SeveritiesSchema.default(['SEV-3', 'SEV-4']) }),
});

export const RulesConfigSchema = RulesObjectSchema.prefault({});

export type RulesConfig = z.output<typeof RulesConfigSchema>;
export type RuleId = keyof RulesConfig;

const LevelConfigSchema = z.union([
  z.string().min(1).transform((id) => ({ id, aliases: [] as string[], label: undefined })),
  z.strictObject({ id: z.string().min(1), aliases: z.array(z.string().min(1)).default([]), label: z.string().optional() }),
]);

export const SeverityConfigSchema = z
  .strictObject({ levels: z.array(LevelConfigSchema).min(2).default(DEFAULT_SEVERITY_LEVELS) })
  .superRefine((value, ctx) => {
    for (const p of scaleProblems(value.levels)) ctx.addIssue({ code: 'custom', path: ['levels', p.index], message: p.message });
  })
  .prefault({});

export const DeadlineSourceSchema = z.strictObject({
  milestone: z.enum(MILESTONES),
  seed: z.string().min(1),
  after: PeriodSchema,
  basis: z.enum(DEADLINE_BASES).default('resolvedAt'),
  severities: SeveritiesSchema.default('any'),
  quote: z.string().default(''),
});

export const DeadlinesConfigSchema = z
  .strictObject({
    /** `strictest` (earliest candidate wins) or the name of a seed in `sources`. */
    strategy: z.string().min(1).default('strictest'),
    sources: z.array(DeadlineSourceSchema).default(DEFAULT_DEADLINE_SOURCES),
  })
  .prefault({});

const HorizonSchema = z.strictObject({ within: PeriodSchema, priorities: z.array(z.string().min(1)).min(1) });

export const ActionItemsConfigSchema = z
  .strictObject({
    /** Priority → time to complete (seed 000). */
    priorities: z.record(z.string().min(1), PeriodSchema).default({ P0: '24h', P1: '1w', P2: '1mo', P3: '1q' }),
    /** Horizons of seeds 002/003 and the priorities each holds. */
    horizons: z
      .strictObject({
        immediate: HorizonSchema.default({ within: '1w', priorities: ['P0', 'P1'] }),
        'short-term': HorizonSchema.default({ within: '1mo', priorities: ['P2'] }),
        'long-term': HorizonSchema.default({ within: '1q', priorities: ['P3'] }),
      })
      .prefault({}),
  })
  .prefault({});

export const MeetingLengthSchema = z
  .strictObject({
    severities: SeveritiesSchema,
    minMinutes: z.number().int().positive(),
    maxMinutes: z.number().int().positive(),
    seed: z.string().default(''),
  })
  .refine((v) => v.minMinutes <= v.maxMinutes, { message: 'minMinutes must not exceed maxMinutes', path: ['maxMinutes'] });

export const MeetingConfigSchema = z
  .strictObject({
    /** Seed 000's agenda adds up to 60 minutes; seed 001's also. */
    agendaMinutes: z.number().int().positive().default(60),
    lengths: z.array(MeetingLengthSchema).default([
      { severities: ['SEV-1', 'SEV-2'], minMinutes: 60, maxMinutes: 90, seed: '001' },
      { severities: ['SEV-3'], minMinutes: 30, maxMinutes: 45, seed: '001' },
    ]),
  })
  .prefault({});

export const ImpactConfigSchema = z
  .strictObject({
    /** Key time that ends customer impact (seed 003: "Service restored"): mitigation by default. */
    customerImpactEnds: z.enum(['mitigatedAt', 'resolvedAt']).default('mitigatedAt'),
  })
  .prefault({});

export const SloConfigSchema = z
  .strictObject({
    /** Window of the error budget when the incident does not give one (seed 002: monthly). */
    windowDays: z.number().positive().default(30),
  })
  .prefault({});

export const PolicyConfigSchema = z.strictObject({
  /** IANA zone for calendar months and quarters (hours, days and weeks are exact lengths). */
  timeZone: z
    .string()
    .default('UTC')
    .refine((tz) => isTimeZone(tz), { message: 'unknown time zone; use an IANA name such as UTC or Europe/Berlin' }),
  severity: SeverityConfigSchema,
  rules: RulesConfigSchema,
  impact: ImpactConfigSchema,
  slo: SloConfigSchema,
  deadlines: DeadlinesConfigSchema,
  actionItems: ActionItemsConfigSchema,
  meeting: MeetingConfigSchema,
});

export type PolicyConfig = z.output<typeof PolicyConfigSchema>;
export type PolicyConfigInput = z.input<typeof PolicyConfigSchema>;
