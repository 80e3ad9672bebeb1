import type { PostmortemDoc } from '../postmortem/document.types.ts';
import { actionItemDueRule, actionItemOwnerRule, tooManyActionItemsRule, vagueActionItemRule } from './action-items.rules.ts';
import { detectionLagRule } from './detection.rule.ts';
import { isDisabled, readDisables } from './disable-comments.ts';
import { blameRule } from './language.rules.ts';
import { defensiveRule } from './defensive.rule.ts';
import type { LintContext, Rule } from './lint.context.ts';
import { ruleSetting, type QualityConfig } from './quality.config.ts';
import type { Finding, RuleId, TemplateLike } from './quality.types.ts';
import { noEvidenceRule, surfaceCauseRule } from './root-cause.rules.ts';
import { ruleMeta } from './rules.catalog.ts';
import { readSource } from './source-text.ts';
import { gridTables } from '../../formats/postmortem/pandoc-tables.ts';
import { lineGutter } from '../../formats/postmortem/line-gutter.ts';
import { emptySectionRule, missingSectionRule, placeholderRule, whatWentWellMissingRule } from './structure.rules.ts';
import {
  timelineDecisionPointsRule,
  timelineGapRule,
  timelineOrderRule,
  timelinePrecisionRule,
} from './timeline.rules.ts';

const IMPLEMENTATIONS: Record<RuleId, Rule> = {
  blame: blameRule,
  defensive: defensiveRule,
  'surface-cause': surfaceCauseRule,
  'no-evidence': noEvidenceRule,
  'too-many-action-items': tooManyActionItemsRule,
  'vague-action-item': vagueActionItemRule,
  'action-item-owner': actionItemOwnerRule,
  'action-item-due': actionItemDueRule,
  'timeline-order': timelineOrderRule,
  'timeline-gap': timelineGapRule,
  'timeline-precision': timelinePrecisionRule,
  'timeline-decision-points': timelineDecisionPointsRule,
  'detection-lag': detectionLagRule,
  placeholder: placeholderRule,
  'empty-section': emptySectionRule,
  'missing-section': missingSectionRule,
  'what-went-well-missing': whatWentWellMissingRule,
};

export type LintOptions = {
  /** The template the post-mortem follows: decides required sections and known prompts. */
  template?: TemplateLike;
  /** Rules on/off, severities and thresholds (QualityConfigSchema output). */
  config: QualityConfig;
};

/** Runs every enabled quality rule over a parsed post-mortem and its source text; findings sorted by line. */
export function lintPostmortem(doc: PostmortemDoc, text: string, options: LintOptions): Finding[] {
  // Round 16: a pandoc grid table is read as its rows, each on its first line (a cell's wrapped sentence read whole).
  // Round 23: and a paste's line-number gutter is taken off, as the parser does.
  const src = readSource(gridTables(lineGutter(text), ''), doc);
  const ctx: LintContext = { doc, src, config: options.config, ...(options.template ? { template: options.template } : {}) };
  const disables = readDisables(src);
  const findings: Finding[] = [];
  for (const [id, rule] of Object.entries(IMPLEMENTATIONS) as [RuleId, Rule][]) {
    const setting = ruleSetting(options.config, id, ruleMeta(id).defaultSeverity);
    if (!setting.enabled) continue;
    for (const raw of rule(ctx)) {
      if (isDisabled(disables, raw.rule, raw.line)) continue;
      findings.push({ ...raw, severity: setting.severity });
    }
  }
  // Rule ids are ASCII: compared by code unit, not localeCompare, whose collator V8 cannot keep in the lint snapshot.
  return findings.sort((a, b) => a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
