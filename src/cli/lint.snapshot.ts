/**
 * Entry of the start-up snapshot of `debrief lint` (built by bin/build-cli.js into
 * dist/lint/lint-<node version>-<platform>-<arch>.blob, started by bin/debrief.js). Building the snapshot runs
 * this module: it loads the linter, its rules and models, the Markdown reader and the packages they use;
 * V8 saves that heap, and each `debrief lint` starts from it instead of loading and compiling about a
 * megabyte of code. Nothing is linted while building: with '--no-regexp-tier-up' a regular expression that
 * has run holds machine code, which a snapshot cannot keep.
 *
 * Nothing here may hold the build machine's state: the program is made, and the working directory,
 * arguments, environment and configuration are read, only when the snapshot starts (the function
 * given to setDeserializeMainFunction).
 */
import v8 from 'node:v8';
import { registerLintCommand } from './commands/lint.command.ts';
import * as lintRun from './commands/lint.run.ts';
import { createProgram, runProgram } from './program.ts';

v8.startupSnapshot.setDeserializeMainFunction(() => {
  const program = createProgram();
  registerLintCommand(program, () => Promise.resolve(lintRun));
  // Started as `node --snapshot-blob <blob> lint <paths…>`: process.argv is [node, 'lint', …].
  void runProgram(program, [process.argv[0] ?? 'node', 'debrief', ...process.argv.slice(1)]);
});
