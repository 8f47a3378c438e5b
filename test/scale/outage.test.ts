// Outages mid-run: two workers analyse 300 real articles while first PostgreSQL, then Redis are stopped and
// started again. Private servers (scripts/services.sh on other ports and a temporary data directory) so the
// shared test services and other tests are never disturbed. The workers must log clear errors, retry, dead-letter
// nothing, and end with every article stored exactly once.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { queueConfig } from '../../src/queue/config.js';
import { jsonLogger } from '../../src/queue/log.js';
import { enqueueInputs } from '../../src/queue/producer.js';
import { queueStatus } from '../../src/queue/status.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { spawnWorker, waitUntil, waitUntilDrained } from './cluster.js';
import { demoCorpusFile, services, servicesMissing } from './services.js';

const ARTICLES = 300;
const OUTAGE_MS = 4000;
const missing = await servicesMissing();

// Ports next to the shared test services' (6390, 5439); the pid keeps parallel runs apart.
const REDIS_PORT = 16_000 + (process.pid % 1000);
const PG_PORT = 17_000 + (process.pid % 1000);
const dir = mkdtempSync(join(tmpdir(), 'marsad-outage-'));
const ENV = {
  MARSAD_SERVICES_DIR: dir,
  MARSAD_REDIS_PORT: String(REDIS_PORT),
  MARSAD_PG_PORT: String(PG_PORT),
  MARSAD_PG_DB: 'marsad_outage',
};
const user = process.getuid?.() === 0 ? 'postgres' : (process.env.USER ?? 'postgres');
const STORE_URL = `postgres://${user}@127.0.0.1:${PG_PORT}/marsad_outage`;
const REDIS = `redis://127.0.0.1:${REDIS_PORT}`;

let corpus = '';
before(() => {
  if (missing) return;
  services('start', ENV);
});
after(() => {
  if (!missing) services('stop', ENV);
  rmSync(dir, { recursive: true, force: true });
  if (corpus) rmSync(dirname(corpus), { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('PostgreSQL and Redis stopped and restarted mid-run: clear errors, retries, every article stored once', {
  skip: missing,
  timeout: 120_000,
}, async () => {
  corpus = await demoCorpusFile(ARTICLES);
  const queue = queueConfig(REDIS, { MARSAD_QUEUE_NAME: 'outage', MARSAD_LOCK_MS: '4000' });
  const enqueued = await enqueueInputs(queue, [corpus], {}, jsonLogger({}, { MARSAD_LOG: 'silent' }));
  assert.equal(enqueued.enqueued, ARTICLES);
  await (await openPostgresStore(STORE_URL)).close();
  const workers = [0, 1].map(() => spawnWorker(queue, STORE_URL));
  const done = async (n: number) => (await queueStatus(queue)).done >= n;
  // A wait that times out reports the end of the workers' logs: what they were doing is the diagnosis.
  const waitFor = async (what: string, wait: () => Promise<void>) => {
    try {
      await wait();
    } catch (err) {
      const tail = workers.map((w) => w.log().split('\n').slice(-8).join('\n')).join('\n--\n');
      throw new Error(`${(err as Error).message} (${what}); worker logs end with:\n${tail}`);
    }
  };

  await waitFor('start', () => waitUntil(() => done(ARTICLES / 5), 60_000, 'a fifth of the jobs'));
  services('stop-postgres', ENV);
  await sleep(OUTAGE_MS);
  services('start-postgres', ENV);

  await waitFor('after the PostgreSQL outage', () => waitUntil(() => done(ARTICLES / 2), 60_000, 'half of the jobs'));
  services('stop-redis', ENV);
  await sleep(OUTAGE_MS);
  services('start-redis', ENV);

  await waitFor('after the Redis outage', () => waitUntilDrained(queue, 90_000));
  for (const w of workers) w.child.kill('SIGTERM');
  for (const w of workers) assert.equal(await w.exited, 0, `a worker stops cleanly on SIGTERM:\n${w.log()}`);

  const logs = workers.map((w) => w.log()).join('');
  assert.match(logs, /store unavailable; job returned to the queue/, 'the PostgreSQL outage is logged');
  const status = await queueStatus(queue);
  assert.equal(status.deadLetters, 0, 'an outage dead-letters nothing');
  assert.equal(status.failed, 0);

  const client = new pg.Client(STORE_URL);
  await client.connect();
  try {
    const { rows } = await client.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids FROM articles');
    assert.deepEqual(rows[0], { n: ARTICLES, ids: ARTICLES }, 'every article stored, none twice');
    const layers = await client.query(
      'SELECT count(*)::int AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search s WHERE s.article = a.rowid)',
    );
    assert.equal(layers.rows[0].n, 0, 'no article without its search terms (no half-written batch)');
  } finally {
    await client.end();
  }
});
