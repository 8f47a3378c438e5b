// Read-only aggregate queries the HTTP API and the event export need beyond the Store interface: an entity's
// profile (mentions per month, co-occurring entities, its events), events filtered and counted by month, the
// actor graph, recent articles, top entities. SQLite and PostgreSQL have the same tables (schema.ts,
// postgres-schema.ts), so one set of queries, written in the SQL both understand, serves both; only how a query
// runs differs (SqliteReadModel, PostgresReadModel).
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { normalizeForMatch } from '../arabic/index.js';
import { errorMessage, MarsadError } from '../doc/errors.js';
import type {
  ActorGraph,
  ArticleSummary,
  CoEntity,
  EntityRef,
  EventPage,
  GraphEdge,
  GraphNode,
  MonthCount,
  StoredEvent,
  TopEntity,
} from './read-types.js';
import { entityHeadingOf, entityLookup, type Row, storedEntityOf } from './rows.js';

export interface EventFilter {
  sourceCountry?: string;
  targetCountry?: string;
  /** PLOVER type, e.g. "CONSULT". */
  type?: string;
  /** Inclusive event-date bounds (YYYY-MM-DD; a YYYY-MM prefix also works). */
  from?: string;
  to?: string;
  /** Events where this entity (key) is the source or the target. */
  entity?: string;
  limit?: number;
  offset?: number;
}

export interface ReadModel {
  /** The best-matching entity for a key, Wikidata id or name (as written), or null. */
  entity(ref: string): Promise<EntityRef | null>;
  mentionsByMonth(entityId: number): Promise<MonthCount[]>;
  coOccurring(entityId: number, limit: number): Promise<CoEntity[]>;
  events(filter: EventFilter): Promise<EventPage>;
  actorGraph(filter: { from?: string; to?: string; maxNodes?: number }): Promise<ActorGraph>;
  recentArticles(limit: number, offset: number): Promise<ArticleSummary[]>;
  topEntities(limit: number, type?: string): Promise<TopEntity[]>;
  /** Ids of the articles with coded events, in the order they were stored (for the event export). */
  articlesWithEvents(): Promise<string[]>;
}

const MAX_PAGE = 500;
/** Events of quad classes 1–2 are cooperation, 3–4 conflict. */
const COOPERATION = 'sum(CASE WHEN ev.quad <= 2 THEN 1 ELSE 0 END)';
const CONFLICT = 'sum(CASE WHEN ev.quad >= 3 THEN 1 ELSE 0 END)';

/**
 * The queries, with `?` placeholders. `byName` is how names sort on ties: code point order in both stores (SQLite
 * compares bytes; PostgreSQL is told COLLATE "C"), so both answer in the same order.
 */
abstract class SqlReadModel implements ReadModel {
  protected abstract all(sql: string, params: unknown[]): Promise<Row[]>;
  protected abstract readonly byName: string;

  async entity(ref: string): Promise<EntityRef | null> {
    const lookup = entityLookup(ref, normalizeForMatch);
    if (lookup.ref === '') return null;
    const [row] = await this.all(
      `SELECT e.*, (SELECT count(*) FROM article_entities ae WHERE ae.entity = e.id) AS articles,
         (SELECT count(*) FROM mentions m WHERE m.entity = e.id) AS mention_count
       FROM entities e
       WHERE e.key = ? OR e.wikidata = ? OR e.name_norm = ? OR lower(e.name_en) = ?
       ORDER BY articles DESC, e.id LIMIT 1`,
      [lookup.ref, lookup.wd, lookup.norm, lookup.en],
    );
    if (!row) return null;
    return { id: row.id as number, ...storedEntityOf(row), mentions: row.mention_count as number };
  }

  async mentionsByMonth(entityId: number): Promise<MonthCount[]> {
    const rows = await this.all(
      `SELECT substr(a.published_day, 1, 7) AS month, count(*) AS count FROM mentions m
       JOIN articles a ON a.rowid = m.article
       WHERE m.entity = ? AND a.published_day IS NOT NULL GROUP BY 1 ORDER BY 1`,
      [entityId],
    );
    return rows.map((r) => ({ month: r.month as string, count: r.count as number }));
  }

  async coOccurring(entityId: number, limit: number): Promise<CoEntity[]> {
    const rows = await this.all(
      `SELECT e.key, e.type, e.name, e.name_en, e.country, count(DISTINCT other.article) AS shared
       FROM article_entities mine
       JOIN article_entities other ON other.article = mine.article AND other.entity <> mine.entity
       JOIN entities e ON e.id = other.entity
       WHERE mine.entity = ? GROUP BY e.id ORDER BY shared DESC, e.name${this.byName}, e.key${this.byName} LIMIT ?`,
      [entityId, clampLimit(limit)],
    );
    return rows.map((r) => ({ ...entityHeadingOf(r), shared: r.shared as number }));
  }

