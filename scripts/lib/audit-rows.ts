// Rows of the entity audit's --mentions output (scripts/audit-entities.ts) as the sample scripts of entity rounds 37
// and 39 read them, round 34's sample drawn again from its audit, and an article's body text.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isHeldOutArticle, newsDir } from '../../eval/lib/gold.js';
import { createDoc } from '../../src/doc/doc.js';
import { readInputs } from '../../src/ingest/index.js';

/** One audit row: a mention of the entity `key` of `article`. */
export type Row = { article: string; key: string; type: string; text: string; start: number; end: number };

/** The rows of an audit's --mentions file; a held-out article in it is an error. */
export function readRows(file: string): Row[] {
  const rows: Row[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const [article, start, end, type, key, text] = line.split('\t');
    if (isHeldOutArticle(article)) throw new Error(`held-out article in the audit: ${article}`);
    rows.push({ article, start: Number(start), end: Number(end), type, key, text });
  }
  return rows;
}

export const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');

/** The articles of round 34's sample: the first 400 rows of its audit by its own salt. */
export function round34Articles(file: string): Set<string> {
  const rows = readRows(file).map((r) => ({ r, order: sha1(`entities-round34:${r.article}:${r.start}:${r.end}`) }));
  rows.sort((a, b) => (a.order < b.order ? -1 : 1));
  return new Set(rows.slice(0, 400).map((x) => x.r.article));
}

/** The body text of an article (path relative to data/news), as the pipeline reads it. */
export async function articleText(rel: string): Promise<string> {
  for await (const result of readInputs([path.join(newsDir(), rel)], {}))
    if (result.ok) return createDoc(result.article, { published: null }).text;
  return '';
}
