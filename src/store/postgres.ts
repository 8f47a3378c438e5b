// The server store: PostgreSQL through node-postgres (pg), the same tables as the SQLite store
// (postgres-schema.ts), for a corpus that many workers write and many readers share.
//
// Writes are idempotent by id and by body hash: an article goes in with INSERT … ON CONFLICT DO NOTHING, so a job
// that runs twice (a worker killed after committing, before acknowledging) stores the article once and reports
// 'duplicate' the second time. Entities merge by key with upserts taken in key order (no deadlock between
// concurrent workers); a transaction that still fails for concurrency (deadlock, serialization) or because the
// connection dropped is retried.
import pg from 'pg';
import { normalizeForMatch } from '../arabic/index.js';
import { errorMessage, MarsadError } from '../doc/errors.js';
import type { Analysis, Entity, EventRecord, Quote } from '../doc/types.js';
import { indexArticle } from './analyzer.js';
import { bodyHash, entityKey } from './identity.js';
import { migratePostgres } from './postgres-schema.js';
import { quoteLexeme, searchDocument, TS_RANK_WEIGHTS, toTsQuery } from './postgres-search.js';
import { type ParsedQuery, parseQuery, queryTerms } from './query.js';
import { queryWords, RERANK_DEPTH, rankByEvidence, scanBytesFor } from './rerank.js';
import {
  analysisOf,
  articleColumns,
  entityLookup,
  eventCountOf,
  eventExtra,
  eventMonth,
  quoteExtra,
  type Row,
  storedEntityOf,
  storedQuoteOf,
} from './rows.js';
import { makeSnippet } from './snippet.js';
import type {
  EventCount,
  PutOutcome,
  SearchHit,
  SearchRequest,
  Store,
  StoredEntity,
  StoredQuote,
  StoreItem,
  StoreStats,
} from './types.js';

const DEFAULT_LIMIT = 10;
/** ts_rank normalization 1: divide by 1 + log(document length), as bm25 dampens long documents. */
const RANK_NORMALIZATION = 1;
const MAX_ATTEMPTS = 5;
/**
 * ts_rank (normalized, about 0–1) times this is the rerank's base score, in place of SQLite's negated bm25 (about
 * 5–25 for good hits): the first value tried, kept on the dev half of eval:search (MRR@10 0.862).
 */
const PG_RANK_SCALE = 20;
/** Distinct query words whose document frequency is looked up for the rerank's idf. */
const MAX_RERANK_TERMS = 16;
/** Characters of the body the rerank reads when no snippet needs the whole body (its byte budget, in letters). */
const RERANK_SCAN_CHARS = 20_000;
/** SQLSTATEs worth retrying: serialization failure, deadlock, and the connection-loss classes 08 and 57P0x. */
const RETRYABLE = /^(40001|40P01|08...|57P0[1-3])$/;

export interface PostgresOptions {
  /** Connections in the pool (default 4). */
  poolSize?: number;
  /** How many ts_rank candidates the second stage reorders (rerank.ts); 0 keeps ts_rank's order. */
  rerankDepth?: number;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/** Connects, applies the migrations, and returns the store; a clear one-line error when the server is not there. */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 4,
    connectionTimeoutMillis: 10_000,
    // bigint ids and counts come back as numbers (they stay far below 2^53).
    types: { getTypeParser: (oid: number, format?: 'text' | 'binary') => pgTypeParser(oid, format) },
  });
  // An idle connection the server closes must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  let client: pg.PoolClient | undefined;
  try {
    client = await pool.connect();
    await migratePostgres(client);
  } catch (err) {
    client?.release();
    await pool.end().catch(() => {});
    if (err instanceof MarsadError) throw err;
    throw new MarsadError(`cannot open the PostgreSQL store ${redactUrl(url)}: ${pgErrorMessage(err)}`, 'db');
  }
  client.release();
  return new PostgresStore(pool, url, options.rerankDepth ?? RERANK_DEPTH);
}

function pgTypeParser(oid: number, format?: 'text' | 'binary') {
  if (oid === pg.types.builtins.INT8) return (value: string) => Number(value);
  return pg.types.getTypeParser(oid, format ?? 'text');
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}

/** A readable reason for a pg error (connection refused has an empty message inside an AggregateError). */
export function pgErrorMessage(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length > 0) return pgErrorMessage(err.errors[0]);
  const code = (err as { code?: string }).code;
  const message = errorMessage(err);
  return message || code || 'unknown error';
}

