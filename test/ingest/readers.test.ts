import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import type { Article } from '../../src/doc/types.js';
import { parseNewsDate } from '../../src/ingest/dates.js';
import { decodeBytes } from '../../src/ingest/encoding.js';
import { readInputs, readOne } from '../../src/ingest/index.js';
import { sniffText } from '../../src/ingest/sniff.js';
import type { ReadResult } from '../../src/ingest/types.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const ARABIC =
  'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة غزة يضم مئة سرير، وقال الوزير إن المشروع ممول من صندوق التنمية.';

async function collect(inputs: string[], options = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readInputs(inputs, options)) results.push(result);
  return results;
}

async function articles(input: string, options = {}): Promise<Article[]> {
  const results: ReadResult[] = [];
  for await (const result of readOne(input, options)) results.push(result);
  return results.map((r) => {
    assert.ok(r.ok, r.ok ? '' : r.error);
    return r.article;
  });
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'marsad-readers-'));
}

const bodyOf = (article: Article) => article.blocks.map((b) => b.text).join('\n');

test('chardet samples without a declared charset decode as windows-1256 and ISO-8859-6', () => {
  for (const encoding of ['windows-1256', 'iso-8859-6']) {
    const bytes = readFileSync(join(FIXTURES, 'encoding', `${encoding}_no-charset.html`));
    const decoded = decodeBytes(bytes);
    assert.equal(decoded.encoding, encoding);
    assert.match(decoded.text, /أعلنت كتائب الشهيد عز الدين القسام/);
    assert.doesNotMatch(decoded.text, /\uFFFD/);
  }
});

test('generated Arabic text in each legacy code page is told apart; Latin text goes to windows-1252', () => {
  const text = `${ARABIC} وأضاف أن العمل سيبدأ الشهر المقبل بمشاركة شركات محلية وغربية.`;
  for (const encoding of ['windows-1256', 'iso-8859-6']) {
    const decoded = decodeBytes(iconv.encode(text, encoding));
    assert.equal(decoded.encoding, encoding);
    assert.equal(decoded.text, text);
  }
  const french = 'Le ministère a annoncé la création d’un hôpital à Gaza; les travaux débuteront en été.';
  const latin = decodeBytes(iconv.encode(french, 'windows-1252'));
  assert.equal(latin.encoding, 'windows-1252');
  assert.equal(latin.text, french);
});

test('BOMs, HTTP charset and <meta charset> are honoured', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ARABIC, 'utf-16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ARABIC, 'utf-16be')]);
  const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC)]);
  assert.deepEqual(decodeBytes(le), { text: ARABIC, encoding: 'utf-16le' });
  assert.deepEqual(decodeBytes(be), { text: ARABIC, encoding: 'utf-16be' });
  assert.deepEqual(decodeBytes(utf8), { text: ARABIC, encoding: 'utf-8' });
  const legacy = iconv.encode(ARABIC, 'windows-1256');
  assert.equal(decodeBytes(legacy, { contentType: 'text/plain; charset=windows-1256' }).text, ARABIC);
  const page = Buffer.concat([
    Buffer.from('<html><head><meta charset="iso-8859-6"></head><body>'),
    iconv.encode(ARABIC, 'iso-8859-6'),
  ]);
  assert.equal(decodeBytes(page).encoding, 'iso-8859-6');
  assert.match(decodeBytes(page).text, /مستشفى جديد/);
});

test('UTF-8 with one stray byte stays UTF-8 with the byte replaced', () => {
  const bytes = Buffer.concat([Buffer.from(ARABIC.slice(0, 40)), Buffer.from([0xff]), Buffer.from(ARABIC.slice(40))]);
  const decoded = decodeBytes(bytes);
  assert.equal(decoded.encoding, 'utf-8');
  assert.equal(decoded.replaced, 1);
  assert.equal(decoded.text.replace('\uFFFD', ''), ARABIC);
});

