// A worker process: takes analysis jobs from Redis (BullMQ), analyzes them on a pool of threads, writes them to
// the store in batches, and acknowledges each job only after its article is committed. Safe to run any number
// of these on any number of machines:
// - a job whose worker dies (SIGKILL, power loss) is run again by another worker when its lock lapses, and the
//   store's idempotent upsert keeps the article once;
// - a job that fails is retried with exponential backoff, and after the last attempt goes to the dead-letter
//   queue with its reason;
// - when the store is unreachable the job goes back to the queue without using an attempt, and the queue pauses
//   for a moment (BullMQ's rate limiter), so an outage of the database loses and dead-letters nothing;
// - SIGTERM stops taking jobs, finishes the ones in hand, then exits.
import { createServer, type Server } from 'node:http';
import { type Job, Queue, Worker } from 'bullmq';
import { errorMessage } from '../doc/errors.js';
import type { Store } from '../store/types.js';
import { connection, deadLetterName, JOB_OPTIONS, type QueueConfig } from './config.js';
import type { AnalyzeJob, AnalyzeResult, DeadLetter } from './jobs.js';
import type { Logger } from './log.js';
import { AnalysisPool } from './pool.js';
import { pingRedis } from './redis.js';
import { BatchWriter } from './writer.js';

/** How long the queue pauses after the store failed to accept a write. */
const STORE_BACKOFF_MS = 2000;
/** A job may go back to the queue this many times after its worker vanished before it counts as failed. */
const MAX_STALLED = 20;

export interface WorkerOptions {
  queue: QueueConfig;
  store: Pick<Store, 'putBatch' | 'stats' | 'close'>;
  threads: number;
  log: Logger;
  /** Port of the health endpoint (GET /health, /ready); 0 picks a free port; undefined serves none. */
  healthPort?: number;
}

export interface WorkerCounts {
  stored: number;
  duplicate: number;
  failed: number;
  storeErrors: number;
}

export interface RunningWorker {
  counts: WorkerCounts;
  /** The health endpoint's port, when one is served. */
  healthPort?: number;
  /** Stops taking jobs, finishes those in hand, closes everything. */
  close(): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { queue: config, store, log } = options;
  const pool = new AnalysisPool(options.threads);
  const writer = new BatchWriter(store);
  const deadLetters = new Queue<DeadLetter>(deadLetterName(config), { connection: connection(config) });
  const counts: WorkerCounts = { stored: 0, duplicate: 0, failed: 0, storeErrors: 0 };
  let storeHealthy = true;

  const worker: Worker<AnalyzeJob, AnalyzeResult> = new Worker<AnalyzeJob, AnalyzeResult>(
    config.name,
    async (job) => {
      const item = await pool.analyze(job.data.article, job.data.published);
      try {
        const outcome = await writer.put(item);
        storeHealthy = true;
        counts[outcome]++;
        return { id: item.analysis.id, outcome };
      } catch (err) {
        counts.storeErrors++;
        storeHealthy = false;
        log.warn('store unavailable; job returned to the queue', { job: job.id, error: errorMessage(err) });
        await worker.rateLimit(STORE_BACKOFF_MS);
        throw Worker.RateLimitError();
      }
    },
    {
      connection: connection(config),
      // Two jobs per thread: one being analyzed while the other waits for its batch to commit.
      concurrency: options.threads * 2,
      lockDuration: config.lockMs,
      stalledInterval: config.lockMs,
      maxStalledCount: MAX_STALLED,
      metrics: { maxDataPoints: 60 * 24 * 7 },
    },
  );

  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? JOB_OPTIONS.attempts ?? 1);
    log.warn(final ? 'job failed for good; dead-lettered' : 'job failed; will retry', {
      job: job.id,
      input: job.data.input,
      attempt: job.attemptsMade,
      error: err.message,
    });
    if (final) {
      counts.failed++;
      void deadLetter(deadLetters, job, err.message).catch((e) =>
        log.error('cannot write the dead letter', { job: job.id, error: errorMessage(e) }),
      );
    }
  });
  worker.on('error', (err) => log.error('queue connection error', { error: errorMessage(err) }));

  const health =
    options.healthPort === undefined
      ? null
      : await serveHealth(options.healthPort, config.url, worker, counts, () => storeHealthy);
  log.info('worker started', { queue: config.name, threads: options.threads, health: health?.port });

  let closing: Promise<void> | null = null;
  return {
    counts,
    healthPort: health?.port,
    close: () => {
      closing ??= (async () => {
        log.info('worker stopping: finishing the jobs in hand');
        await worker.close();
        await writer.flush();
        await Promise.all([pool.close(), deadLetters.close(), store.close(), health?.close()]);
        log.info('worker stopped', { ...counts });
      })();
      return closing;
    },
  };
}

async function deadLetter(queue: Queue<DeadLetter>, job: Job<AnalyzeJob>, reason: string): Promise<void> {
  const letter: DeadLetter = {
    input: job.data.input,
    title: job.data.article.title,
    jobId: job.id ?? '',
    reason,
    attempts: job.attemptsMade,
    failedAt: new Date().toISOString(),
  };
  // The dead-letter queue has no worker: it is a list an operator reads (`marsad status`) and can re-enqueue.
  await queue.add('dead', letter, { jobId: job.id, removeOnComplete: false, removeOnFail: false });
}

interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/** GET /health: liveness and counters (200 while running); GET /ready: 200 only when Redis and the store answer. */
async function serveHealth(
  port: number,
  redisUrl: string,
  worker: Worker,
  counts: WorkerCounts,
  storeHealthy: () => boolean,
): Promise<HealthServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const redis = await pingRedis(redisUrl);
      const ready = redis && storeHealthy() && worker.isRunning();
      const body = {
        status: ready ? 'ok' : 'degraded',
        redis,
        store: storeHealthy(),
        running: worker.isRunning(),
        ...counts,
      };
      const status =
        request.url === '/ready' && !ready ? 503 : request.url === '/health' || request.url === '/ready' ? 200 : 404;
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(status === 404 ? { error: 'GET /health or /ready' } : body));
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '0.0.0.0', () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
