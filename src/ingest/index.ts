// The reader dispatcher: turns INPUTs (files, directories, http(s) URLs, "-" for stdin) into articles.
// The reader is chosen from the content (gzip magic, then the decoded text), not from the file name.
//
// Limits: a file, download, stdin or decompressed .gz larger than maxBytes (50 MB) is refused without
// being read. JSON Lines are the exception: a JSONL corpus is streamed line by line whatever its size
// (each line is still capped at maxBytes), because a large corpus in one file is legitimate.
//
// An input with no article text ("no article content found in …") is a failed result, never an empty
// article; English-only text is read, with the warning "no Arabic text found".
import { createReadStream, type Dirent } from 'node:fs';
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createGunzip, gunzipSync } from 'node:zlib';
import { errorMessage, MarsadError } from '../doc/errors.js';
import type { Article, SourceInfo } from '../doc/types.js';
import { type ArticleParsers, readJsonLine, readJsonLines, readJsonRecords, readTrec } from './corpus.js';
import { decodeBytes, GZIP_MAGIC, isValidUtf8, startsWithBytes } from './encoding.js';
import { readFeed } from './feed.js';
import { DEFAULT_MAX_BYTES, fetchBytes, formatSize } from './fetch.js';
import { looksLikeJsonLines, sniffText } from './sniff.js';
import type { ReadOptions, ReadResult } from './types.js';

export interface ReaderOptions extends ReadOptions {
  /** Where "-" reads from (defaults to process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** What the sniffing needs to see of a large file to recognize JSON Lines. */
const HEAD_BYTES = 256 * 1024;
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/** Reads every input in order; a failed input (or record) is reported and the rest are still read. */
export async function* readInputs(inputs: string[], options: ReaderOptions = {}): AsyncGenerator<ReadResult> {
  for (const input of inputs) yield* readOne(input, options);
}

/** Reads one INPUT; it may hold many articles (directory, feed, corpus). Never throws. */
export async function* readOne(input: string, options: ReaderOptions = {}): AsyncGenerator<ReadResult> {
  try {
    for await (const result of readAny(input, options)) yield finish(result, options);
  } catch (err) {
    yield failed(input, err);
  }
}

/** The one article of an input, for callers that analyze a single document; throws MarsadError. */
export async function readArticle(input: string, options: ReaderOptions = {}): Promise<Article> {
  for await (const result of readOne(input, options)) {
    if (result.ok) return result.article;
    throw new MarsadError(result.error, result.code);
  }
  throw new MarsadError(`no article content found in ${input}`, 'no-content');
}

function failed(input: string, err: unknown): ReadResult {
  const code = err instanceof MarsadError ? err.code : 'input';
  return { ok: false, input, error: errorMessage(err), code };
}

function readAny(input: string, options: ReaderOptions): AsyncGenerator<ReadResult> {
  if (input === '-') return readStdin(options);
  if (/^https?:\/\//i.test(input)) return readUrl(input, options);
  return readPath(input, options);
}

async function* readStdin(options: ReaderOptions): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of options.stdin ?? process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += buffer.length;
    if (total > maxBytes)
      throw new MarsadError(
        `standard input is larger than the ${formatSize(maxBytes)} limit; raise --max-bytes`,
        'too-large',
      );
    chunks.push(buffer);
  }
  yield* readBytes(Buffer.concat(chunks), { name: 'standard input', source: {} }, options);
}

async function* readUrl(url: string, options: ReaderOptions): AsyncGenerator<ReadResult> {
  const fetched = await fetchBytes(url, {
    timeoutMs: options.fetchTimeoutMs,
    maxRedirects: options.maxRedirects,
    maxBytes: options.maxBytes,
  });
  yield* readBytes(
    fetched.bytes,
    { name: url, source: { url: fetched.url }, contentType: fetched.contentType },
    options,
  );
}

async function* readPath(path: string, options: ReaderOptions): AsyncGenerator<ReadResult> {
  const info = await statInput(path);
  if (info.isDirectory()) yield* readDirectory(path, options, new Set());
  else yield* readFileInput(path, info.size, options);
}

async function statInput(path: string) {
  try {
    return await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new MarsadError(`${path} does not exist`, 'missing');
    if (code === 'EACCES') throw new MarsadError(`${path} cannot be read (permission denied)`, 'input');
    throw new MarsadError(`${path} cannot be read: ${errorMessage(err)}`, 'input');
  }
}

