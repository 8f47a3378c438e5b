// GET endpoints: search, article, entities, events, actor graph, stats.
import type { FastifyInstance } from 'fastify';
import type { Analysis } from '../doc/types.js';
import { loadGazetteer } from '../entities/gazetteer.js';
import { entityKey } from '../store/identity.js';
import type { ReadModel } from '../store/read-model.js';
import type { ActorGraph, ArticleResponse, CountryNames, EntityProfile, SearchPage } from '../store/read-types.js';
import type { Store } from '../store/types.js';
import type { ResponseCache } from './cache.js';
import { sendError } from './errors.js';
import {
  articleSchema,
  countriesSchema,
  entityListSchema,
  entitySchema,
  eventsSchema,
  graphSchema,
  searchSchema,
  statsSchema,
} from './schemas.js';

interface Deps {
  store: Store;
  readModel: ReadModel;
  searchCache: ResponseCache<unknown>;
}

interface SearchParams {
  q?: string;
  mode?: 'all' | 'any';
  entity?: string;
  country?: string;
  from?: string;
  to?: string;
  source?: string;
  limit: number;
  offset: number;
}

interface EventParams {
  sourceCountry?: string;
  targetCountry?: string;
  type?: string;
  entity?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

const PROFILE_EVENTS = 50;
const CO_OCCURRING = 15;

export async function registerReadRoutes(api: FastifyInstance, { store, readModel, searchCache }: Deps): Promise<void> {
  api.get<{ Querystring: SearchParams }>('/search', { schema: searchSchema }, async (request) => {
    const key = JSON.stringify(request.query);
    const cached = searchCache.get(key);
    if (cached) return cached;
    const page = await searchPage(store, readModel, request.query);
    searchCache.set(key, page);
    return page;
  });

  api.get<{ Params: { id: string } }>('/articles/:id', { schema: articleSchema }, async (request, reply) => {
    const article = await store.getArticle(request.params.id);
    if (!article) return sendError(reply, 404, 'not-found', `no article with id ${request.params.id}`);
    return withStoreKeys(article);
  });

  api.get<{ Querystring: { type?: string; limit: number } }>(
    '/entities',
    { schema: entityListSchema },
    async (request) => ({ entities: await readModel.topEntities(request.query.limit, request.query.type) }),
  );

  api.get<{ Params: { ref: string } }>('/entities/:ref', { schema: entitySchema }, async (request, reply) => {
    const { ref } = request.params;
    const linkedRef = wikidataRefOf(ref);
    const entity = (await readModel.entity(ref)) ?? (linkedRef ? await readModel.entity(linkedRef) : null);
    if (!entity) return sendError(reply, 404, 'not-found', `no entity matches ${request.params.ref}`);
    const { id, ...profile } = entity;
    const [mentionsByMonth, coOccurring, quotes, events] = await Promise.all([
      readModel.mentionsByMonth(id),
      readModel.coOccurring(id, CO_OCCURRING),
      store.quotesByEntity(entity.key),
      readModel.events({ entity: entity.key, limit: PROFILE_EVENTS }),
    ]);
    const response: EntityProfile = { entity: profile, mentionsByMonth, coOccurring, quotes, events };
    return response;
  });

  api.get<{ Querystring: EventParams }>('/events', { schema: eventsSchema }, async (request) =>
    readModel.events(request.query),
  );

  api.get<{ Querystring: { from?: string; to?: string; maxNodes: number } }>(
    '/graph',
    { schema: graphSchema },
    async (request) => withCountryNames(await readModel.actorGraph(request.query)),
  );

  api.get('/stats', { schema: statsSchema }, async () => store.stats());

  api.get('/countries', { schema: countriesSchema }, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=86400');
    return countryNames();
  });
}

async function searchPage(store: Store, readModel: ReadModel, params: SearchParams): Promise<SearchPage> {
  const { q = '', limit, offset, ...filters } = params;
  if (q.trim() === '') {
    const recent = await readModel.recentArticles(limit + 1, offset);
    const hits = recent.map((a) => ({ ...a, score: null, snippet: '' }));
    return { query: q, offset, limit, more: hits.length > limit, hits: hits.slice(0, limit) };
  }
  // The store has no offset yet: fetch one page past the wanted one and cut.
  const found = await store.search({ query: q, limit: offset + limit + 1, ...filters });
  const page = found.slice(offset, offset + limit).map((hit) => ({ ...hit, source: hostOf(hit.url) }));
  return { query: q, offset, limit, more: found.length > offset + limit, hits: page };
}

/** Adds to each entity the key the store merged it under, so the web app can link to its profile. */
/**
 * The store merges linked entities under their Wikidata id (store/identity.ts), while `analyze` gives the
 * gazetteer's key («person:vladimir-putin»): this maps such a key to the store's «wd:Q…», so both find the entity.
 */
function wikidataRefOf(ref: string): string | null {
  const [kind, id] = ref.trim().split(/:(.*)/s);
  const g = loadGazetteer();
  const tables = { country: g.countries, place: g.places, org: g.organizations, person: g.people } as const;
  const entry = id && Object.hasOwn(tables, kind) ? tables[kind as keyof typeof tables].get(id) : undefined;
  return entry?.wikidata ? `wd:${entry.wikidata}` : null;
}

function withStoreKeys(article: Analysis): ArticleResponse {
  return { ...article, entities: article.entities.map((e) => ({ ...e, storeKey: entityKey(e) })) };
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** ISO code → Arabic and English names, from the gazetteer (for labels; the store keeps codes). */
function countryNames(): CountryNames {
  const names: Record<string, { ar: string; en: string }> = {};
  for (const country of loadGazetteer().countries.values())
    names[country.iso2] = { ar: country.nameAr, en: country.nameEn };
  return names;
}

function withCountryNames(graph: ActorGraph): ActorGraph {
  const names = countryNames();
  for (const node of graph.nodes) {
    const named = node.kind === 'country' && node.country ? names[node.country] : undefined;
    if (named && node.label === node.country) {
      node.label = named.ar;
      node.labelEn = named.en;
    }
  }
  return graph;
}
