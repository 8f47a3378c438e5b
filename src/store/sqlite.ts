// The embedded store: SQLite through better-sqlite3, WAL mode, one table per layer (schema.ts).
import Database from 'better-sqlite3';
import { normalizeForMatch } from '../arabic/index.js';
import { errorMessage, MarsadError } from '../doc/errors.js';
import type { Analysis, Entity, EventRecord, Quote } from '../doc/types.js';
import { indexArticle } from './analyzer.js';
import { bodyHash, entityKey } from './identity.js';
import { parseQuery, queryTerms, toMatchExpression } from './query.js';
import { RERANK_DEPTH, rerank } from './rerank.js';
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
import { migrate, SCHEMA_VERSION } from './schema.js';
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
  SyncStore,
} from './types.js';

/** bm25 weights of the columns title, lead, body, title_light, lead_light, body_light (tuned on eval:search dev). */
export const DEFAULT_WEIGHTS = [2, 2, 1, 1, 2, 1];
const DEFAULT_LIMIT = 10;

export interface OpenOptions {
  readonly?: boolean;
  /** bm25 column weights (see DEFAULT_WEIGHTS). */
  weights?: number[];
  /** Ranked ('any') queries match words found in more than this share of articles in titles and leads only. */
  maxDocumentShare?: number;
  /** How many bm25 candidates the second stage reorders (0: bm25 order only). */
  rerankDepth?: number;
}

export function openStore(path: string, options: OpenOptions = {}): SqliteStore {
  return new SqliteStore(path, options);
}

export class SqliteStore implements SyncStore {
  readonly db: Database.Database;
  private readonly weights: number[];
  private readonly maxDocumentShare?: number;
  private readonly rerankDepth: number;
  private readonly statements: ReturnType<typeof prepareStatements>;
  private readonly entityIds = new Map<string, number>();

  constructor(path: string, options: OpenOptions = {}) {
    try {
      this.db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
      if (!options.readonly) {
        this.db.pragma('journal_mode = WAL');
        this.db.pragma('synchronous = NORMAL');
        migrate(this.db);
      } else if ((this.db.pragma('user_version', { simple: true }) as number) < SCHEMA_VERSION) {
        this.db.close();
        throw new MarsadError(
          `${path} has an older schema; open it once for writing (e.g. marsad ingest) to upgrade`,
          'db',
        );
      }
      this.db.pragma('busy_timeout = 5000');
    } catch (err) {
      if (err instanceof MarsadError) throw err;
      throw new MarsadError(`cannot open the database ${path}: ${errorMessage(err)}`, 'db');
    }
    this.weights = options.weights ?? DEFAULT_WEIGHTS;
    this.maxDocumentShare = options.maxDocumentShare;
    this.rerankDepth = options.rerankDepth ?? RERANK_DEPTH;
    this.statements = prepareStatements(this.db);
  }

  putAnalysis(analysis: Analysis): PutOutcome {
    return this.putBatch([{ analysis }])[0];
  }

  /** All or nothing: one transaction; a bad item throws a MarsadError and nothing of the batch is kept. */
  putBatch(items: StoreItem[]): PutOutcome[] {
    try {
      return this.db.transaction(() => items.map((item) => this.putOne(item)))();
    } catch (err) {
      this.entityIds.clear();
      throw new MarsadError(`cannot store the batch: ${errorMessage(err)}`, 'store');
    }
  }

  /** One transaction in which a bad item is rolled back alone (a savepoint each) and reported with its reason. */
  putBatchReporting(items: StoreItem[]): ({ status: PutOutcome } | { status: 'failed'; error: string })[] {
    const putOne = this.db.transaction((item: StoreItem) => this.putOne(item));
    try {
      return this.db.transaction(() =>
        items.map((item) => {
          try {
            return { status: putOne(item) };
          } catch (err) {
            this.entityIds.clear();
            return { status: 'failed' as const, error: errorMessage(err) };
          }
        }),
      )();
    } catch (err) {
      this.entityIds.clear();
      throw new MarsadError(`cannot write to the database: ${errorMessage(err)}`, 'db');
    }
  }