test('news dates: RFC 822, ISO 8601 (extended and basic time), DD/MM/YYYY', () => {
  assert.equal(parseNewsDate('Sun, 18 Feb 2018 17:21:49 GMT'), '2018-02-18T17:21:49Z');
  assert.equal(parseNewsDate('Sat, 22 Dec 2012 09:04:00 +0400'), '2012-12-22T09:04:00+04:00');
  assert.equal(parseNewsDate('2017-01-20T21:43:00+01:00'), '2017-01-20T21:43:00+01:00');
  assert.equal(parseNewsDate('2017-01-22T185600'), '2017-01-22T18:56:00');
  assert.equal(parseNewsDate('2015-08-11 13:44:43'), '2015-08-11T13:44:43');
  assert.equal(parseNewsDate('25/11/2016'), '2016-11-25');
  assert.equal(parseNewsDate('31/02/2016'), null);
  assert.equal(parseNewsDate('أمس'), null);
});

test('the reader is chosen from the content, not the file name', () => {
  assert.equal(sniffText('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>'), 'feed');
  assert.equal(sniffText('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'feed');
  assert.equal(sniffText('<!DOCTYPE html><html><body><p>نص</p></body></html>'), 'html');
  assert.equal(sniffText('<DOC>\n<DOCNO>X</DOCNO>\n<TEXT>نص</TEXT></DOC>'), 'trec');
  assert.equal(sniffText('[{"title": "عنوان"}]'), 'json');
  assert.equal(sniffText('{"title": "أ"}\n{"title": "ب"}\n'), 'jsonl');
  assert.equal(sniffText('[عاجل] انفجار في الميناء\nنص الخبر'), 'text');
  assert.equal(sniffText('يذكر التقرير الوسم <meta charset> والوسم <body> في الصفحة.'), 'text');
});

test('TREC files: fields, dates in three formats, the abstract kept aside, not well-formed XML', async () => {
  const [bbc] = await articles(join(FIXTURES, 'corpus', 'BB-culture-173-20180526.txt'));
  assert.equal(bbc.source.kind, 'trec');
  assert.equal(bbc.source.url, 'http://www.bbc.co.uk/arabic/art-and-culture-44264203');
  assert.equal(bbc.title, 'العالم في أسبوع بالصور');
  assert.equal(bbc.published, '2018-05-26T08:24:51Z');
  assert.equal(bbc.section, 'culture');
  assert.match(bodyOf(bbc), /باقة من أجمل الصور الصحفية/);
  assert.deepEqual(
    bbc.removed.filter((r) => r.kind === 'abstract').map((r) => r.text),
    ['باقة من أجمل الصور الصحفية التي التقطت حول العالم خلال الأسبوع الماضي.'],
  );

  const [alarabiya] = await articles(join(FIXTURES, 'corpus', 'AL-economy-41-20180211.txt'));
  assert.equal(alarabiya.published, '2018-02-11T16:18:28+04:00');
  assert.match(bodyOf(alarabiya), /Johnson & Johnson/);

  const [jawhara] = await articles(join(FIXTURES, 'corpus', 'JA-politic-44-25112016.txt'));
  assert.equal(jawhara.published, '2016-11-25');
  assert.match(bodyOf(jawhara), /أمينة الصرارفي/);
});

test('a TREC body that is only furniture falls back to the abstract, with a warning', async () => {
  const [article] = await articles(join(FIXTURES, 'corpus', 'AL-culture-59-20121222.txt'));
  assert.match(bodyOf(article), /مجمع اللغة العربية/);
  assert.ok(article.warnings.some((w) => w.includes('abstract')));
});

test('several <DOC>s in one file, one of them truncated without closing tags', async () => {
  const dir = tempDir();
  const first = readFileSync(join(FIXTURES, 'corpus', 'BB-culture-173-20180526.txt'), 'utf8');
  const truncated = readFileSync(join(FIXTURES, 'corpus', 'JA-politic-44-25112016.txt'), 'utf8').replace(
    /<\/TEXT>[\s\S]*$/,
    '',
  );
  writeFileSync(join(dir, 'two.trec'), `${first}\n${truncated}`);
  const read = await articles(join(dir, 'two.trec'));
  assert.deepEqual(
    read.map((a) => a.title),
    ['العالم في أسبوع بالصور', 'أمينة الصرارفي تلتحق بحركة مشروع تونس'],
  );
  assert.match(bodyOf(read[1]), /انضمامها لحركة مشروع تونس/);
});

test('SaudiNewsNet JSON array: records become articles, the empty one fails alone', async () => {
  const results = await collect([join(FIXTURES, 'corpus', 'saudinewsnet-3.json')]);
  assert.equal(results.length, 3);
  const [a, b, c] = results;
  assert.ok(a.ok && b.ok);
  assert.equal(a.article.source.kind, 'jsonl');
  assert.match(a.article.source.url ?? '', /^http/);
  assert.match(a.article.published ?? '', /^2015-08-11T\d\d:\d\d:\d\d$/);
  assert.ok(a.article.title.length > 0);
  assert.ok(a.article.blocks.length > 0);
  assert.ok(!c.ok);
  assert.equal(c.code, 'no-content');
  assert.match(c.error, /no article content found in .*saudinewsnet-3\.json#3/);
});

test('JSONL with one malformed line: the line is reported by number, the others are read', async () => {
  const dir = tempDir();
  const lines = [
    JSON.stringify({ title: 'الأول', text: ARABIC, url: 'https://a.example/1', published: '2024-01-05' }),
    '{"title": "مكسور", "text": ',
    JSON.stringify({
      title: 'الثالث',
      body: `${ARABIC}\n\nفقرة ثانية في الخبر.`,
      date: 'Fri, 05 Jan 2024 10:00:00 GMT',
    }),
  ];
  writeFileSync(join(dir, 'corpus.jsonl'), `${lines.join('\n')}\n`);
  const results = await collect([join(dir, 'corpus.jsonl')]);
  assert.equal(results.length, 3);
  assert.ok(results[0].ok && results[2].ok && !results[1].ok);
  assert.match(results[1].error, /line 2 of .*corpus\.jsonl is not valid JSON/);
  assert.equal(results[1].input, `${join(dir, 'corpus.jsonl')}:2`);
  assert.equal(results[0].article.published, '2024-01-05');
  assert.equal(results[2].article.published, '2024-01-05T10:00:00Z');
  assert.equal(results[2].article.title, 'الثالث');
});

test('a JSONL corpus larger than the limit is streamed, other files that large are refused', async () => {
  const dir = tempDir();
  const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ title: `خبر ${i + 1}`, text: ARABIC }));
  writeFileSync(join(dir, 'big.jsonl'), lines.join('\n'));
  writeFileSync(join(dir, 'big.txt'), lines.map(() => ARABIC).join('\n'));
  const maxBytes = 4096;
  const streamed = await collect([join(dir, 'big.jsonl')], { maxBytes });
  assert.equal(streamed.length, 40);
  assert.ok(streamed.every((r) => r.ok));
  assert.equal(streamed[39].ok && streamed[39].article.title, 'خبر 40');
  const [refused] = await collect([join(dir, 'big.txt')], { maxBytes });
  assert.ok(!refused.ok);
  assert.match(refused.error, /big\.txt is \d+ KB, larger than the 4 KB limit; split it or raise --max-bytes/);
});

