// JSON schemas of the HTTP API: Fastify validates requests with them and @fastify/swagger turns them into the
// OpenAPI description served at /api/openapi.json.

const isoDay = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'YYYY, YYYY-MM or YYYY-MM-DD' };
const country = { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2 code' };

export const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
} as const;

const errors = { 400: errorSchema, 404: errorSchema };

export const searchQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: {
      type: 'string',
      maxLength: 500,
      description: 'words, "exact phrase", -exclude, a OR b; empty lists recent articles',
    },
    mode: { type: 'string', enum: ['all', 'any'] },
    entity: { type: 'string', maxLength: 200, description: 'entity key ("country:RU"), Wikidata id or name' },
    country,
    from: isoDay,
    to: isoDay,
    source: { type: 'string', maxLength: 200, description: 'part of the source host, URL or path' },
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
    offset: { type: 'integer', minimum: 0, maximum: 1000, default: 0 },
  },
} as const;

const hit = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    url: { type: ['string', 'null'] },
    published: { type: ['string', 'null'] },
    score: { type: ['number', 'null'] },
    snippet: { type: 'string', description: 'a passage of the body; matches wrapped in 【 and 】' },
    source: { type: ['string', 'null'] },
  },
} as const;

export const searchSchema = {
  summary: 'Full-text search (Arabic-aware) with filters and paging',
  tags: ['read'],
  querystring: searchQuery,
  response: {
    200: {
      type: 'object',
      properties: {
        query: { type: 'string' },
        offset: { type: 'integer' },
        limit: { type: 'integer' },
        more: { type: 'boolean', description: 'true when a next page exists' },
        hits: { type: 'array', items: hit },
      },
    },
    ...errors,
  },
} as const;

const idParam = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

export const articleSchema = {
  summary: 'One article with all its layers (the analysis JSON of the contract, plus a store key per entity)',
  tags: ['read'],
  params: idParam,
  response: { 404: errorSchema },
} as const;

export const entityListSchema = {
  summary: 'The most mentioned entities',
  tags: ['read'],
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      type: { type: 'string', enum: ['PER', 'LOC', 'ORG', 'MISC'] },
      limit: { type: 'integer', minimum: 1, maximum: 200, default: 30 },
    },
  },
} as const;

export const entitySchema = {
  summary: 'An entity: profile, mentions per month, co-occurring entities, its quotes and its events',
  tags: ['read'],
  params: {
    type: 'object',
    required: ['ref'],
    properties: { ref: { type: 'string', minLength: 1, maxLength: 200, description: 'key, Wikidata id or name' } },
  },
  response: { ...errors },
} as const;

export const eventsSchema = {
  summary: 'Events filtered by countries, type and date range, with counts per month',
  tags: ['read'],
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      sourceCountry: country,
      targetCountry: country,
      type: { type: 'string', pattern: '^[A-Za-z_]{2,20}$', description: 'PLOVER type, e.g. CONSULT' },
      entity: { type: 'string', maxLength: 200 },
      from: isoDay,
      to: isoDay,
      limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
      offset: { type: 'integer', minimum: 0, default: 0 },
    },
  },
  response: { ...errors },
} as const;

export const graphSchema = {
  summary: 'The actor graph: countries and people, edges split into cooperation (quad 1–2) and conflict (3–4)',
  tags: ['read'],
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      from: isoDay,
      to: isoDay,
      maxNodes: { type: 'integer', minimum: 1, maximum: 500, default: 80 },
    },
  },
  response: { ...errors },
} as const;

export const countriesSchema = {
  summary: 'Country names (Arabic and English) by ISO 3166-1 alpha-2 code, for labels',
  tags: ['read'],
} as const;

export const statsSchema = { summary: 'Counts of stored articles and layers', tags: ['read'] } as const;

const documentBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    text: { type: 'string', minLength: 1, description: 'plain text (page dump); the first line may be the title' },
    html: { type: 'string', minLength: 1, description: 'an HTML page' },
    title: { type: 'string', maxLength: 1000 },
    url: { type: 'string', maxLength: 2000 },
    published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}', description: 'anchors relative dates' },
  },
  oneOf: [{ required: ['text'] }, { required: ['html'] }],
} as const;

export const analyzeSchema = {
  summary: 'Analyze a posted text or HTML page without storing it',
  tags: ['analyze'],
  body: documentBody,
  response: { 400: errorSchema, 413: errorSchema, 422: errorSchema },
} as const;

export const ingestSchema = {
  summary: 'Analyze and store a text or HTML page (needs the operator token: Authorization: Bearer …)',
  tags: ['write'],
  security: [{ bearer: [] }],
  body: documentBody,
  response: {
    200: {
      type: 'object',
      properties: { id: { type: 'string' }, outcome: { type: 'string', enum: ['stored', 'duplicate'] } },
    },
    400: errorSchema,
    401: errorSchema,
    403: errorSchema,
    413: errorSchema,
    422: errorSchema,
  },
} as const;
