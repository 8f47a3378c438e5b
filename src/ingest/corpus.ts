// Corpus readers: JSON arrays / JSON Lines of article records, and TREC-style <DOC> files.
// Record bodies go through the page-dump reader (text) or the HTML reader (html); the record's own
// metadata (title, URL, date, author) wins over whatever those readers guess.
import { errorMessage } from '../doc/errors.js';
import type { Article, SourceInfo } from '../doc/types.js';
import { parseNewsDate } from './dates.js';
import type { ReadResult } from './types.js';

/** The two article readers written elsewhere, passed in so they load only when needed. */
export interface ArticleParsers {
  parseHtml(html: string, source: SourceInfo): Article;
  parsePageDump(text: string, source: SourceInfo, options?: { title?: string }): Article;
}

/** A failed record is named `<path>:<line>` (JSONL) or `<path>#<index>` (JSON array, TREC). */
function failure(input: string, error: string, code = 'record'): ReadResult {
  return { ok: false, input, error, code };
}

const TEXT_FIELDS = ['text', 'body', 'content'];
const URL_FIELDS = ['url', 'link'];
const DATE_FIELDS = ['published', 'date', 'date_extracted', 'pubDate'];

function stringField(record: Record<string, unknown>, names: string[]): string | undefined {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

/** One JSON record → an article; throws with a reason when the record has no usable body. */
export function articleFromRecord(record: unknown, source: SourceInfo, parsers: ArticleParsers): Article {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new Error('record is not a JSON object');
  }
  const fields = record as Record<string, unknown>;
  const url = stringField(fields, URL_FIELDS);
  const title = stringField(fields, ['title'])?.trim() ?? '';
  const recordSource: SourceInfo = { ...source, kind: 'jsonl', ...(url ? { url } : {}) };
  const text = stringField(fields, TEXT_FIELDS);
  const html = stringField(fields, ['html']);
  if (!text && !html) throw new NoContent(`the record has no ${[...TEXT_FIELDS, 'html'].join(', ')} text`);
  const article = text
    ? parsers.parsePageDump(text, recordSource, { title })
    : parsers.parseHtml(html as string, recordSource);
  article.source = recordSource;
  if (title) article.title = title;
  article.published = parseNewsDate(stringField(fields, DATE_FIELDS)) ?? article.published;
  const author = stringField(fields, ['author']);
  if (author) article.author = author.trim();
  if (url) article.canonicalUrl ??= url;
  return article;
}

/** A JSON array of records, or a single record object. */
export function* readJsonRecords(text: string, source: SourceInfo, parsers: ArticleParsers): Generator<ReadResult> {
  const label = source.path ?? source.url ?? 'input';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    yield failure(label, `${label} is not valid JSON: ${errorMessage(err)}`, 'parse');
    return;
  }
  const records = Array.isArray(parsed) ? parsed : [parsed];
  for (const [index, record] of records.entries()) {
    yield recordResult(record, source, parsers, Array.isArray(parsed) ? `${label}#${index + 1}` : label);
  }
}

/** JSON Lines from text already in memory; a malformed line fails alone, with its line number. */
export function* readJsonLines(text: string, source: SourceInfo, parsers: ArticleParsers): Generator<ReadResult> {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const result = readJsonLine(line, index + 1, source, parsers);
    if (result) yield result;
  }
}

/** One line of a JSONL corpus; null for a blank line. */
export function readJsonLine(
  line: string,
  lineNumber: number,
  source: SourceInfo,
  parsers: ArticleParsers,
): ReadResult | null {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  const label = `${source.path ?? source.url ?? 'input'}:${lineNumber}`;
  let record: unknown;
  try {
    record = JSON.parse(trimmed);
  } catch (err) {
    return failure(
      label,
      `line ${lineNumber} of ${source.path ?? source.url ?? 'input'} is not valid JSON: ${errorMessage(err)}`,
      'parse',
    );
  }
  return recordResult(record, source, parsers, label);
}

function recordResult(record: unknown, source: SourceInfo, parsers: ArticleParsers, label: string): ReadResult {
  try {
    return withContent(articleFromRecord(record, source, parsers), label);
  } catch (err) {
    return failureOf(err, label);
  }
}

