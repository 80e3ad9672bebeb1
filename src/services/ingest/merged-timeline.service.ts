/** The merged timeline of an incident: every source and person in one order, duplicates folded, gaps marked. */
import type { Principal } from '../../domain/access/roles.ts';
import { mergeTimeline } from '../../domain/timeline/merge.ts';
import type { FoldReason, TimelineGap } from '../../domain/timeline/merge.types.ts';
import { listEvents, type TimelineEventRow } from '../../store/repositories/timeline.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { loadIncident } from '../incident.service.ts';
import { presentEvent, type EventView } from '../incident.view.ts';

export type MergedItem = EventView & { sha: string | null; foldedIds: string[]; foldReasons: FoldReason[] };

export type SourceSummary = { source: string; events: number; folded: number; first: string | null; last: string | null; deliveries: number };

export type MergedTimelineView = {
  incidentId: string; items: MergedItem[]; gaps: TimelineGap[]; gapMinutes: number; sources: SourceSummary[];
  /** Events a person excluded: listed, never in items, gaps or numbers. */
  excluded: MergedItem[];
};

function summarise(rows: TimelineEventRow[], foldedIds: Set<string>): SourceSummary[] {
  const by = new Map<string, { rows: TimelineEventRow[]; inbox: Set<string> }>();
  for (const r of rows) {
    const entry = by.get(r.source) ?? { rows: [], inbox: new Set<string>() };
    entry.rows.push(r);
    if (r.inboxId !== null) entry.inbox.add(r.inboxId);
    by.set(r.source, entry);
  }
  return [...by.entries()].map(([source, { rows: rs, inbox }]) => {
    const times = rs.map((r) => r.at).filter((d): d is Date => d !== null).map((d) => d.getTime());
    return {
      source,
      events: rs.length,
      folded: rs.filter((r) => foldedIds.has(r.id)).length,
      first: times.length ? new Date(Math.min(...times)).toISOString() : null,
      last: times.length ? new Date(Math.max(...times)).toISOString() : null,
      deliveries: inbox.size,
    };
  }).sort((a, b) => b.events - a.events || a.source.localeCompare(b.source));
}

/** Builds the merged timeline (viewer+): items with the ids they fold and their inbox link, gaps, per-source summary. */
export async function mergedTimeline(ctx: ServiceContext, actor: Principal, incidentId: string): Promise<MergedTimelineView> {
  requireRole(actor, 'viewer', 'reading a timeline');
  await loadIncident(ctx, incidentId);
  const all = await listEvents(ctx.db, incidentId, { withExcluded: true });
  const rows = all.filter((r) => !r.excluded);
  const items = rows.map((r) => ({ ...presentEvent(r), sha: r.sha }));
  const { gapMinutes, foldWindowMinutes } = ctx.config.ingest;
  const merged = mergeTimeline(items, { gapMinutes, foldWindowMinutes });
  const folds = new Map(merged.duplicatesFolded.map((f) => [f.keptId, f]));
  const allFolded = new Set(merged.duplicatesFolded.flatMap((f) => f.foldedIds));
  return {
    incidentId,
    items: merged.items.map((i) => ({ ...i, foldedIds: folds.get(i.id)?.foldedIds ?? [], foldReasons: folds.get(i.id)?.reasons ?? [] })),
    gaps: merged.gaps,
    gapMinutes,
    sources: summarise(rows, allFolded),
    excluded: all.filter((r) => r.excluded).map((r) => ({ ...presentEvent(r), sha: r.sha, foldedIds: [], foldReasons: [] })),
  };
}
