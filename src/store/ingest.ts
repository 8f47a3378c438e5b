// Ingestion: inputs → worker threads (read + analyse) → the main thread commits batches in input order.
//
// Committing in input order makes a run deterministic (the first of two identical articles is always the one
// kept, rows get the same rowids) and makes resuming exact: an interrupted run has committed a prefix of the
// work, and a rerun skips what is stored (workers check the database before analysing) and adds the rest,
// giving the same database as one uninterrupted run.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { errorMessage, MarsadError } from '../doc/errors.js';
import { readOne } from '../ingest/index.js';
import { SqliteStore } from './sqlite.js';
import type { StoreItem } from './types.js';
import type { WorkDone, WorkUnit } from './work.js';

/** Files larger than this are read by the main thread and their articles spread over the workers. */
const LARGE_FILE_BYTES = 2 * 1024 * 1024;
const BATCH_ITEMS = 200;
const BATCH_MS = 2000;
const UNITS_PER_WORKER = 4;

export interface IngestOptions {
  db: string;
  published?: string;
  workers?: number;
  /** Articles per transaction (default 200); a batch also closes after 2 s. */
  batchItems?: number;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestFailure {
  input: string;
  error: string;
  code: string;
}

export interface IngestProgress {
  /** Units of work (files; articles of large files, URLs and stdin) finished and known so far. */
  done: number;
  planned: number;
  read: number;
  stored: number;
  duplicate: number;
  failed: number;
  elapsedMs: number;
}

export interface IngestSummary extends IngestProgress {
  failures: IngestFailure[];
}

type Planned = { path: string } | { failure: IngestFailure } | { largeFile: string } | { other: string };

/** Expands the inputs into files (directories recursively, in name order, hidden files skipped). */
async function* planInputs(inputs: string[]): AsyncGenerator<Planned> {
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input)) {
      yield { other: input };
      continue;
    }
    yield* planPath(input, new Set());
  }
}

async function* planPath(path: string, visited: Set<string>): AsyncGenerator<Planned> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    // Let the reader word the error as it does for `marsad analyze`.
    yield { other: path };
    return;
  }
  if (info.isFile()) {
    yield info.size > LARGE_FILE_BYTES ? { largeFile: path } : { path };
    return;
  }
  if (!info.isDirectory()) return;
  const real = await realpath(path);
  if (visited.has(real)) return;
  visited.add(real);
  let entries: Dirent[];
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (err) {
    yield { failure: { input: path, error: `${path} cannot be listed: ${errorMessage(err)}`, code: 'input' } };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (!entry.name.startsWith('.')) yield* planPath(join(path, entry.name), visited);
  }
}

/**
 * The worker thread: compiled JavaScript next to this file, or (running from TypeScript sources under tsx, as
 * tests do) a small bootstrap that registers tsx in the thread first, since loader hooks do not reach workers.
 */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** A fixed pool of worker threads; each unit's answer resolves the promise returned by run(). */
class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { resolve: (done: WorkDone) => void; reject: (err: Error) => void }>();
  private next = 0;

  constructor(size: number, data: { db: string; published?: string }) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker(data);
      worker.on('message', (done: WorkDone) => {
        this.pending.get(done.seq)?.resolve(done);
        this.pending.delete(done.seq);
      });
      worker.on('error', (err) => this.failAll(err));
      this.workers.push(worker);
    }
  }

  run(unit: WorkUnit): Promise<WorkDone> {
    const worker = this.workers[this.next++ % this.workers.length];
    return new Promise((resolve, reject) => {
      this.pending.set(unit.seq, { resolve, reject });
      worker.postMessage(unit);
    });
  }

  private failAll(err: Error): void {
    for (const { reject } of this.pending.values()) reject(err);
    this.pending.clear();
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.postMessage(null);
          }),
      ),
    );
  }
}

/** Commits finished units strictly in sequence order, in batched transactions. */
class OrderedWriter {
  private readonly waiting = new Map<number, WorkDone>();
  private nextSeq = 0;
  private batch: StoreItem[] = [];
  private batchStarted = Date.now();
  readonly progress: IngestSummary;

  constructor(
    private readonly store: SqliteStore,
    private readonly started: number,
    private readonly batchItems: number,
  ) {
    this.progress = { done: 0, planned: 0, read: 0, stored: 0, duplicate: 0, failed: 0, elapsedMs: 0, failures: [] };
  }

