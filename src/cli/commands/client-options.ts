import type { Command } from 'commander';

export type GlobalClientOptions = { server?: string; token?: string; config?: string };

/** Options every command that talks to Debrief accepts (falling back to DEBRIEF_URL / DEBRIEF_TOKEN). */
export function addClientOptions(cmd: Command): Command {
  return cmd
    .option('--server <url>', 'Debrief server URL (default: $DEBRIEF_URL, else the server holding the data directory, else in-process)')
    .option('--token <token>', 'API token (default: $DEBRIEF_TOKEN)')
    .option('-c, --config <file>', 'config file (default: ./debrief.config.yaml)');
}