  private putOne({ analysis, index }: StoreItem): PutOutcome {
    const hash = bodyHash(analysis.body);
    if (this.hasId(analysis.id) || this.hasBody(hash)) return 'duplicate';
    const s = this.statements;
    const rowid = Number(s.insertArticle.run(articleColumns(analysis, hash)).lastInsertRowid);
    analysis.blocks.forEach((block, idx) => {
      s.insertBlock.run(rowid, idx, block.kind, block.start, block.end);
    });
    const local = this.putEntities(rowid, analysis.entities);
    this.putQuotes(rowid, analysis.quotes, local);
    analysis.times.forEach((time, idx) => {
      s.insertTime.run(rowid, idx, time.start, time.end, time.text, time.value, time.kind ?? null);
    });
    this.putEvents(rowid, analysis.events, local);
    const terms = index ?? indexArticle(analysis.title, analysis.body);
    s.insertSearch.run(rowid, terms.title, terms.lead, terms.body, terms.titleLight, terms.leadLight, terms.bodyLight);
    return 'stored';
  }

  /** Merges the article's entities into the store's and returns local id → stored entity id. */
  private putEntities(rowid: number, entities: Entity[]): Map<string, number> {
    const local = new Map<string, number>();
    entities.forEach((entity, idx) => {
      const id = this.entityId(entity);
      local.set(entity.id, id);
      this.statements.insertArticleEntity.run(rowid, entity.id, idx, id, entity.name, entity.key ?? null);
      for (const m of entity.mentions) this.statements.insertMention.run(rowid, id, entity.id, m.start, m.end, m.text);
    });
    return local;
  }

  private entityId(entity: Entity): number {
    const key = entityKey(entity);
    const s = this.statements;
    const known = this.entityIds.get(key) ?? (s.entityByKey.get(key) as { id: number } | undefined)?.id;
    let id: number;
    if (known !== undefined) {
      id = known;
      // Later articles may know more (an English name, a country) than the first one did.
      if (entity.nameEn || entity.wikidata || entity.country) {
        s.fillEntity.run({
          en: entity.nameEn ?? null,
          wd: entity.wikidata ?? null,
          country: entity.country ?? null,
          id,
        });
      }
    } else {
      id = Number(
        s.insertEntity.run(
          key,
          entity.type,
          entity.name,
          normalizeForMatch(entity.name),
          entity.nameEn ?? null,
          entity.wikidata ?? null,
          entity.country ?? null,
        ).lastInsertRowid,
      );
    }
    this.entityIds.set(key, id);
    return id;
  }

  private putQuotes(rowid: number, quotes: Quote[], local: Map<string, number>): void {
    quotes.forEach((q, idx) => {
      this.statements.insertQuote.run(
        rowid,
        idx,
        q.start,
        q.end,
        q.text,
        q.direct ? 1 : 0,
        q.speaker,
        q.speaker ? (local.get(q.speaker) ?? null) : null,
        q.speakerText,
        q.cue,
        quoteExtra(q),
      );
    });
  }

  private putEvents(rowid: number, events: EventRecord[], local: Map<string, number>): void {
    events.forEach((e, idx) => {
      this.statements.insertEvent.run({
        article: rowid,
        idx,
        type: e.type,
        mode: e.mode ?? null,
        cameo: e.cameo,
        quad: e.quad,
        goldstein: e.goldstein,
        source_local: e.source,
        source: e.source ? (local.get(e.source) ?? null) : null,
        target_local: e.target,
        target: e.target ? (local.get(e.target) ?? null) : null,
        source_country: e.sourceCountry,
        target_country: e.targetCountry,
        date: e.date,
        month: eventMonth(e),
        negated: e.negated ? 1 : 0,
        hypothetical: e.hypothetical ? 1 : 0,
        sentence_start: e.sentence.start,
        sentence_end: e.sentence.end,
        trigger_start: e.trigger.start,
        trigger_end: e.trigger.end,
        trigger_text: e.trigger.text,
        extra: eventExtra(e),
      });
    });
  }

  hasId(id: string): boolean {
    return this.statements.hasId.get(id) !== undefined;
  }

  hasBody(hash: string): boolean {
    return this.statements.hasBody.get(hash) !== undefined;
  }

