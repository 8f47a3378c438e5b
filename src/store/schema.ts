// The SQLite schema as numbered migrations. `PRAGMA user_version` holds the number of migrations applied;
// opening a database applies the missing ones in order, each in its own transaction.
//
// One table per layer (design.md): articles, blocks, entities (merged across articles by key),
// article_entities (an article's local entity ids → the merged entity), mentions, quotes, times, events.
// Spans are UTF-16 offsets into articles.body. The full-text index is a contentless FTS5 table whose rowid
// is the article's rowid; it holds analyzer terms (analyzer.ts), never text shown to users.
import type Database from 'better-sqlite3';
import { MarsadError } from '../doc/errors.js';

const MIGRATIONS: string[] = [
  `
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    body_hash TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    published TEXT,
    published_day TEXT,
    lang TEXT NOT NULL,
    source_kind TEXT,
    source_path TEXT,
    source_url TEXT,
    source_host TEXT,
    body TEXT NOT NULL,
    extra TEXT NOT NULL
  );
  CREATE INDEX articles_published ON articles(published_day);
  CREATE INDEX articles_host ON articles(source_host);

  CREATE TABLE blocks (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (article, idx)
  ) WITHOUT ROWID;

  CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    name_norm TEXT NOT NULL,
    name_en TEXT,
    wikidata TEXT,
    country TEXT
  );
  CREATE INDEX entities_name ON entities(name_norm);
  CREATE INDEX entities_wikidata ON entities(wikidata);
  CREATE INDEX entities_country ON entities(country);

  CREATE TABLE article_entities (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    local_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    entity INTEGER NOT NULL REFERENCES entities(id),
    name TEXT NOT NULL,
    local_key TEXT,
    PRIMARY KEY (article, local_id)
  ) WITHOUT ROWID;
  CREATE INDEX article_entities_entity ON article_entities(entity, article);

  CREATE TABLE mentions (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    entity INTEGER NOT NULL REFERENCES entities(id),
    local_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX mentions_article ON mentions(article);
  CREATE INDEX mentions_entity ON mentions(entity);

  CREATE TABLE quotes (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    direct INTEGER NOT NULL,
    speaker_local TEXT,
    speaker INTEGER REFERENCES entities(id),
    speaker_text TEXT,
    cue TEXT,
    extra TEXT,
    PRIMARY KEY (article, idx)
  ) WITHOUT ROWID;
  CREATE INDEX quotes_speaker ON quotes(speaker);

  CREATE TABLE times (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    kind TEXT,
    PRIMARY KEY (article, idx)
  ) WITHOUT ROWID;
  CREATE INDEX times_value ON times(value);

  CREATE TABLE events (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT NOT NULL,
    quad INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    source_local TEXT,
    source INTEGER REFERENCES entities(id),
    target_local TEXT,
    target INTEGER REFERENCES entities(id),
    source_country TEXT,
    target_country TEXT,
    date TEXT,
    month TEXT,
    negated INTEGER NOT NULL,
    hypothetical INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    extra TEXT,
    PRIMARY KEY (article, idx)
  ) WITHOUT ROWID;
  CREATE INDEX events_countries ON events(source_country, target_country, month);
  CREATE INDEX events_source ON events(source);
  CREATE INDEX events_target ON events(target);
  CREATE INDEX events_type ON events(type, month);

  CREATE VIRTUAL TABLE search USING fts5(
    title, lead, body, title_light, lead_light, body_light,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
  );
  `,
  // Document frequencies of index terms, to leave out words found nearly everywhere from ranked queries.
  `CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search, 'row');`,
  // The feed watcher's state, so that a restart picks up where it stopped.
  `
  CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    last_polled INTEGER,
    failures INTEGER NOT NULL DEFAULT 0,
    next_poll_at INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
  );
  CREATE TABLE feed_items (
    feed TEXT NOT NULL,
    item TEXT NOT NULL,
    article_id TEXT,
    seen_at INTEGER NOT NULL,
    PRIMARY KEY (feed, item)
  ) WITHOUT ROWID;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Applies the migrations the database has not seen; refuses a database from a newer Marsad. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new MarsadError(
      `the database has schema version ${current}, newer than this Marsad (${SCHEMA_VERSION}); upgrade Marsad`,
      'schema',
    );
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
