// Known-item search evaluation (npm run eval:search) on ../shared/data/news/ant-multisource.
//
// Query = a BBC article's headline; target = that article's body. Every body (no titles) is indexed twice:
// by Marsad's store (its analyzer and query translation) and by plain SQLite FTS5 `unicode61
// remove_diacritics 2` over the raw text, the anchor of docs/anchors.md (0.743 MRR@10). Query words are
// OR-ed and ranked by bm25 in both, as in the anchor. 1,000 BBC headlines are sampled with a fixed seed and
// split in two halves: DEV (used to choose the analyzer and weights) and HELD-OUT (never tuned on).
// A hit counts when its body equals the target's body (the corpus has a few duplicated articles).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { REPO_ROOT } from '../src/arabic/data.js';
import type { Analysis } from '../src/doc/types.js';
import { bodyHash } from '../src/store/identity.js';
import { openPostgresStore, pgErrorMessage, redactUrl } from '../src/store/postgres.js';
import { DEFAULT_WEIGHTS, openStore, SqliteStore } from '../src/store/sqlite.js';

const SHARED = process.env.MARSAD_SHARED ?? resolve(REPO_ROOT, '../shared');
const CORPUS = join(SHARED, 'data/news/ant-multisource');
const SAMPLE_SIZE = 1000;
const SEED = 20180226;
const K = 10;

interface Doc {
  docno: string;
  source: string;
  title: string;
  body: string;
  hash: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listFiles(path);
      return name.endsWith('.txt') ? [path] : [];
    });
}