  getArticle(id: string): Analysis | null {
    const s = this.statements;
    const article = s.articleById.get(id) as Row | undefined;
    if (!article) return null;
    const rowid = article.rowid as number;
    return analysisOf({
      article,
      blocks: s.blocksOf.all(rowid) as Row[],
      entities: s.entitiesOf.all(rowid) as Row[],
      mentions: s.mentionsOf.all(rowid) as Row[],
      quotes: s.quotesOf.all(rowid) as Row[],
      times: s.timesOf.all(rowid) as Row[],
      events: s.eventsOf.all(rowid) as Row[],
    });
  }

  search(request: SearchRequest): SearchHit[] {
    const parsed = parseQuery(request.query);
    const stats = {
      df: (term: string) => (this.statements.documentFrequency.get(term) as { doc: number } | undefined)?.doc ?? 0,
      documents: (this.statements.articleCount.get() as { n: number }).n,
    };
    const match = toMatchExpression(parsed, {
      mode: request.mode,
      maxDocumentShare: this.maxDocumentShare,
      documentFrequency: stats.df,
      documents: stats.documents,
    });
    const limit = request.limit ?? DEFAULT_LIMIT;
    const { sql, params } = this.searchSql(request, Math.max(limit, this.rerankDepth));
    let rows: Row[];
    try {
      rows = this.db.prepare(sql).all(match, ...params) as Row[];
    } catch (err) {
      throw new MarsadError(`search failed: ${errorMessage(err)}`, 'search');
    }
    const byRowid = new Map(rows.map((row) => [row.rowid as number, row]));
    const candidates = rows.map((row) => ({ rowid: row.rowid as number, rank: row.rank as number }));
    const ranked =
      this.rerankDepth > 0
        ? rerank(this.db, parsed, candidates, stats)
        : candidates.map((c) => ({ rowid: c.rowid, score: -c.rank }));
    const terms = request.snippets === false ? null : queryTerms(parsed);
    return ranked.slice(0, limit).map(({ rowid, score }) => {
      const row = byRowid.get(rowid) as Row;
      return {
        id: row.id as string,
        title: row.title as string,
        url: (row.source_url as string | null) ?? null,
        published: (row.published as string | null) ?? null,
        score: Math.round(score * 1000) / 1000,
        snippet: terms ? makeSnippet(this.bodyOf(rowid), terms) : '',
      };
    });
  }

  private bodyOf(rowid: number): string {
    return (this.statements.bodyOf.get(rowid) as { body: string }).body;
  }

  private searchSql(request: SearchRequest, limit: number): { sql: string; params: unknown[] } {
    const where: string[] = ['search MATCH ?'];
    const params: unknown[] = [];
    if (request.entity) {
      const ids = this.findEntityIds(request.entity);
      where.push(
        `a.rowid IN (SELECT article FROM article_entities WHERE entity IN (${ids.map(() => '?').join(',') || 'NULL'}))`,
      );
      params.push(...ids);
    }
    if (request.country) {
      where.push(
        'a.rowid IN (SELECT ae.article FROM article_entities ae JOIN entities e ON e.id = ae.entity WHERE e.country = ?)',
      );
      params.push(request.country.toUpperCase());
    }
    if (request.from) {
      where.push('a.published_day >= ?');
      params.push(request.from.slice(0, 10));
    }
    if (request.to) {
      where.push('a.published_day <= ?');
      params.push(request.to.slice(0, 10));
    }
    if (request.source) {
      const like = `%${request.source.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(
        "(a.source_host LIKE ? ESCAPE '\\' OR a.source_url LIKE ? ESCAPE '\\' OR a.source_path LIKE ? ESCAPE '\\')",
      );
      params.push(like, like, like);
    }
    const weights = this.weights.map((w) => Number(w).toString()).join(', ');
    const columns =
      'a.rowid AS rowid, a.id AS id, a.title AS title, a.source_url AS source_url, a.published AS published';
    // Without filters, rank inside the index first and join only the best rows: joining every match to its
    // article before ORDER BY … LIMIT cost about twice as much on common words.
    const sql =
      where.length === 1
        ? `SELECT ${columns}, r.rank AS rank
      FROM (SELECT rowid, bm25(search, ${weights}) AS rank FROM search WHERE search MATCH ? ORDER BY rank LIMIT ${limit}) r
      JOIN articles a ON a.rowid = r.rowid ORDER BY r.rank`
        : `SELECT ${columns}, bm25(search, ${weights}) AS rank
      FROM search JOIN articles a ON a.rowid = search.rowid
      WHERE ${where.join(' AND ')} ORDER BY rank LIMIT ${limit}`;
    return { sql, params };
  }

  private findEntityIds(ref: string): number[] {
    return this.findEntityRows(ref).map((row) => row.id as number);
  }

  private findEntityRows(ref: string): Row[] {
    return this.statements.findEntities.all(entityLookup(ref, normalizeForMatch)) as Row[];
  }

  findEntities(ref: string): StoredEntity[] {
    return this.findEntityRows(ref).map(storedEntityOf);
  }

  quotesByEntity(ref: string): StoredQuote[] {
    const ids = this.findEntityIds(ref);
    if (ids.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT a.id AS article_id, q.text, q.start, q.end, q.direct, q.cue FROM quotes q
         JOIN articles a ON a.rowid = q.article WHERE q.speaker IN (${ids.map(() => '?').join(',')})
         ORDER BY a.published_day, a.id, q.idx`,
      )
      .all(...ids) as Row[];
    return rows.map(storedQuoteOf);
  }

