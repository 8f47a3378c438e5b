// `marsad ingest … --queue redis://…`: reads the inputs here (files, directories, feeds, URLs) and enqueues one
// analysis job per article. Job ids are content hashes, so re-running the same ingest while its jobs are still
// known to the queue adds nothing twice; the store's idempotent upsert covers the rest.
import { Queue } from 'bullmq';
import { errorMessage, MarsadError } from '../doc/errors.js';
import { readInputs } from '../ingest/index.js';
import type { ReadOptions } from '../ingest/types.js';
import { connection, JOB_OPTIONS, type QueueConfig } from './config.js';
import { type AnalyzeJob, jobIdOf } from './jobs.js';
import type { Logger } from './log.js';

const CHUNK = 200;
/** How long the producer keeps retrying while Redis is unreachable before giving up. */
const REDIS_PATIENCE_MS = 60_000;
const MAX_ERRORS = 5;

export interface EnqueueCounts {
  read: number;
  enqueued: number;
  failed: number;
  /** The first few read failures, for the summary. */
  errors: string[];
}

export async function enqueueInputs(
  config: QueueConfig,
  inputs: string[],
  options: ReadOptions,
  log: Logger,
  onProgress: (counts: EnqueueCounts) => void = () => {},
): Promise<EnqueueCounts> {
  const queue = new Queue<AnalyzeJob>(config.name, { connection: connection(config), defaultJobOptions: JOB_OPTIONS });
  queue.on('error', () => {}); // reported by addWithRetry, which knows what it was doing
  const counts: EnqueueCounts = { read: 0, enqueued: 0, failed: 0, errors: [] };
  let chunk: AnalyzeJob[] = [];
  const flush = async () => {
    await addWithRetry(queue, chunk, config, log);
    counts.enqueued += chunk.length;
    chunk = [];
    onProgress(counts);
  };
  try {
    for await (const result of readInputs(inputs, options)) {
      counts.read++;
      if (!result.ok) {
        counts.failed++;
        if (counts.errors.length < MAX_ERRORS) counts.errors.push(`${result.input}: ${result.error}`);
        continue;
      }
      const { source } = result.article;
      chunk.push({ article: result.article, published: options.published, input: source.url ?? source.path ?? '-' });
      if (chunk.length >= CHUNK) await flush();
    }
    if (chunk.length > 0) await flush();
  } finally {
    await queue.close().catch(() => {});
  }
  return counts;
}

/** Adds a chunk of jobs, retrying with backoff while Redis is away (the same job ids make a retry harmless). */
async function addWithRetry(queue: Queue<AnalyzeJob>, jobs: AnalyzeJob[], config: QueueConfig, log: Logger) {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      await withTimeout(
        queue.addBulk(jobs.map((data) => ({ name: 'analyze', data, opts: { jobId: jobIdOf(data) } }))),
        10_000,
      );
      return;
    } catch (err) {
      if (Date.now() - started > REDIS_PATIENCE_MS) {
        throw new MarsadError(`cannot enqueue on ${config.url}: ${errorMessage(err)} (gave up after 60 s)`, 'queue');
      }
      const delay = Math.min(500 * 2 ** attempt, 5000);
      log.warn('cannot reach the queue; retrying', { queue: config.url, error: errorMessage(err), retryInMs: delay });
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
