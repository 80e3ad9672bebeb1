import type { ServiceContext } from '../../services/context.ts';
import type { RouteDef } from '../route.ts';
import { incidentRoutes } from './incident.routes.ts';
import { tokenRoutes } from './token.routes.ts';
import { policyRoutes } from './policy.routes.ts';
import { sessionRoutes } from './session.routes.ts';
import { ingestRoutes } from './ingest.routes.ts';
import { postmortemRoutes } from './postmortem.routes.ts';
import { reviewRoutes } from './review.routes.ts';
import { actionItemRoutes } from './action-item.routes.ts';
import { ingestFileRoutes } from './ingest-file.routes.ts';
import { postmortemTimelineRoutes } from './postmortem-timeline.routes.ts';
import { adminRoutes } from './admin.routes.ts';
import { learningRoutes } from './learning.routes.ts';
import { jobsRoutes } from './jobs.routes.ts';
import { notifyRoutes } from './notify.routes.ts';
import { evidenceRoutes } from './evidence.routes.ts';
import { trackerRoutes } from './trackers.routes.ts';
import { directoryRoutes } from './directory.routes.ts';
import { communicationRoutes } from './communications.routes.ts';
import { meRoutes } from './me.routes.ts';

/** Every declared API route. */
export function allRoutes(ctx: ServiceContext): RouteDef[] {
  return [...incidentRoutes(ctx), ...tokenRoutes(ctx), ...policyRoutes(ctx), ...sessionRoutes(ctx), ...ingestRoutes(ctx),
    ...postmortemRoutes(ctx), ...reviewRoutes(ctx), ...actionItemRoutes(ctx), ...ingestFileRoutes(ctx),
    ...postmortemTimelineRoutes(ctx), ...adminRoutes(ctx), ...learningRoutes(ctx), ...jobsRoutes(ctx), ...notifyRoutes(ctx), ...evidenceRoutes(ctx), ...trackerRoutes(ctx), ...directoryRoutes(ctx), ...communicationRoutes(ctx), ...meRoutes(ctx)];
}
