import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import iconv from 'iconv-lite';
import { MarsadError } from '../../src/doc/errors.js';
import { fetchText } from '../../src/ingest/fetch.js';
import { readArticle, readInputs } from '../../src/ingest/index.js';
import type { ReadResult } from '../../src/ingest/types.js';

const PARAGRAPHS = [
  'أعلنت وزارة الخارجية اليوم أن الوزير سيتوجه إلى القاهرة لإجراء محادثات مع نظيره المصري حول الأوضاع الإقليمية.',
  'وقال المتحدث باسم الوزارة إن الزيارة تستمر يومين وتتناول ملفات التعاون الاقتصادي والأمن في المنطقة.',
  'وتأتي الزيارة في إطار جولة تشمل عددا من العواصم العربية خلال الأسبوعين المقبلين.',
];
const PAGE = `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>زيارة الوزير</title></head><body><article><h1>زيارة الوزير</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>أخبار</title><item><title>زيارة الوزير</title><link>https://news.example/visit</link><pubDate>Tue, 12 Mar 2024 09:30:00 GMT</pubDate><description>${PARAGRAPHS[0]}</description></item></channel></rss>`;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

let server: Server;
let base: string;

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/article') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (path === '/legacy') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1256' });
      return void res.end(iconv.encode(`زيارة الوزير\n\n${PARAGRAPHS.join('\n\n')}\n`, 'windows-1256'));
    }
    if (path === '/feed') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
    if (path === '/slow') return; // never answers
    if (path === '/missing') return void res.writeHead(404, 'Not Found').end('not here');
    if (path === '/broken') return void res.writeHead(500, 'Internal Server Error').end('oops');
    if (path === '/loop-a') return void res.writeHead(302, { location: '/loop-b' }).end();
    if (path === '/loop-b') return void res.writeHead(302, { location: '/loop-a' }).end();
    if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      return void res.writeHead(301, { location: n > 0 ? `/hop/${n - 1}` : '/article' }).end();
    }
    if (path === '/image') return void res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.write('أ'.repeat(4000));
      return void setTimeout(() => res.end('ب'.repeat(4000)), 10);
    }
    if (path === '/etag') {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(FEED);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function failureOf(url: string, options = {}): Promise<{ error: string; code: string }> {
  const results: ReadResult[] = [];
  for await (const result of readInputs([url], options)) results.push(result);
  assert.equal(results.length, 1);
  assert.ok(!results[0].ok, 'expected a failure');
  return results[0];
}

test('an HTML page by URL is read, with the URL as its source', async () => {
  const article = await readArticle(`${base}/article`);
  assert.equal(article.source.kind, 'url');
  assert.equal(article.source.url, `${base}/article`);
  assert.equal(article.title, 'زيارة الوزير');
  assert.ok(article.blocks.some((b) => b.text === PARAGRAPHS[1]));
});

test('the charset of the Content-Type header decodes a legacy page', async () => {
  const article = await readArticle(`${base}/legacy`);
  assert.equal(article.encoding, 'windows-1256');
  assert.ok(article.blocks.some((b) => b.text === PARAGRAPHS[2]));
});

test('a feed by URL gives its items', async () => {
  const article = await readArticle(`${base}/feed`);
  assert.equal(article.source.kind, 'feed');
  assert.equal(article.source.url, 'https://news.example/visit');
  assert.equal(article.published, '2024-03-12T09:30:00Z');
});

test('redirects are followed up to the limit; longer chains and loops fail clearly', async () => {
  const article = await readArticle(`${base}/hop/3`);
  assert.equal(article.source.url, `${base}/article`);
  assert.match((await failureOf(`${base}/hop/9`, { maxRedirects: 5 })).error, /redirects more than 5 times/);
  assert.match((await failureOf(`${base}/loop-a`)).error, /loop-a redirects in a loop/);
});

test('HTTP errors, an image and a timeout are one-line errors', async () => {
  assert.equal((await failureOf(`${base}/missing`)).error, `${base}/missing answered HTTP 404 Not Found`);
  assert.equal((await failureOf(`${base}/broken`)).error, `${base}/broken answered HTTP 500 Internal Server Error`);
  const image = await failureOf(`${base}/image`);
  assert.equal(image.error, `${base}/image sends image/png, not text`);
  assert.equal(image.code, 'binary');
  const slow = await failureOf(`${base}/slow`, { fetchTimeoutMs: 300 });
  assert.equal(slow.error, `${base}/slow timed out after 0.3 s`);
  assert.equal(slow.code, 'timeout');
});

test('a body larger than the cap is cut off while streaming', async () => {
  const { error, code } = await failureOf(`${base}/big`, { maxBytes: 10_000 });
  assert.equal(error, `${base}/big is larger than the 10 KB limit; raise --max-bytes`);
  assert.equal(code, 'too-large');
});

test('a refused connection is a clear error', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  assert.equal(
    (await failureOf(`http://127.0.0.1:${port}/x`)).error,
    `could not fetch http://127.0.0.1:${port}/x: ECONNREFUSED`,
  );
});

test('fetchText passes ETag validators in and out and reports 304 Not Modified', async () => {
  const first = await fetchText(`${base}/etag`, { timeoutMs: 2000 });
  assert.equal(first.notModified, false);
  assert.equal(first.etag, '"v1"');
  assert.ok(!first.notModified && first.text.includes('<rss'));
  const second = await fetchText(`${base}/etag`, { timeoutMs: 2000, etag: first.etag });
  assert.equal(second.notModified, true);
  await assert.rejects(
    fetchText(`${base}/missing`),
    (err: unknown) => err instanceof MarsadError && err.code === 'http',
  );
});
