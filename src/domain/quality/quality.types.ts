import type { SectionKey } from '../postmortem/document.types.ts';

export type Severity = 'error' | 'warning' | 'info';

export const RULE_IDS = [
  'blame',
  'defensive',
  'surface-cause',
  'no-evidence',
  'too-many-action-items',
  'vague-action-item',
  'action-item-owner',
  'action-item-due',
  'timeline-order',
  'timeline-gap',
  'timeline-precision',
  'timeline-decision-points',
  'detection-lag',
  'placeholder',
  'empty-section',
  'missing-section',
  'what-went-well-missing',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** One quality problem found in a post-mortem. */
export type Finding = {
  rule: RuleId;
  severity: Severity;
  /** What is wrong and what to write instead. */
  message: string;
  /** 1-based line in the source text (1 for findings about the whole document). */
  line: number;
  /** The offending text, cut short; empty when nothing can be quoted (a missing section). */
  quote: string;
  /** 1-based column where the offending text starts on its line, when it can be placed (the editor underlines from here). */
  column?: number;
  /** 1-based column just after the offending text (exclusive, as in SARIF). */
  endColumn?: number;
  /** Canonical key of the section the finding is in, when known. */
  section?: SectionKey;
};

/** The part of a template the rules need (structurally compatible with domain/templates). */
export type TemplateLike = {
  id: string;
  sections: readonly { key: string; heading: string; prompt?: string | null; required?: boolean }[];
};

/** A finding before the configured severity is applied. */
export type RawFinding = Omit<Finding, 'severity'>;