function isRetryable(err: unknown): boolean {
  if (err instanceof AggregateError) return err.errors.some(isRetryable);
  const code = (err as { code?: string }).code ?? '';
  return RETRYABLE.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class PostgresStore implements Store {
  constructor(
    readonly pool: pg.Pool,
    readonly url: string,
    private readonly rerankDepth = RERANK_DEPTH,
  ) {}

  async putAnalysis(analysis: Analysis): Promise<PutOutcome> {
    return (await this.putBatch([{ analysis }]))[0];
  }

  /** Stores the items in one transaction (retried whole on deadlock or a dropped connection). */
  async putBatch(items: StoreItem[]): Promise<PutOutcome[]> {
    if (items.length === 0) return [];
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.transaction((client) => putItems(client, items));
      } catch (err) {
        if (attempt >= MAX_ATTEMPTS || !isRetryable(err)) {
          throw new MarsadError(`cannot store in PostgreSQL: ${pgErrorMessage(err)}`, 'db');
        }
        await sleep(100 * 2 ** attempt);
      }
    }
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    // A connection that drops while checked out emits 'error' on the client, which would end the process with
    // no listener; the statement in flight fails instead, and the batch is retried on a new connection.
    const dropped = () => {
      broken = true;
    };
    client.on('error', dropped);
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw err;
    } finally {
      client.off('error', dropped);
      client.release(broken);
    }
  }

  private async rows(sql: string, params: unknown[] = []): Promise<Row[]> {
    try {
      return (await this.pool.query(sql, params)).rows;
    } catch (err) {
      throw new MarsadError(`PostgreSQL query failed: ${pgErrorMessage(err)}`, 'db');
    }
  }

  async hasId(id: string): Promise<boolean> {
    return (await this.rows('SELECT 1 FROM articles WHERE id = $1', [id])).length > 0;
  }

  async hasBody(hash: string): Promise<boolean> {
    return (await this.rows('SELECT 1 FROM articles WHERE body_hash = $1', [hash])).length > 0;
  }

  async getArticle(id: string): Promise<Analysis | null> {
    const [article] = await this.rows('SELECT * FROM articles WHERE id = $1', [id]);
    if (!article) return null;
    const rowid = article.rowid as number;
    const [blocks, entities, mentions, quotes, times, events] = await Promise.all([
      this.rows('SELECT kind, start, "end" FROM blocks WHERE article = $1 ORDER BY idx', [rowid]),
      this.rows(
        `SELECT ae.local_id, ae.name, ae.local_key, e.type, e.name_en, e.wikidata, e.country FROM article_entities ae
          JOIN entities e ON e.id = ae.entity WHERE ae.article = $1 ORDER BY ae.idx`,
        [rowid],
      ),
      this.rows('SELECT local_id, start, "end", text FROM mentions WHERE article = $1 ORDER BY idx', [rowid]),
      this.rows('SELECT * FROM quotes WHERE article = $1 ORDER BY idx', [rowid]),
      this.rows('SELECT * FROM times WHERE article = $1 ORDER BY idx', [rowid]),
      this.rows('SELECT * FROM events WHERE article = $1 ORDER BY idx', [rowid]),
    ]);
    return analysisOf({ article, blocks, entities, mentions, quotes, times, events });
  }

  async search(request: SearchRequest): Promise<SearchHit[]> {
    const parsed = parseQuery(request.query);
    const query = toTsQuery(parsed, { mode: request.mode });
    const limit = request.limit ?? DEFAULT_LIMIT;
    const rerankOn = this.rerankDepth > 0;
    const { sql, params } = await this.searchSql(
      { ...request, limit: rerankOn ? Math.max(limit, this.rerankDepth) : limit },
      query,
      rerankOn,
    );
    let rows: Row[];
    try {
      rows = (await this.pool.query(sql, params)).rows;
    } catch (err) {
      throw new MarsadError(`search failed: ${pgErrorMessage(err)}`, 'search');
    }
    const ranked = rerankOn
      ? await this.rerankRows(parsed, rows)
      : rows.map((row) => ({ row, score: row.rank as number }));
    const terms = request.snippets === false ? null : queryTerms(parsed);
    return ranked.slice(0, limit).map(({ row, score }) => ({
      id: row.id as string,
      title: row.title as string,
      url: (row.source_url as string | null) ?? null,
      published: (row.published as string | null) ?? null,
      score: Math.round(score * 1000) / 1000,
      snippet: terms ? makeSnippet(row.body as string, terms) : '',
    }));
  }

  /** The second stage of SQLite's ranking (rerank.ts) over the ts_rank candidates, with idf from this store. */
  private async rerankRows(parsed: ParsedQuery, rows: Row[]): Promise<{ row: Row; score: number }[]> {
    const base = rows.map((row, i) => ({ rowid: i, base: PG_RANK_SCALE * (row.rank as number) }));
    if (rows.length < 2) return base.map((c) => ({ row: rows[c.rowid], score: c.base }));
    const { df, documents } = await this.termStats(
      parsed.groups.flat().flatMap((unit) => unit.tokens.map((t) => t.term)),
    );
    const words = queryWords(parsed, (term) => df.get(term) ?? 0, documents);
    const scanChars = scanBytesFor(parsed) / 2;
    const texts = rows.map((row, i) => ({
      rowid: i,
      title: row.title as string,
      body: (row.body as string).slice(0, scanChars),
    }));
    const ranked =
      words.length === 0 ? base.map((c) => ({ rowid: c.rowid, score: c.base })) : rankByEvidence(words, base, texts);
    return ranked.map(({ rowid, score }) => ({ row: rows[rowid], score }));
  }

  /** How many articles there are and how many hold each term (exact form), in one round trip. */
  private async termStats(terms: string[]): Promise<{ df: Map<string, number>; documents: number }> {
    const distinct = [...new Set(terms)].slice(0, MAX_RERANK_TERMS);
    const counts = distinct.map((_, k) => `(SELECT count(*) FROM search WHERE terms @@ $${k + 1}::tsquery) AS d${k}`);
    const [row] = await this.rows(
      `SELECT (SELECT count(*) FROM articles) AS documents${counts.map((c) => `, ${c}`).join('')}`,
      distinct.map(quoteLexeme),
    );
    return {
      df: new Map(distinct.map((term, k) => [term, row[`d${k}`] as number])),
      documents: row.documents as number,
    };
  }

  private async searchSql(
    request: SearchRequest,
    query: string,
    rerankOn: boolean,
  ): Promise<{ sql: string; params: unknown[] }> {
    const params: unknown[] = [query, TS_RANK_WEIGHTS];
    const where: string[] = ['s.terms @@ q.query'];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (request.entity) {
      const ids = await this.findEntityIds(request.entity);
      where.push(`a.rowid IN (SELECT article FROM article_entities WHERE entity = ANY(${param(ids)}::bigint[]))`);
    }
    if (request.country) {
      where.push(
        `a.rowid IN (SELECT ae.article FROM article_entities ae JOIN entities e ON e.id = ae.entity
          WHERE e.country = ${param(request.country.toUpperCase())})`,
      );
    }
    if (request.from) where.push(`a.published_day >= ${param(request.from.slice(0, 10))}`);
    if (request.to) where.push(`a.published_day <= ${param(request.to.slice(0, 10))}`);
    if (request.source) {
      const like = param(`%${request.source.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(a.source_host LIKE ${like} OR a.source_url LIKE ${like} OR a.source_path LIKE ${like})`);
    }
    // The rerank reads the title and the opening of the body; snippets need the whole body.
    const body =
      request.snippets !== false
        ? ', a.body AS body'
        : rerankOn
          ? `, substr(a.body, 1, ${RERANK_SCAN_CHARS}) AS body`
          : '';
    const sql = `SELECT a.id AS id, a.title AS title, a.source_url AS source_url, a.published AS published${body},
        ts_rank($2::real[], s.terms, q.query, ${RANK_NORMALIZATION}) AS rank
      FROM search s JOIN articles a ON a.rowid = s.article, (SELECT $1::tsquery AS query) q
      WHERE ${where.join(' AND ')} ORDER BY rank DESC, a.rowid LIMIT ${Math.trunc(request.limit ?? DEFAULT_LIMIT)}`;
    return { sql, params };
  }

  private async findEntityRows(ref: string): Promise<Row[]> {
    const { ref: key, wd, norm, en } = entityLookup(ref, normalizeForMatch);
    return this.rows(
      `SELECT e.*, (SELECT count(*) FROM article_entities ae WHERE ae.entity = e.id) AS articles FROM entities e
        WHERE e.key = $1 OR e.wikidata = $2 OR e.name_norm = $3 OR lower(e.name_en) = $4
        ORDER BY articles DESC, e.id`,
      [key, wd, norm, en],
    );
  }

  private async findEntityIds(ref: string): Promise<number[]> {
    return (await this.findEntityRows(ref)).map((row) => row.id as number);
  }

  async findEntities(ref: string): Promise<StoredEntity[]> {
    return (await this.findEntityRows(ref)).map(storedEntityOf);
  }

  async quotesByEntity(ref: string): Promise<StoredQuote[]> {
    const ids = await this.findEntityIds(ref);
    if (ids.length === 0) return [];
    const rows = await this.rows(
      `SELECT a.id AS article_id, q.text, q.start, q."end", q.direct, q.cue FROM quotes q
        JOIN articles a ON a.rowid = q.article WHERE q.speaker = ANY($1::bigint[])
        ORDER BY a.published_day NULLS FIRST, a.id, q.idx`,
      [ids],
    );
    return rows.map(storedQuoteOf);
  }

  async eventsBetween(countryA: string, countryB: string): Promise<EventCount[]> {
    const rows = await this.rows(
      `SELECT month, type, count(*) AS count FROM events
        WHERE (source_country = $1 AND target_country = $2) OR (source_country = $2 AND target_country = $1)
        GROUP BY month, type ORDER BY month NULLS FIRST, type`,
      [countryA.toUpperCase(), countryB.toUpperCase()],
    );
    return rows.map(eventCountOf);
  }

  async articlesMentioning(refs: string[]): Promise<string[]> {
    if (refs.length === 0) return [];
    const parts: string[] = [];
    const params: number[][] = [];
    for (const ref of refs) {
      const ids = await this.findEntityIds(ref);
      if (ids.length === 0) return [];
      params.push(ids);
      parts.push(`SELECT article FROM article_entities WHERE entity = ANY($${params.length}::bigint[])`);
    }
    const sql = `SELECT id FROM articles WHERE rowid IN (${parts.join(' INTERSECT ')})
      ORDER BY published_day NULLS FIRST, id`;
    return (await this.rows(sql, params)).map((r) => r.id as string);
  }

  async stats(): Promise<StoreStats> {
    const [row] = await this.rows(
      `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM entities) AS entities,
        (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM quotes) AS quotes,
        (SELECT count(*) FROM times) AS times, (SELECT count(*) FROM events) AS events`,
    );
    return row as unknown as StoreStats;
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => {});
  }
}

