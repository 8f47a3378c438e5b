// marsad ingest INPUT ... [--db PATH | --store postgres://…] [--published YYYY-MM-DD] [--workers N]
// marsad ingest INPUT ... --queue redis://HOST:PORT   enqueues the articles for `marsad worker` (src/queue/)
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { queueConfig } from '../../queue/config.js';
import { jsonLogger } from '../../queue/log.js';
import { enqueueInputs } from '../../queue/producer.js';
import { loadInputs } from '../../server/load.js';
import { type IngestProgress, type IngestSummary, ingest } from '../../store/ingest.js';
import { connectStore, storeLocation } from '../../store/open.js';
import { isPostgresUrl } from '../../store/postgres.js';
import { parseDate, parsePositiveInt } from '../options.js';

interface IngestFlags {
  db?: string;
  store?: string;
  published?: string;
  workers?: number;
  batch?: number;
  queue?: string;
}

/** Plain progress lines (not a terminal) come this often. */
const LINE_EVERY_MS = 5000;

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles (files, directories, JSON/JSONL dumps, feeds, URLs, -) into the store')
    .argument('<inputs...>', 'page dump, .html, .json/.jsonl, TREC file, .gz, directory, feed, http(s) URL, or -')
    .option('--db <path>', 'the SQLite store (default ./marsad.db)')
    .option('--store <url>', 'a PostgreSQL store, postgres://… (default: $MARSAD_STORE when --db is not given)')
    .option('--published <date>', 'publication date when an input carries none', parseDate)
    .option(
      '--workers <n>',
      'analysis threads (default: the number of cores, at most 4)',
      parsePositiveInt('--workers'),
    )
    .option('--batch <n>', 'articles per transaction (default 200)', parsePositiveInt('--batch'))
    .option('--queue <url>', 'enqueue for `marsad worker` on this Redis instead of analysing here (or $MARSAD_QUEUE)')
    .action(async (inputs: string[], flags: IngestFlags) => {
      const queue = flags.queue ?? process.env.MARSAD_QUEUE;
      if (queue) process.exitCode = await runEnqueue(inputs, queue, flags);
      else {
        const location = storeLocation(flags);
        process.exitCode = isPostgresUrl(location)
          ? await runIngestPostgres(inputs, flags)
          : await runIngest(inputs, location, flags);
      }
    });
}

function rate(p: IngestProgress): number {
  return p.elapsedMs > 0 ? (p.read * 1000) / p.elapsedMs : 0;
}

function progressReporter(): { update: (p: IngestProgress) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      format:
        ' {bar} {percentage}% | {value}/{total} inputs | {stored} stored, {duplicate} dup, {failed} failed | {rate}/s | ETA {eta_formatted}',
      stream: process.stderr,
      etaBuffer: 200,
    });
    let started = false;
    return {
      update: (p) => {
        const payload = { stored: p.stored, duplicate: p.duplicate, failed: p.failed, rate: rate(p).toFixed(0) };
        if (!started) bar.start(p.planned, p.done, payload);
        started = true;
        bar.setTotal(p.planned);
        bar.update(p.done, payload);
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update: (p) => {
      if (p.elapsedMs - last < LINE_EVERY_MS) return;
      last = p.elapsedMs;
      process.stderr.write(
        `marsad: ingest ${p.done}/${p.planned} inputs, ${p.stored} stored, ${p.duplicate} duplicate, ${p.failed} failed, ${rate(p).toFixed(0)} articles/s\n`,
      );
    },
    stop: () => {},
  };
}

function printSummary(db: string, s: IngestSummary): void {
  const seconds = (s.elapsedMs / 1000).toFixed(1);
  process.stdout.write(
    `read ${s.read}, stored ${s.stored}, duplicate ${s.duplicate}, failed ${s.failed} in ${seconds} s (${rate(s).toFixed(0)} articles/s) → ${db}\n`,
  );
  for (const failure of s.failures) process.stdout.write(`  failed [${failure.code}]: ${failure.error}\n`);
}

async function runIngest(inputs: string[], db: string, flags: IngestFlags): Promise<number> {
  const reporter = progressReporter();
  let summary: IngestSummary;
  try {
    summary = await ingest(inputs, {
      db,
      published: flags.published,
      workers: flags.workers,
      batchItems: flags.batch,
      onProgress: reporter.update,
    });
  } finally {
    reporter.stop();
  }
  printSummary(db, summary);
  return summary.failed > 0 && summary.read === 0 ? 1 : 0;
}

/**
 * In-process ingest into PostgreSQL: read, analyse and store in batches on this thread. For many articles, use
 * the queue and workers instead (`--queue`, docs/scale-out.md), which analyse in parallel and resume.
 */
async function runIngestPostgres(inputs: string[], flags: IngestFlags): Promise<number> {
  const { store, label } = await connectStore(flags);
  const started = performance.now();
  try {
    const counts = await loadInputs(
      store,
      inputs.map((path) => ({ path, published: flags.published })),
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `read ${counts.read}, stored ${counts.stored}, duplicate ${counts.duplicate}, failed ${counts.failed} in ${seconds} s → ${label}\n`,
    );
    for (const error of counts.errors) process.stdout.write(`  failed: ${error}\n`);
    return counts.failed > 0 && counts.stored + counts.duplicate === 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

async function runEnqueue(inputs: string[], queueUrl: string, flags: IngestFlags): Promise<number> {
  const config = queueConfig(queueUrl);
  const counts = await enqueueInputs(config, inputs, { published: flags.published }, jsonLogger(), (c) => {
    if (process.stderr.isTTY) process.stderr.write(`\rmarsad: enqueued ${c.enqueued} articles`);
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  process.stdout.write(
    `read ${counts.read}, enqueued ${counts.enqueued}, failed ${counts.failed} → ${config.url} (queue ${config.name}); follow with \`marsad status\`\n`,
  );
  for (const error of counts.errors) process.stdout.write(`  failed: ${error}\n`);
  return counts.failed > 0 && counts.enqueued === 0 ? 1 : 0;
}
