import { z } from 'zod';
import { SECTION_KEYS } from '../postmortem/document.types.ts';
import type { RuleId, Severity } from './quality.types.ts';

const SeveritySchema = z.enum(['error', 'warning', 'info']);

/** Settings every rule accepts; unset values fall back to the rule's defaults. */
const RuleSettingSchema = z
  .object({
    /** False turns the rule off for this team. */
    enabled: z.boolean().optional(),
    /** Overrides the rule's default severity. */
    severity: SeveritySchema.optional(),
  })
  .strict();

const GapSettingSchema = RuleSettingSchema.extend({
  /** A gap longer than this many minutes between consecutive entries needs an explanation. */
  gapMinutes: z.number().positive().max(24 * 60).default(5),
  /** Longer gaps (overnight, days of a long investigation) are not reported. */
  ignoreOverHours: z.number().positive().default(12),
}).strict();

const TooManySettingSchema = RuleSettingSchema.extend({
  /** More action items than this suggests a lack of prioritisation (seed 001: more than 10). */
  maxItems: z.number().int().positive().default(10),
}).strict();

const plain = () => RuleSettingSchema.prefault({});

/** Section `quality` of debrief.config.yaml; `{}` gives the default configuration. */
export const QualityConfigSchema = z
  .object({
    rules: z
      .object({
        blame: plain(),
        defensive: plain(),
        'surface-cause': plain(),
        'no-evidence': plain(),
        'too-many-action-items': TooManySettingSchema.prefault({}),
        'vague-action-item': plain(),
        'action-item-owner': plain(),
        'action-item-due': plain(),
        'timeline-order': plain(),
        'timeline-gap': GapSettingSchema.prefault({}),
        'timeline-precision': plain(),
        'timeline-decision-points': plain(),
        'detection-lag': plain(),
        placeholder: plain(),
        'empty-section': plain(),
        'missing-section': plain(),
        'what-went-well-missing': plain(),
      })
      .strict()
      .prefault({}),
    /** Shortest 5 Whys chain accepted when the template does not say otherwise. */
    fiveWhysMinimum: z.number().int().min(1).max(10).default(5),
    /** Sections required when no template is given. */
    requiredSections: z
      .array(z.enum(SECTION_KEYS))
      .default(['summary', 'impact', 'timeline', 'rootCause', 'actionItems', 'whatWentWell']),
  })
  .strict();

export type QualityConfig = z.output<typeof QualityConfigSchema>;
export type QualityConfigInput = z.input<typeof QualityConfigSchema>;

/** The configuration with every default applied. */
export const DEFAULT_QUALITY_CONFIG: QualityConfig = QualityConfigSchema.parse({});

/** Whether a rule runs, and at what severity, under a configuration. */
export function ruleSetting(config: QualityConfig, rule: RuleId, defaultSeverity: Severity): { enabled: boolean; severity: Severity } {
  const s = config.rules[rule];
  return { enabled: s.enabled ?? true, severity: s.severity ?? defaultSeverity };
}