  async events(filter: EventFilter): Promise<EventPage> {
    const { where, params } = eventWhere(filter);
    const from = `FROM events ev JOIN articles a ON a.rowid = ev.article
      LEFT JOIN entities s ON s.id = ev.source LEFT JOIN entities t ON t.id = ev.target ${where}`;
    const month = 'coalesce(ev.month, substr(a.published_day, 1, 7))';
    const [[count], rows, months] = await Promise.all([
      this.all(`SELECT count(*) AS n ${from}`, params),
      this.all(
        `SELECT ev.*, a.id AS article_id, a.title AS article_title, s.key AS source_key, t.key AS target_key ${from}
         ORDER BY coalesce(ev.date, a.published_day) DESC NULLS LAST, a.rowid, ev.idx LIMIT ? OFFSET ?`,
        [...params, clampLimit(filter.limit ?? 50), Math.max(0, filter.offset ?? 0)],
      ),
      this.all(
        `SELECT ${month} AS month, ${COOPERATION} AS cooperation, ${CONFLICT} AS conflict ${from}
         GROUP BY 1 HAVING ${month} IS NOT NULL ORDER BY 1`,
        params,
      ),
    ]);
    return {
      total: count.n as number,
      events: rows.map(storedEventOf),
      byMonth: months.map((r) => ({
        month: r.month as string,
        cooperation: r.cooperation as number,
        conflict: r.conflict as number,
      })),
    };
  }

  async actorGraph(filter: { from?: string; to?: string; maxNodes?: number }): Promise<ActorGraph> {
    const { where, params } = eventWhere({ from: filter.from, to: filter.to });
    const actor = ['id', 'name', 'name_en', 'type', 'country'].flatMap((c) => [`src_${c}`, `tgt_${c}`]).join(', ');
    // Grouped by every actor column: rows of one actor that differ elsewhere are merged by buildGraph.
    const rows = await this.all(
      `SELECT ${actor}, sum(cooperation) AS cooperation, sum(conflict) AS conflict FROM (
         SELECT ${actorColumns('s', 'ev.source_country', 'src')}, ${actorColumns('t', 'ev.target_country', 'tgt')},
           CASE WHEN ev.quad <= 2 THEN 1 ELSE 0 END AS cooperation, CASE WHEN ev.quad >= 3 THEN 1 ELSE 0 END AS conflict
         FROM events ev JOIN articles a ON a.rowid = ev.article
         LEFT JOIN entities s ON s.id = ev.source LEFT JOIN entities t ON t.id = ev.target ${where}
       ) actors WHERE src_id IS NOT NULL AND tgt_id IS NOT NULL AND src_id <> tgt_id
       GROUP BY ${actor} ORDER BY src_id${this.byName}, tgt_id${this.byName}`,
      params,
    );
    return buildGraph(rows, await this.countryNameMap(), filter.maxNodes ?? 80);
  }

  private async countryNameMap(): Promise<Map<string, { name: string; nameEn: string | null }>> {
    const rows = await this.all(
      `SELECT country, name, name_en FROM entities
       WHERE key = 'country:' || country OR (type = 'LOC' AND key LIKE 'country:%') ORDER BY id`,
      [],
    );
    const map = new Map<string, { name: string; nameEn: string | null }>();
    for (const row of rows) {
      if (row.country && !map.has(row.country as string))
        map.set(row.country as string, { name: row.name as string, nameEn: (row.name_en as string | null) ?? null });
    }
    return map;
  }

  async recentArticles(limit: number, offset: number): Promise<ArticleSummary[]> {
    const rows = await this.all(
      `SELECT id, title, source_url, published, source_host FROM articles
       ORDER BY published_day DESC NULLS LAST, rowid DESC LIMIT ? OFFSET ?`,
      [clampLimit(limit), Math.max(0, offset)],
    );
    return rows.map((r) => ({
      id: r.id as string,
      title: r.title as string,
      url: (r.source_url as string | null) ?? null,
      published: (r.published as string | null) ?? null,
      source: (r.source_host as string | null) ?? null,
    }));
  }

  async topEntities(limit: number, type?: string): Promise<TopEntity[]> {
    const rows = await this.all(
      `SELECT e.key, e.type, e.name, e.name_en, e.country, count(*) AS articles
       FROM article_entities ae JOIN entities e ON e.id = ae.entity
       ${type ? 'WHERE e.type = ?' : ''} GROUP BY e.id ORDER BY articles DESC, e.name${this.byName}, e.key${this.byName} LIMIT ?`,
      [...(type ? [type] : []), clampLimit(limit)],
    );
    return rows.map((r) => ({ ...entityHeadingOf(r), articles: r.articles as number }));
  }

  async articlesWithEvents(): Promise<string[]> {
    const rows = await this.all(
      'SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM events e WHERE e.article = a.rowid) ORDER BY a.rowid',
      [],
    );
    return rows.map((r) => r.id as string);
  }
}

/** The read model on the SQLite store's connection (statements prepared once, answers computed at once). */
export class SqliteReadModel extends SqlReadModel {
  protected readonly byName = '';
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    super();
  }

  protected async all(sql: string, params: unknown[]): Promise<Row[]> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement.all(...params) as Row[];
  }
}

/** The read model on a PostgreSQL pool (`?` placeholders become $1, $2, …). */
export class PostgresReadModel extends SqlReadModel {
  protected readonly byName = ' COLLATE "C"';

