/**
 * Entry point of the `debrief` command. Each command lives in its own module under
 * commands/ and registers itself on the program; errors are caught in program.ts.
 */
import { registerCommands } from './commands/index.ts';
import { createProgram, runProgram } from './program.ts';

const program = createProgram();
registerCommands(program);
await runProgram(program, process.argv);
