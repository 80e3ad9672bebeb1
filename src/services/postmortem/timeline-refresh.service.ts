/** The post-mortem's timeline is the incident's: refresh it from the merged timeline, keeping the author's entries. */
import type { Principal } from '../../domain/access/roles.ts';
import { refreshTimeline } from '../../domain/lifecycle/timeline-refresh.ts';
import type { PostmortemDoc } from '../../domain/postmortem/document.types.ts';
import type { ServiceContext } from '../context.ts';
import { incidentTimelineEvents } from './incident-events.ts';
import { loadPostmortem, requireEditRights, saveChange, viewPostmortem } from './postmortem.service.ts';
import type { PostmortemView } from './postmortem.view.ts';

export type TimelineRefreshView = PostmortemView & { refresh: { added: number; kept: number } };

/** Adds the incident's events that the document does not hold yet (editor or owner); the author's entries stay as written. */
export async function refreshPostmortemTimeline(ctx: ServiceContext, actor: Principal, id: string, version: number): Promise<TimelineRefreshView> {
  const current = await loadPostmortem(ctx, id);
  requireEditRights(actor, current, 'refreshing a post-mortem timeline');
  const doc = structuredClone(current.doc) as unknown as PostmortemDoc;
  const result = refreshTimeline(doc.timeline.entries, await incidentTimelineEvents(ctx, current.incidentId));
  let row = current;
  if (result.added > 0) {
    doc.timeline = { entries: result.entries, outOfOrder: false };
    row = await saveChange(ctx, actor, current, version, { doc }, { timeline: { from: result.kept, to: result.entries.length } }, 'timeline:refresh', true);
  } else if (current.version !== version) {
    row = await saveChange(ctx, actor, current, version, {}, {}, 'timeline:refresh', false);
  }
  return { ...(await viewPostmortem(ctx, row)), refresh: { added: result.added, kept: result.kept } };
}
