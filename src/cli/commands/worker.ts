// marsad worker --queue redis://HOST:PORT --store postgres://… [--threads N] [--health-port N]
// Runs analysis workers until SIGTERM/SIGINT, then finishes the jobs in hand and exits 0.
import type { Command } from 'commander';
import { MarsadError } from '../../doc/errors.js';
import { queueConfig, threadCount } from '../../queue/config.js';
import { jsonLogger } from '../../queue/log.js';
import { startWorker } from '../../queue/worker.js';
import { isPostgresUrl, openPostgresStore, redactUrl } from '../../store/postgres.js';
import { parsePositiveInt } from '../options.js';

interface WorkerFlags {
  queue?: string;
  store?: string;
  threads?: number;
  healthPort?: string;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('run analysis workers: take jobs from the Redis queue, analyze, store in PostgreSQL')
    .option('--queue <url>', 'the Redis queue (default: $MARSAD_QUEUE)')
    .option('--store <url>', 'the PostgreSQL store, postgres://… (default: $MARSAD_STORE)')
    .option(
      '--threads <n>',
      'analysis threads (default: $MARSAD_WORKER_THREADS, else one per core)',
      parsePositiveInt('--threads'),
    )
    .option('--health-port <n>', 'serve GET /health and /ready on this port (default: $MARSAD_HEALTH_PORT; 0 = any)')
    .action(async (flags: WorkerFlags) => {
      const queue = queueConfig(flags.queue);
      const storeUrl = flags.store ?? process.env.MARSAD_STORE;
      if (!storeUrl || !isPostgresUrl(storeUrl)) {
        throw new MarsadError(
          'workers write to a shared store: give --store postgres://… (or set MARSAD_STORE)',
          'usage',
          2,
        );
      }
      const log = jsonLogger({ pid: process.pid });
      const store = await openPostgresStore(storeUrl);
      log.info('store open', { store: redactUrl(storeUrl) });
      const worker = await startWorker({
        queue,
        store,
        threads: threadCount(flags.threads),
        log,
        healthPort: healthPort(flags.healthPort ?? process.env.MARSAD_HEALTH_PORT),
      });
      const stop = () => {
        void worker.close().then(() => process.exit(0));
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
}

function healthPort(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new MarsadError(`--health-port takes a port number, not "${value}"`, 'usage', 2);
  }
  return port;
}