  eventsBetween(countryA: string, countryB: string): EventCount[] {
    const [a, b] = [countryA.toUpperCase(), countryB.toUpperCase()];
    return (this.statements.eventsBetween.all(a, b, b, a) as Row[]).map(eventCountOf);
  }

  articlesMentioning(refs: string[]): string[] {
    if (refs.length === 0) return [];
    const parts: string[] = [];
    const params: number[] = [];
    for (const ref of refs) {
      const ids = this.findEntityIds(ref);
      if (ids.length === 0) return [];
      parts.push(`SELECT article FROM article_entities WHERE entity IN (${ids.map(() => '?').join(',')})`);
      params.push(...ids);
    }
    const sql = `SELECT id FROM articles WHERE rowid IN (${parts.join(' INTERSECT ')}) ORDER BY published_day, id`;
    return (this.db.prepare(sql).all(...params) as Row[]).map((r) => r.id as string);
  }

  stats(): StoreStats {
    const count = (table: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      articles: count('articles'),
      entities: count('entities'),
      mentions: count('mentions'),
      quotes: count('quotes'),
      times: count('times'),
      events: count('events'),
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function prepareStatements(db: Database.Database) {
  const prepare = (sql: string) => db.prepare(sql);
  const writable = !db.readonly;
  const write = (sql: string) => (writable ? prepare(sql) : (null as unknown as Database.Statement));
  return {
    insertArticle: write(
      `INSERT INTO articles (id, body_hash, title, published, published_day, lang, source_kind, source_path,
        source_url, source_host, body, extra) VALUES (@id, @body_hash, @title, @published, @published_day, @lang,
        @source_kind, @source_path, @source_url, @source_host, @body, @extra)`,
    ),
    insertBlock: write('INSERT INTO blocks (article, idx, kind, start, end) VALUES (?, ?, ?, ?, ?)'),
    entityByKey: prepare('SELECT id FROM entities WHERE key = ?'),
    insertEntity: write(
      'INSERT INTO entities (key, type, name, name_norm, name_en, wikidata, country) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    // Missing values are filled; when two articles disagree the smaller value wins, so the result does not depend
    // on the order articles arrive in (the PostgreSQL store, written by many workers at once, does the same).
    fillEntity: write(
      `UPDATE entities SET name_en = min(coalesce(name_en, @en), coalesce(@en, name_en)),
        wikidata = min(coalesce(wikidata, @wd), coalesce(@wd, wikidata)),
        country = min(coalesce(country, @country), coalesce(@country, country)) WHERE id = @id`,
    ),
    insertArticleEntity: write(
      'INSERT INTO article_entities (article, local_id, idx, entity, name, local_key) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertMention: write(
      'INSERT INTO mentions (article, entity, local_id, start, end, text) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertQuote: write(
      `INSERT INTO quotes (article, idx, start, end, text, direct, speaker_local, speaker, speaker_text, cue, extra)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertTime: write('INSERT INTO times (article, idx, start, end, text, value, kind) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    insertEvent: write(
      `INSERT INTO events (article, idx, type, mode, cameo, quad, goldstein, source_local, source, target_local, target,
        source_country, target_country, date, month, negated, hypothetical, sentence_start, sentence_end,
        trigger_start, trigger_end, trigger_text, extra) VALUES (@article, @idx, @type, @mode, @cameo, @quad,
        @goldstein, @source_local, @source, @target_local, @target, @source_country, @target_country, @date, @month,
        @negated, @hypothetical, @sentence_start, @sentence_end, @trigger_start, @trigger_end, @trigger_text, @extra)`,
    ),
    insertSearch: write(
      `INSERT INTO search (rowid, title, lead, body, title_light, lead_light, body_light)
        VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    hasId: prepare('SELECT 1 FROM articles WHERE id = ?'),
    documentFrequency: prepare('SELECT doc FROM search_vocab WHERE term = ?'),
    articleCount: prepare('SELECT count(*) AS n FROM articles'),
    hasBody: prepare('SELECT 1 FROM articles WHERE body_hash = ?'),
    articleById: prepare('SELECT * FROM articles WHERE id = ?'),
    bodyOf: prepare('SELECT body FROM articles WHERE rowid = ?'),
    blocksOf: prepare('SELECT kind, start, end FROM blocks WHERE article = ? ORDER BY idx'),
    entitiesOf: prepare(
      `SELECT ae.local_id, ae.name, ae.local_key, e.type, e.name_en, e.wikidata, e.country FROM article_entities ae
        JOIN entities e ON e.id = ae.entity WHERE ae.article = ? ORDER BY ae.idx`,
    ),
    mentionsOf: prepare('SELECT local_id, start, end, text FROM mentions WHERE article = ? ORDER BY rowid'),
    quotesOf: prepare('SELECT * FROM quotes WHERE article = ? ORDER BY idx'),
    timesOf: prepare('SELECT * FROM times WHERE article = ? ORDER BY idx'),
    eventsOf: prepare('SELECT * FROM events WHERE article = ? ORDER BY idx'),
    findEntities: prepare(
      `SELECT e.*, (SELECT count(*) FROM article_entities ae WHERE ae.entity = e.id) AS articles FROM entities e
        WHERE e.key = @ref OR e.wikidata = @wd OR e.name_norm = @norm OR lower(e.name_en) = @en
        ORDER BY articles DESC, e.id`,
    ),
    eventsBetween: prepare(
      `SELECT month, type, count(*) AS count FROM events
        WHERE (source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?)
        GROUP BY month, type ORDER BY month, type`,
    ),
  };
}

/** The SQLite store through the asynchronous Store interface: every answer is computed at once and resolved. */
export class AsyncSqliteStore implements Store {
  constructor(readonly sqlite: SqliteStore) {}

  async putBatch(items: StoreItem[]): Promise<PutOutcome[]> {
    return this.sqlite.putBatch(items);
  }

  async putAnalysis(analysis: Analysis): Promise<PutOutcome> {
    return this.sqlite.putAnalysis(analysis);
  }

  async hasId(id: string): Promise<boolean> {
    return this.sqlite.hasId(id);
  }

  async hasBody(hash: string): Promise<boolean> {
    return this.sqlite.hasBody(hash);
  }

  async getArticle(id: string): Promise<Analysis | null> {
    return this.sqlite.getArticle(id);
  }

  async search(request: SearchRequest): Promise<SearchHit[]> {
    return this.sqlite.search(request);
  }

  async findEntities(ref: string): Promise<StoredEntity[]> {
    return this.sqlite.findEntities(ref);
  }

  async quotesByEntity(ref: string): Promise<StoredQuote[]> {
    return this.sqlite.quotesByEntity(ref);
  }

  async eventsBetween(countryA: string, countryB: string): Promise<EventCount[]> {
    return this.sqlite.eventsBetween(countryA, countryB);
  }

  async articlesMentioning(refs: string[]): Promise<string[]> {
    return this.sqlite.articlesMentioning(refs);
  }

  async stats(): Promise<StoreStats> {
    return this.sqlite.stats();
  }

  async close(): Promise<void> {
    this.sqlite.close();
  }
}