  accept(done: WorkDone): void {
    this.waiting.set(done.seq, done);
    for (let unit = this.waiting.get(this.nextSeq); unit; unit = this.waiting.get(this.nextSeq)) {
      this.waiting.delete(this.nextSeq);
      this.nextSeq++;
      this.take(unit);
    }
    if (this.batch.length >= this.batchItems || Date.now() - this.batchStarted >= BATCH_MS) this.flush();
  }

  /** A unit that failed before reaching a worker (unlistable directory, unreadable large file). */
  acceptFailure(seq: number, failure: IngestFailure): void {
    this.accept({ seq, results: [{ kind: 'failed', input: failure.input, error: failure.error, code: failure.code }] });
  }

  fail(failure: IngestFailure): void {
    this.progress.failed++;
    this.progress.failures.push(failure);
  }

  private take(unit: WorkDone): void {
    this.progress.done++;
    for (const result of unit.results) {
      if (result.kind === 'failed') {
        this.fail({ input: result.input, error: result.error, code: result.code });
        continue;
      }
      this.progress.read++;
      if (result.kind === 'duplicate') this.progress.duplicate++;
      else this.batch.push(result.item);
    }
  }

  flush(): void {
    if (this.batch.length > 0) {
      const outcomes = this.store.putBatchReporting(this.batch);
      for (const [i, outcome] of outcomes.entries()) {
        if (outcome.status === 'stored') this.progress.stored++;
        else if (outcome.status === 'duplicate') this.progress.duplicate++;
        else if (outcome.status === 'failed') {
          const input =
            this.batch[i].analysis.source.path ?? this.batch[i].analysis.source.url ?? this.batch[i].analysis.id;
          this.fail({ input, error: `could not store ${input}: ${outcome.error}`, code: 'store' });
        }
      }
    }
    this.batch = [];
    this.batchStarted = Date.now();
    this.progress.elapsedMs = Date.now() - this.started;
  }
}

/** Ingests the inputs into the store at options.db; never throws for a bad input, only for a bad database. */
export async function ingest(inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const store = new SqliteStore(options.db);
  const size = Math.max(1, options.workers ?? Math.min(availableParallelism(), 4));
  const pool = new WorkerPool(size, { db: options.db, published: options.published });
  const writer = new OrderedWriter(store, started, options.batchItems ?? BATCH_ITEMS);
  const inFlight = new Set<Promise<void>>();
  let seq = 0;
  let fatal: unknown = null;
  const report = () => {
    writer.progress.elapsedMs = Date.now() - started;
    options.onProgress?.(writer.progress);
  };
  const submit = async (unit: WorkUnit) => {
    const task = pool.run(unit).then(
      (done) => {
        writer.accept(done);
        report();
      },
      (err) => {
        fatal ??= err;
      },
    );
    inFlight.add(task);
    void task.then(() => inFlight.delete(task));
    if (inFlight.size >= size * UNITS_PER_WORKER) await Promise.race(inFlight);
    if (fatal) throw fatal;
  };
  try {
    // The whole plan first (listing is fast), so that the progress bar knows its total.
    const plan: Planned[] = [];
    for await (const planned of planInputs(inputs)) plan.push(planned);
    writer.progress.planned = plan.length;
    for (const planned of plan) {
      if ('path' in planned) await submit({ seq: seq++, path: planned.path });
      else if ('failure' in planned) writer.acceptFailure(seq++, planned.failure);
      else {
        // One planned input, many articles: each article after the first is one more unit of work.
        const input = 'largeFile' in planned ? planned.largeFile : planned.other;
        let items = 0;
        for await (const read of readOne(input, { published: options.published })) {
          if (items++ > 0) writer.progress.planned++;
          if (read.ok) await submit({ seq: seq++, article: read.article });
          else writer.acceptFailure(seq++, read);
        }
        if (items === 0) writer.accept({ seq: seq++, results: [] });
      }
    }
    await Promise.all(inFlight);
    if (fatal) throw fatal;
    writer.flush();
    report();
    return writer.progress;
  } catch (err) {
    if (err instanceof MarsadError) throw err;
    throw new MarsadError(`ingest stopped: ${errorMessage(err)}`, 'ingest');
  } finally {
    await pool.close();
    store.close();
  }
}
