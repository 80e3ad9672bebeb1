/** The least an event needs to take part in a merged timeline. */
export type TimelineItem = {
  /** Identity of the raw event (row id, or adapter + index before storage). */
  id: string;
  /** ISO 8601 UTC instant, or null when unknown. */
  at: string | null;
  source: string;
  kind: string;
  text: string;
  idempotencyKey: string | null;
  /** Commit the event is about (git commit, GitHub deployment or push head), when known. */
  sha?: string | null;
};

/** Why two events were taken for one. */
export type FoldReason = 'idempotency_key' | 'sha' | 'same_text';

/** One event kept in place of duplicates, with the raw ids it stands for. */
export type FoldedDuplicate = { keptId: string; foldedIds: string[]; reasons: FoldReason[] };

/** A silence between two consecutive timed events longer than the threshold. */
export type TimelineGap = {
  from: string;
  to: string;
  minutes: number;
  /** Index in `items` of the event before the gap. */
  afterIndex: number;
};

export type MergeOptions = {
  /** Silences longer than this (strictly) are reported as gaps (seed 004: 5 minutes). */
  gapMinutes?: number;
  /** Same sha or same text folds only when the two times are at most this far apart. */
  foldWindowMinutes?: number;
};

export type MergedTimeline<T extends TimelineItem> = {
  items: T[];
  duplicatesFolded: FoldedDuplicate[];
  gaps: TimelineGap[];
};
