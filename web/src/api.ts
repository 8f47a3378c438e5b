// The HTTP API client: typed fetch helpers for /api/*. Errors come back as {error: {code, message}}.

import type { Entity as DocEntity, Analysis as StoredAnalysis } from '../../src/doc/types.js';
import type {
  ActorGraph,
  CountryNames,
  EntityProfile,
  SearchPage,
  StoreStats,
  TopEntity,
} from '../../src/store/read-types.js';

// The response types are the server's own (src/store/read-types.ts, src/doc/types.ts), so a change there that the
// app does not follow fails `npm run typecheck`.
export type { EventRecord } from '../../src/doc/types.js';
export type { CountryNames, EntityProfile, SearchPage, StoredEvent } from '../../src/store/read-types.js';

/** An entity of an article; stored articles also carry the key the store merged it under (its profile link). */
export type Entity = DocEntity & { storeKey?: string };
/** POST /api/analyze returns the analysis as is; GET /api/articles/:id adds the entities' store keys. */
export type Analysis = Omit<StoredAnalysis, 'entities'> & { entities: Entity[] };
export type Hit = SearchPage['hits'][number];
export type EntitySummary = TopEntity;
export type Graph = ActorGraph;
export type Stats = StoreStats;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body?.error ?? { code: 'http', message: response.statusText };
    throw new ApiError(response.status, error.code, error.message);
  }
  return body as T;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  search: (params: Record<string, string | number | undefined>) => request<SearchPage>(`api/search${query(params)}`),
  article: (id: string) => request<Analysis>(`api/articles/${encodeURIComponent(id)}`),
  entity: (ref: string) => request<EntityProfile>(`api/entities/${encodeURIComponent(ref)}`),
  topEntities: (limit: number) => request<{ entities: EntitySummary[] }>(`api/entities${query({ limit })}`),
  graph: (params: { from?: string; to?: string }) => request<Graph>(`api/graph${query(params)}`),
  stats: () => request<Stats>('api/stats'),
  countries: () => request<CountryNames>('api/countries'),
  analyze: (body: { text?: string; html?: string; title?: string; published?: string }) =>
    request<Analysis>('api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
};
