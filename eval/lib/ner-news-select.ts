// Which news articles eval/gold/ner-news.jsonl annotates, and in what order (eval/gold/ner-news.md, "Selection"):
// every .txt article of ant-multisource and ant-jawharafm and every record of saudinewsnet/2015-08-11.json, minus the
// articles named in any other gold file (eval/gold/*.jsonl and eval/gold/heldout-additions/*.jsonl: only their
// file/article/record fields are read), ordered by sha1('ner-news:' + key), kept when the reader's body has 500–1500
// characters. Split: dev when the last hex digit of the same sha1 is 0–3.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/arabic/data.js';
import { newsDir, readGoldDoc } from './gold.js';

/** `path` under data/news, or `path#record` for a SaudiNewsNet record. */
export type ArticleKey = string;

export interface SelectedArticle {
  key: ArticleKey;
  split: 'train' | 'dev';
  /** Length of the reader's body text. */
  length: number;
}

const SAUDI_FILE = 'saudinewsnet/2015-08-11.json';
const MIN_LENGTH = 500;
const MAX_LENGTH = 1500;

function orderHash(key: ArticleKey): string {
  return createHash('sha1').update(`ner-news:${key}`).digest('hex');
}

export function keyOf(article: { file: string; record?: number }): ArticleKey {
  return article.record === undefined ? article.file : `${article.file}#${article.record}`;
}

export function parseKey(key: ArticleKey): { file: string; record?: number } {
  const [file, record] = key.split('#');
  return record === undefined ? { file } : { file, record: Number(record) };
}

function goldFiles(): string[] {
  const gold = path.join(REPO_ROOT, 'eval', 'gold');
  const jsonl = (dir: string) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => path.join(dir, name));
  return [...jsonl(gold), ...jsonl(path.join(gold, 'heldout-additions'))];
}

/** Keys named by the other gold files; a gold line without a record names its whole file. */
function excludedKeys(): Set<ArticleKey> {
  const excluded = new Set<ArticleKey>();
  for (const file of goldFiles()) {
    if (file.endsWith(`${path.sep}ner-news.jsonl`)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const entry = JSON.parse(line) as { file?: string; article?: string; record?: number };
      const name = entry.file ?? entry.article;
      if (name) excluded.add(keyOf({ file: name, record: entry.record }));
    }
  }
  return excluded;
}

function* textFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* textFiles(full);
    else if (name.endsWith('.txt')) yield full;
  }
}

function candidateKeys(): ArticleKey[] {
  const news = newsDir();
  const keys: ArticleKey[] = [];
  for (const corpus of ['ant-multisource', 'ant-jawharafm']) {
    for (const file of textFiles(path.join(news, corpus))) keys.push(path.relative(news, file));
  }
  const records = JSON.parse(readFileSync(path.join(news, SAUDI_FILE), 'utf8')) as unknown[];
  for (let i = 0; i < records.length; i++) keys.push(keyOf({ file: SAUDI_FILE, record: i }));
  return keys;
}

/** The reader's body length of an article, 0 when the reader rejects it (a rejected article is never kept). */
async function bodyLength(key: ArticleKey): Promise<number> {
  try {
    return (await readGoldDoc(parseKey(key), [])).text.length;
  } catch {
    return 0;
  }
}

/** The first `count` kept articles in selection order (annotated ones included, as they were kept). */
export async function selectNerNewsArticles(count: number): Promise<SelectedArticle[]> {
  const excluded = excludedKeys();
  const ordered = candidateKeys()
    .filter((key) => !excluded.has(key) && !excluded.has(parseKey(key).file))
    .map((key) => ({ key, hash: orderHash(key) }))
    .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  const kept: SelectedArticle[] = [];
  for (const { key, hash } of ordered) {
    if (kept.length >= count) break;
    const length = await bodyLength(key);
    if (length < MIN_LENGTH || length > MAX_LENGTH) continue;
    kept.push({ key, split: '0123'.includes(hash[hash.length - 1]) ? 'dev' : 'train', length });
  }
  return kept;
}
