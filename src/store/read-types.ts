// The shapes the store and its read model return, and the HTTP API's responses built from them. Types only, with
// no runtime imports, so the web app (web/src/api.ts) type-checks against the very types the server returns.
import type { Analysis, Entity, EventRecord } from '../doc/types.js';

export interface SearchHit {
  id: string;
  title: string;
  url: string | null;
  published: string | null;
  /** Higher is better (negated bm25). */
  score: number;
  /** A passage of the body with matches wrapped in «…» markers (see snippet.ts). */
  snippet: string;
}

export interface StoredEntity {
  key: string;
  type: string;
  name: string;
  nameEn: string | null;
  wikidata: string | null;
  country: string | null;
  articles: number;
}

export interface StoredQuote {
  articleId: string;
  text: string;
  start: number;
  end: number;
  direct: boolean;
  cue: string | null;
}

export interface StoreStats {
  articles: number;
  entities: number;
  mentions: number;
  quotes: number;
  times: number;
  events: number;
}

/** A stored entity with its row id and mention count, for the profile and lists. */
export interface EntityRef extends StoredEntity {
  id: number;
  mentions: number;
}

export interface MonthCount {
  month: string;
  count: number;
}

/** What lists of entities show: who it is and where it belongs. */
export interface EntityHeading {
  key: string;
  type: string;
  name: string;
  nameEn: string | null;
  country: string | null;
}

export interface CoEntity extends EntityHeading {
  /** Articles mentioning both entities. */
  shared: number;
}

/** A stored event as the API lists it: the analysis's event without its offsets, with its article. */
export type StoredEvent = Omit<EventRecord, 'mode' | 'quad' | 'sentence' | 'trigger' | 'mentions'> & {
  articleId: string;
  articleTitle: string;
  mode: string | null;
  quad: number;
  /** The trigger's text. */
  trigger: string;
};

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

export interface TopEntity extends EntityHeading {
  articles: number;
}

/** GET /api/search: a page of hits; with an empty query, the most recent articles (score null, no snippet). */
export interface SearchPage {
  query: string;
  offset: number;
  limit: number;
  more: boolean;
  hits: (Omit<SearchHit, 'score'> & { score: number | null; source: string | null })[];
}

/** GET /api/articles/:id: the stored analysis, each entity with the key the store merged it under. */
export type ArticleResponse = Analysis & { entities: (Entity & { storeKey: string })[] };

/** GET /api/entities/:ref. */
export interface EntityProfile {
  entity: Omit<EntityRef, 'id'>;
  mentionsByMonth: MonthCount[];
  coOccurring: CoEntity[];
  quotes: StoredQuote[];
  events: EventPage;
}

/** GET /api/countries: ISO alpha-2 code → Arabic and English names. */
export type CountryNames = Record<string, { ar: string; en: string }>;
