// Scale-out benchmark: end-to-end articles/s (enqueue → analyze → commit) for 1 and 2 worker processes (one
// analysis thread each) against PostgreSQL, next to the in-process SQLite figure, on the demo corpus (the 300
// SaudiNewsNet articles of data/demo). Needs Redis and PostgreSQL (scripts/services.sh start); prints a message
// and exits when they are not there. Prints figures; asserts nothing.
// Run: npx tsx bench/scale.ts   (MARSAD_TEST_REDIS / MARSAD_TEST_PG point it at other servers)
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { REPO_ROOT } from '../src/arabic/data.js';
import { readInputs } from '../src/ingest/index.js';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import { connection, queueConfig } from '../src/queue/config.js';
import { jsonLogger } from '../src/queue/log.js';
import { enqueueInputs } from '../src/queue/producer.js';
import { loadInputs } from '../src/server/load.js';
import { openPostgresStore } from '../src/store/postgres.js';
import { openStore } from '../src/store/sqlite.js';
import { spawnWorker, waitUntilDrained } from '../test/scale/cluster.js';
import { freshDatabase, REDIS_URL, servicesMissing } from '../test/scale/services.js';

const CORPUS = join(REPO_ROOT, 'data/demo/saudinewsnet-2015-08-11.jsonl');
const silent = jsonLogger({}, { MARSAD_LOG: 'silent' });

interface Run {
  label: string;
  articles: number;
  /** From the first enqueue to the last commit, worker start-up (model loading) included. */
  totalS: number;
  /** Between the first and the last job finished: the steady rate once every worker is warm. */
  steadyRate: number;
}

async function sqliteInProcess(): Promise<Run> {
  // Warm the stages (models load on first use) so the figure is the steady rate, as `steadyRate` is for workers.
  for await (const r of readInputs([CORPUS])) {
    if (r.ok) analyzeArticle(r.article);
    break;
  }
  const store = openStore(':memory:');
  const started = performance.now();
  const counts = await loadInputs(store, [{ path: CORPUS }]);
  const totalS = (performance.now() - started) / 1000;
  store.close();
  return { label: 'SQLite, in-process, 1 thread', articles: counts.read, totalS, steadyRate: counts.read / totalS };
}

async function postgresWorkers(processes: number): Promise<Run> {
  const db = await freshDatabase(`bench${processes}`);
  const queue = queueConfig(REDIS_URL, { MARSAD_QUEUE_NAME: `bench-${process.pid}-${processes}-${Date.now()}` });
  try {
    await (await openPostgresStore(db.url)).close();
    const workers = Array.from({ length: processes }, () => spawnWorker(queue, db.url, { MARSAD_LOG: 'silent' }));
    const started = performance.now();
    const counts = await enqueueInputs(queue, [CORPUS], {}, silent);
    await waitUntilDrained(queue, 900_000, 200);
    const totalS = (performance.now() - started) / 1000;
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    const finished = await finishTimes(queue);
    const steadyRate = (finished.length - 1) / ((finished[finished.length - 1] - finished[0]) / 1000);
    return {
      label: `PostgreSQL, ${processes} worker process(es) × 1 thread`,
      articles: counts.enqueued,
      totalS,
      steadyRate,
    };
  } finally {
    await db.drop();
  }
}

async function finishTimes(config: ReturnType<typeof queueConfig>): Promise<number[]> {
  const queue = new Queue(config.name, { connection: connection(config) });
  const jobs = await queue.getJobs(['completed'], 0, -1);
  await queue.obliterate({ force: true });
  await queue.close();
  return jobs.map((job) => job.finishedOn ?? 0).sort((a, b) => a - b);
}

const missing = await servicesMissing().catch((err: Error) => err.message);
if (missing) {
  console.log(`bench/scale: skipped — ${missing}`);
  process.exit(0);
}
console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}); corpus: ${CORPUS}`);
const runs = [await sqliteInProcess(), await postgresWorkers(1), await postgresWorkers(2)];
for (const r of runs) {
  console.log(
    `${r.label.padEnd(48)} ${r.articles} articles in ${r.totalS.toFixed(1)} s = ${(r.articles / r.totalS).toFixed(1)} articles/s end to end; steady ${r.steadyRate.toFixed(1)} articles/s`,
  );
}
const ratio = runs[2].steadyRate / runs[1].steadyRate;
console.log(`scaling 1 → 2 worker processes: ×${ratio.toFixed(2)} (steady rate)`);
