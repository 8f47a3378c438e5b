// The HTTP API through Fastify's inject (no network): every endpoint on a store filled from the fixtures,
// bad input (malformed JSON, huge body, unknown ids, FTS/SQL injection attempts), and the ingest token. The
// same tests run on SQLite and on PostgreSQL (skipped with a message when the test server is not running,
// required under CI), and both stores must answer the aggregate endpoints identically.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { REPO_ROOT } from '../../src/arabic/data.js';
import { buildServer } from '../../src/server/app.js';
import { postgresMissing } from '../scale/services.js';
import { type FixtureStore, fixtureStore } from './fixture-store.js';

const TOKEN = 'test-token-7f3a';
const BBC = readFileSync(join(REPO_ROOT, 'test/fixtures/pagedump/bbc-putin-north-korea/input.txt'), 'utf8');
const HTML = readFileSync(join(REPO_ROOT, 'test/fixtures/html/arabic-news/input.html'), 'utf8');

function assertJsonError(
  response: { status: number; body: { error?: { code: string; message: string } } },
  status: number,
) {
  assert.equal(response.status, status);
  assert.equal(typeof response.body.error?.code, 'string');
  assert.equal(typeof response.body.error?.message, 'string');
}

const POSTGRES_MISSING = await postgresMissing();
if (POSTGRES_MISSING) console.log(`# API tests on PostgreSQL skipped: ${POSTGRES_MISSING}`);
const STORES = [
  { kind: 'sqlite', skip: false },
  { kind: 'postgres', skip: POSTGRES_MISSING ?? false },
] as const;
/** Each store's server and fixture, kept for the comparison at the end and closed after it. */
const apps = new Map<string, FastifyInstance>();
const fixtures: FixtureStore[] = [];

after(async () => {
  for (const app of apps.values()) await app.close();
  for (const fixture of fixtures) await fixture.remove();
});

for (const { kind, skip } of STORES) describe(`the API on ${kind}`, { skip }, () => apiTests(kind));

describe('SQLite and PostgreSQL answer alike', { skip: POSTGRES_MISSING ?? false }, () => {
  const AGGREGATES = [
    '/api/stats',
    '/api/entities?limit=100',
    '/api/events?limit=500',
    '/api/events?sourceCountry=RU&to=2023-08',
    '/api/graph',
    '/api/search?limit=50',
  ];

  test('aggregate endpoints and entity profiles', async () => {
    const [sqlite, postgres] = [apps.get('sqlite'), apps.get('postgres')] as FastifyInstance[];
    const json = async (app: FastifyInstance, url: string) => (await app.inject({ method: 'GET', url })).json();
    const { entities } = await json(sqlite, '/api/entities?limit=20');
    const profiles = entities.map((e: { key: string }) => `/api/entities/${encodeURIComponent(e.key)}`);
    for (const url of [...AGGREGATES, ...profiles]) {
      assert.deepEqual(await json(postgres, url), await json(sqlite, url), url);
    }
  });
});