type Column<T> = [name: string, type: string, value: (row: T) => unknown];

/**
 * Inserts many rows with one statement: one array parameter per column, unnest()ed in order. Returns the rows of
 * `returning` (e.g. "ON CONFLICT DO NOTHING RETURNING rowid, id").
 */
async function insertRows<T>(
  client: pg.PoolClient,
  table: string,
  columns: Column<T>[],
  rows: T[],
  returning = '',
): Promise<Row[]> {
  if (rows.length === 0) return [];
  const names = columns.map(([name]) => (name === 'end' ? '"end"' : name)).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const sql = `INSERT INTO ${table} (${names}) SELECT ${names} FROM unnest(${arrays}) WITH ORDINALITY AS t(${names}, ord)
    ORDER BY ord ${returning}`;
  return (
    await client.query(
      sql,
      columns.map(([, , value]) => rows.map(value)),
    )
  ).rows;
}

/** One stored article and what its layers need: its rowid and its local entity id → stored entity id. */
interface Placed {
  analysis: Analysis;
  index?: StoreItem['index'];
  rowid: number;
  local: Map<string, number>;
}

/**
 * Inserts the articles that are new, then all their layers with one statement per table; the outcome of each item
 * in order. Statements per batch are constant, so a worker writing a batch pays a dozen round trips and one commit.
 */
