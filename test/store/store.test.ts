import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { REPO_ROOT } from '../../src/arabic/data.js';
import { sentenceStage, tokenStage } from '../../src/arabic/index.js';
import type { Analysis, Entity } from '../../src/doc/types.js';
import { readArticle } from '../../src/ingest/index.js';
import { analyzeArticle } from '../../src/pipeline/analyze.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN } from '../../src/store/snippet.js';
import { openStore, type SqliteStore } from '../../src/store/sqlite.js';

const BBC = join(REPO_ROOT, 'test/fixtures/pagedump/bbc-putin-north-korea/input.txt');
const ANT = join(REPO_ROOT, 'test/fixtures/corpus/AL-economy-41-20180211.txt');
// The store is tested with layers made here on real text; the other stages have their own tests.
const STAGES = [tokenStage, sentenceStage];

/** An entity with every mention of `name` in the body (real offsets into real text). */
function entityOf(body: string, id: string, name: string, extra: Partial<Entity>): Entity {
  const mentions = [];
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length)) {
    mentions.push({ start: at, end: at + name.length, text: name });
  }
  return { id, type: 'PER', name, mentions, ...extra };
}

/** The BBC article with hand-made entity, quote and event layers (whatever the pipeline found is replaced). */
async function bbcAnalysis(): Promise<Analysis> {
  const analysis = analyzeArticle(await readArticle(BBC), { published: '2023-08-15', stages: STAGES });
  const body = analysis.body;
  analysis.entities = [
    entityOf(body, 'e1', 'بوتين', { wikidata: 'Q7747', nameEn: 'Vladimir Putin', country: 'RU' }),
    entityOf(body, 'e2', 'كوريا الشمالية', { type: 'LOC', key: 'country:KP', country: 'KP' }),
    entityOf(body, 'e3', 'كيم جونغ أون', { country: 'KP' }),
  ];
  const quoteText = 'إنني مقتنع بأننا سنواصل تعزيز التعاون الثنائي';
  const quoteStart = body.indexOf(quoteText);
  analysis.quotes = [
    {
      start: quoteStart,
      end: quoteStart + quoteText.length,
      text: quoteText,
      direct: true,
      speaker: 'e1',
      speakerText: 'بوتين',
      cue: 'قال',
    },
  ];
  const day = body.indexOf('يوم الثلاثاء');
  analysis.times = [{ start: day, end: day + 12, text: 'يوم الثلاثاء', value: '2023-08-15', kind: 'weekday' }];
  const trigger = body.indexOf('دعا');
  analysis.events = [
    {
      type: 'APPEAL',
      cameo: '020',
      quad: 1,
      goldstein: 3,
      source: 'e1',
      target: 'e2',
      sourceCountry: 'RU',
      targetCountry: 'KP',
      date: '2023-08-15',
      negated: false,
      hypothetical: false,
      sentence: { start: trigger, end: body.indexOf('.', trigger) + 1 },
      trigger: { start: trigger, end: trigger + 3, text: 'دعا' },
    },
  ];
  return analysis;
}

