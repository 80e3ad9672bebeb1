/** Whether an incident has a post-mortem yet: the incident page asks this without a 404 when it has none. */
import type { Principal } from '../../domain/access/roles.ts';
import { findPostmortem } from '../../store/repositories/postmortem.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { loadIncident } from '../incident.service.ts';

export type IncidentPostmortemRef = { id: string; title: string; status: string; version: number };

/** The incident's post-mortem (id, title, status, version) or null when none was started (viewer+; unknown incident → 404). */
export async function incidentPostmortem(ctx: ServiceContext, actor: Principal, incidentId: string): Promise<{ incidentId: string; postmortem: IncidentPostmortemRef | null }> {
  requireRole(actor, 'viewer', 'reading an incident');
  await loadIncident(ctx, incidentId);
  const pm = await findPostmortem(ctx.db, incidentId);
  return { incidentId, postmortem: pm && pm.incidentId === incidentId ? { id: pm.id, title: pm.title, status: pm.status, version: pm.version } : null };
}
