// The PostgreSQL schema as numbered migrations, mirroring schema.ts table for table and column for column, so
// both stores hold the same rows (test/store/schema-parity.test.ts checks it). Differences are only where the
// engines differ, and the feed watcher's state (feeds, feed_items), which only the embedded store keeps:
// - "end" is a reserved word in PostgreSQL and is quoted;
// - the full-text index is a table `search` with one tsvector per article (postgres-search.ts builds it from the
//   SAME analyzer terms as the FTS5 index, config `simple`) and a GIN index, instead of an FTS5 virtual table;
// - goldstein is double precision (PostgreSQL's REAL is 4 bytes: 3.4 would come back as 3.4000001);
// - mentions carry their position in the article (idx): SQLite orders them by rowid, PostgreSQL has no such order.
// `marsad_schema.version` holds the number of migrations applied. Migrating takes a transaction-scoped advisory
// lock, so many workers starting at once apply each migration exactly once.
import type { PoolClient } from 'pg';
import { MarsadError } from '../doc/errors.js';

const MIGRATIONS: string[] = [
  `
  CREATE TABLE articles (
    rowid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text NOT NULL UNIQUE,
    body_hash text NOT NULL UNIQUE,
    title text NOT NULL,
    published text,
    published_day text,
    lang text NOT NULL,
    source_kind text,
    source_path text,
    source_url text,
    source_host text,
    body text NOT NULL,
    extra text NOT NULL
  );
  CREATE INDEX articles_published ON articles(published_day);
  CREATE INDEX articles_host ON articles(source_host);

  CREATE TABLE blocks (
    article bigint NOT NULL REFERENCES articles(rowid),
    idx integer NOT NULL,
    kind text NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    PRIMARY KEY (article, idx)
  );

  CREATE TABLE entities (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key text NOT NULL UNIQUE,
    type text NOT NULL,
    name text NOT NULL,
    name_norm text NOT NULL,
    name_en text,
    wikidata text,
    country text
  );
  CREATE INDEX entities_name ON entities(name_norm);
  CREATE INDEX entities_wikidata ON entities(wikidata);
  CREATE INDEX entities_country ON entities(country);
  CREATE INDEX entities_name_en ON entities(lower(name_en));

  CREATE TABLE article_entities (
    article bigint NOT NULL REFERENCES articles(rowid),
    local_id text NOT NULL,
    idx integer NOT NULL,
    entity bigint NOT NULL REFERENCES entities(id),
    name text NOT NULL,
    local_key text,
    PRIMARY KEY (article, local_id)
  );
  CREATE INDEX article_entities_entity ON article_entities(entity, article);

  CREATE TABLE mentions (
    article bigint NOT NULL REFERENCES articles(rowid),
    entity bigint NOT NULL REFERENCES entities(id),
    local_id text NOT NULL,
    idx integer NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    text text NOT NULL,
    PRIMARY KEY (article, idx)
  );
  CREATE INDEX mentions_entity ON mentions(entity);

  CREATE TABLE quotes (
    article bigint NOT NULL REFERENCES articles(rowid),
    idx integer NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    text text NOT NULL,
    direct integer NOT NULL,
    speaker_local text,
    speaker bigint REFERENCES entities(id),
    speaker_text text,
    cue text,
    extra text,
    PRIMARY KEY (article, idx)
  );
  CREATE INDEX quotes_speaker ON quotes(speaker);

  CREATE TABLE times (
    article bigint NOT NULL REFERENCES articles(rowid),
    idx integer NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    text text NOT NULL,
    value text,
    kind text,
    PRIMARY KEY (article, idx)
  );
  CREATE INDEX times_value ON times(value);

  CREATE TABLE events (
    article bigint NOT NULL REFERENCES articles(rowid),
    idx integer NOT NULL,
    type text NOT NULL,
    mode text,
    cameo text NOT NULL,
    quad integer NOT NULL,
    goldstein double precision NOT NULL,
    source_local text,
    source bigint REFERENCES entities(id),
    target_local text,
    target bigint REFERENCES entities(id),
    source_country text,
    target_country text,
    date text,
    month text,
    negated integer NOT NULL,
    hypothetical integer NOT NULL,
    sentence_start integer NOT NULL,
    sentence_end integer NOT NULL,
    trigger_start integer NOT NULL,
    trigger_end integer NOT NULL,
    trigger_text text NOT NULL,
    extra text,
    PRIMARY KEY (article, idx)
  );
  CREATE INDEX events_countries ON events(source_country, target_country, month);
  CREATE INDEX events_source ON events(source);
  CREATE INDEX events_target ON events(target);
  CREATE INDEX events_type ON events(type, month);

  CREATE TABLE search (
    article bigint PRIMARY KEY REFERENCES articles(rowid),
    terms tsvector NOT NULL
  );
  CREATE INDEX search_terms ON search USING gin (terms);
  `,
];

export const PG_SCHEMA_VERSION = MIGRATIONS.length;
/** An arbitrary constant naming Marsad's migration lock among the server's advisory locks. */
const MIGRATION_LOCK = 0x6d617273;

/** Applies the migrations the database has not seen; refuses a database from a newer Marsad. */
export async function migratePostgres(client: PoolClient): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS marsad_schema (version integer NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM marsad_schema');
    const current = rows[0]?.version ?? 0;
    if (current > PG_SCHEMA_VERSION) {
      throw new MarsadError(
        `the database has schema version ${current}, newer than this Marsad (${PG_SCHEMA_VERSION}); upgrade Marsad`,
        'schema',
      );
    }
    for (let version = current; version < PG_SCHEMA_VERSION; version++) await client.query(MIGRATIONS[version]);
    if (rows.length === 0) await client.query('INSERT INTO marsad_schema (version) VALUES ($1)', [PG_SCHEMA_VERSION]);
    else await client.query('UPDATE marsad_schema SET version = $1', [PG_SCHEMA_VERSION]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
}
