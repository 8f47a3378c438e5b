// The HTTP API client: typed fetch helpers for /api/*. Errors come back as {error: {code, message}}.

export interface Span {
  start: number;
  end: number;
}
export interface Entity {
  id: string;
  type: 'PER' | 'LOC' | 'ORG' | 'MISC';
  name: string;
  nameEn?: string;
  wikidata?: string;
  country?: string;
  storeKey?: string;
  mentions: (Span & { text: string })[];
}
export interface Quote extends Span {
  text: string;
  direct: boolean;
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
}
export interface TimeExpr extends Span {
  text: string;
  value: string | null;
}
export interface EventRecord {
  type: string;
  mode?: string;
  cameo: string;
  quad: number;
  goldstein: number;
  source: string | null;
  target: string | null;
  sourceCountry: string | null;
  targetCountry: string | null;
  date: string | null;
  negated: boolean;
  hypothetical: boolean;
  sentence: Span;
  trigger: Span & { text: string };
}
export interface Analysis {
  id: string;
  source: { kind: string; path?: string; url?: string };
  title: string;
  published: string | null;
  body: string;
  blocks: (Span & { kind: 'paragraph' | 'subheading' })[];
  captions: string[];
  credits: string[];
  related: { title: string; url?: string }[];
  removed: { kind: string; text: string }[];
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpr[];
  events: EventRecord[];
  warnings?: string[];
}
export interface Hit {
  id: string;
  title: string;
  url: string | null;
  published: string | null;
  score: number | null;
  snippet: string;
  source: string | null;
}
export interface SearchPage {
  query: string;
  offset: number;
  limit: number;
  more: boolean;
  hits: Hit[];
}
export interface EntitySummary {
  key: string;
  type: string;
  name: string;
  nameEn: string | null;
  country: string | null;
  articles?: number;
  shared?: number;
}
export interface StoredEvent {
  articleId: string;
  articleTitle: string;
  type: string;
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
export interface EventPage {
  total: number;
  events: StoredEvent[];
  byMonth: { month: string; cooperation: number; conflict: number }[];
}
export interface EntityProfile {
  entity: EntitySummary & { wikidata: string | null; articles: number; mentions: number };
  mentionsByMonth: { month: string; count: number }[];
  coOccurring: EntitySummary[];
  quotes: { articleId: string; text: string; direct: boolean; cue: string | null }[];
  events: EventPage;
}
export interface GraphNode {
  id: string;
  label: string;
  labelEn: string | null;
  kind: 'country' | 'person' | 'organization' | 'other';
  country: string | null;
  events: number;
}
export interface Graph {
  nodes: GraphNode[];
  edges: { source: string; target: string; cooperation: number; conflict: number }[];
}
export interface Stats {
  articles: number;
  entities: number;
  mentions: number;
  quotes: number;
  times: number;
  events: number;
}
export type CountryNames = Record<string, { ar: string; en: string }>;

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
