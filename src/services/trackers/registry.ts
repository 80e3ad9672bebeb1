/** The trackers by name. */
import type { TrackerName } from '../../domain/trackers/config.ts';
import { githubTracker } from './github.tracker.ts';
import { jiraTracker } from './jira.tracker.ts';
import type { Tracker } from './tracker.ts';

export const TRACKERS: ReadonlyMap<TrackerName, Tracker> = new Map([githubTracker, jiraTracker].map((t) => [t.name, t]));

/** The job that creates one action item's issue. */
export const TRACKER_JOB = 'tracker.create';