async function putItems(client: pg.PoolClient, items: StoreItem[]): Promise<PutOutcome[]> {
  const inserted = await insertRows(
    client,
    'articles',
    ARTICLE_COLUMNS,
    items.map(({ analysis }) => articleColumns(analysis, bodyHash(analysis.body))),
    'ON CONFLICT DO NOTHING RETURNING rowid, id',
  );
  const rowids = new Map(inserted.map((row) => [row.id as string, row.rowid as number]));
  const placed: Placed[] = [];
  const outcomes = items.map(({ analysis, index }): PutOutcome => {
    const rowid = rowids.get(analysis.id);
    if (rowid === undefined) return 'duplicate';
    rowids.delete(analysis.id); // the same id twice in one batch: the first is stored
    placed.push({ analysis, index, rowid, local: new Map() });
    return 'stored';
  });
  const entityIds = await upsertEntities(
    client,
    placed.flatMap(({ analysis }) => analysis.entities),
  );
  for (const item of placed) {
    for (const entity of item.analysis.entities) item.local.set(entity.id, entityIds.get(entityKey(entity)) as number);
  }
  await insertLayers(client, placed);
  return outcomes;
}

type ArticleRow = ReturnType<typeof articleColumns>;
const ARTICLE_COLUMNS: Column<ArticleRow>[] = (
  [
    'id',
    'body_hash',
    'title',
    'published',
    'published_day',
    'lang',
    'source_kind',
    'source_path',
    'source_url',
    'source_host',
    'body',
    'extra',
  ] as const
).map((name) => [name, 'text', (row: ArticleRow) => row[name]]);

