/**
 * The deadline table of the seeds: for each milestone, what each seed asks, counted from
 * which key time, for which severities. `deadlines.strategy` picks among them (the
 * strictest by default). Quotes are the seeds' own words.
 */

export const MILESTONES = [
  'owner',
  'meeting',
  'draft',
  'published',
  'actionItems',
  'followUpReview',
  'openItemsReview',
] as const;

export type Milestone = (typeof MILESTONES)[number];

/** The key time a deadline counts from. `startedAt` falls back to `detectedAt`. */
export const DEADLINE_BASES = ['resolvedAt', 'startedAt', 'detectedAt'] as const;

export type DeadlineBasis = (typeof DEADLINE_BASES)[number];

/** One row of the table (the config form: `after` is a period such as `48h`). */
export type DeadlineSourceConfig = {
  milestone: Milestone;
  seed: string;
  after: string;
  basis: DeadlineBasis;
  severities: string[] | 'any';
  quote: string;
};

export const MILESTONE_LABELS: Record<Milestone, string> = {
  owner: 'post-mortem owner assigned',
  meeting: 'post-mortem meeting held',
  draft: 'draft written',
  published: 'final post-mortem published',
  actionItems: 'action items done (or planned)',
  followUpReview: 'follow-up review of action items',
  openItemsReview: 'open action items reviewed',
};

/** Default deadline sources, seeds 000, 001 and 002. */
export const DEFAULT_DEADLINE_SOURCES: DeadlineSourceConfig[] = [
  { milestone: 'owner', seed: '001', after: '0h', basis: 'resolvedAt', severities: 'any', quote: 'Immediately: Assign post-mortem owner' },
  { milestone: 'owner', seed: '002', after: '24h', basis: 'resolvedAt', severities: 'any', quote: 'Initiation (Within 24 hours of resolution): Incident Owner assigned as author' },

  { milestone: 'meeting', seed: '000', after: '24h', basis: 'resolvedAt', severities: ['SEV-1'], quote: 'Schedule within 24 hours for SEV-1' },
  { milestone: 'meeting', seed: '000', after: '48h', basis: 'resolvedAt', severities: ['SEV-2'], quote: 'Schedule within 48 hours for SEV-2' },
  { milestone: 'meeting', seed: '001', after: '48h', basis: 'resolvedAt', severities: 'any', quote: 'Post-Mortem Meeting (within 48h)' },
  { milestone: 'meeting', seed: '002', after: '2w', basis: 'resolvedAt', severities: 'any', quote: 'Team Discussion (Week 2): Schedule 60-minute team meeting' },

  { milestone: 'draft', seed: '000', after: '24h', basis: 'resolvedAt', severities: ['SEV-1'], quote: 'SEV-1 (Critical) | Always | Within 24 hours' },
  { milestone: 'draft', seed: '000', after: '48h', basis: 'resolvedAt', severities: ['SEV-2'], quote: 'SEV-2 (High) | Always | Within 48 hours' },
  { milestone: 'draft', seed: '000', after: '1w', basis: 'resolvedAt', severities: ['SEV-3'], quote: 'SEV-3 (Medium) | If SLO breached or data affected | Within 1 week' },
  { milestone: 'draft', seed: '001', after: '48h', basis: 'resolvedAt', severities: 'any', quote: 'Within 48 hours: Complete draft post-mortem' },
  { milestone: 'draft', seed: '002', after: '5d', basis: 'startedAt', severities: 'any', quote: 'Writing Phase (Days 1-5)' },

  { milestone: 'published', seed: '000', after: '72h', basis: 'resolvedAt', severities: ['SEV-1'], quote: 'Finalize (24-48 hours after meeting); meeting within 24 hours for SEV-1' },
  { milestone: 'published', seed: '000', after: '96h', basis: 'resolvedAt', severities: ['SEV-2'], quote: 'Finalize (24-48 hours after meeting); meeting within 48 hours for SEV-2' },
  { milestone: 'published', seed: '001', after: '1w', basis: 'resolvedAt', severities: 'any', quote: 'Within 1 week: Publish final post-mortem' },
  { milestone: 'published', seed: '002', after: '1w', basis: 'startedAt', severities: 'any', quote: 'Timeline: Must be completed within 1 week of incident' },

  { milestone: 'actionItems', seed: '001', after: '2w', basis: 'resolvedAt', severities: 'any', quote: 'Within 2 weeks: Complete all action items (or have plan)' },

  { milestone: 'followUpReview', seed: '001', after: '2w', basis: 'resolvedAt', severities: 'any', quote: 'Schedule follow-up (2 weeks out)' },

  { milestone: 'openItemsReview', seed: '000', after: '1w', basis: 'resolvedAt', severities: 'any', quote: 'Weekly review of action item status' },
  { milestone: 'openItemsReview', seed: '001', after: '1mo', basis: 'resolvedAt', severities: 'any', quote: 'Monthly: Review open action items' },
  { milestone: 'openItemsReview', seed: '002', after: '1mo', basis: 'resolvedAt', severities: 'any', quote: 'Track action item completion monthly' },
];