test('feeds: RSS 2.0 with content:encoded, description-only and empty items; Atom; RSS 1.0', async () => {
  const rss = await collect([join(FIXTURES, 'feed', 'rss.xml')]);
  assert.equal(rss.length, 3);
  const [full, summary, empty] = rss;
  assert.ok(full.ok && summary.ok && !empty.ok);
  assert.equal(full.article.source.kind, 'feed');
  assert.equal(full.article.source.url, 'https://news.example/2024/03/visit');
  assert.equal(full.article.published, '2024-03-12T09:30:00+03:00');
  assert.deepEqual(
    full.article.blocks.map((b) => b.kind),
    ['paragraph', 'subheading', 'paragraph'],
  );
  assert.match(full.article.blocks[2].text, /"التعاون الاقتصادي وأمن الحدود"/);
  assert.deepEqual(full.article.captions, ['الوزير لدى وصوله إلى المطار']);
  assert.equal(full.article.warnings.length, 0);
  assert.equal(summary.article.blocks.length, 1);
  assert.ok(summary.article.warnings.some((w) => w.includes('only a description')));
  assert.match(empty.error, /no article content found in feed item .*rss\.xml#3/);

  const [atom, atomSummary] = await articles(join(FIXTURES, 'feed', 'atom.xml'));
  assert.equal(atom.title, 'الأمم المتحدة تدعو إلى وقف إطلاق النار');
  assert.equal(atom.source.url, 'https://news.example/un-call');
  assert.equal(atom.author, 'مراسل الشبكة');
  assert.equal(atom.published, '2024-03-11T18:20:00+03:00');
  assert.equal(atom.blocks.length, 2);
  assert.equal(atomSummary.published, '2024-03-10T12:00:00Z');

  const [rdf] = await articles(join(FIXTURES, 'feed', 'rdf.xml'));
  assert.equal(rdf.published, '2024-03-09');
  assert.equal(rdf.source.url, 'https://news.example/rain');
});

test('an HTML page and a page dump, whatever the file is called', async () => {
  const dir = tempDir();
  const paragraphs = [
    ARABIC,
    'وأوضح المتحدث أن المستشفى سيخدم أكثر من مئتي ألف نسمة في المنطقة الشمالية من القطاع.',
    'ومن المقرر أن يفتتح رسميا خلال الأسابيع المقبلة بحضور ممثلين عن الجهات المانحة.',
  ];
  const html = `<!DOCTYPE html><html lang="ar"><head><title>افتتاح مستشفى جديد</title></head><body><nav><a href="/">الرئيسية</a></nav><article><h1>افتتاح مستشفى جديد</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  writeFileSync(join(dir, 'page.txt'), html);
  writeFileSync(join(dir, 'dump.html'), `افتتاح مستشفى جديد\n\n${paragraphs.join('\n\n')}\n`);
  const [page] = await articles(join(dir, 'page.txt'));
  assert.equal(page.source.kind, 'html');
  assert.match(bodyOf(page), /مئتي ألف نسمة/);
  const [dump] = await articles(join(dir, 'dump.html'));
  assert.equal(dump.source.kind, 'text');
  assert.match(bodyOf(dump), /الجهات المانحة/);
});

test('.gz of each format reads like the plain file', async () => {
  const dir = tempDir();
  const plain = [
    join(FIXTURES, 'corpus', 'BB-culture-173-20180526.txt'),
    join(FIXTURES, 'corpus', 'saudinewsnet-3.json'),
    join(FIXTURES, 'feed', 'atom.xml'),
    join(FIXTURES, 'encoding', 'windows-1256_no-charset.html'),
  ];
  const jsonl = join(dir, 'records.jsonl');
  writeFileSync(jsonl, `${JSON.stringify({ title: 'عنوان', text: ARABIC })}\n{bad\n`);
  const dump = join(dir, 'dump.txt');
  writeFileSync(dump, `عنوان الخبر\n\n${ARABIC}\n`);
  for (const file of [...plain, jsonl, dump]) {
    const zipped = join(dir, `${file.split('/').pop()}.gz`);
    writeFileSync(zipped, gzipSync(readFileSync(file)));
    const expected = await collect([file]);
    const actual = await collect([zipped]);
    const strip = (results: ReadResult[]) =>
      results.map((r) =>
        r.ok ? { title: r.article.title, blocks: r.article.blocks, kind: r.article.source.kind } : r.code,
      );
    assert.deepEqual(strip(actual), strip(expected), file);
    assert.ok(expected.length > 0);
  }
});

test('a directory is read recursively in name order, skipping hidden files', async () => {
  const dir = tempDir();
  copyFileSync(join(FIXTURES, 'corpus', 'BB-culture-173-20180526.txt'), join(dir, 'b.txt'));
  writeFileSync(join(dir, 'a.txt'), `عنوان\n\n${ARABIC}\n`);
  writeFileSync(join(dir, '.hidden.txt'), `مخفي\n\n${ARABIC}\n`);
  const sub = join(dir, 'c');
  mkdirSync(sub);
  copyFileSync(join(FIXTURES, 'feed', 'rdf.xml'), join(sub, 'feed.xml'));
  const results = await collect([dir]);
  assert.deepEqual(
    results.map((r) => (r.ok ? r.article.source.kind : r.code)),
    ['text', 'trec', 'feed'],
  );
});

test('the --published default fills only articles without a date', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'dump.txt'), `عنوان الخبر\n\n${ARABIC}\n`);
  const [dump] = await articles(join(dir, 'dump.txt'), { published: '2024-02-01' });
  assert.equal(dump.published, '2024-02-01');
  const [bbc] = await articles(join(FIXTURES, 'corpus', 'BB-culture-173-20180526.txt'), { published: '2024-02-01' });
  assert.equal(bbc.published, '2018-05-26T08:24:51Z');
});
