import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { crc32, deflateSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { createDoc } from '../../src/doc/doc.js';
import { MarsadError } from '../../src/doc/errors.js';
import { readArticle, readInputs } from '../../src/ingest/index.js';
import type { ReadResult } from '../../src/ingest/types.js';

const ARABIC =
  'قال رئيس الوزراء في مؤتمر صحفي عقده اليوم في العاصمة إن الحكومة ستعلن خطة اقتصادية جديدة الأسبوع المقبل لمواجهة ارتفاع الأسعار.';
const MORE = [
  'وأضاف أن الخطة تشمل دعم السلع الأساسية وزيادة رواتب العاملين في القطاع العام بنسبة عشرة في المئة.',
  'من جهتها رحبت النقابات العمالية بالإعلان، لكنها طالبت بضمانات لتنفيذ الوعود في موعدها المحدد.',
  'ويأتي الإعلان بعد أسابيع من الاحتجاجات في عدد من المدن على غلاء المعيشة وتراجع قيمة العملة المحلية.',
];

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'marsad-bad-'));
}

async function readAll(inputs: string[], options = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readInputs(inputs, options)) results.push(result);
  return results;
}

async function failure(input: string, options = {}): Promise<{ error: string; code: string }> {
  const results = await readAll([input], options);
  assert.equal(results.length, 1);
  const [result] = results;
  assert.ok(!result.ok, 'expected a failure');
  assert.doesNotMatch(result.error, /\n|\bat \S+:\d+/, 'one line, no stack trace');
  return result;
}