function field(text: string, tag: string): string {
  const m = text.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`));
  return m ? m[1].trim() : '';
}

function loadCorpus(): Doc[] {
  return listFiles(CORPUS)
    .map((path) => {
      const text = readFileSync(path, 'utf8');
      const body = field(text, 'TEXT');
      return { docno: field(text, 'DOCNO'), source: field(text, 'SRC'), title: field(text, 'TITLE'), body, hash: '' };
    })
    .filter((doc) => doc.body !== '')
    .map((doc) => ({ ...doc, hash: bodyHash(doc.body) }));
}

/** mulberry32: a small seeded generator, so the sample is the same on every machine. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sampleQueries(docs: Doc[]): Doc[] {
  const bbc = docs.filter((d) => d.source === 'BBC' && d.title !== '');
  const next = random(SEED);
  for (let i = bbc.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [bbc[i], bbc[j]] = [bbc[j], bbc[i]];
  }
  return bbc.slice(0, SAMPLE_SIZE);
}

interface Scores {
  mrr: number;
  recall: number;
}

function score(queries: Doc[], rank: (query: Doc) => string[]): Scores {
  let rr = 0;
  let found = 0;
  for (const query of queries) {
    const position = rank(query).indexOf(query.hash);
    if (position >= 0 && position < K) {
      rr += 1 / (position + 1);
      found++;
    }
  }
  return { mrr: rr / queries.length, recall: found / queries.length };
}

function plainIndex(docs: Doc[]): (query: Doc) => string[] {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE plain USING fts5(body, hash UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')");
  const insert = db.prepare('INSERT INTO plain (body, hash) VALUES (?, ?)');
  db.transaction(() => {
    for (const doc of docs) insert.run(doc.body, doc.hash);
  })();
  const search = db.prepare(`SELECT hash FROM plain WHERE plain MATCH ? ORDER BY bm25(plain) LIMIT ${K}`);
  return (query) => {
    const words = query.title.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
    if (words.length === 0) return [];
    return (search.all(words.map((w) => `"${w}"`).join(' OR ')) as { hash: string }[]).map((r) => r.hash);
  };
}

/** A body as an analysis with no layers (the index needs the text alone). */
function bodyOnly(doc: Doc): Analysis {
  return {
    id: doc.docno,
    source: { kind: 'trec', path: doc.docno },
    title: '',
    published: null,
    lang: 'ar',
    body: doc.body,
    blocks: [],
    captions: [],
    credits: [],
    related: [],
    removed: [],
    entities: [],
    quotes: [],
    times: [],
    events: [],
  };
}

/** The Marsad index of the bodies; MARSAD_EVAL_DB keeps it in a file that later runs reuse. */
function marsadIndex(docs: Doc[]): SqliteStore {
  const store = openStore(process.env.MARSAD_EVAL_DB ?? ':memory:');
  if (store.stats().articles > 0) return store;
  store.putBatch(docs.map((doc) => ({ analysis: bodyOnly(doc) })));
  return store;
}

const PG_SERVER =
  process.env.MARSAD_EVAL_PG ?? process.env.MARSAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5439/marsad_test';

/**
 * The same bodies in a throw-away database on the PostgreSQL server (MARSAD_EVAL_PG, else the test server), every
 * query's ranking computed ahead (search there is asynchronous); a message instead when no server answers.
 */
async function postgresRanker(docs: Doc[], queries: Doc[]): Promise<((q: Doc) => string[]) | string> {
  const name = `marsad_eval_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_SERVER, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (err) {
    await admin.end().catch(() => {});
    return `PostgreSQL skipped: no server at ${redactUrl(PG_SERVER)} (${pgErrorMessage(err)}); start one with scripts/services.sh start`;
  }
  const url = new URL(PG_SERVER);
  url.pathname = `/${name}`;
  const store = await openPostgresStore(url.toString());
  try {
    const started = performance.now();
    for (let i = 0; i < docs.length; i += 500) {
      await store.putBatch(docs.slice(i, i + 500).map((doc) => ({ analysis: bodyOnly(doc) })));
    }
    console.log(`PostgreSQL: ${docs.length} bodies indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const hashOf = new Map(docs.map((doc) => [doc.docno, doc.hash]));
    const rankings = new Map<Doc, string[]>();
    for (const query of queries) {
      const hits = await store.search({ query: query.title, mode: 'any', limit: K, snippets: false });
      rankings.set(
        query,
        hits.map((hit) => hashOf.get(hit.id) as string),
      );
    }
    return (query) => rankings.get(query) ?? [];
  } finally {
    await store.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}

function marsadRanker(
  store: SqliteStore,
  weights: number[],
  options: { maxDocumentShare?: number; rerankDepth?: number } = {},
): (query: Doc) => string[] {
  const hashOf = store.db.prepare('SELECT body_hash FROM articles WHERE id = ?');
  const tuned = new SqliteStore(':memory:', { weights, ...options });
  // Reuse the loaded database with other bm25 weights: only the ranking changes.
  Object.assign(tuned, { db: store.db, statements: (store as unknown as { statements: unknown }).statements });
  return (query) =>
    tuned
      .search({ query: query.title, mode: 'any', limit: K, snippets: false })
      .map((hit) => (hashOf.get(hit.id) as { body_hash: string }).body_hash);
}

function bm25Only(store: SqliteStore, weights: number[]): (query: Doc) => string[] {
  return marsadRanker(store, weights, { rerankDepth: 0 });
}

function format(scores: Scores): string {
  return `MRR@10 ${scores.mrr.toFixed(3)}  recall@10 ${scores.recall.toFixed(3)}`;
}

async function main(): Promise<void> {
  try {
    statSync(CORPUS);
  } catch {
    console.error(`eval:search needs ${CORPUS} (set MARSAD_SHARED to the shared data folder); nothing to do.`);
    process.exitCode = 1;
    return;
  }
  const started = performance.now();
  const docs = loadCorpus();
  const queries = sampleQueries(docs);
  const dev = queries.slice(0, SAMPLE_SIZE / 2);
  const heldOut = queries.slice(SAMPLE_SIZE / 2);
  console.log(
    `${docs.length} bodies indexed, ${queries.length} BBC headlines (${dev.length} dev, ${heldOut.length} held-out)`,
  );
  // MARSAD_SHIPPED_ONLY=1 skips the baselines (quicker tuning runs).
  const shippedOnly = process.env.MARSAD_SHIPPED_ONLY === '1';
  const plain = shippedOnly ? () => [] : plainIndex(docs);
  const store = marsadIndex(docs);
  console.log(`indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const baselines: [string, (q: Doc) => string[]][] = [
    ['plain FTS5 unicode61 remove_diacritics 2', plain],
    ['marsad bm25 only, exact body terms (clitics + normalization)', bm25Only(store, [0, 0, 1, 0, 0, 0])],
    ['marsad bm25 only, light body stems', bm25Only(store, [0, 0, 0, 0, 0, 1])],
    [`marsad bm25 only, weights ${DEFAULT_WEIGHTS.join('/')}`, bm25Only(store, DEFAULT_WEIGHTS)],
  ];
  const variants: [string, (q: Doc) => string[]][] = [
    ...(shippedOnly ? [] : baselines),
    ['marsad (bm25 + coverage/lead rerank: the shipped search)', marsadRanker(store, DEFAULT_WEIGHTS)],
  ];
  // Tuning on the dev half: MARSAD_WEIGHTS="w1,…,w6[@share];…" adds variants.
  for (const extra of process.env.MARSAD_WEIGHTS?.split(';') ?? []) {
    const [weights, share] = extra.split('@');
    const ranker = marsadRanker(store, weights.split(',').map(Number), {
      maxDocumentShare: share ? Number(share) : undefined,
    });
    variants.push([`marsad, weights ${extra}`, ranker]);
  }
  // The shipped search on the PostgreSQL store (ts_rank, no inverse document frequency; docs/scale-out.md).
  const postgres =
    process.env.MARSAD_EVAL_NO_PG === '1'
      ? 'PostgreSQL skipped (MARSAD_EVAL_NO_PG=1)'
      : await postgresRanker(docs, queries);
  if (typeof postgres === 'string') console.log(postgres);
  else variants.push(['marsad on PostgreSQL (ts_rank: the shipped search with --store postgres://…)', postgres]);
  const devOnly = process.env.MARSAD_DEV_ONLY === '1';
  for (const [name, rank] of variants) {
    console.log(`${name}\n  dev      ${format(score(dev, rank))}`);
    if (devOnly) continue;
    console.log(`  held-out ${format(score(heldOut, rank))}\n  all      ${format(score(queries, rank))}`);
  }
  store.close();
}

await main();