/** Every file under a directory, recursively, in name order, skipping hidden files and symlink loops. */
async function* readDirectory(dir: string, options: ReaderOptions, visited: Set<string>): AsyncGenerator<ReadResult> {
  const real = await realpath(dir);
  if (visited.has(real)) return;
  visited.add(real);
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    try {
      const info = await statInput(path);
      if (info.isDirectory()) yield* readDirectory(path, options, visited);
      else if (info.isFile()) yield* readOne(path, options);
    } catch (err) {
      yield failed(path, err);
    }
  }
}

async function* readFileInput(path: string, size: number, options: ReaderOptions): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size === 0) throw new MarsadError(`${path} is empty`, 'empty');
  const head = await readHead(path);
  if (await isJsonLinesFile(path, head)) {
    yield* streamJsonLines(path, startsWithBytes(head, GZIP_MAGIC), maxBytes);
    return;
  }
  if (size > maxBytes) {
    throw new MarsadError(
      `${path} is ${formatSize(size)}, larger than the ${formatSize(maxBytes)} limit; split it or raise --max-bytes`,
      'too-large',
    );
  }
  yield* readBytes(await readFile(path), { name: path, source: { path } }, options);
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** JSON Lines (possibly gzipped) by content, or by a .jsonl/.ndjson name when the first line is very long. */
async function isJsonLinesFile(path: string, head: Uint8Array): Promise<boolean> {
  const gzipped = startsWithBytes(head, GZIP_MAGIC);
  const text = gzipped ? await gunzippedHead(path) : Buffer.from(head).toString('utf8');
  if (text === null) return false;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (looksLikeJsonLines(start) && (gzipped || isValidUtf8(trimPartialChar(head)))) return true;
  const name = gzipped ? path.replace(/\.gz$/i, '') : path;
  return JSONL_EXTENSIONS.has(extname(name).toLowerCase()) && start.startsWith('{');
}

/** The head may end inside a multi-byte character; drop up to three trailing bytes of it. */
function trimPartialChar(head: Uint8Array): Uint8Array {
  if (head.length < HEAD_BYTES) return head;
  let end = head.length;
  while (end > head.length - 4 && end > 0 && (head[end - 1] & 0xc0) === 0x80) end--;
  return end > 0 && head[end - 1] >= 0xc0 ? head.subarray(0, end - 1) : head.subarray(0, end);
}

async function gunzippedHead(path: string): Promise<string | null> {
  const stream = createReadStream(path).pipe(createGunzip());
  let text = '';
  try {
    stream.setEncoding('utf8');
    for await (const chunk of stream) {
      text += chunk;
      if (text.length >= HEAD_BYTES) break;
    }
    return text;
  } catch {
    return text === '' ? null : text;
  } finally {
    stream.destroy();
  }
}

async function* streamJsonLines(path: string, gzipped: boolean, maxLineBytes: number): AsyncGenerator<ReadResult> {
  const parsers = await loadParsers();
  const source: SourceInfo = { kind: 'jsonl', path };
  const file = createReadStream(path);
  const stream = gzipped ? file.pipe(createGunzip()) : file;
  file.on('error', (err) => stream.destroy(err));
  stream.setEncoding('utf8');
  try {
    for await (const { line, number, tooLong } of linesOf(stream, maxLineBytes)) {
      if (tooLong) {
        const label = `${path}:${number}`;
        yield {
          ok: false,
          input: label,
          error: `line ${number} of ${path} is longer than the ${formatSize(maxLineBytes)} limit`,
          code: 'too-large',
        };
        continue;
      }
      const result = readJsonLine(number === 1 ? line.replace(/^\uFEFF/, '') : line, number, source, parsers);
      if (result) yield result;
    }
  } catch (err) {
    throw new MarsadError(`${path} could not be read to the end: ${errorMessage(err)}`, 'input');
  } finally {
    stream.destroy();
  }
}

