import type { Command } from 'commander';

/** Registers every `debrief` sub-command on the program. */
export function registerCommands(program: Command): void {
  // Each command module adds itself here.
  void program;
}
