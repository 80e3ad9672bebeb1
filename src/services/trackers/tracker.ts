/** What every tracker provides (one module each behind the registry), and how its HTTP failures become job outcomes. */
import type { TrackerName, TrackersConfig } from '../../domain/trackers/config.ts';
import type { IssueContent, TrackedItem } from '../../domain/trackers/issue.ts';

/** An issue in a tracker: `owner/repo#12` or `OPS-12`, and its web address. */
export type IssueRef = { externalId: string; url: string };

export type Tracker = {
  name: TrackerName;
  /** Why the tracker cannot create issues (null when it is configured). */
  unconfigured(cfg: TrackersConfig): string | null;
  /** The issue a previous try already made for this item (found by its marker), or null. */
  findExisting(cfg: TrackersConfig, content: IssueContent, item: TrackedItem): Promise<IssueRef | null>;
  create(cfg: TrackersConfig, content: IssueContent, item: TrackedItem, assignee: string | null): Promise<IssueRef>;
};
