/** How sure we are of an event's time. */
export type TimePrecision = 'exact' | 'minute' | 'approximate' | 'date' | 'unknown';

/** Incident phase an event belongs to (seeds 001/004). */
export type Phase = 'detection' | 'investigation' | 'mitigation' | 'resolution';

export const PHASES: readonly Phase[] = ['detection', 'investigation', 'mitigation', 'resolution'];
export const TIME_PRECISIONS: readonly TimePrecision[] = ['exact', 'minute', 'approximate', 'date', 'unknown'];

/**
 * One event produced by an ingest adapter, before it is stored.
 * `at` is ISO 8601 UTC, or null when the source gives no time.
 */
export type IngestedEvent = {
  at: string | null;
  precision: TimePrecision;
  /** Adapter name as given to `--source` (alertmanager, grafana, pagerduty, opsgenie, github, slack, git, manual…). */
  source: string;
  /** Source-specific kind: alert.firing, alert.resolved, incident.acknowledged, deploy, commit, message… */
  kind: string;
  text: string;
  actor: string | null;
  phase: Phase | null;
  /** Evidence link back to the source (alert URL, commit URL, message permalink). */
  link: string | null;
  /** Stable key from the source, so redeliveries are recognised. */
  idempotencyKey: string;
  /** True when the event marks a decision (rollback, failover, escalation…). */
  decisionPoint?: boolean;
  /** Commit the event is about (git commit, GitHub deployment or push head), for folding duplicates across sources. */
  sha?: string;
};

/** What an adapter learns about the incident itself (to declare or update it). */
export type IncidentHint = {
  /** Correlation key: alert group key, PagerDuty incident id, Opsgenie alert id… */
  groupKey: string | null;
  title: string | null;
  severity: string | null;
  service: string | null;
  status: 'firing' | 'acknowledged' | 'resolved' | null;
  detectedAt: string | null;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  environment: string | null;
  link: string | null;
};

/** A problem noticed while reading input that did not stop the reading. */
export type Warning = { line?: number; field?: string; message: string };

/** Output of every ingest adapter. */
export type IngestResult = {
  events: IngestedEvent[];
  hints: IncidentHint[];
  warnings: Warning[];
  /** Chat member ids no name was found for (a Slack export without users.json), written as placeholders in the events. */
  unresolvedMembers?: string[];
};
