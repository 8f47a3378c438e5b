// The HTTP API (Fastify) and the web app's static files. Read endpoints are open (the server binds loopback by
// default); POST /api/ingest needs the operator's token. Every store call is awaited so an async store can
// replace the SQLite one without touching the routes, and no SQL lives here (see src/store/read-model.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { REPO_ROOT } from '../arabic/data.js';
import { VERSION } from '../cli/version.js';
import type { ReadModel } from '../store/read-model.js';
import type { Store } from '../store/types.js';
import { ResponseCache } from './cache.js';
import { handleError, sendError } from './errors.js';
import { registerReadRoutes } from './read-routes.js';
import { registerWriteRoutes } from './write-routes.js';

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_WEB_ROOT = join(REPO_ROOT, 'web/dist');
const DEFAULT_SEARCH_CACHE = 1000;
const SEARCH_CACHE_TTL_MS = 60_000;

export interface ServerOptions {
  store: Store;
  readModel: ReadModel;
  /** The token POST /api/ingest requires; without one, ingesting over HTTP is disabled. */
  token?: string;
  /** The built web app (web/dist); null serves the API only. */
  webRoot?: string | null;
  bodyLimit?: number;
  requestTimeoutMs?: number;
  /** Search responses kept in memory (0 disables the cache). */
  searchCacheSize?: number;
  logger?: boolean;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    connectionTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
  });
  app.setErrorHandler(handleError);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Marsad API',
        version: VERSION,
        description: 'Arabic news intelligence: search, articles with their layers, entities, events, actor graph.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(
    async (api) => {
      const searchCache = new ResponseCache<unknown>(
        options.searchCacheSize ?? DEFAULT_SEARCH_CACHE,
        SEARCH_CACHE_TTL_MS,
      );
      await registerReadRoutes(api, { ...options, searchCache });
      await registerWriteRoutes(api, { ...options, onStored: () => searchCache.clear() });
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api' },
  );
  await serveWebApp(app, options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot);
  app.setNotFoundHandler((request, reply) => {
    sendError(reply, 404, 'not-found', `no route ${request.method} ${request.url.split('?')[0]}`);
  });
  await app.ready();
  return app;
}

/** The single-page app (hash routing, so only "/" and its assets are needed). */
async function serveWebApp(app: FastifyInstance, root: string | null): Promise<void> {
  if (root && existsSync(join(root, 'index.html'))) {
    await app.register(fastifyStatic, { root, prefix: '/', index: 'index.html', maxAge: '1h' });
    return;
  }
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .send('The web app is not built: run `npm run build:web`. The API is at /api/ (see /api/openapi.json).\n'),
  );
}
