/**
 * Entry point of the `debrief` command. Each command lives in its own module under
 * commands/ and registers itself on the program; errors are caught in program.ts.
 */
import { closeEarlyDatabase, openDatabaseEarly } from './early-open.ts';

// `debrief serve` on an existing database starts opening it now, while the commands and the server load.
await openDatabaseEarly(process.argv.slice(2));
const [{ registerCommands }, { createProgram, runProgram }] = await Promise.all([import('./commands/index.ts'), import('./program.ts')]);
const program = createProgram();
registerCommands(program);
await runProgram(program, process.argv);
// A database opened early that the server did not take (the command line was refused, or the start failed).
await closeEarlyDatabase();
