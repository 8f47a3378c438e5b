// Store benchmark (npx tsx bench/store.ts): ingests all of ../shared/data/news end to end (read, every analysis
// stage in the pipeline, index, store) into a fresh database, then times 1,000 searches.
// Prints articles/s, database size, peak RSS and search latency p50/p95. Never asserts a time.
// --db PATH keeps the database there; when PATH already holds one, the ingest is skipped and only searches are timed.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../src/arabic/data.js';
import { ingest } from '../src/store/ingest.js';
import { openStore } from '../src/store/sqlite.js';

const SHARED = process.env.MARSAD_SHARED ?? resolve(REPO_ROOT, '../shared');
const NEWS = join(SHARED, 'data/news');
const QUERIES = 1000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/** Seeded choice, so every run asks the same queries. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** User-style queries: two or three consecutive words of stored headlines (all must match). */
function sampleQueries(titles: string[]): string[] {
  const next = seeded(7);
  const queries: string[] = [];
  while (queries.length < QUERIES) {
    const words = titles[Math.floor(next() * titles.length)].split(/\s+/).filter((w) => w.length > 2);
    if (words.length < 3) continue;
    const start = Math.floor(next() * (words.length - 2));
    queries.push(words.slice(start, start + 2 + Math.floor(next() * 2)).join(' '));
  }
  return queries;
}

function timeQueries(db: string, queries: string[], mode: 'all' | 'any'): { p50: number; p95: number; hits: number } {
  const store = openStore(db, { readonly: true });
  const times: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const started = performance.now();
    hits += store.search({ query, mode, limit: 10 }).length > 0 ? 1 : 0;
    times.push(performance.now() - started);
  }
  store.close();
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), hits };
}

async function ingestAll(db: string): Promise<void> {
  const inputs = readdirSync(NEWS).map((name) => join(NEWS, name));
  const summary = await ingest(inputs, { db });
  const seconds = summary.elapsedMs / 1000;
  const size = fileSize(db) + fileSize(`${db}-wal`);
  console.log(`ingest ${inputs.join(' ')}`);
  console.log(
    `  read ${summary.read}, stored ${summary.stored}, duplicate ${summary.duplicate}, failed ${summary.failed}`,
  );
  const codes = new Map<string, number>();
  for (const f of summary.failures) codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
  if (codes.size > 0) console.log(`  failures by reason: ${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  console.log(`  ${seconds.toFixed(1)} s, ${(summary.read / seconds).toFixed(1)} articles/s end to end`);
  console.log(`  database ${(size / 1024 / 1024).toFixed(1)} MB`);
}

async function main(): Promise<void> {
  if (!existsSync(NEWS)) {
    console.error(`bench/store needs ${NEWS} (set MARSAD_SHARED to the shared data folder); nothing to do.`);
    process.exitCode = 1;
    return;
  }
  const kept = process.argv.indexOf('--db') > 0 ? process.argv[process.argv.indexOf('--db') + 1] : '';
  const dir = kept ? '' : mkdtempSync(join(tmpdir(), 'marsad-bench-'));
  const db = kept || join(dir, 'bench.db');
  try {
    if (kept && existsSync(db)) console.log(`searching the existing ${db} (no ingest)`);
    else await ingestAll(db);
    const store = openStore(db, { readonly: true });
    const titles = (store.db.prepare("SELECT title FROM articles WHERE title <> ''").all() as { title: string }[]).map(
      (r) => r.title,
    );
    store.close();
    const queries = sampleQueries(titles);
    const all = timeQueries(db, queries, 'all');
    console.log(
      `search, ${QUERIES} queries of 2-3 headline words (all required, 10 hits with snippets): p50 ${all.p50.toFixed(1)} ms, p95 ${all.p95.toFixed(1)} ms (${all.hits} with hits)`,
    );
    const headlines = titles.filter((_, i) => i % Math.ceil(titles.length / 200) === 0);
    const any = timeQueries(db, headlines, 'any');
    console.log(
      `search, ${headlines.length} whole headlines ranked (--any, 10 hits with snippets): p50 ${any.p50.toFixed(1)} ms, p95 ${any.p95.toFixed(1)} ms`,
    );
    console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (main thread and workers)`);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
