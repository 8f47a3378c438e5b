// The scale-out acceptance test: 2,000 real articles enqueued on Redis, three worker processes writing to
// PostgreSQL, one killed with SIGKILL mid-run; the end state is exactly 2,000 articles, each stored once and
// identical (ids, entities, quotes, times, events) to an in-process SQLite ingest of the same input.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { queueConfig } from '../../src/queue/config.js';
import { jsonLogger } from '../../src/queue/log.js';
import { enqueueInputs } from '../../src/queue/producer.js';
import { queueStatus } from '../../src/queue/status.js';
import { loadInputs } from '../../src/server/load.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openStore } from '../../src/store/sqlite.js';
import { spawnWorker, waitUntil, waitUntilDrained } from './cluster.js';
import { demoCorpusFile, freshDatabase, REDIS_URL, servicesMissing } from './services.js';

const ARTICLES = 2000;
const missing = await servicesMissing();

let database: Awaited<ReturnType<typeof freshDatabase>> | undefined;
let corpus = '';
before(async () => {
  if (missing) return;
  database = await freshDatabase('workers');
  corpus = await demoCorpusFile(ARTICLES);
});
after(async () => {
  await database?.drop();
  if (corpus) rmSync(dirname(corpus), { recursive: true, force: true });
});

test('3 workers, one SIGKILLed mid-run: 2,000 articles stored once each, identical to in-process SQLite', {
  skip: missing,
  timeout: 900_000,
}, async () => {
  const db = database as NonNullable<typeof database>;
  const queue = queueConfig(REDIS_URL, {
    MARSAD_QUEUE_NAME: `test-workers-${process.pid}-${Date.now()}`,
    MARSAD_LOCK_MS: '4000',
  });
  const enqueued = await enqueueInputs(queue, [corpus], {}, jsonLogger({}, { MARSAD_LOG: 'silent' }));
  assert.equal(enqueued.enqueued, ARTICLES);
  assert.equal(enqueued.failed, 0);
  // A store with the schema in place before three processes race to migrate it (they would also be fine).
  await (await openPostgresStore(db.url)).close();

  const workers = [0, 1, 2].map(() => spawnWorker(queue, db.url));
  await waitUntil(
    async () => {
      const status = await queueStatus(queue);
      if (status.deadLetters > 0) throw new Error(`dead-lettered: ${status.latestDeadLetters[0]?.reason}`);
      return status.done >= ARTICLES / 4;
    },
    600_000,
    'a quarter of the jobs',
  );
  workers[0].child.kill('SIGKILL');
  assert.equal(await workers[0].exited, null, 'the first worker died of SIGKILL');
  await waitUntilDrained(queue, 600_000);
  for (const w of workers.slice(1)) w.child.kill('SIGTERM');
  for (const w of workers.slice(1)) assert.equal(await w.exited, 0, `a worker stops cleanly on SIGTERM:\n${w.log()}`);
  const status = await queueStatus(queue);
  assert.equal(status.failed, 0);
  assert.equal(status.deadLetters, 0);

  const postgres = await openPostgresStore(db.url);
  const sqlitePath = join(dirname(corpus), 'in-process.db');
  const sqlite = openStore(sqlitePath);
  try {
    const counts = await loadInputs(sqlite, [{ path: corpus }]);
    assert.equal(counts.stored, ARTICLES);
    const [pgStats, sqliteStats] = [await postgres.stats(), await sqlite.stats()];
    assert.equal(pgStats.articles, ARTICLES);
    assert.deepEqual(pgStats, sqliteStats);

    const client = new pg.Client(db.url);
    await client.connect();
    const { rows } = await client.query('SELECT id, count(*)::int AS n FROM articles GROUP BY id HAVING count(*) > 1');
    await client.end();
    assert.deepEqual(rows, [], 'no article stored twice');

    const ids = (sqlite.db.prepare('SELECT id FROM articles ORDER BY rowid').all() as { id: string }[]).map(
      (r) => r.id,
    );
    assert.equal(ids.length, ARTICLES);
    let compared = 0;
    for (const id of ids) {
      const [expected, actual] = [await sqlite.getArticle(id), await postgres.getArticle(id)];
      assert.ok(actual, `article ${id} is in PostgreSQL`);
      assert.deepEqual(actual, expected, `article ${id} is identical in both stores`);
      compared++;
    }
    assert.equal(compared, ARTICLES);
    // Some of these real articles have entities and events, so the comparison above is not vacuous.
    assert.ok(sqliteStats.entities > 500 && sqliteStats.events > 50, JSON.stringify(sqliteStats));
  } finally {
    sqlite.close();
    rmSync(sqlitePath, { force: true });
    await postgres.close();
  }
});
