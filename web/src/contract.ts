/**
 * The API shapes the browser reads, re-exported from the server's zod contract in
 * src/domain (one schema per shape; the API tests parse every answer with it). Nothing is
 * declared here: a shape the web app needs is added to its domain module, then re-exported.
 * Values (lists, labels) come from plain modules without zod, so the first load stays small.
 */
export { ROLES, type Role } from '../../src/domain/access/roles.ts';
export type { SessionState, SessionView as Session, SetupState, UserList, UserView as User } from '../../src/domain/access/user.view.ts';
export { INCIDENT_STATUSES, type IncidentStatus } from '../../src/domain/incident/incident-status.ts';
export {
  FLAG_LABELS, INCIDENT_FLAGS, INCIDENT_NUMBERS, KEY_TIMES, type IncidentFlag, type IncidentNumber, type KeyTime,
} from '../../src/domain/incident/incident-fields.ts';
export type {
  DeletedEvents, EventList, EventView as TimelineEvent, IncidentView as Incident, RevisionList, RevisionView as Revision,
} from '../../src/domain/incident/incident.view.ts';
export { INCIDENT_TYPES } from '../../src/domain/policy/incident-types.ts';
export type {
  DeadlineProgressView as Deadline, IncidentPolicyView as IncidentPolicy, VerdictReasonView as PolicyReason,
} from '../../src/domain/policy/evaluation.view.ts';
export type { PolicyView } from '../../src/domain/policy/describe.ts';
export { PHASES, type Phase } from '../../src/domain/timeline/event.types.ts';
export type {
  MergedItemView as MergedTimelineItem, MergedTimelineView as Timeline, TimelineGapView as Gap,
} from '../../src/domain/timeline/timeline.view.ts';
export type {
  ActionItemView as ActionItem, ChecklistView as Checklist, FindingView as Finding, IncidentPostmortemLink, LintResult,
  PostmortemList, PostmortemSummary, PostmortemView as Postmortem, QualityScoreView as Score,
  ReviewerView as Reviewer, SectionView as Section,
} from '../../src/domain/postmortem/postmortem.view.ts';
export { sectionRef } from '../../src/domain/postmortem/section-ref.ts';
export { CHECKLIST_ITEMS, type ActionStatus as ActionItemStatus } from '../../src/domain/lifecycle/action-item.ts';
export type { PostmortemStatus, ReviewDecision as Decision } from '../../src/domain/lifecycle/postmortem-status.ts';
export type { ActionItemList } from '../../src/domain/lifecycle/action-item.view.ts';
export type {
  AgendaItem, CommentList, CommentView as Comment, MeetingView as Meeting, PublicationView as Publication, PublishPreview, PublishResult,
  RedactionView as Redaction,
} from '../../src/domain/postmortem/review.view.ts';
export type { JobList as Jobs, JobView as Job } from '../../src/domain/jobs/job.view.ts';
export type { AddressList, AddressView as Address, TeamList, TeamView as Team } from '../../src/domain/notify/directory.view.ts';
export type { WeeklyReviewView as WeeklyReview } from '../../src/domain/lifecycle/action-item.view.ts';
export type { FileIngestOutcome, OutlierView as Outlier } from '../../src/domain/timeline/ingest.view.ts';
export type {
  ChannelList as Channels, ChannelSettingsAnswer as ChannelSettings, ChannelState,
} from '../../src/domain/notify/channel.view.ts';
export type { TrackerList as Trackers, TrackerStateView as TrackerState } from '../../src/domain/trackers/tracker.view.ts';
export type { CitedEvidence, EvidenceList } from '../../src/domain/evidence/evidence.view.ts';
export type { AddEvent as NewEvent, EditEvent as EventChanges } from '../../src/domain/incident/incident.schema.ts';