/**
 * Merges entities into the store by key and returns key → entity id. Keys are taken in sorted order so that two
 * workers upserting overlapping sets lock rows in the same order. The first article to name an entity sets its
 * type and name; the English name, Wikidata id and country are filled from any article that knows them and, when
 * two articles disagree, the smallest value wins: the result must not depend on which worker commits first.
 * An entity that gains nothing gets no new row version (that matters for hot entities such as countries).
 */
async function upsertEntities(client: pg.PoolClient, entities: Entity[]): Promise<Map<string, number>> {
  const byKey = new Map<string, Entity>();
  for (const entity of entities) {
    const key = entityKey(entity);
    const first = byKey.get(key);
    if (!first) byKey.set(key, { ...entity });
    else {
      first.nameEn = least(first.nameEn, entity.nameEn);
      first.wikidata = least(first.wikidata, entity.wikidata);
      first.country = least(first.country, entity.country);
    }
  }
  const ids = new Map<string, number>();
  if (byKey.size === 0) return ids;
  const keys = [...byKey.keys()].sort();
  const list = keys.map((key) => byKey.get(key) as Entity);
  const { rows } = await client.query(
    `INSERT INTO entities (key, type, name, name_norm, name_en, wikidata, country)
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
      ON CONFLICT (key) DO UPDATE SET name_en = least(entities.name_en COLLATE "C", excluded.name_en),
        wikidata = least(entities.wikidata COLLATE "C", excluded.wikidata), country = least(entities.country COLLATE "C", excluded.country)
        WHERE least(entities.name_en COLLATE "C", excluded.name_en) IS DISTINCT FROM entities.name_en
          OR least(entities.wikidata COLLATE "C", excluded.wikidata) IS DISTINCT FROM entities.wikidata
          OR least(entities.country COLLATE "C", excluded.country) IS DISTINCT FROM entities.country
      RETURNING id, key`,
    [
      keys,
      list.map((e) => e.type),
      list.map((e) => e.name),
      list.map((e) => normalizeForMatch(e.name)),
      list.map((e) => e.nameEn ?? null),
      list.map((e) => e.wikidata ?? null),
      list.map((e) => e.country ?? null),
    ],
  );
  for (const row of rows) ids.set(row.key as string, row.id as number);
  // Neither inserted nor updated: already stored and complete.
  const missing = keys.filter((key) => !ids.has(key));
  if (missing.length > 0) {
    const found = await client.query('SELECT id, key FROM entities WHERE key = ANY($1::text[])', [missing]);
    for (const row of found.rows) ids.set(row.key as string, row.id as number);
  }
  return ids;
}

/** Rows of one layer of every placed article, with the article's rowid, its index in the layer and its entity map. */
function layerRows<T>(placed: Placed[], layer: (a: Analysis) => T[]) {
  return placed.flatMap(({ analysis, rowid, local }) =>
    layer(analysis).map((value, idx) => ({ rowid, idx, value, local })),
  );
}

type LayerRow<T> = { rowid: number; idx: number; value: T; local: Map<string, number> };
const ARTICLE_IDX: Column<LayerRow<unknown>>[] = [
  ['article', 'bigint', (r) => r.rowid],
  ['idx', 'int', (r) => r.idx],
];
const stored = (r: LayerRow<unknown>, ref: string | null) => (ref ? (r.local.get(ref) ?? null) : null);

