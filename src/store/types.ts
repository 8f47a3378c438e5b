// The storage interface the CLI and the HTTP API use, asynchronous because PostgreSQL (src/store/postgres.ts) is
// reached over the network. SQLite (src/store/sqlite.ts) answers synchronously (SyncStore) and is served through
// the same interface by src/store/open.ts; the hot ingest path keeps calling it synchronously.
import type { Analysis } from '../doc/types.js';
import type { IndexedArticle } from './analyzer.js';
import type { SearchHit, StoredEntity, StoredQuote, StoreStats } from './read-types.js';

export type { SearchHit, StoredEntity, StoredQuote, StoreStats } from './read-types.js';

/** An analysis ready to store, with its index terms when a worker already computed them. */
export interface StoreItem {
  analysis: Analysis;
  index?: IndexedArticle;
}

/** 'stored', or 'duplicate' when the same id or the same body is already in the store. */
export type PutOutcome = 'stored' | 'duplicate';

export interface SearchRequest {
  query: string;
  limit?: number;
  /** 'all' (default) requires every word; 'any' ranks articles matching any word. */
  mode?: 'all' | 'any';
  /** Entity: a canonical key ("country:RU"), a Wikidata id, or a name as written. */
  entity?: string;
  /** ISO 3166-1 alpha-2 code of an entity the article mentions. */
  country?: string;
  /** Publication date bounds, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Part of the source host, URL or path (e.g. "bbc"). */
  source?: string;
  /** Skip snippets (benchmarks of the index alone). */
  snippets?: boolean;
}

export interface EventCount {
  month: string;
  type: string;
  count: number;
}

export interface Store {
  /** Stores each item in one transaction; an item already present (same id or same body) is a duplicate. */
  putBatch(items: StoreItem[]): Promise<PutOutcome[]>;
  putAnalysis(analysis: Analysis): Promise<PutOutcome>;
  hasId(id: string): Promise<boolean>;
  /** True when an article with this body (see bodyHash) is stored. */
  hasBody(hash: string): Promise<boolean>;
  /** The analysis JSON rebuilt from the tables, or null. */
  getArticle(id: string): Promise<Analysis | null>;
  search(request: SearchRequest): Promise<SearchHit[]>;
  /** Entities matching a key, Wikidata id or name (normalized), most mentioned first. */
  findEntities(ref: string): Promise<StoredEntity[]>;
  quotesByEntity(ref: string): Promise<StoredQuote[]>;
  /** Events between two countries (either direction), counted by month and type. */
  eventsBetween(countryA: string, countryB: string): Promise<EventCount[]>;
  /** Ids of articles that mention every one of the entities. */
  articlesMentioning(refs: string[]): Promise<string[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** The Store with answers returned directly: the SQLite store, whose driver (better-sqlite3) is synchronous. */
export type SyncStore = {
  [K in keyof Store]: Store[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : never;
};
