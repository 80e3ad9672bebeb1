import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { takeEarlyDatabase } from '../early-open.ts';

/** `debrief serve` and `debrief migrate`. */
export function registerServeCommands(program: Command): void {
  program.command('serve')
    .description('Start the Debrief server (PORT, DEBRIEF_DATA_DIR, DATABASE_URL, debrief.config.yaml)')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)')
    .option('--host <host>', 'interface to bind (default: $HOST or 127.0.0.1)')
    .option('--data-dir <dir>', 'data directory for the embedded database (default: $DEBRIEF_DATA_DIR or ./data)')
    .option('-c, --config <file>', 'config file (default: ./debrief.config.yaml)')
    .action(async (opts: { port?: string; host?: string; dataDir?: string; config?: string }) => {
      const env = { ...process.env };
      if (opts.port !== undefined) env['PORT'] = opts.port;
      if (opts.host !== undefined) env['HOST'] = opts.host;
      if (opts.dataDir !== undefined) env['DEBRIEF_DATA_DIR'] = opts.dataDir;
      const config = loadConfig({ env, file: opts.config });
      const { startServer } = await import('../../server/start.ts');
      // The database main.ts started opening for this directory, if it did (early-open.ts).
      const server = await startServer(config, takeEarlyDatabase(config.dataDir));
      // On standard error, for the person who started it (and scripts waiting for the URL); the logs go to standard output.
      process.stderr.write(`Debrief is running at ${server.url} (API docs: ${server.url}/api/docs)\n`);
      const stop = (signal: string) => {
        process.stderr.write(`\n${signal}: stopping Debrief…\n`);
        server.stop().then(() => process.exit(0), () => process.exit(1));
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });

  program.command('migrate')
    .description('Apply pending database migrations, then exit')
    .option('-c, --config <file>', 'config file')
    .action(async (opts: { config?: string }) => {
      const config = loadConfig({ file: opts.config });
      const { openDatabase } = await import('../../store/database.ts');
      const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, command: 'debrief migrate' });
      await database.close();
      process.stderr.write(`migrations applied (${database.kind === 'pglite' ? config.dataDir : 'PostgreSQL'})\n`);
    });
}
