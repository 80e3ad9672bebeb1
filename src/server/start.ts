/** Starts a Debrief server: config, database (with its lock), app, listen; stops cleanly on signals. */
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config/config.ts';
import { openDatabase, redactUrl, type Database } from '../store/database.ts';
import { privateUmask } from '../store/data-dir-mode.ts';
import { isFreshInstall } from '../store/repositories/token.repository.ts';
import { createActivity } from '../jobs/activity.ts';
import { createLogger } from './logger.ts';
import { holdEventLoop, startupSteps } from './startup.ts';

/** The app and its background work: loaded while the embedded database boots (both take about a second). */
async function loadServerModules() {
  const [{ buildApp }, { startBackupSchedule }, { startJobRunner }, { startSearchReindex }, { startVacuumMaintenance }] = await Promise.all([
    import('./app.ts'), import('../jobs/backup-scheduler.ts'), import('../jobs/job-runner-lifecycle.ts'), import('../jobs/search-reindex.ts'),
    import('../jobs/vacuum-maintenance.ts'),
  ]);
  return { buildApp, startBackupSchedule, startJobRunner, startSearchReindex, startVacuumMaintenance };
}

export type RunningServer = { app: FastifyInstance; database: Database; url: string; stop(): Promise<void> };

/** A database whose open the CLI started before loading the server (`debrief serve`, src/cli/early-open.ts). */
export type EarlyDatabase = { opening: Promise<Database>; startedAt: number };

/** Opens the database (or takes the one opening early for this directory), builds the app and listens on the configured port. */
export async function startServer(config: AppConfig, early: EarlyDatabase | null = null): Promise<RunningServer> {
  // Until the server listens (its socket then keeps the event loop turning), see holdEventLoop.
  const release = holdEventLoop();
  try {
    return await start(config, early);
  } finally {
    release();
  }
}

async function start(config: AppConfig, early: EarlyDatabase | null): Promise<RunningServer> {
  // JSON lines for log collectors; pretty lines (pino-pretty) for a person at a terminal. One format per run, never both.
  const pretty = config.logFormat === 'pretty' || (config.logFormat === 'auto' && process.stdout.isTTY === true);
  // JSON lines are written to stdout off the request's path (sonic-boom, asynchronous): a synchronous write per request
  // cost 0.24 ms of each list request on this machine. Lines written while one write is in flight go out together with
  // the next; pino flushes what is left when the process exits (signals, exceptions, exit), so only a kill -9 or a
  // power cut can lose the last lines, never data.
  const stream = pretty
    ? (await import('pino-pretty')).default({ colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' })
    : pino.destination({ dest: 1, sync: false });
  const logger = createLogger(config.logLevel, stream);
  // Files the server creates from now on (WAL segments, relations, the lock) are private to its user.
  privateUmask();
  const { steps, mark } = startupSteps();
  if (early) steps['databaseOpenStarted'] = early.startedAt;
  else mark('databaseOpenStarted');
  const opening = (early?.opening ?? openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, command: 'debrief serve', migrate: false }))
    .then(async (d) => {
      mark('databaseOpen');
      try {
        await d.migrate();
      } catch (e) {
        await d.close();
        throw e;
      }
      mark('migrations');
      return d;
    });
  let modules: Awaited<ReturnType<typeof loadServerModules>>;
  try {
    modules = await loadServerModules();
    mark('modules');
  } catch (e) {
    await opening.then((d) => d.close(), () => undefined);
    throw e;
  }
  const { buildApp, startBackupSchedule, startJobRunner, startSearchReindex, startVacuumMaintenance } = modules;
  const database = await opening;
  const localToken = `dbl_${randomBytes(32).toString('base64url')}`;
  const ctx = { db: database.db, config, now: () => new Date() };
  // Requests in flight, so background work steps aside while people wait.
  const activity = createActivity();
  let app: FastifyInstance;
  try {
    app = await buildApp({ ctx, logger, localToken, poolStats: database.poolStats, activity });
    mark('app');
    await app.listen({ port: config.port, host: config.host });
    mark('listen');
  } catch (e) {
    await database.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}`;
  database.lock?.update({ url, localToken });
  const stopBackups = startBackupSchedule(ctx, logger);
  // Notifications, tracker calls and webhook deliveries, queued as jobs: what a stopped or killed server
  // left is run now (a killed server's claims once their lease ends), then on a timer and when work arrives.
  const stopJobs = startJobRunner(ctx, logger, activity);
  const stopReindex = startSearchReindex(ctx, logger, activity);
  // PGlite runs no autovacuum: tables never vacuumed (restored, imported) are, a minute after the start, then every 6 hours.
  const stopVacuum = startVacuumMaintenance(ctx, logger, activity);
  mark('background');
  logger.info({ url, database: database.kind === 'pglite' ? `pglite:${config.dataDir}` : redactUrl(config.databaseUrl ?? ''), startupMs: steps }, 'Debrief is listening');
  if (await isFreshInstall(database.db, new Date())) {
    logger.warn('Fresh install: no users or API tokens yet. Open the web app to create the first admin, or run `npx debrief token create --role admin --name me` in this directory (it talks to this server) and keep the token it prints.');
  }
  let stopped = false;
  return {
    app, database, url,
    async stop() {
      if (stopped) return;
      stopped = true;
      stopBackups();
      await stopJobs();
      await stopReindex();
      await stopVacuum();
      await app.close();
      await database.close();
    },
  };
}
