/** Every kind of background job and its handler: the runner's registry (one entry per kind). */
import type { JobKind } from './job-runner.ts';
import { INGEST_JOB, ingestJobKind } from '../services/ingest/inbox.job.ts';
import { NOTIFY_JOB, sendNotificationJob } from '../services/notify/registry.ts';
import { TRACKER_JOB } from '../services/trackers/registry.ts';
import { createTrackerIssueJob } from '../services/trackers/tracker.service.ts';

/** The handlers the server runs. Kinds added by the notification channels, trackers and the webhook inbox register here. */
export function jobHandlers(): Map<string, JobKind> {
  return new Map<string, JobKind>([[NOTIFY_JOB, sendNotificationJob], [TRACKER_JOB, createTrackerIssueJob], [INGEST_JOB, ingestJobKind]]);
}
