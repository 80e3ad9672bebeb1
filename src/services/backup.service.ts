/** Backup of the whole database (admin): a consistent snapshot while the server runs. */
import type { Principal } from '../domain/access/roles.ts';
import { writeBackup, type BackupSummary } from '../store/backup.ts';
import { requireRole } from './access.ts';
import type { ServiceContext } from './context.ts';

export const APP_VERSION = '0.1.0';

/** Writes a backup through `emit`, line by line (admin only). */
export async function backupDatabase(ctx: ServiceContext, actor: Principal, kind: 'pglite' | 'postgres', emit: (line: string) => void): Promise<BackupSummary> {
  requireRole(actor, 'admin', 'taking a backup');
  return writeBackup(ctx.db, kind, APP_VERSION, ctx.now(), emit);
}
