// Read-only aggregate queries the HTTP API needs beyond the Store interface: an entity's profile (mentions per
// month, co-occurring entities, its events), events filtered and counted by month, the actor graph, and
// recent articles. The SQLite implementation reads the tables of schema.ts through the store's connection.
// Every method returns a plain value; callers `await` them so an async (PostgreSQL) implementation can follow.
import type Database from 'better-sqlite3';
import { normalizeForMatch } from '../arabic/index.js';

export interface EntityRef {
  id: number;
  key: string;
  type: string;
  name: string;
  nameEn: string | null;
  wikidata: string | null;
  country: string | null;
  articles: number;
  mentions: number;
}

export interface MonthCount {
  month: string;
  count: number;
}

export interface CoEntity {
  key: string;
  type: string;
  name: string;
  nameEn: string | null;
  country: string | null;
  /** Articles mentioning both entities. */
  shared: number;
}

export interface StoredEvent {
  articleId: string;
  articleTitle: string;
  type: string;
  mode: string | null;
  cameo: string;
  quad: number;
  goldstein: number;
  source: string | null;
  target: string | null;
  sourceCountry: string | null;
  targetCountry: string | null;
  date: string | null;
  trigger: string;
  negated: boolean;
  hypothetical: boolean;
}

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

export interface EventPage {
  total: number;
  events: StoredEvent[];
  byMonth: { month: string; cooperation: number; conflict: number }[];
}

export interface GraphNode {
  id: string;
  label: string;
  labelEn: string | null;
  kind: 'country' | 'person' | 'organization' | 'other';
  country: string | null;
  events: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** Events of quad class 1–2 (verbal and material cooperation). */
  cooperation: number;
  /** Events of quad class 3–4 (verbal and material conflict). */
  conflict: number;
}

export interface ActorGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface ArticleSummary {
  id: string;
  title: string;
  url: string | null;
  published: string | null;
  source: string | null;
}

export interface TopEntity {
  key: string;
  type: string;
  name: string;
  nameEn: string | null;
  country: string | null;
  articles: number;
}

export interface ReadModel {
  /** The best-matching entity for a key, Wikidata id or name (as written), or null. */
  entity(ref: string): EntityRef | null;
  mentionsByMonth(entityId: number): MonthCount[];
  coOccurring(entityId: number, limit: number): CoEntity[];
  events(filter: EventFilter): EventPage;
  actorGraph(filter: { from?: string; to?: string; maxNodes?: number }): ActorGraph;
  recentArticles(limit: number, offset: number): ArticleSummary[];
  topEntities(limit: number, type?: string): TopEntity[];
}

type Row = Record<string, unknown>;

const MAX_PAGE = 500;

