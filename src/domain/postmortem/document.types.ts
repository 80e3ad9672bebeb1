import type { Phase, TimePrecision } from '../timeline/event.types.ts';

/**
 * Canonical section keys. A template decides which appear; the parser maps the
 * headings people write ("Root Causes", "Why it happened"…) onto these keys.
 */
export const SECTION_KEYS = [
  'summary',
  'impact',
  'timeline',
  'rootCause',
  'contributingFactors',
  'fiveWhys',
  'detection',
  'response',
  'resolution',
  'whatWentWell',
  'whatWentWrong',
  'lessons',
  'actionItems',
  'sloImpact',
  'metrics',
  'communication',
  'relatedIncidents',
  'evidence',
  'appendix',
  'signOff',
  'revisionHistory',
  'notes',
] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];

export type ActionItemStatus = 'open' | 'in_progress' | 'done' | 'wont_do';

/** A section of a post-mortem as found in (or written to) Markdown. */
export type Section = {
  /** Canonical key, or null for a free section the parser could not place. */
  key: SectionKey | null;
  /** The heading as written (without Markdown). */
  heading: string;
  /** 1-based line of the heading (or label) in the source text; 0 when not from text. */
  line: number;
  /** Heading level (1–6); bold labels count as 0. */
  level: number;
  /** The body as Markdown, without the heading. */
  body: string;
};

export type TimelineEntry = {
  /** The time text without Markdown, as written ("14:03", "2:03 PM PST"). */
  asWritten: string;
  /** ISO 8601 (UTC, with Z) or null when no instant can be derived. */
  at: string | null;
  precision: TimePrecision;
  text: string;
  line: number;
  phase?: Phase | null;
  source?: string | null;
  decisionPoint?: boolean;
};

export type ActionItem = {
  /** Key such as A1 when written, else null. */
  key: string | null;
  text: string;
  owner: string | null;
  status: ActionItemStatus | null;
  /** YYYY-MM-DD or null. */
  due: string | null;
  priority: string | null;
  line: number;
};

export type PostmortemMeta = {
  title: string | null;
  incidentId: string | null;
  /** YYYY-MM-DD or null. */
  incidentDate: string | null;
  /** Severity as written ("SEV-1", "P1", "Sev1"). */
  severity: string | null;
  /** Duration as written ("2h 13m"). */
  durationStated: string | null;
  authors: string[];
  status: string | null;
  template: string | null;
  /** Zone label of the timeline as written ("UTC", "PST/PDT"). */
  timezone: string | null;
  /** Any other front-matter keys, kept so nothing is lost. */
  extra: Record<string, unknown>;
};

/** A post-mortem document: Debrief's own, or one read from the wild. */
export type PostmortemDoc = {
  meta: PostmortemMeta;
  sections: Section[];
  timeline: { entries: TimelineEntry[]; outOfOrder: boolean };
  actionItems: ActionItem[];
  /** First sentence of the root-cause section, or null. */
  rootCause: string | null;
};

export type ParseWarning = { line: number; message: string };

export type ParseResult = { doc: PostmortemDoc; warnings: ParseWarning[] };
