// `marsad status --queue …`: how much work is queued, running, done and failed, the rate of the last minutes,
// and the latest dead letters with their reasons.
import { Queue } from 'bullmq';
import { MarsadError } from '../doc/errors.js';
import { connection, deadLetterName, type QueueConfig } from './config.js';
import type { DeadLetter } from './jobs.js';
import { pingRedis } from './redis.js';

export interface QueueStatus {
  queue: string;
  queued: number;
  active: number;
  delayed: number;
  /** Completed since the queue was created (BullMQ metrics), not only those still kept in Redis. */
  done: number;
  /** Jobs in the failed set: they used all their attempts (see deadLetters for the reasons). */
  failed: number;
  /** Articles per second completed over the last `rateWindowMinutes` minutes. */
  rate: number;
  rateWindowMinutes: number;
  deadLetters: number;
  latestDeadLetters: DeadLetter[];
  workers: number;
}

const RATE_WINDOW_MINUTES = 5;

export async function queueStatus(config: QueueConfig, latest = 5): Promise<QueueStatus> {
  if (!(await pingRedis(config.url))) throw new MarsadError(`Redis at ${config.url} does not answer`, 'queue');
  const queue = new Queue(config.name, { connection: { ...connection(config), maxRetriesPerRequest: 1 } });
  const dead = new Queue<DeadLetter>(deadLetterName(config), {
    connection: { ...connection(config), maxRetriesPerRequest: 1 },
  });
  try {
    const counts = await queue.getJobCounts('wait', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    const metrics = await queue.getMetrics('completed', 0, RATE_WINDOW_MINUTES - 1);
    const recent = metrics.data.reduce((sum, n) => sum + (Number(n) || 0), 0);
    const deadCount = (await dead.getJobCounts('wait')).wait ?? 0;
    const letters = await dead.getJobs(['wait'], 0, latest - 1, false);
    const workers = await queue.getWorkersCount();
    return {
      queue: config.name,
      queued: (counts.wait ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      done: Math.max(Number(metrics.meta.count) || 0, counts.completed ?? 0),
      failed: counts.failed ?? 0,
      rate: Math.round((recent / (RATE_WINDOW_MINUTES * 60)) * 100) / 100,
      rateWindowMinutes: RATE_WINDOW_MINUTES,
      deadLetters: deadCount,
      latestDeadLetters: letters.map((job) => job.data),
      workers,
    };
  } finally {
    await Promise.all([queue.close(), dead.close()]);
  }
}
