// The PostgreSQL schema mirrors the SQLite one table for table and column for column (postgres-schema.ts), so the
// two stores hold the same rows; this checks the mirror against the migrated databases themselves.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { migratePostgres } from '../../src/store/postgres-schema.js';
import { migrate } from '../../src/store/schema.js';
import { freshDatabase, postgresMissing } from '../scale/services.js';

/**
 * Where the engines differ on purpose (the header of postgres-schema.ts): the full-text index (FTS5's shadow tables
 * in SQLite, one tsvector table in PostgreSQL), row order (mentions.idx), and the feed watcher's state, which only
 * the embedded store keeps (`marsad watch` runs on SQLite).
 */
const SQLITE_ONLY = new Set(['search_config', 'search_data', 'search_docsize', 'search_idx', 'feeds', 'feed_items']);
const POSTGRES_ONLY_TABLES = new Set(['search', 'marsad_schema']);
const POSTGRES_ONLY_COLUMNS = new Set(['mentions.idx']);

function sqliteColumns(): Map<string, string[]> {
  const db = new Database(':memory:');
  migrate(db);
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")
    .all() as { name: string }[];
  const columns = new Map<string, string[]>();
  for (const { name } of tables) {
    if (SQLITE_ONLY.has(name)) continue;
    const info = db.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[];
    columns.set(name, info.map((c) => c.name).sort());
  }
  db.close();
  return columns;
}

async function postgresColumns(url: string): Promise<Map<string, string[]>> {
  const pool = new pg.Pool({ connectionString: url });
  try {
    const client = await pool.connect();
    try {
      await migratePostgres(client);
      const { rows } = await client.query<{ table_name: string; column_name: string }>(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
      );
      const columns = new Map<string, string[]>();
      for (const row of rows) {
        if (POSTGRES_ONLY_TABLES.has(row.table_name)) continue;
        if (POSTGRES_ONLY_COLUMNS.has(`${row.table_name}.${row.column_name}`)) continue;
        columns.set(row.table_name, [...(columns.get(row.table_name) ?? []), row.column_name].sort());
      }
      return columns;
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}

describe('store schemas', async () => {
  const missing = await postgresMissing();
  it('SQLite has the tables of the design (one per layer)', () => {
    const tables = [...sqliteColumns().keys()];
    for (const t of ['articles', 'blocks', 'entities', 'article_entities', 'mentions', 'quotes', 'times', 'events'])
      assert.ok(tables.includes(t), `${t} in ${tables.join(', ')}`);
  });
  it('PostgreSQL has the same tables and columns as SQLite', { skip: missing }, async () => {
    const database = await freshDatabase('parity');
    try {
      const expected = Object.fromEntries([...sqliteColumns()].sort());
      const actual = Object.fromEntries([...(await postgresColumns(database.url))].sort());
      assert.deepEqual(actual, expected);
    } finally {
      await database.drop();
    }
  });
});
