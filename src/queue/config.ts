// Queue settings shared by the producer (`marsad ingest --queue`), the workers and `marsad status`, read from
// flags first and the environment second (12-factor): MARSAD_QUEUE, MARSAD_STORE, MARSAD_WORKER_THREADS,
// MARSAD_HEALTH_PORT, MARSAD_QUEUE_NAME, MARSAD_LOCK_MS.
import { availableParallelism } from 'node:os';
import type { DefaultJobOptions, QueueBaseOptions } from 'bullmq';
import { MarsadError } from '../doc/errors.js';

/** The analysis queue; its dead letters go to `<name>-dead`. */
export const DEFAULT_QUEUE_NAME = 'marsad-analyze';
/** Attempts before an input is dead-lettered; retries back off exponentially from RETRY_DELAY_MS. */
export const ATTEMPTS = 4;
export const RETRY_DELAY_MS = 2000;
/**
 * How long a worker's claim on a job lasts without renewal. A worker killed with SIGKILL stops renewing; its
 * jobs go back to the queue when the claim lapses (the stalled-job check), and another worker runs them.
 */
export const DEFAULT_LOCK_MS = 30_000;
/** Completed jobs kept for inspection (their data is the whole article, so not forever). */
const KEEP_COMPLETED = { age: 3600, count: 1000 };

export interface QueueConfig {
  url: string;
  name: string;
  lockMs: number;
}

export function queueConfig(url: string | undefined, env: NodeJS.ProcessEnv = process.env): QueueConfig {
  const location = url ?? env.MARSAD_QUEUE;
  if (!location) throw new MarsadError('give the queue as --queue redis://HOST:PORT (or set MARSAD_QUEUE)', 'usage', 2);
  if (!/^rediss?:\/\//.test(location)) {
    throw new MarsadError(`--queue takes a Redis URL such as redis://127.0.0.1:6379, not "${location}"`, 'usage', 2);
  }
  const lockMs = Number(env.MARSAD_LOCK_MS ?? DEFAULT_LOCK_MS);
  if (!Number.isInteger(lockMs) || lockMs < 1000)
    throw new MarsadError('MARSAD_LOCK_MS takes milliseconds ≥ 1000', 'usage', 2);
  return { url: location, name: env.MARSAD_QUEUE_NAME ?? DEFAULT_QUEUE_NAME, lockMs };
}

export function deadLetterName(config: QueueConfig): string {
  return `${config.name}-dead`;
}

/** BullMQ connection options from the Redis URL, retried forever (a worker outlives a Redis restart). */
export function connection(config: QueueConfig): QueueBaseOptions['connection'] {
  const url = new URL(config.url);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    db: Number(url.pathname.slice(1) || 0),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => Math.min(200 * times, 2000),
  };
}

export const JOB_OPTIONS: DefaultJobOptions = {
  attempts: ATTEMPTS,
  backoff: { type: 'exponential', delay: RETRY_DELAY_MS },
  removeOnComplete: KEEP_COMPLETED,
  removeOnFail: false,
};

/** Analysis threads per worker process: flag, then MARSAD_WORKER_THREADS, then one per core. */
export function threadCount(flag: number | undefined, env: NodeJS.ProcessEnv = process.env): number {
  const value = flag ?? (env.MARSAD_WORKER_THREADS ? Number(env.MARSAD_WORKER_THREADS) : availableParallelism());
  if (!Number.isInteger(value) || value < 1)
    throw new MarsadError('--threads takes a whole number above 0', 'usage', 2);
  return value;
}
