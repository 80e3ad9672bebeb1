/** The API shapes the browser reads (the subset it uses). */

import type { Role } from '../../src/domain/access/roles.ts';

export type { Role };
/** A user; `active` is false (and `deactivatedAt` set) while an admin has deactivated the account. */
export type User = { id: string; username: string; displayName: string; role: Role; createdAt: string; active?: boolean; deactivatedAt?: string | null };
export type Session = { user: User; csrfToken: string };

export const INCIDENT_STATUSES = ['declared', 'investigating', 'mitigated', 'resolved', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const INCIDENT_TYPES = ['deployment', 'infrastructure', 'security', 'data_loss', 'other'] as const;
export const KEY_TIMES = [
  ['startedAt', 'Started'], ['detectedAt', 'Detected'], ['acknowledgedAt', 'Acknowledged'],
  ['mitigatedAt', 'Mitigated'], ['resolvedAt', 'Resolved'], ['closedAt', 'Closed'],
] as const;
export type KeyTime = (typeof KEY_TIMES)[number][0];

export type Deadline = {
  at: string | null; label: string; seed?: string; explanation?: string; provisional?: boolean; waitingFor?: string[];
  /** Set once the milestone is met (the post-mortem was published…): when, and whether after the deadline. */
  met?: { at: string; late: boolean } | null;
};
export type PolicyReason = { rule: string; level?: string; message: string; seeds: string[] };
export type IncidentPolicy = {
  severity?: { id: string; label: string };
  verdict: { level: string; reasons: PolicyReason[]; unknown: (string | { message?: string; rule?: string })[]; pending: (string | { message?: string; rule?: string })[] };
  deadlines: Record<string, Deadline>;
  metrics: Record<string, unknown> & { warnings?: string[] };
  meeting?: { minMinutes: number; maxMinutes: number; agendaMinutes: number };
  focus?: { label: string; focusAreas: string[]; questions: string[] };
};

export type Incident = {
  id: string; title: string; summary: string; severity: string; type: string; status: IncidentStatus;
  nextStatuses: IncidentStatus[]; primaryService: string | null; services: string[]; environments: string[];
  commander: string | null; declaredAt: string; version: number; createdBy: string; updatedAt: string;
  policy: IncidentPolicy;
} & Record<KeyTime, string | null> & Record<IncidentFlag, boolean | null> & Record<IncidentNumber, number | null>;

/** The yes / no / not-known policy flags of an incident (null: not known). */
export const INCIDENT_FLAGS = [
  'customerVisible', 'dataLoss', 'dataAffected', 'security', 'cascading', 'manualIntervention',
  'sloBreached', 'nearMiss', 'processFailure', 'recurring', 'complex',
] as const;
export type IncidentFlag = (typeof INCIDENT_FLAGS)[number];
/** The numeric policy inputs of an incident (null: not known). */
export const INCIDENT_NUMBERS = ['errorBudgetConsumedPercent', 'externalComplaints'] as const;
export type IncidentNumber = (typeof INCIDENT_NUMBERS)[number];

export type Page<T> = { items: T[]; nextCursor?: string | null };

export const PHASES = ['detection', 'investigation', 'mitigation', 'resolution'] as const;
export type Phase = (typeof PHASES)[number];
export type TimelineEvent = {
  id: string; incidentId: string; at: string | null; precision: string; source: string; kind: string; text: string;
  actor: string | null; phase: Phase | null; link: string | null; decisionPoint: boolean; version: number; foldedIds?: string[];
  /** Kept and listed, left out of gaps, numbers and the chart. */
  excluded?: boolean;
};
export type Gap = { from: string; to: string; minutes: number; afterIndex: number };
export type Timeline = { items: TimelineEvent[]; gaps: Gap[]; excluded?: TimelineEvent[] };

export type Revision = { version: number; actor: string; at: string; action: string; changes: Record<string, { from: unknown; to: unknown }> };

export type Finding = { rule: string; severity: string; message: string; line?: number | null; quote?: string | null; section?: string | null; column?: number | null; endColumn?: number | null };
export type Score = { score: number; breakdown?: Record<string, unknown> | unknown[] };
export type Section = { key: string; heading: string; prompt: string; required: boolean; body: string };
export type PostmortemStatus = 'draft' | 'in_review' | 'approved' | 'published';
export type Decision = 'pending' | 'approved' | 'changes_requested';
export type Reviewer = { role: string; user: string | null; decision: Decision; comment: string | null; decidedAt: string | null };
export const CHECKLIST_ITEMS = ['fixDeployed', 'docsUpdated', 'teamNotified', 'effectivenessVerified'] as const;
/** Closure criteria (seed 000); each may instead be marked not applicable. Absent keys are unchecked. */
export type Checklist = Partial<Record<(typeof CHECKLIST_ITEMS)[number] | `${(typeof CHECKLIST_ITEMS)[number]}NotApplicable`, boolean>>;
export type ActionItemStatus = 'open' | 'in_progress' | 'done' | 'wont_do';
export type ActionItem = {
  postmortemId: string; key: string; title: string; category: string; horizon: string | null; priority: string;
  owner: string | null; dueDate: string | null; dueReason: string | null; status: ActionItemStatus; wontDoReason: string | null;
  checklist: Checklist; trackerUrl: string | null; labels?: string[]; overdue: boolean; version: number;
};
export type Postmortem = {
  id: string; incidentId: string; title: string; template: string; status: PostmortemStatus; owner: string | null;
  facilitator: string | null; version: number; sections: Section[]; actionItems: ActionItem[]; reviewers: Reviewer[];
  deadlines?: Record<string, string | null>; deadlinesMet?: Record<string, string>; findings: Finding[]; score: Score | null;
  timeline?: { entries?: { asWritten?: string | null; text: string; phase?: string | null; source?: string | null; decisionPoint?: boolean | null }[] };
  /** Incident events the timeline does not hold yet (refresh adds them). */
  timelineBehind?: number;
  publishedVersions: { number: number; audience: string; publishedAt: string; publishedBy: string }[];
  createdAt: string; updatedAt: string;
};
export type Comment = { id: string; section: string; body: string; author: string; createdAt: string };
export type Redaction = { id: number; detector: string; section: string | null; line: number; text: string; replacement: string; reason: string };
export type PublishPreview = {
  canPublish: boolean; blockers: string[]; markdown: string; redactions: Redaction[];
  kept?: { text: string; count: number }[];
  approval?: { version: number | null; published: { internal?: number; external?: number } };
  legalReview?: { required: boolean; current: boolean; by: string | null; revision: number | null };
};
export type AgendaItem = { topic: string; minutes: number; owner: string };
export type Meeting = {
  agenda: AgendaItem[]; totalMinutes: number; scheduledAt: string | null; preReadDue: string | null; dueBy?: Deadline | string | null;
  recommendedLength?: { minMinutes: number; maxMinutes: number; seed: string } | null; location?: string | null;
  participants: { name: string; role: string }[]; participantNotes?: string[]; notes: string; attendance: string[]; version: number;
};
export type LintResult = { findings: Finding[]; score: Score | number | null };
