/** Every kind of background job and its handler: the runner's registry (one entry per kind). */
import type { JobHandler } from './job-runner.ts';
import { NOTIFY_JOB, sendNotificationJob } from '../services/notify/registry.ts';
import { TRACKER_JOB } from '../services/trackers/registry.ts';
import { createTrackerIssueJob } from '../services/trackers/tracker.service.ts';

/** The handlers the server runs. Kinds added by the notification channels and trackers register here. */
export function jobHandlers(): Map<string, JobHandler> {
  return new Map<string, JobHandler>([[NOTIFY_JOB, sendNotificationJob], [TRACKER_JOB, createTrackerIssueJob]]);
}