/** A record whose body is missing or reads as nothing. */
class NoContent extends Error {}

function withContent(article: Article, label: string): ReadResult {
  if (article.blocks.some((block) => block.text.trim() !== '')) return { ok: true, article };
  return failure(label, `no article content found in ${label}`, 'no-content');
}

function failureOf(err: unknown, label: string): ReadResult {
  if (err instanceof NoContent)
    return failure(label, `no article content found in ${label} (${err.message})`, 'no-content');
  return failure(label, `${label}: ${errorMessage(err)}`);
}

export const ABSTRACT_ONLY_WARNING = 'the body text is missing; the abstract is used as the text';

const TREC_FIELDS = ['DOCNO', 'URL', 'SRC', 'CAT', 'TITLE', 'TIME', 'AUTHOR', 'ABSTRACT', 'TEXT'];

/**
 * TREC-style `<DOC>` files (ANT corpus and the like). The text inside is not XML-escaped and a closing
 * tag may be missing, so fields are cut with a tolerant scan rather than an XML parser.
 */
export function* readTrec(text: string, source: SourceInfo, parsers: ArticleParsers): Generator<ReadResult> {
  const label = source.path ?? source.url ?? 'input';
  const docs = splitTrecDocs(text);
  for (const [index, doc] of docs.entries()) {
    const docLabel = docs.length > 1 ? `${label}#${index + 1}` : label;
    try {
      yield withContent(articleFromTrec(doc, source, parsers), docLabel);
    } catch (err) {
      yield failureOf(err, docLabel);
    }
  }
}

/** The text of each <DOC>; a missing </DOC> ends at the next <DOC> or the end of the file. */
function splitTrecDocs(text: string): string[] {
  return text
    .split(/<DOC>/i)
    .slice(1)
    .map((part) => part.replace(/<\/DOC>[\s\S]*$/i, ''));
}

/** A field's text: up to its closing tag, or up to the next field's opening tag when the close is missing. */
export function trecField(doc: string, name: string): string | undefined {
  const open = new RegExp(`<${name}>`, 'i').exec(doc);
  if (!open) return undefined;
  const rest = doc.slice(open.index + open[0].length);
  const close = new RegExp(`</${name}>`, 'i').exec(rest);
  const nextField = new RegExp(`<(?:${TREC_FIELDS.join('|')})>`, 'i').exec(rest);
  const end = close && (!nextField || close.index <= nextField.index) ? close.index : (nextField?.index ?? rest.length);
  return rest.slice(0, end).trim();
}

function articleFromTrec(doc: string, source: SourceInfo, parsers: ArticleParsers): Article {
  const body = trecField(doc, 'TEXT');
  const abstract = trecField(doc, 'ABSTRACT');
  if (!body && !abstract) throw new NoContent('the <DOC> has no <TEXT>');
  const url = trecField(doc, 'URL') || undefined;
  const title = trecField(doc, 'TITLE') ?? '';
  const trecSource: SourceInfo = { ...source, kind: 'trec', ...(url ? { url } : {}) };
  const article = parsers.parsePageDump(body ?? '', trecSource, { title });
  article.source = trecSource;
  if (title) article.title = title;
  const time = trecField(doc, 'TIME');
  article.published = parseNewsDate(time) ?? article.published;
  if (time && !parseNewsDate(time)) article.warnings.push(`unrecognized <TIME> "${time}"`);
  const author = trecField(doc, 'AUTHOR');
  if (author) article.author = author;
  const category = trecField(doc, 'CAT');
  if (category) article.section = category;
  if (url) article.canonicalUrl ??= url;
  if (!abstract) return article;
  if (article.blocks.length === 0) {
    // A body that is missing or only furniture: the abstract (usually the lead) is the best text there is.
    article.blocks.push({ kind: 'paragraph', text: abstract });
    article.warnings.push(ABSTRACT_ONLY_WARNING);
  } else {
    // The abstract is a summary or a copy of the lead, not body text: kept aside for audit and evaluation.
    article.removed.push({ kind: 'abstract', text: abstract });
  }
  return article;
}
