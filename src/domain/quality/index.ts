/** Quality findings for post-mortems: rules, configuration and score (issue 6). */
export { lintPostmortem, type LintOptions } from './lint.ts';
export { scorePostmortem, type QualityScore, type ScoreBreakdown } from './score.ts';
export {
  QualityConfigSchema,
  DEFAULT_QUALITY_CONFIG,
  type QualityConfig,
  type QualityConfigInput,
} from './quality.config.ts';
export { RULES, type RuleMeta, type ScoreCategory } from './rules.catalog.ts';
export { RULE_IDS, type Finding, type RuleId, type Severity, type TemplateLike } from './quality.types.ts';
export { findBlame, blameHits, type BlameForm, type BlameHit } from './blame.patterns.ts';
export { isVagueActionItem, actionItemVagueness, type Vagueness, type MissingPart } from './vague.patterns.ts';