describe('SQLite store', () => {
  let dir: string;
  let store: SqliteStore;
  let bbc: Analysis;
  let ant: Analysis;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-store-'));
    store = openStore(join(dir, 'test.db'));
    bbc = await bbcAnalysis();
    ant = analyzeArticle(await readArticle(ANT), { stages: STAGES });
    ant.entities = [entityOf(ant.body, 'e1', ant.body.slice(0, 5), { type: 'ORG' })];
  });
  after(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the schema at the current version in WAL mode, and reopening changes nothing', () => {
    assert.equal(store.db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    const again = openStore(join(dir, 'test.db'));
    assert.equal(again.db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    again.close();
  });

  it('upgrades a database from an older schema version when opened for writing', () => {
    const path = join(dir, 'older.db');
    const old = openStore(path);
    old.db.exec('DROP TABLE search_vocab; DROP TABLE feed_items; DROP TABLE feeds');
    old.db.pragma('user_version = 1');
    old.close();
    assert.throws(() => openStore(path, { readonly: true }), /older schema/);
    const upgraded = openStore(path);
    assert.equal(upgraded.db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    assert.equal(upgraded.db.prepare('SELECT count(*) AS n FROM feeds').get()?.constructor, Object);
    upgraded.close();
  });

  it('refuses a database written by a newer schema', () => {
    const path = join(dir, 'newer.db');
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    assert.throws(() => openStore(path), /newer than this Marsad/);
  });

  it('stores an article once: by id, and by body when the same text comes from another path', () => {
    assert.equal(store.putAnalysis(bbc), 'stored');
    assert.equal(store.putAnalysis(bbc), 'duplicate');
    const copy = { ...bbc, id: 'another-path-same-body', source: { kind: 'text' as const, path: '/elsewhere.txt' } };
    assert.equal(store.putAnalysis(copy), 'duplicate');
    assert.deepEqual(store.putBatch([{ analysis: ant }, { analysis: ant }]), ['stored', 'duplicate']);
    assert.equal(store.stats().articles, 2);
  });

  it('gives back the analysis JSON it was given, every layer and offset included', () => {
    const stored = store.getArticle(bbc.id);
    assert.ok(stored);
    // Merged entities carry what the store knows about them; this article gave all of it.
    assert.deepEqual(stored, JSON.parse(JSON.stringify(bbc)));
    for (const entity of stored.entities) {
      for (const m of entity.mentions) assert.equal(stored.body.slice(m.start, m.end), m.text);
    }
    assert.equal(store.getArticle('no-such-id'), null);
  });

  it('merges entities across articles by Wikidata id, canonical key or normalized name', () => {
    const other: Analysis = {
      ...ant,
      id: 'merge-test',
      body: `${ant.body}\n\nوقال الرئيس بوتين`,
      entities: [
        { id: 'e7', type: 'PER', name: 'بوتين', wikidata: 'Q7747', mentions: [] },
        { id: 'e8', type: 'PER', name: 'كيم جونغ أون', mentions: [] },
      ],
      quotes: [],
      events: [],
    };
    assert.equal(store.putAnalysis(other), 'stored');
    const putin = store.findEntities('بوتين');
    assert.equal(putin.length, 1);
    assert.equal(putin[0].articles, 2);
    assert.equal(putin[0].key, 'wd:Q7747');
    assert.deepEqual(store.findEntities('Vladimir Putin')[0].key, 'wd:Q7747');
    assert.equal(store.findEntities('كيم جونغ اون')[0].articles, 2, 'hamza spelling does not split an entity');
    assert.deepEqual(store.articlesMentioning(['Q7747', 'country:KP']), [bbc.id]);
    assert.deepEqual(store.articlesMentioning(['Q7747', 'كيم جونغ أون']).sort(), [bbc.id, 'merge-test'].sort());
  });

  it('answers quotes by entity and events between two countries by month from the tables', () => {
    const quotes = store.quotesByEntity('بوتين');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].articleId, bbc.id);
    assert.match(quotes[0].text, /^إنني مقتنع/);
    assert.deepEqual(store.eventsBetween('KP', 'RU'), [{ month: '2023-08', type: 'APPEAL', count: 1 }]);
    assert.deepEqual(store.eventsBetween('RU', 'US'), []);
  });

  it('finds articles whatever the clitics and spelling, with highlighted snippets from the original text', () => {
    const hits = store.search({ query: 'وبوتين' });
    assert.equal(hits[0].id, bbc.id);
    assert.ok(hits[0].snippet.includes(`${HIGHLIGHT_OPEN}بوتين${HIGHLIGHT_CLOSE}`), hits[0].snippet);
    assert.equal(store.search({ query: 'الكرملين' })[0].id, bbc.id);
    assert.equal(store.search({ query: 'الرّوسيّة' })[0]?.id, bbc.id, 'nisba and diacritics: الروسي in the text');
  });

  it('supports phrases, exclusion and OR', () => {
    assert.equal(store.search({ query: '"تعزيز التعاون"' }).length, 1);
    assert.equal(store.search({ query: '"التعاون تعزيز"' }).length, 0, 'a phrase keeps its order');
    assert.equal(store.search({ query: 'بوتين -الكرملين' }).length, 1, 'merge-test has بوتين without الكرملين');
    assert.equal(store.search({ query: 'بوتين -الكرملين' })[0].id, 'merge-test');
    const either = store.search({ query: 'الكرملين OR بوتين' }).map((h) => h.id);
    assert.deepEqual(either.sort(), [bbc.id, 'merge-test'].sort());
  });

  it('filters by entity, country, date and source', () => {
    assert.deepEqual(
      store.search({ query: 'بوتين', entity: 'country:KP' }).map((h) => h.id),
      [bbc.id],
    );
    assert.deepEqual(
      store
        .search({ query: 'بوتين', country: 'kp' })
        .map((h) => h.id)
        .sort(),
      [bbc.id, 'merge-test'].sort(),
    );
    assert.equal(store.search({ query: 'بوتين', from: '2023-08-01', to: '2023-08-31' })[0].id, bbc.id);
    assert.equal(store.search({ query: 'بوتين', from: '2024-01-01' }).length, 0);
    assert.equal(store.search({ query: 'بوتين', source: 'bbc-putin' })[0].id, bbc.id);
    assert.equal(store.search({ query: 'بوتين', source: '%' }).length, 0, 'LIKE wildcards are literal');
    assert.equal(store.search({ query: 'بوتين', entity: 'nobody at all' }).length, 0);
  });

  it('turns any query, however malformed, into results or a one-line MarsadError', () => {
    const attempts = [
      '"بوتين',
      'بوتين"',
      'NEAR(بوتين كيم, 2)',
      'بوت*',
      'body:بوتين',
      '((بوتين',
      'بوتين)',
      '^بوتين',
      'AND',
      'OR OR',
      '-',
      '"" -""',
      "'; DROP TABLE articles; --",
    ];
    for (const query of attempts) {
      try {
        store.search({ query });
      } catch (err) {
        assert.equal((err as Error).name, 'MarsadError', `${query}: ${(err as Error).message}`);
        assert.ok(!/fts5|sqlite/i.test((err as Error).message), (err as Error).message);
      }
    }
    assert.equal(store.stats().articles, 3);
  });
});
