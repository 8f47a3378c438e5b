// Where the commands choose their store: a SQLite file (--db, the default ./marsad.db) or a PostgreSQL server
// (--store postgres://… or $MARSAD_STORE). Every command that reads or writes the corpus opens it here, so the
// rule is the same everywhere: --store, else --db, else $MARSAD_STORE, else ./marsad.db.
import { existsSync } from 'node:fs';
import { MarsadError } from '../doc/errors.js';
import { isPostgresUrl, openPostgresStore, redactUrl } from './postgres.js';
import { PostgresReadModel, type ReadModel, SqliteReadModel } from './read-model.js';
import { AsyncSqliteStore, openStore as openSqlite } from './sqlite.js';
import type { Store } from './types.js';

export const DEFAULT_DB = './marsad.db';

export interface StoreFlags {
  /** A SQLite file. */
  db?: string;
  /** A PostgreSQL URL (or a SQLite file). */
  store?: string;
}

export interface OpenedStore {
  store: Store;
  readModel: ReadModel;
  /** What to show the user: the file, or the URL without its password. */
  label: string;
  kind: 'sqlite' | 'postgres';
}

/** The store the flags and the environment name. */
export function storeLocation(flags: StoreFlags, env: NodeJS.ProcessEnv = process.env): string {
  if (flags.db && flags.store) throw new MarsadError('give either --db or --store, not both', 'usage', 2);
  return flags.store ?? flags.db ?? (env.MARSAD_STORE || DEFAULT_DB);
}

/**
 * Opens the store (SQLite files are migrated on open; PostgreSQL gets its migrations applied). With `mustExist`,
 * a missing SQLite file is a clear error instead of a new empty database.
 */
export async function connectStore(flags: StoreFlags, options: { mustExist?: boolean } = {}): Promise<OpenedStore> {
  const location = storeLocation(flags);
  if (isPostgresUrl(location)) {
    const store = await openPostgresStore(location);
    return { store, readModel: new PostgresReadModel(store.pool), label: redactUrl(location), kind: 'postgres' };
  }
  if (options.mustExist && location !== ':memory:' && !existsSync(location)) {
    throw new MarsadError(`no store at ${location}; run \`marsad ingest\` first`, 'missing');
  }
  const sqlite = openSqlite(location);
  return {
    store: new AsyncSqliteStore(sqlite),
    readModel: new SqliteReadModel(sqlite.db),
    label: location,
    kind: 'sqlite',
  };
}
