/** Administration routes: the backup of the whole database. */
import type { ServiceContext } from '../../services/context.ts';
import { backupStream } from '../../services/backup.service.ts';
import { databaseKind } from '../../store/database.ts';
import { route, type RouteDef } from '../route.ts';

/** Admin routes under /api/v1/admin. */
export function adminRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/admin/backup', tag: 'admin', auth: 'token', produces: 'application/x-ndjson',
      summary: 'A consistent backup of every table while the server runs (admin): JSON lines with a header and a checksummed end line, streamed as they are read (a backup cut short has no end line); `debrief backup FILE` gzips it',
      handler: async ({ actor, reply }) => {
        const body = backupStream(ctx, actor, databaseKind(ctx.db));
        reply.type('application/x-ndjson').header('content-disposition', 'attachment; filename="debrief-backup.jsonl"');
        return reply.send(body);
      },
    }),
  ];
}