/** Splits a text stream into numbered lines without ever holding more than one line (capped) in memory. */
async function* linesOf(stream: AsyncIterable<string>, maxLineChars: number) {
  let pending = '';
  let tooLong = false;
  let number = 0;
  for await (const chunk of stream) {
    const parts = chunk.split('\n');
    for (let i = 0; i < parts.length - 1; i++) {
      number++;
      const line = tooLong ? '' : pending + parts[i];
      yield { line, number, tooLong: tooLong || line.length > maxLineChars };
      pending = '';
      tooLong = false;
    }
    if (!tooLong) pending += parts[parts.length - 1];
    if (pending.length > maxLineChars) {
      tooLong = true;
      pending = '';
    }
  }
  if (pending !== '' || tooLong) yield { line: pending, number: number + 1, tooLong };
}

interface ByteContext {
  /** How to name the input in messages. */
  name: string;
  source: { path?: string; url?: string };
  contentType?: string;
}

/** Bytes of any supported kind → results: gunzip, refuse binary, decode, sniff, dispatch. */
async function* readBytes(
  bytes: Uint8Array,
  context: ByteContext,
  options: ReaderOptions,
  depth = 0,
): AsyncGenerator<ReadResult> {
  if (bytes.length === 0) throw new MarsadError(`${context.name} is empty`, 'empty');
  if (startsWithBytes(bytes, GZIP_MAGIC) && depth < 2) {
    yield* readBytes(gunzip(bytes, context.name, options), { ...context, contentType: undefined }, options, depth + 1);
    return;
  }
  const { text, encoding, replaced } = decodeBytes(bytes, { contentType: context.contentType, name: context.name });
  if (text.trim() === '') throw new MarsadError(`${context.name} is empty`, 'empty');
  for (const result of await dispatch(text, context)) {
    if (result.ok) {
      result.article.encoding ??= encoding;
      if (replaced) result.article.warnings.push(`${replaced} invalid UTF-8 byte sequence(s) replaced with U+FFFD`);
    }
    yield result;
  }
}

function gunzip(bytes: Uint8Array, name: string, options: ReaderOptions): Buffer {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new MarsadError(
        `${name} decompresses to more than the ${formatSize(maxBytes)} limit; raise --max-bytes`,
        'too-large',
      );
    }
    throw new MarsadError(`${name} is not a readable gzip file: ${errorMessage(err)}`, 'input');
  }
}

async function dispatch(text: string, context: ByteContext): Promise<Iterable<ReadResult>> {
  const { path, url } = context.source;
  const located = { ...(path ? { path } : {}), ...(url ? { url } : {}) };
  const kind = sniffText(text);
  if (kind === 'feed') return readFeed(text, { kind: 'feed', ...located });
  const parsers = await loadParsers();
  switch (kind) {
    case 'trec':
      return readTrec(text, { kind: 'trec', ...located }, parsers);
    case 'json':
      return readJsonRecords(text, { kind: 'jsonl', ...located }, parsers);
    case 'jsonl':
      return readJsonLines(text, { kind: 'jsonl', ...located }, parsers);
    case 'html':
      return [{ ok: true, article: parsers.parseHtml(text, { kind: url ? 'url' : 'html', ...located }) }];
    default:
      return [{ ok: true, article: parsers.parsePageDump(text, { kind: url ? 'url' : 'text', ...located }) }];
  }
}

let parsers: Promise<ArticleParsers> | undefined;

/** The HTML and page-dump readers, loaded on first use (they pull in linkedom and Readability). */
function loadParsers(): Promise<ArticleParsers> {
  parsers ??= Promise.all([import('./html.js'), import('./pagedump.js')]).then(([html, pagedump]) => ({
    parseHtml: html.parseHtml,
    parsePageDump: pagedump.parsePageDump,
  }));
  return parsers;
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;

/** Checks every article the same way: content present, Arabic present, default publication date. */
function finish(result: ReadResult, options: ReadOptions): ReadResult {
  if (!result.ok) return result;
  const { article } = result;
  const name = article.source.path ?? article.source.url ?? 'input';
  if (!article.blocks.some((block) => block.text.trim() !== '')) {
    return { ok: false, input: name, error: `no article content found in ${name}`, code: 'no-content' };
  }
  const allText = `${article.title}\n${article.blocks.map((block) => block.text).join('\n')}`;
  if (!ARABIC_LETTER.test(allText) && !article.warnings.includes(NO_ARABIC_WARNING))
    article.warnings.push(NO_ARABIC_WARNING);
  if (article.published === null && options.published) article.published = options.published;
  return result;
}

export const NO_ARABIC_WARNING = 'no Arabic text found';
