// Draws the mention sample of entity round 34 (linking precision on unseen text, docs/entities.md).
// Run: MARSAD_SHARED=/work/shared npx tsx scripts/select-entities-round34.ts MENTIONS.tsv [--n 400] [--window 160]
// MENTIONS.tsv is the --mentions output of scripts/audit-entities.ts --per-folder 200 (article, start, end, type, key,
// text; dev-side articles only: the audit's folders leave out isHeldOutArticle, and the draw checks it again). Rows are
// ordered by sha1('entities-round34:' + article + ':' + start + ':' + end) (hex digest) and the first n are printed,
// each with `window` characters of its article's text either side, the mention marked [[…]], and the other mentions of
// the same key in the article (so a role phrase or a one-word name can be judged against its entity). The draw depends
// only on the rows' positions, so the same audit output gives the same sample.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isHeldOutArticle, newsDir } from '../eval/lib/gold.js';
import { createDoc } from '../src/doc/doc.js';
import { readInputs } from '../src/ingest/index.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

interface Row {
  article: string;
  start: number;
  end: number;
  type: string;
  key: string;
  text: string;
  order: string;
}

async function articleText(rel: string): Promise<string> {
  for await (const result of readInputs([path.join(newsDir(), rel)], {}))
    if (result.ok) return createDoc(result.article, { published: null }).text;
  return '';
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const n = Number(arg('--n', '400'));
  const window = Number(arg('--window', '160'));
  const rows: Row[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const [article, start, end, type, key, text] = line.split('\t');
    if (isHeldOutArticle(article)) throw new Error(`held-out article in the audit: ${article}`);
    const order = createHash('sha1').update(`entities-round34:${article}:${start}:${end}`).digest('hex');
    rows.push({ article, start: Number(start), end: Number(end), type, key, text, order });
  }
  const drawn = [...rows].sort((a, b) => (a.order < b.order ? -1 : 1)).slice(0, n);
  for (const [i, r] of drawn.entries()) {
    const body = await articleText(r.article);
    const before = body.slice(Math.max(0, r.start - window), r.start).replace(/\s+/g, ' ');
    const after = body.slice(r.end, r.end + window).replace(/\s+/g, ' ');
    const others = rows
      .filter((o) => o.article === r.article && o.key === r.key && o.start !== r.start)
      .map((o) => o.text);
    console.log(`#${i + 1}\t${r.article}\t${r.start}\t${r.end}\t${r.type}\t${r.key}\t${r.text}`);
    console.log(`  ${before}[[${body.slice(r.start, r.end)}]]${after}`);
    if (others.length) console.log(`  same key: ${[...new Set(others)].join(' | ')}`);
  }
}

main();