export class SqliteReadModel implements ReadModel {
  private readonly find: Database.Statement;
  private readonly byMonth: Database.Statement;
  private readonly coOccur: Database.Statement;
  private readonly recent: Database.Statement;
  private readonly countryNames: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.find = db.prepare(
      `SELECT e.*, (SELECT count(*) FROM article_entities ae WHERE ae.entity = e.id) AS articles,
         (SELECT count(*) FROM mentions m WHERE m.entity = e.id) AS mention_count
       FROM entities e
       WHERE e.key = @ref OR e.wikidata = @wd OR e.name_norm = @norm OR lower(e.name_en) = @en
       ORDER BY articles DESC, e.id LIMIT 1`,
    );
    this.byMonth = db.prepare(
      `SELECT substr(a.published_day, 1, 7) AS month, count(*) AS count FROM mentions m
       JOIN articles a ON a.rowid = m.article
       WHERE m.entity = ? AND a.published_day IS NOT NULL GROUP BY month ORDER BY month`,
    );
    this.coOccur = db.prepare(
      `SELECT e.key, e.type, e.name, e.name_en, e.country, count(DISTINCT other.article) AS shared
       FROM article_entities mine
       JOIN article_entities other ON other.article = mine.article AND other.entity <> mine.entity
       JOIN entities e ON e.id = other.entity
       WHERE mine.entity = ? GROUP BY e.id ORDER BY shared DESC, e.name LIMIT ?`,
    );
    this.recent = db.prepare(
      `SELECT id, title, source_url, published, source_host FROM articles
       ORDER BY published_day DESC, rowid DESC LIMIT ? OFFSET ?`,
    );
    this.countryNames = db.prepare(
      "SELECT country, name, name_en FROM entities WHERE key = 'country:' || country OR (type = 'LOC' AND key LIKE 'country:%')",
    );
  }

  entity(ref: string): EntityRef | null {
    const trimmed = ref.trim();
    if (trimmed === '') return null;
    const row = this.find.get({
      ref: trimmed,
      wd: trimmed.replace(/^wd:/, ''),
      norm: normalizeForMatch(trimmed),
      en: trimmed.toLowerCase(),
    }) as Row | undefined;
    if (!row) return null;
    return {
      id: row.id as number,
      key: row.key as string,
      type: row.type as string,
      name: row.name as string,
      nameEn: (row.name_en as string | null) ?? null,
      wikidata: (row.wikidata as string | null) ?? null,
      country: (row.country as string | null) ?? null,
      articles: row.articles as number,
      mentions: row.mention_count as number,
    };
  }

  mentionsByMonth(entityId: number): MonthCount[] {
    return this.byMonth.all(entityId) as MonthCount[];
  }

  coOccurring(entityId: number, limit: number): CoEntity[] {
    return (this.coOccur.all(entityId, clampLimit(limit)) as Row[]).map((r) => ({
      key: r.key as string,
      type: r.type as string,
      name: r.name as string,
      nameEn: (r.name_en as string | null) ?? null,
      country: (r.country as string | null) ?? null,
      shared: r.shared as number,
    }));
  }

  events(filter: EventFilter): EventPage {
    const { where, params } = eventWhere(filter);
    const from = `FROM events ev JOIN articles a ON a.rowid = ev.article
      LEFT JOIN entities s ON s.id = ev.source LEFT JOIN entities t ON t.id = ev.target ${where}`;
    const total = (this.db.prepare(`SELECT count(*) AS n ${from}`).get(...params) as { n: number }).n;
    const rows = this.db
      .prepare(
        `SELECT ev.*, a.id AS article_id, a.title AS article_title, s.key AS source_key, t.key AS target_key ${from}
         ORDER BY coalesce(ev.date, a.published_day) DESC, a.rowid, ev.idx LIMIT ? OFFSET ?`,
      )
      .all(...params, clampLimit(filter.limit ?? 50), Math.max(0, filter.offset ?? 0)) as Row[];
    const months = this.db
      .prepare(
        `SELECT coalesce(ev.month, substr(a.published_day, 1, 7)) AS month,
           sum(ev.quad <= 2) AS cooperation, sum(ev.quad >= 3) AS conflict ${from}
         GROUP BY 1 HAVING month IS NOT NULL ORDER BY 1`,
      )
      .all(...params) as { month: string; cooperation: number; conflict: number }[];
    return { total, events: rows.map(storedEventOf), byMonth: months };
  }

  actorGraph(filter: { from?: string; to?: string; maxNodes?: number }): ActorGraph {
    const { where, params } = eventWhere({ from: filter.from, to: filter.to });
    const rows = this.db
      .prepare(
        `SELECT ${actorColumns('s', 'ev.source_country', 'src')}, ${actorColumns('t', 'ev.target_country', 'tgt')},
           sum(ev.quad <= 2) AS cooperation, sum(ev.quad >= 3) AS conflict
         FROM events ev JOIN articles a ON a.rowid = ev.article
         LEFT JOIN entities s ON s.id = ev.source LEFT JOIN entities t ON t.id = ev.target
         ${where} GROUP BY src_id, tgt_id HAVING src_id IS NOT NULL AND tgt_id IS NOT NULL AND src_id <> tgt_id`,
      )
      .all(...params) as Row[];
    return this.buildGraph(rows, filter.maxNodes ?? 80);
  }

  private buildGraph(rows: Row[], maxNodes: number): ActorGraph {
    const names = this.countryNameMap();
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

  private countryNameMap(): Map<string, { name: string; nameEn: string | null }> {
    const map = new Map<string, { name: string; nameEn: string | null }>();
    for (const row of this.countryNames.all() as Row[]) {
      if (row.country && !map.has(row.country as string))
        map.set(row.country as string, { name: row.name as string, nameEn: (row.name_en as string | null) ?? null });
    }
    return map;
  }

  recentArticles(limit: number, offset: number): ArticleSummary[] {
    return (this.recent.all(clampLimit(limit), Math.max(0, offset)) as Row[]).map((r) => ({
      id: r.id as string,
      title: r.title as string,
      url: (r.source_url as string | null) ?? null,
      published: (r.published as string | null) ?? null,
      source: (r.source_host as string | null) ?? null,
    }));
  }

  topEntities(limit: number, type?: string): TopEntity[] {
    const rows = this.db
      .prepare(
        `SELECT e.key, e.type, e.name, e.name_en, e.country, count(*) AS articles
         FROM article_entities ae JOIN entities e ON e.id = ae.entity
         ${type ? 'WHERE e.type = ?' : ''} GROUP BY e.id ORDER BY articles DESC, e.name LIMIT ?`,
      )
      .all(...(type ? [type] : []), clampLimit(limit)) as Row[];
    return rows.map((r) => ({
      key: r.key as string,
      type: r.type as string,
      name: r.name as string,
      nameEn: (r.name_en as string | null) ?? null,
      country: (r.country as string | null) ?? null,
      articles: r.articles as number,
    }));
  }
}

function clampLimit(limit: number): number {
  return Math.min(MAX_PAGE, Math.max(1, Math.floor(limit)));
}

function eventWhere(filter: EventFilter): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const date = 'coalesce(ev.date, a.published_day)';
  if (filter.sourceCountry) {
    clauses.push('ev.source_country = ?');
    params.push(filter.sourceCountry.toUpperCase());
  }
  if (filter.targetCountry) {
    clauses.push('ev.target_country = ?');
    params.push(filter.targetCountry.toUpperCase());
  }
  if (filter.type) {
    clauses.push('ev.type = ?');
    params.push(filter.type.toUpperCase());
  }
  if (filter.from) {
    clauses.push(`${date} >= ?`);
    params.push(filter.from);
  }
  if (filter.to) {
    // "2023-08" must include every day of August: compare against the bound padded to its end.
    clauses.push(`${date} <= ?`);
    params.push(`${filter.to}\uffff`);
  }
  if (filter.entity) {
    clauses.push('(s.key = ? OR t.key = ?)');
    params.push(filter.entity, filter.entity);
  }
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
