import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/arabic/data.js';
import { sentenceStage, tokenStage } from '../../src/arabic/index.js';
import { openStore, type SqliteStore } from '../../src/store/sqlite.js';
import { FeedWatcher, parseFeedList } from '../../src/store/watch.js';

const RSS = readFileSync(join(REPO_ROOT, 'test/fixtures/feed/rss.xml'), 'utf8');
const NEW_ITEM = `<item>
      <title>افتتاح معرض الكتاب بمشاركة مئات دور النشر</title>
      <link>https://news.example/2024/03/book-fair</link>
      <pubDate>Wed, 13 Mar 2024 10:00:00 GMT</pubDate>
      <content:encoded><![CDATA[<p>افتتح معرض الكتاب أبوابه صباح الأربعاء بمشاركة مئات دور النشر العربية والأجنبية.</p>]]></content:encoded>
    </item>
    <item>`;
const PAGE = `<!doctype html><html lang="ar"><head><title>النفط</title></head><body><article>
  <h1>ارتفاع أسعار النفط في التعاملات الآسيوية</h1>
  <p>ارتفعت أسعار النفط صباح اليوم الثلاثاء في التعاملات الآسيوية وسط مخاوف من تراجع الإمدادات من الشرق الأوسط.</p>
  <p>وقال محللون إن الأسواق تترقب قرار تحالف أوبك بلس بشأن مستويات الإنتاج في الاجتماع المقبل.</p>
</article></body></html>`;

/** A local news site: a feed that changes on demand and honours ETags, an item page, and a failing feed. */
class NewsSite {
  version = 1;
  requests: { path: string; ifNoneMatch?: string }[] = [];
  private server: Server | null = null;
  base = '';

  feed(): string {
    const xml = this.version === 1 ? RSS : RSS.replace('<item>', NEW_ITEM);
    return xml.replaceAll('https://news.example', this.base);
  }

  handle(req: IncomingMessage, res: import('node:http').ServerResponse): void {
    const path = req.url ?? '/';
    this.requests.push({ path, ifNoneMatch: req.headers['if-none-match'] });
    if (path === '/rss.xml') {
      const etag = `"v${this.version}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(this.feed());
    } else if (path === '/2024/03/oil') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    } else if (path === '/broken.xml') {
      res.writeHead(503).end('down');
    } else {
      res.writeHead(404).end('not found');
    }
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()));
  }

  hits(path: string) {
    return this.requests.filter((r) => r.path === path);
  }
}

describe('feed watcher', () => {
  const site = new NewsSite();
  let store: SqliteStore;
  let clock = 1_000_000;
  // The Arabic core stages are enough to make articles searchable; the other stages have their own tests.
  const options = { politenessMs: 0, backoffMs: 60_000, now: () => clock, stages: [tokenStage, sentenceStage] };

  before(() => site.start());
  after(() => site.stop());
  beforeEach(() => {
    store?.close();
    store = openStore(':memory:');
    site.version = 1;
    site.requests = [];
  });

  it('reads a feeds file: one URL per line, comments and blank lines skipped', () => {
    assert.deepEqual(parseFeedList('# news\nhttps://a.example/rss\n\n  https://b.example/atom  \n'), [
      'https://a.example/rss',
      'https://b.example/atom',
    ]);
  });

  it('stores new items once, asks again with the ETag and stores only what changed', async () => {
    const feed = `${site.base}/rss.xml`;
    const watcher = new FeedWatcher(store, options);
    const first = await watcher.poll(feed);
    assert.deepEqual([first.status, first.stored, first.failed], ['new', 2, 1], 'the empty item is reported');
    const second = await watcher.poll(feed);
    assert.equal(second.status, 'not-modified');
    assert.equal(site.hits('/rss.xml')[1].ifNoneMatch, '"v1"');
    site.version = 2;
    const third = await watcher.poll(feed);
    assert.deepEqual([third.status, third.stored], ['new', 1]);
    assert.equal(store.stats().articles, 3);
    assert.equal(store.search({ query: 'معرض الكتاب' }).length, 1);
  });

  it('picks up where it stopped after a restart', async () => {
    const feed = `${site.base}/rss.xml`;
    await new FeedWatcher(store, options).poll(feed);
    const restarted = new FeedWatcher(store, options);
    assert.equal((await restarted.poll(feed)).status, 'not-modified');
    assert.equal(site.hits('/rss.xml').at(-1)?.ifNoneMatch, '"v1"', 'the ETag came from the database');
    site.version = 2;
    assert.equal((await restarted.poll(feed)).stored, 1, 'items seen before the restart are not stored again');
  });

  it('backs off a failing feed exponentially without stopping the others', async () => {
    const broken = `${site.base}/broken.xml`;
    const watcher = new FeedWatcher(store, options);
    const [fail, ok] = await watcher.pollAll([broken, `${site.base}/rss.xml`]);
    assert.equal(fail.status, 'failed');
    assert.match(fail.error ?? '', /503/);
    assert.equal(ok.stored, 2);
    assert.equal((await watcher.poll(broken)).status, 'waiting', 'not asked again during the pause');
    assert.equal(site.hits('/broken.xml').length, 1);
    clock += 60_000;
    assert.equal((await watcher.poll(broken)).status, 'failed');
    clock += 60_000;
    assert.equal((await watcher.poll(broken)).status, 'waiting', 'the second pause is twice as long');
    clock += 60_000;
    assert.equal((await watcher.poll(broken)).status, 'failed');
    assert.equal(site.hits('/broken.xml').length, 3);
  });

  it("fetches an item's page for the full text when asked, keeping the feed's text when the page fails", async () => {
    const watcher = new FeedWatcher(store, { ...options, fetchPages: true });
    const poll = await watcher.poll(`${site.base}/rss.xml`);
    assert.equal(poll.stored, 2);
    assert.equal(store.search({ query: 'أوبك' }).length, 1, 'the oil page body was read');
    assert.equal(store.search({ query: 'عمّان' }).length, 1, 'the visit page 404s: the feed content is kept');
  });
});
