// marsad status --queue redis://HOST:PORT [--format text|json]: queued / active / done / failed, rate, dead letters.
import type { Command } from 'commander';
import { errorMessage, MarsadError } from '../../doc/errors.js';
import { queueConfig } from '../../queue/config.js';
import { type QueueStatus, queueStatus } from '../../queue/status.js';
import { parseChoice } from '../options.js';

interface StatusFlags {
  queue?: string;
  format: 'text' | 'json';
}

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('show the analysis queue: queued, active, done, failed, rate, dead letters with reasons')
    .option('--queue <url>', 'the Redis queue (default: $MARSAD_QUEUE)')
    .option('--format <format>', 'text or json', parseChoice('--format', ['text', 'json'] as const), 'text')
    .action(async (flags: StatusFlags) => {
      const config = queueConfig(flags.queue);
      let status: QueueStatus;
      try {
        status = await queueStatus(config);
      } catch (err) {
        throw new MarsadError(`cannot read the queue at ${config.url}: ${errorMessage(err)}`, 'queue');
      }
      process.stdout.write(flags.format === 'json' ? `${JSON.stringify(status)}\n` : formatStatus(status));
    });
}

function formatStatus(s: QueueStatus): string {
  const lines = [
    `queue ${s.queue}: ${s.workers} worker connection(s)`,
    `  queued ${s.queued}, active ${s.active}, retrying ${s.delayed}, done ${s.done}, failed ${s.failed}`,
    `  rate ${s.rate} articles/s over the last ${s.rateWindowMinutes} min`,
    `  dead letters ${s.deadLetters}`,
    ...s.latestDeadLetters.map((d) => `    ${d.input}: ${d.reason} (${d.attempts} attempts, ${d.failedAt})`),
  ];
  return `${lines.join('\n')}\n`;
}
