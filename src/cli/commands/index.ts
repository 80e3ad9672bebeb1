import type { Command } from 'commander';
import { registerServeCommands } from './serve.command.ts';
import { registerTokenCommand } from './token.command.ts';
import { registerIncidentCommand } from './incident.command.ts';
import { registerPolicyCommand } from './policy.command.ts';
import { registerIngestCommand } from './ingest.command.ts';
import { registerLintCommand } from './lint.command.ts';
import { registerParseCommand } from './parse.command.ts';
import { registerNewCommand } from './new.command.ts';
import { registerPostmortemCommand } from './postmortem.command.ts';
import { registerActionCommand } from './action.command.ts';
import { registerSyncCommands } from './sync.command.ts';
import { registerSearchCommand } from './search.command.ts';
import { registerSimilarCommand } from './similar.command.ts';
import { registerReportCommand } from './report.command.ts';
import { registerBackupCommands } from './backup.command.ts';
import { registerJobsCommand } from './jobs.command.ts';
import { registerNotifyCommand } from './notify.command.ts';
import { registerPeopleCommands } from './people.command.ts';
import { registerCommsCommand } from './comms.command.ts';
import { registerEvidenceCommand } from './evidence.command.ts';
import { registerWorkCommand } from './work.command.ts';
import { registerEventCommand } from './event.command.ts';

/** Registers every `debrief` sub-command on the program. */
export function registerCommands(program: Command): void {
  registerServeCommands(program);
  registerTokenCommand(program);
  registerIncidentCommand(program);
  registerPolicyCommand(program);
  registerIngestCommand(program);
  registerLintCommand(program);
  registerParseCommand(program);
  registerNewCommand(program);
  registerPostmortemCommand(program);
  registerActionCommand(program);
  registerSyncCommands(program);
  registerSearchCommand(program);
  registerSimilarCommand(program);
  registerReportCommand(program);
  registerBackupCommands(program);
  registerJobsCommand(program);
  registerNotifyCommand(program);
  registerPeopleCommands(program);
  registerCommsCommand(program);
  registerEvidenceCommand(program);
  registerWorkCommand(program);
  registerEventCommand(program);
  // Each command module adds itself here.
}
