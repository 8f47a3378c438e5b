// POST endpoints: analyze a posted document (nothing stored) and ingest one (needs the operator token).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Analysis, Article } from '../doc/types.js';
import { parseHtml } from '../ingest/html.js';
import { parsePageDump } from '../ingest/pagedump.js';
import { analyzeArticle } from '../pipeline/analyze.js';
import type { Store } from '../store/types.js';
import { sendError } from './errors.js';
import { analyzeSchema, ingestSchema } from './schemas.js';

interface Deps {
  store: Store;
  token?: string;
  /** Called after an article is stored (the search cache is cleared). */
  onStored: () => void;
}

interface DocumentBody {
  text?: string;
  html?: string;
  title?: string;
  url?: string;
  published?: string;
}

export async function registerWriteRoutes(api: FastifyInstance, { store, token, onStored }: Deps): Promise<void> {
  api.post<{ Body: DocumentBody }>('/analyze', { schema: analyzeSchema }, async (request, reply) => {
    const analysis = analyzeBody(request.body);
    if (!analysis) return noContent(reply);
    return analysis;
  });

  api.post<{ Body: DocumentBody }>(
    '/ingest',
    { schema: ingestSchema, preHandler: (request, reply, done) => checkToken(token, request, reply, done) },
    async (request, reply) => {
      const analysis = analyzeBody(request.body);
      if (!analysis) return noContent(reply);
      const [outcome] = await store.putBatch([{ analysis }]);
      if (outcome === 'stored') onStored();
      return { id: analysis.id, outcome };
    },
  );
}

function analyzeBody(body: DocumentBody): Analysis | null {
  const article = readBody(body);
  if (article.blocks.length === 0) return null;
  return analyzeArticle(article, { published: body.published?.slice(0, 10) });
}

function readBody(body: DocumentBody): Article {
  const source = body.url ? { kind: 'html' as const, url: body.url } : { kind: 'text' as const };
  if (body.html !== undefined) {
    const article = parseHtml(body.html, source);
    if (body.title) article.title = body.title;
    return article;
  }
  return parsePageDump(body.text ?? '', { ...source, kind: 'text' }, { title: body.title });
}

function noContent(reply: FastifyReply): FastifyReply {
  return sendError(reply, 422, 'no-content', 'no article content found in the posted document');
}

function checkToken(
  expected: string | undefined,
  request: FastifyRequest,
  reply: FastifyReply,
  done: (err?: Error) => void,
): void {
  if (!expected) {
    sendError(reply, 403, 'ingest-disabled', 'ingesting over HTTP is disabled: start the server with MARSAD_TOKEN set');
    return;
  }
  const given = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
  if (!sameSecret(given, expected)) {
    sendError(reply, 401, 'unauthorized', 'a valid token is required (Authorization: Bearer <token>)');
    return;
  }
  done();
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
