/**
 * The `debrief` program and how a run of it ends: shared by the full CLI (main.ts) and the
 * start-up snapshot of `debrief lint` (lint.snapshot.ts), so both answer alike. Errors are
 * caught only here.
 */
import { Command, CommanderError } from 'commander';
import { isAppError } from '../domain/errors.ts';
import { CliError } from './cli-error.ts';

/** The program with its name, description, version and error behaviour; commands are added by the caller. */
export function createProgram(): Command {
  return new Command('debrief')
    .description('Debrief: blameless post-mortems from the first alert to follow-through.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
}

/** Parses argv ([node, script, ...args]) and runs the command; sets process.exitCode on errors, never throws. */
export async function runProgram(program: Command, argv: readonly string[]): Promise<void> {
  // Output piped into a reader that stopped early (`debrief … | head`): stop quietly, as Unix tools do, not with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; usage errors exit 2 (commander already printed them).
      process.exitCode = err.exitCode === 0 ? 0 : 2;
    } else if (err instanceof CliError) {
      process.stderr.write(`debrief: ${err.message}\n`);
      process.exitCode = err.exitCode;
    } else if (isAppError(err)) {
      process.stderr.write(`debrief: ${err.message}\n`);
      const errors = err.details['errors'];
      if (Array.isArray(errors)) {
        for (const p of errors as { path: string; message: string }[]) process.stderr.write(`  - ${p.path}: ${p.message}\n`);
      }
      process.exitCode = 1;
    } else {
      process.stderr.write(`debrief: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    }
  }
}
