// A worker process for the tests: the `marsad worker` command (src/cli/commands/worker.ts) on its own, so a test
// can start several, SIGKILL one and SIGTERM the others.
import { Command } from 'commander';
import { registerWorker } from '../../src/cli/commands/worker.js';
import { errorMessage } from '../../src/doc/errors.js';

const program = new Command('marsad').exitOverride();
registerWorker(program);
try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.stderr.write(`marsad: ${errorMessage(err)}\n`);
  process.exit(1);
}
