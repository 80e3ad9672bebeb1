/**
 * Complete API shapes for component tests, typed by the server's contract (src/domain): a
 * test spells out only what it is about, and a change to a shape shows up here once.
 */
import {
  INCIDENT_FLAGS, type ActionItem, type Deadline, type Finding, type Incident, type IncidentPolicy, type Postmortem,
  type Reviewer, type Score, type TimelineEvent, type User,
} from '../contract.ts';

const T0 = '2026-01-10T10:00:00Z';

/** A signed-in user. */
export const buildUser = (over: Partial<User> = {}): User => ({
  id: 'u1', username: 'ada', displayName: 'Ada', role: 'editor', createdAt: '2026-01-01T00:00:00Z', active: true, deactivatedAt: null, ...over,
});

/** The numbers of an incident nothing is known about yet. */
export const buildMetrics = (over: Partial<IncidentPolicy['metrics']> = {}): IncidentPolicy['metrics'] => ({
  keyTimes: {}, ongoing: true, durationMinutes: null, timeToDetectMinutes: null, timeToAcknowledgeMinutes: null, timeToMitigateMinutes: null,
  timeToResolveMinutes: null, customerImpactMinutes: null, errorBudgetConsumedPercent: null, errorBudget: null, warnings: [], ...over,
});

/** A deadline of the default policy. */
export const buildDeadline = (over: Partial<Deadline> = {}): Deadline => ({
  rule: 'published', label: 'post-mortem published', seed: '000', at: null, after: '5d', basis: 'resolvedAt', basisUsed: null, quote: '',
  explanation: '', provisional: true, waitingFor: [], candidates: [], met: null, ...over,
});

/** A policy answer: optional, nothing pending. */
export const buildPolicy = (over: Partial<IncidentPolicy> = {}): IncidentPolicy => ({
  severity: null, type: null, verdict: { level: 'optional', reasons: [], unknown: [], pending: [] }, deadlines: {},
  metrics: buildMetrics(), meeting: null, focus: null, ...over,
});

/** An incident under investigation with nothing known. */
export const buildIncident = (over: Partial<Incident> = {}): Incident => ({
  id: 'INC-2026-01-10-001', title: 'Checkout errors', summary: '', severity: 'SEV-3', type: 'other', status: 'investigating',
  nextStatuses: ['mitigated'], primaryService: 'checkout', services: ['checkout'], environments: ['prod'], commander: null,
  ...(Object.fromEntries(INCIDENT_FLAGS.map((k) => [k, null])) as Record<(typeof INCIDENT_FLAGS)[number], null>),
  errorBudgetConsumedPercent: null, externalComplaints: null,
  declaredAt: T0, startedAt: null, detectedAt: null, acknowledgedAt: null, mitigatedAt: null, resolvedAt: null, closedAt: null,
  timeSources: {}, slo: null, cycles: [], groupKey: null, createdBy: 'ada', version: 1, createdAt: T0, updatedAt: '2026-01-10T11:00:00Z',
  policy: buildPolicy(), ...over,
});

/** A timeline event typed by a person. */
export const buildEvent = (over: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: 'e1', incidentId: 'INC-2026-01-10-001', at: T0, precision: 'minute', source: 'manual', kind: 'note', text: 'event', actor: null,
  phase: null, link: null, decisionPoint: false, idempotencyKey: 'k', inboxId: null, editedByHuman: false, excluded: false, createdBy: 'ada',
  version: 1, createdAt: T0, updatedAt: T0, ...over,
});

/** An open action item. */
export const buildActionItem = (over: Partial<ActionItem> = {}): ActionItem => ({
  postmortemId: 'INC-2026-01-10-001', key: 'A1', title: 'Alert on queue age above 5 minutes', category: 'detect', horizon: 'short-term',
  priority: 'P1', owner: 'ada', team: null, dueDate: '2026-01-17', dueReason: null, status: 'open', wontDoReason: null, checklist: {},
  trackerUrl: null, labels: ['postmortem', 'INC-2026-01-10-001'], overdue: false, completedAt: null, version: 1, createdAt: T0, updatedAt: T0,
  ...over,
});

/** A reviewer slot waiting for a decision. */
export const buildReviewer = (over: Partial<Reviewer> = {}): Reviewer => ({
  role: 'incident commander', user: null, decision: 'pending', comment: null, decidedAt: null, required: true, ...over,
});

/** A quality score with no breakdown. */
export const buildScore = (score = 90): Score => ({ score, breakdown: [] });

/** A finding of the linter. */
export const buildFinding = (over: Partial<Finding> = {}): Finding => ({
  rule: 'blame', severity: 'warning', message: 'blames a person', line: 1, quote: '', sectionHeading: null, ...over,
});

/** A draft post-mortem with no sections. */
export const buildPostmortem = (over: Partial<Postmortem> = {}): Postmortem => ({
  id: 'INC-2026-01-10-001', incidentId: 'INC-2026-01-10-001', title: 'Checkout errors', template: 'full', status: 'draft',
  owner: 'ada', facilitator: null, due: {}, version: 1, createdAt: T0, updatedAt: '2026-01-10T11:00:00Z',
  severity: 'SEV-3', incidentDate: '2026-01-10', sections: [], timeline: { entries: [], outOfOrder: false }, timelineBehind: 0,
  actionItems: [], reviewers: [], legalReviewed: false, deadlines: {}, deadlinesMet: {}, findings: [], score: buildScore(), publishedVersions: [],
  ...over,
});
