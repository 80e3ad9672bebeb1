/** Backup of the whole database (admin): a consistent snapshot while the server runs, streamed. */
import { PassThrough, type Readable } from 'node:stream';
import type { Principal } from '../domain/access/roles.ts';
import { writeBackup } from '../store/backup.ts';
import { requireRole } from './access.ts';
import type { ServiceContext } from './context.ts';

export const APP_VERSION = '0.1.0';

/** Resolves once `out` can take more, rejects when it was closed first (the reader went away). */
function drained(out: PassThrough): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (): void => { out.off('drain', onDrain); out.off('close', onClose); };
    const onDrain = (): void => { done(); resolve(); };
    const onClose = (): void => { done(); reject(new Error('the backup reader went away')); };
    out.once('drain', onDrain);
    out.once('close', onClose);
  });
}

/**
 * A backup as a stream of JSON lines (admin only: checked before the first byte). Lines are
 * read from the database as the reader takes them; when the reader goes away the snapshot's
 * transaction ends. A failure part-way destroys the stream, so the file has no end line and
 * `debrief restore` refuses it.
 */
export function backupStream(ctx: ServiceContext, actor: Principal, kind: 'pglite' | 'postgres'): Readable {
  requireRole(actor, 'admin', 'taking a backup');
  const out = new PassThrough();
  writeBackup(ctx.db, kind, APP_VERSION, ctx.now(), async (line) => {
    if (out.destroyed) throw new Error('the backup reader went away');
    if (!out.write(`${line}\n`)) await drained(out);
  }).then(() => out.end(), (e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))));
  return out;
}
