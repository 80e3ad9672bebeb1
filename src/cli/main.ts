/**
 * Entry point of the `debrief` command. Each command lives in its own module under
 * commands/ and registers itself on the program; errors are caught only here.
 */
import { Command, CommanderError } from 'commander';
import { isAppError } from '../domain/errors.ts';
import { CliError } from './cli-error.ts';
import { registerCommands } from './commands/index.ts';

const program = new Command('debrief')
  .description('Debrief: blameless post-mortems from the first alert to follow-through.')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

registerCommands(program);

// Output piped into a reader that stopped early (`debrief … | head`): stop quietly, as Unix tools do, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

try {
  await program.parseAsync(process.argv);
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