  constructor(private readonly pool: pg.Pool) {
    super();
  }

  protected async all(sql: string, params: unknown[]): Promise<Row[]> {
    let n = 0;
    try {
      return (
        await this.pool.query(
          sql.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows;
    } catch (err) {
      throw new MarsadError(`PostgreSQL query failed: ${errorMessage(err)}`, 'db');
    }
  }
}

function buildGraph(
  rows: Row[],
  names: Map<string, { name: string; nameEn: string | null }>,
  maxNodes: number,
): ActorGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const row of rows) {
    const cooperation = row.cooperation as number;
    const conflict = row.conflict as number;
    const ends = [nodeOf(row, 'src', names), nodeOf(row, 'tgt', names)];
    for (const node of ends) {
      const known = nodes.get(node.id) ?? node;
      known.events += cooperation + conflict;
      nodes.set(node.id, known);
    }
    // The graph is undirected for display: A→B and B→A add up on one edge.
    const [a, b] = [ends[0].id, ends[1].id].sort();
    const edge = edges.get(`${a}\t${b}`) ?? { source: a, target: b, cooperation: 0, conflict: 0 };
    edge.cooperation += cooperation;
    edge.conflict += conflict;
    edges.set(`${a}\t${b}`, edge);
  }
  const kept = [...nodes.values()].sort((x, y) => y.events - x.events).slice(0, Math.max(1, maxNodes));
  const keep = new Set(kept.map((n) => n.id));
  return { nodes: kept, edges: [...edges.values()].filter((e) => keep.has(e.source) && keep.has(e.target)) };
}

function clampLimit(limit: number): number {
  return Math.min(MAX_PAGE, Math.max(1, Math.floor(limit)));
}

function eventWhere(filter: EventFilter): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const date = 'coalesce(ev.date, a.published_day)';
  const clause = (sql: string, ...values: unknown[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  if (filter.sourceCountry) clause('ev.source_country = ?', filter.sourceCountry.toUpperCase());
  if (filter.targetCountry) clause('ev.target_country = ?', filter.targetCountry.toUpperCase());
  if (filter.type) clause('ev.type = ?', filter.type.toUpperCase());
  if (filter.from) clause(`${date} >= ?`, filter.from);
  // "2023-08" must include every day of August: compare the date cut to the bound's length.
  if (filter.to) clause(`substr(${date}, 1, ?) <= ?`, filter.to.length, filter.to);
  if (filter.entity) clause('(s.key = ? OR t.key = ?)', filter.entity, filter.entity);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** An event end as a graph actor: the linked entity when it is not a place, else the country. */
function actorColumns(alias: string, countryColumn: string, prefix: string): string {
  const isPlace = `(${alias}.id IS NULL OR ${alias}.type = 'LOC')`;
  return `CASE WHEN ${isPlace} THEN CASE WHEN ${countryColumn} IS NULL THEN NULL ELSE 'country:' || ${countryColumn} END
      ELSE ${alias}.key END AS ${prefix}_id,
    CASE WHEN ${isPlace} THEN NULL ELSE ${alias}.name END AS ${prefix}_name,
    CASE WHEN ${isPlace} THEN NULL ELSE ${alias}.name_en END AS ${prefix}_name_en,
    CASE WHEN ${isPlace} THEN 'LOC' ELSE ${alias}.type END AS ${prefix}_type,
    coalesce(${alias}.country, ${countryColumn}) AS ${prefix}_country`;
}

function nodeOf(
  row: Row,
  prefix: 'src' | 'tgt',
  countries: Map<string, { name: string; nameEn: string | null }>,
): GraphNode {
  const id = row[`${prefix}_id`] as string;
  const country = (row[`${prefix}_country`] as string | null) ?? null;
  const type = row[`${prefix}_type`] as string;
  if (type === 'LOC') {
    const code = id.slice('country:'.length);
    const named = countries.get(code);
    return {
      id,
      label: named?.name ?? code,
      labelEn: named?.nameEn ?? code,
      kind: 'country',
      country: code,
      events: 0,
    };
  }
  const kind = type === 'PER' ? 'person' : type === 'ORG' ? 'organization' : 'other';
  return {
    id,
    label: row[`${prefix}_name`] as string,
    labelEn: (row[`${prefix}_name_en`] as string | null) ?? null,
    kind,
    country,
    events: 0,
  };
}

function storedEventOf(row: Row): StoredEvent {
  return {
    articleId: row.article_id as string,
    articleTitle: row.article_title as string,
    type: row.type as string,
    mode: (row.mode as string | null) ?? null,
    cameo: row.cameo as string,
    quad: row.quad as number,
    goldstein: row.goldstein as number,
    source: (row.source_key as string | null) ?? null,
    target: (row.target_key as string | null) ?? null,
    sourceCountry: (row.source_country as string | null) ?? null,
    targetCountry: (row.target_country as string | null) ?? null,
    date: (row.date as string | null) ?? null,
    trigger: row.trigger_text as string,
    negated: row.negated === 1,
    hypothetical: row.hypothetical === 1,
  };
}
