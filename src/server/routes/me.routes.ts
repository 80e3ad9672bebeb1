/** HTTP route for "my work": what waits for the signed-in person. */
import { myWorkSchema } from '../../domain/work/contract.ts';
import type { ServiceContext } from '../../services/context.ts';
import { myWork } from '../../services/my-work.service.ts';
import { route, type RouteDef } from '../route.ts';

/** The /api/v1/me routes. */
export function meRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/me/work', tag: 'users', auth: 'token',
      summary: 'What waits for me: reviews requested of me, my action items by due date, post-mortems I own with their next deadline, my team\'s overdue items, and the count shown in the navigation',
      response: myWorkSchema,
      handler: async ({ actor }) => myWork(ctx, actor),
    }),
  ];
}
