#!/usr/bin/env node
// The `marsad` command. Each subcommand lives in src/cli/commands/<name>.ts and registers itself here.
import { Command, CommanderError } from 'commander';
import { errorMessage, MarsadError } from '../doc/errors.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerEval } from './commands/eval.js';
import { registerExport } from './commands/export.js';
import { registerIngest } from './commands/ingest.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerStart } from './commands/start.js';
import { registerStatus } from './commands/status.js';
import { registerTrain } from './commands/train.js';
import { registerWatch } from './commands/watch.js';
import { registerWorker } from './commands/worker.js';
import { VERSION } from './version.js';

export function buildProgram(): Command {
  const program = new Command('marsad')
    .description('Arabic news intelligence: clean articles, entities, quotes, dates and political events')
    .version(VERSION)
    .showHelpAfterError('(run `marsad --help` for usage)')
    .exitOverride();
  registerAnalyze(program);
  registerStart(program);
  registerServe(program);
  registerTrain(program);
  registerEval(program);
  registerExport(program);
  registerIngest(program);
  registerSearch(program);
  registerWorker(program);
  registerStatus(program);
  registerWatch(program);
  return program;
}

/** Prints a one-line error (never a stack trace unless MARSAD_DEBUG is set) and returns the exit code. */
export function reportError(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode;
  if (process.env.MARSAD_DEBUG) console.error(err);
  if (err instanceof MarsadError) {
    process.stderr.write(`marsad: ${err.message}\n`);
    return err.exitCode;
  }
  process.stderr.write(`marsad: internal error: ${errorMessage(err)} (run with MARSAD_DEBUG=1 for details)\n`);
  return 70;
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0); // `marsad analyze … | head` closes the pipe early
});

try {
  await buildProgram().parseAsync(process.argv);
} catch (err) {
  process.exitCode = reportError(err);
}