/** A real 1×1 PNG: signature, IHDR, IDAT, IEND chunks with their CRCs. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const pixels = deflateSync(Buffer.from([0, 255, 0, 0]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('an empty file and a whitespace-only file are refused as empty', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\n\t \n');
  for (const name of ['empty.txt', 'blank.txt']) {
    const { error, code } = await failure(join(dir, name));
    assert.equal(error, `${join(dir, name)} is empty`);
    assert.equal(code, 'empty');
  }
});

test('a PNG image is refused as binary data, whatever its name', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'article.html'), tinyPng());
  const { error, code } = await failure(join(dir, 'article.html'));
  assert.equal(error, `${join(dir, 'article.html')} looks like binary data (PNG image), not text`);
  assert.equal(code, 'binary');
  writeFileSync(join(dir, 'noise.txt'), Buffer.from([1, 2, 3, 0, 5, 6, 7, 8, 0x41, 0x42]));
  assert.match((await failure(join(dir, 'noise.txt'))).error, /looks like binary data, not text$/);
});

test('a 200 MB file is refused by its size without being read', async () => {
  const dir = tempDir();
  const path = join(dir, 'huge.txt');
  writeFileSync(path, '');
  truncateSync(path, 200 * 1024 * 1024);
  const { error, code } = await failure(path);
  assert.equal(error, `${path} is 200 MB, larger than the 50 MB limit; split it or raise --max-bytes`);
  assert.equal(code, 'too-large');
});

test('a small .gz that decompresses past the limit is refused; a corrupt .gz is a clear error', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'bomb.txt.gz'), gzipSync(Buffer.alloc(64 * 1024, 0x61)));
  assert.match(
    (await failure(join(dir, 'bomb.txt.gz'), { maxBytes: 16 * 1024 })).error,
    /decompresses to more than the 16 KB limit/,
  );
  writeFileSync(join(dir, 'broken.gz'), gzipSync(Buffer.from(ARABIC)).subarray(0, 20));
  assert.match((await failure(join(dir, 'broken.gz'))).error, /broken\.gz is not a readable gzip file/);
});

test('legacy encodings and BOMs read to the same clean text', async () => {
  const dir = tempDir();
  const text = `${ARABIC}\n\n${MORE.join('\n\n')}\n`;
  const files: Record<string, Buffer> = {
    'cp1256.txt': iconv.encode(text, 'windows-1256'),
    'iso8859-6.txt': iconv.encode(text, 'iso-8859-6'),
    'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]),
    'utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]),
    'utf8bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
  };
  const encodings: Record<string, string> = {
    'cp1256.txt': 'windows-1256',
    'iso8859-6.txt': 'iso-8859-6',
    'utf16le.txt': 'utf-16le',
    'utf16be.txt': 'utf-16be',
    'utf8bom.txt': 'utf-8',
  };
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(join(dir, name), bytes);
    const article = await readArticle(join(dir, name));
    assert.equal(article.encoding, encodings[name], name);
    const doc = createDoc(article);
    assert.ok(doc.text.includes(MORE[2]), name);
    assert.ok(!`${article.title}${doc.text}`.includes('\uFEFF'), name);
    assert.equal(doc.meta.lang, 'ar');
  }
});

test('invalid UTF-8 from a legacy code page is detected, not shown as mojibake', async () => {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'page.html'),
    Buffer.concat([
      Buffer.from('<html><body><p>'),
      iconv.encode(MORE.join('</p><p>'), 'windows-1256'),
      Buffer.from('</p></body></html>'),
    ]),
  );
  const article = await readArticle(join(dir, 'page.html'));
  assert.equal(article.encoding, 'windows-1256');
  assert.ok(createDoc(article).text.includes(MORE[1]));
});

test('malformed and truncated HTML still gives its text', async () => {
  const dir = tempDir();
  const malformed = `<html><head><title>خطة اقتصادية</title><body><div class="story"><p>${ARABIC}<p>${MORE[0]}<div><p>${MORE[1]}</span></b><p>${MORE[2]}</div></html>`;
  const truncated = `<!DOCTYPE html><html><head><title>خطة اقتصادية</title></head><body><article><p>${ARABIC}</p><p>${MORE[0]}</p><p>${MORE[1]}</p><p>${MORE[2].slice(0, 40)}`;
  writeFileSync(join(dir, 'malformed.html'), malformed);
  writeFileSync(join(dir, 'truncated.html'), truncated);
  for (const name of ['malformed.html', 'truncated.html']) {
    const doc = createDoc(await readArticle(join(dir, name)));
    assert.ok(doc.text.includes(MORE[0]), name);
    assert.ok(doc.text.includes(ARABIC), name);
  }
});

test('a page with no article is a failure, not an empty article', async () => {
  const dir = tempDir();
  const path = join(dir, 'nav.html');
  writeFileSync(
    path,
    '<!DOCTYPE html><html><head><title>الرئيسية</title><script>var a = 1;</script></head><body><div id="app"></div><img src="logo.png"><script src="app.js"></script></body></html>',
  );
  const { error, code } = await failure(path);
  assert.equal(error, `no article content found in ${path}`);
  assert.equal(code, 'no-content');
  await assert.rejects(
    readArticle(path),
    (err: unknown) => err instanceof MarsadError && /no article content/.test(err.message),
  );
});

test('English-only text is read, with lang not "ar" and a warning', async () => {
  const dir = tempDir();
  const path = join(dir, 'english.txt');
  writeFileSync(
    path,
    'Prime minister announces economic plan\n\nThe prime minister said on Tuesday that the government would announce a new economic plan next week.\n',
  );
  const article = await readArticle(path);
  assert.ok(article.warnings.includes('no Arabic text found'));
  assert.notEqual(createDoc(article).meta.lang, 'ar');
});

test('a missing path is reported in one line', async () => {
  const { error, code } = await failure('/nonexistent/marsad/article.txt');
  assert.equal(error, '/nonexistent/marsad/article.txt does not exist');
  assert.equal(code, 'missing');
});

test('a directory mixing good and bad files reports each bad one and reads the rest', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, '1-good.txt'), `خطة اقتصادية\n\n${ARABIC}\n`);
  writeFileSync(join(dir, '2-empty.txt'), '');
  writeFileSync(join(dir, '3-image.jpg'), tinyPng());
  writeFileSync(join(dir, '4-bad.jsonl'), `${JSON.stringify({ title: 'أ', text: MORE[0] })}\nnot json\n`);
  mkdirSync(join(dir, '5-sub'));
  writeFileSync(join(dir, '5-sub', 'good.txt'), `عنوان\n\n${MORE[1]}\n`);
  const results = await readAll([dir]);
  assert.deepEqual(
    results.map((r) => (r.ok ? 'ok' : r.code)),
    ['ok', 'empty', 'binary', 'ok', 'parse', 'ok'],
  );
  const bad = results.filter((r) => !r.ok);
  assert.deepEqual(
    bad.map((r) => (r.ok ? '' : r.input)),
    [join(dir, '2-empty.txt'), join(dir, '3-image.jpg'), `${join(dir, '4-bad.jsonl')}:2`],
  );
});

test('standard input is read through "-"', async () => {
  const stdin = Readable.from([Buffer.from(`خطة اقتصادية\n\n${ARABIC}\n`)]);
  const article = await readArticle('-', { stdin });
  assert.equal(createDoc(article).text, ARABIC);
  const empty = Readable.from([]);
  await assert.rejects(readArticle('-', { stdin: empty }), /standard input is empty/);
});