function apiTests(kind: 'sqlite' | 'postgres') {
  let fixture: FixtureStore;
  let app: FastifyInstance;

  before(async () => {
    fixture = await fixtureStore(kind);
    app = await buildServer({ store: fixture.store, readModel: fixture.readModel, token: TOKEN, webRoot: null });
    apps.set(kind, app);
    fixtures.push(fixture);
  });

  async function get(url: string) {
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json(), headers: response.headers };
  }

  describe('GET /api/search', () => {
    test('finds the BBC article for بوتين with the word highlighted in the snippet', async () => {
      const { status, body } = await get(`/api/search?q=${encodeURIComponent('بوتين')}`);
      assert.equal(status, 200);
      assert.match(body.hits[0].title, /بوتين/);
      assert.match(body.hits[0].snippet, /【بوتين】/);
    });

    test('pages do not overlap and report whether more follow', async () => {
      const q = encodeURIComponent('في');
      const first = await get(`/api/search?q=${q}&mode=any&limit=2&offset=0`);
      const second = await get(`/api/search?q=${q}&mode=any&limit=2&offset=2`);
      assert.equal(first.body.hits.length, 2);
      assert.equal(first.body.more, true);
      const firstIds = new Set(first.body.hits.map((h: { id: string }) => h.id));
      for (const hit of second.body.hits) assert.ok(!firstIds.has(hit.id));
    });

    test('an empty query lists recent articles', async () => {
      const { status, body } = await get('/api/search?limit=50');
      assert.equal(status, 200);
      assert.equal(body.hits.length, (await fixture.store.stats()).articles);
    });

    test('filters by date and country', async () => {
      const q = encodeURIComponent('بوتين');
      assert.equal((await get(`/api/search?q=${q}&from=2030-01-01`)).body.hits.length, 0);
      assert.equal((await get(`/api/search?q=${q}&to=2023-08-15`)).body.hits.length, 1);
      // The country filter needs linked entities (country codes); with or without them it only narrows.
      assert.ok((await get(`/api/search?q=${q}&country=KP`)).body.hits.length <= 1);
      assert.equal((await get(`/api/search?q=${q}&country=ZZ`)).body.hits.length, 0);
    });

    test('SQL and FTS syntax in the query is text, never syntax, and never an internal error', async () => {
      const before = (await fixture.store.stats()).articles;
      const attempts = [
        '"); DROP TABLE articles; --',
        'NEAR(',
        '*',
        '"بوتين',
        'بوتين"',
        'a OR',
        '-',
        ':',
        '^بوتين',
        "' OR 1=1 --",
      ];
      for (const q of attempts) {
        const response = await get(`/api/search?q=${encodeURIComponent(q)}`);
        assert.ok(response.status === 200 || response.status === 400, `${q} → ${response.status}`);
        if (response.status === 400) assertJsonError(response, 400);
      }
      assert.equal((await fixture.store.stats()).articles, before);
    });

    test('rejects bad parameters with a JSON error', async () => {
      for (const query of [
        'limit=0',
        'limit=abc',
        'limit=1000',
        'country=RUS',
        'from=yesterday',
        'unknown=1',
        'mode=some',
      ]) {
        assertJsonError(await get(`/api/search?q=x&${query}`), 400);
      }
    });
  });

  describe('GET /api/articles/:id', () => {
    test('returns every layer with offsets into the body and a store key per entity', async () => {
      const [hit] = (await get(`/api/search?q=${encodeURIComponent('بوتين')}`)).body.hits;
      const { status, body } = await get(`/api/articles/${hit.id}`);
      assert.equal(status, 200);
      assert.ok(body.entities.length > 0 && body.times.length > 0);
      for (const entity of body.entities) {
        assert.equal(typeof entity.storeKey, 'string');
        for (const m of entity.mentions) assert.equal(body.body.slice(m.start, m.end), m.text);
      }
      for (const time of body.times) assert.equal(body.body.slice(time.start, time.end), time.text);
    });

    test('an unknown id is a 404 JSON error', async () => {
      assertJsonError(await get('/api/articles/no-such-article'), 404);
      assertJsonError(await get(`/api/articles/${encodeURIComponent("x' OR '1'='1")}`), 404);
    });
  });

  describe('GET /api/entities', () => {
    test('lists the most mentioned entities and profiles one', async () => {
      const { body } = await get('/api/entities?type=PER&limit=50');
      const putin = body.entities.find((e: { name: string }) => e.name.includes('بوتين'));
      assert.ok(putin, 'Putin is among the people');
      const profile = await get(`/api/entities/${encodeURIComponent(putin.key)}`);
      assert.equal(profile.status, 200);
      assert.equal(profile.body.entity.key, putin.key);
      assert.ok(profile.body.entity.mentions > 0);
      assert.deepEqual(
        profile.body.mentionsByMonth.map((m: { month: string }) => m.month),
        ['2023-08'],
      );
      assert.ok(profile.body.coOccurring.length > 0);
      assert.ok(profile.body.coOccurring.every((c: { key: string }) => c.key !== putin.key));
      assert.ok(Array.isArray(profile.body.quotes) && Array.isArray(profile.body.events.events));
    });

    test('the gazetteer key that analyze gives finds the entity the store merged under its Wikidata id', async () => {
      const profile = await get(`/api/entities/${encodeURIComponent('person:vladimir-putin')}`);
      assert.equal(profile.status, 200);
      assert.match(profile.body.entity.key, /^wd:Q\d+$/);
      assert.equal(profile.body.entity.nameEn, 'Vladimir Putin');
      assertJsonError(await get(`/api/entities/${encodeURIComponent('person:no-such-person')}`), 404);
      assertJsonError(await get(`/api/entities/${encodeURIComponent('constructor:x')}`), 404);
    });

    test('an unknown entity is a 404 JSON error; a bad type a 400', async () => {
      assertJsonError(await get(`/api/entities/${encodeURIComponent('لا يوجد كيان بهذا الاسم')}`), 404);
      assertJsonError(await get('/api/entities?type=PLANET'), 400);
    });
  });

  describe('GET /api/events and /api/graph', () => {
    test('filters events by source country and counts them by month', async () => {
      const all = (await get('/api/events?limit=500')).body;
      assert.ok(all.total > 0);
      const country = all.events.find((e: { sourceCountry: string | null }) => e.sourceCountry)?.sourceCountry;
      const filtered = (await get(`/api/events?sourceCountry=${country}&limit=500`)).body;
      assert.ok(filtered.total > 0 && filtered.total <= all.total);
      assert.ok(filtered.events.every((e: { sourceCountry: string }) => e.sourceCountry === country));
      const monthly = filtered.byMonth.reduce(
        (n: number, m: { cooperation: number; conflict: number }) => n + m.cooperation + m.conflict,
        0,
      );
      assert.equal(monthly, filtered.total);
      assert.equal((await get('/api/events?from=1990-01-01&to=1990-12-31')).body.total, 0);
      assertJsonError(await get('/api/events?type=DROP%20TABLE'), 400);
    });

    test('the actor graph has nodes for both ends of every edge and splits cooperation from conflict', async () => {
      const { status, body } = await get('/api/graph');
      assert.equal(status, 200);
      assert.ok(body.nodes.length > 0 && body.edges.length > 0);
      const ids = new Set(body.nodes.map((n: { id: string }) => n.id));
      for (const edge of body.edges) {
        assert.ok(ids.has(edge.source) && ids.has(edge.target));
        assert.ok(edge.cooperation + edge.conflict > 0);
      }
      assert.ok(
        body.nodes.some(
          (n: { kind: string; label: string }) => n.kind === 'country' && /[\u0600-\u06FF]/.test(n.label),
        ),
      );
      assert.equal((await get('/api/graph?from=1990-01-01&to=1990-12-31')).body.nodes.length, 0);
    });
  });

  describe('POST /api/analyze', () => {
    const post = (payload: string, contentType = 'application/json') =>
      app.inject({ method: 'POST', url: '/api/analyze', payload, headers: { 'content-type': contentType } });

    test('analyzes a posted text without storing it', async () => {
      const before = (await fixture.store.stats()).articles;
      const response = await post(JSON.stringify({ text: BBC, published: '2023-08-15' }));
      assert.equal(response.statusCode, 200);
      const analysis = response.json();
      assert.ok(analysis.body.includes('بوتين'));
      assert.ok(analysis.times.some((t: { text: string; value: string }) => t.value === '2023-08-15'));
      assert.equal((await fixture.store.stats()).articles, before);
    });

    test('analyzes a posted HTML page', async () => {
      const response = await post(JSON.stringify({ html: HTML }));
      assert.equal(response.statusCode, 200);
      assert.ok(response.json().body.length > 100);
    });

    test('malformed JSON, a wrong shape, a huge body and empty content are clear errors', async () => {
      assertJsonError(
        { status: (await post('{"text": "بوتين"')).statusCode, body: (await post('{"text": "بوتين"')).json() },
        400,
      );
      const wrong = await post(JSON.stringify({ body: 'x' }));
      assertJsonError({ status: wrong.statusCode, body: wrong.json() }, 400);
      const huge = await post(JSON.stringify({ text: 'بوتين '.repeat(300_000) }));
      assertJsonError({ status: huge.statusCode, body: huge.json() }, 413);
      const empty = await post(JSON.stringify({ text: '\n\n  \n' }));
      assertJsonError({ status: empty.statusCode, body: empty.json() }, 422);
      const form = await post('text=x', 'application/x-www-form-urlencoded');
      assertJsonError({ status: form.statusCode, body: form.json() }, 415);
    });
  });

  describe('POST /api/ingest', () => {
    const ingest = (token?: string) =>
      app.inject({
        method: 'POST',
        url: '/api/ingest',
        payload: {
          text: 'موسكو تستضيف محادثات\n\nقال وزير الخارجية الروسي سيرغي لافروف يوم الاثنين إن المحادثات مع الصين كانت مثمرة.',
        },
        headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
      });

    test('needs the operator token', async () => {
      const missing = await ingest();
      assertJsonError({ status: missing.statusCode, body: missing.json() }, 401);
      const wrong = await ingest('wrong-token');
      assertJsonError({ status: wrong.statusCode, body: wrong.json() }, 401);
    });

    test('stores with the token, then reports the same text as a duplicate', async () => {
      const before = (await fixture.store.stats()).articles;
      const first = await ingest(TOKEN);
      assert.equal(first.statusCode, 200);
      assert.equal(first.json().outcome, 'stored');
      assert.equal((await fixture.store.stats()).articles, before + 1);
      assert.equal((await get(`/api/articles/${first.json().id}`)).status, 200);
      assert.equal((await ingest(TOKEN)).json().outcome, 'duplicate');
    });

    test('is disabled when the operator set no token', async () => {
      const open = await buildServer({
        store: fixture.store,
        readModel: fixture.readModel,
        webRoot: null,
      });
      const response = await open.inject({ method: 'POST', url: '/api/ingest', payload: { text: 'نص' } });
      assertJsonError({ status: response.statusCode, body: response.json() }, 403);
      await open.close();
    });
  });

  describe('OpenAPI, stats, countries and unknown routes', () => {
    test('the OpenAPI description lists every endpoint', async () => {
      const { status, body } = await get('/api/openapi.json');
      assert.equal(status, 200);
      assert.match(body.openapi, /^3\./);
      for (const path of [
        '/api/search',
        '/api/articles/{id}',
        '/api/entities/{ref}',
        '/api/events',
        '/api/graph',
        '/api/analyze',
        '/api/ingest',
      ]) {
        assert.ok(body.paths[path], `${path} is described`);
      }
    });

    test('stats count the stored layers; countries have Arabic names', async () => {
      const stats = (await get('/api/stats')).body;
      assert.equal(stats.articles, (await fixture.store.stats()).articles);
      assert.equal((await get('/api/countries')).body.RU.ar, 'روسيا');
    });

    test('an unknown route is a 404 JSON error', async () => {
      assertJsonError(await get('/api/nothing-here'), 404);
    });
  });
}