async function insertLayers(client: pg.PoolClient, placed: Placed[]): Promise<void> {
  await insertRows(
    client,
    'blocks',
    [
      ...ARTICLE_IDX,
      ['kind', 'text', (r) => r.value.kind],
      ['start', 'int', (r) => r.value.start],
      ['end', 'int', (r) => r.value.end],
    ],
    layerRows(placed, (a) => a.blocks),
  );
  await insertRows(
    client,
    'article_entities',
    [
      ['article', 'bigint', (r) => r.rowid],
      ['local_id', 'text', (r) => r.value.id],
      ['idx', 'int', (r) => r.idx],
      ['entity', 'bigint', (r) => r.local.get(r.value.id)],
      ['name', 'text', (r) => r.value.name],
      ['local_key', 'text', (r) => r.value.key ?? null],
    ],
    layerRows(placed, (a) => a.entities),
  );
  await insertRows(client, 'mentions', MENTION_COLUMNS, layerRows(placed, mentionsOf));
  await insertRows(
    client,
    'quotes',
    QUOTE_COLUMNS,
    layerRows(placed, (a) => a.quotes),
  );
  await insertRows(
    client,
    'times',
    [
      ...ARTICLE_IDX,
      ['start', 'int', (r) => r.value.start],
      ['end', 'int', (r) => r.value.end],
      ['text', 'text', (r) => r.value.text],
      ['value', 'text', (r) => r.value.value],
      ['kind', 'text', (r) => r.value.kind ?? null],
    ],
    layerRows(placed, (a) => a.times),
  );
  await insertRows(
    client,
    'events',
    EVENT_COLUMNS,
    layerRows(placed, (a) => a.events),
  );
  await insertRows(
    client,
    'search',
    [
      ['article', 'bigint', (p) => p.rowid],
      ['terms', 'tsvector', (p) => searchDocument(p.index ?? indexArticle(p.analysis.title, p.analysis.body))],
    ],
    placed,
  );
}

/** Mentions in article order, each with the local id of its entity. */
function mentionsOf(analysis: Analysis) {
  return analysis.entities.flatMap((entity) => entity.mentions.map((m) => ({ ...m, entity: entity.id })));
}

const MENTION_COLUMNS: Column<LayerRow<ReturnType<typeof mentionsOf>[number]>>[] = [
  ...ARTICLE_IDX,
  ['entity', 'bigint', (r) => r.local.get(r.value.entity)],
  ['local_id', 'text', (r) => r.value.entity],
  ['start', 'int', (r) => r.value.start],
  ['end', 'int', (r) => r.value.end],
  ['text', 'text', (r) => r.value.text],
];

const QUOTE_COLUMNS: Column<LayerRow<Quote>>[] = [
  ...ARTICLE_IDX,
  ['start', 'int', (r) => r.value.start],
  ['end', 'int', (r) => r.value.end],
  ['text', 'text', (r) => r.value.text],
  ['direct', 'int', (r) => (r.value.direct ? 1 : 0)],
  ['speaker_local', 'text', (r) => r.value.speaker],
  ['speaker', 'bigint', (r) => stored(r, r.value.speaker)],
  ['speaker_text', 'text', (r) => r.value.speakerText],
  ['cue', 'text', (r) => r.value.cue],
  ['extra', 'text', (r) => quoteExtra(r.value)],
];

const EVENT_COLUMNS: Column<LayerRow<EventRecord>>[] = [
  ...ARTICLE_IDX,
  ['type', 'text', (r) => r.value.type],
  ['mode', 'text', (r) => r.value.mode ?? null],
  ['cameo', 'text', (r) => r.value.cameo],
  ['quad', 'int', (r) => r.value.quad],
  ['goldstein', 'float8', (r) => r.value.goldstein],
  ['source_local', 'text', (r) => r.value.source],
  ['source', 'bigint', (r) => stored(r, r.value.source)],
  ['target_local', 'text', (r) => r.value.target],
  ['target', 'bigint', (r) => stored(r, r.value.target)],
  ['source_country', 'text', (r) => r.value.sourceCountry],
  ['target_country', 'text', (r) => r.value.targetCountry],
  ['date', 'text', (r) => r.value.date],
  ['month', 'text', (r) => eventMonth(r.value)],
  ['negated', 'int', (r) => (r.value.negated ? 1 : 0)],
  ['hypothetical', 'int', (r) => (r.value.hypothetical ? 1 : 0)],
  ['sentence_start', 'int', (r) => r.value.sentence.start],
  ['sentence_end', 'int', (r) => r.value.sentence.end],
  ['trigger_start', 'int', (r) => r.value.trigger.start],
  ['trigger_end', 'int', (r) => r.value.trigger.end],
  ['trigger_text', 'text', (r) => r.value.trigger.text],
  ['extra', 'text', (r) => eventExtra(r.value)],
];

/** The smaller of two optional values (PostgreSQL's least(), which ignores NULLs). */
function least(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || a === null) return b ?? undefined;
  if (b === undefined || b === null) return a;
  return a < b ? a : b;
}
