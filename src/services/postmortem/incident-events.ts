/** The incident's merged timeline as the post-mortem reads it: duplicates across sources folded. */
import type { DraftEvent } from '../../domain/lifecycle/draft.ts';
import { mergeTimeline } from '../../domain/timeline/merge.ts';
import { listEvents } from '../../store/repositories/timeline.repository.ts';
import type { ServiceContext } from '../context.ts';
import { presentEvent } from '../incident.view.ts';

/** The incident's merged timeline as draft events, in time order. */
export async function incidentTimelineEvents(ctx: ServiceContext, incidentId: string): Promise<DraftEvent[]> {
  const rows = await listEvents(ctx.db, incidentId);
  const { gapMinutes, foldWindowMinutes } = ctx.config.ingest;
  const merged = mergeTimeline(rows.map((r) => ({ ...presentEvent(r), sha: r.sha })), { gapMinutes, foldWindowMinutes });
  return merged.items.map((e) => ({
    at: e.at, precision: e.precision, text: e.text, source: e.source, phase: e.phase, decisionPoint: e.decisionPoint, actor: e.actor,
  }));
}
