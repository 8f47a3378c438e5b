// Draws the PARAGRAPH sample of entity round 39 (mention recall on unseen text, docs/entities.md).
// Run: MARSAD_SHARED=/work/shared npx tsx scripts/sample-entity-recall.ts MENTIONS.tsv --r34 R34.tsv --r37 R37.tsv
//      [--n 60] [--after AFTER.tsv]
// MENTIONS.tsv is the --mentions output of scripts/audit-entities.ts --per-folder 200 (article, start, end, type, key,
// text). The articles are the audit's own (entityAuditFolders(200), every gold article left out, dev side only), less
// the ones an earlier round read: the audit positions read in full (auditReadPositions: rounds 13, 15, 17), round 34's
// mention sample (the first 400 rows of R34.tsv, the audit as round 34 ran it, 17,043 rows, by
// sha1('entities-round34:' + article:start:end)) and round 37's entity sample (the first 300 entities of R37.tsv, the
// audit as round 37 ran it, 16,759 rows, by sha1('entities-round37:' + article:key), round 34's articles left out).
// A paragraph is a line of the body of 150–700 characters with an Arabic letter in it; the paragraphs are ordered by
// sha1('entities-round39:' + article + ':' + paragraph index) and the first n are taken, at most one per article.
// Each is printed with the mentions of MENTIONS.tsv marked «text»[TYPE key] (an unlinked entity's key shortened to
// local#N, N its number in the article), so the reader can list what is missed, cut or mistyped; --after prints the
// same paragraph as a later audit marks it.
import { parseArgs } from 'node:util';
import { auditReadPositions, entityAuditFolders, goldArticlePaths, isHeldOutArticle } from '../eval/lib/gold.js';
import { articleText, type Row, readRows, round34Articles, sha1 } from './lib/audit-rows.js';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    n: { type: 'string', default: '60' },
    r34: { type: 'string' },
    r37: { type: 'string' },
    after: { type: 'string' },
  },
});

/** Round 37's sample articles: the first 300 entities (article + key) of its audit, round 34's articles left out. */
function round37Articles(file: string, r34: Set<string>): Set<string> {
  const ids = new Set(readRows(file).map((r) => `${r.article}:${r.key}`));
  const drawn = [...ids]
    .filter((id) => !r34.has(id.slice(0, id.indexOf(':'))))
    .map((id) => ({ id, order: sha1(`entities-round37:${id}`) }))
    .sort((a, b) => (a.order < b.order ? -1 : 1))
    .slice(0, 300);
  return new Set(drawn.map((d) => d.id.slice(0, d.id.indexOf(':'))));
}

/** The paragraphs of a body: [start, end) of each line of 150–700 characters with an Arabic letter. */
function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t.length >= 150 && t.length <= 700 && /[\u0621-\u064a]/.test(t)) out.push([at, at + line.length]);
    at += line.length + 1;
  }
  return out;
}

/** The paragraph [a, b) of `text` with the rows' mentions in it marked. */
function marked(text: string, a: number, b: number, rows: Row[]): string {
  const locals = new Map<string, number>();
  for (const r of rows) if (r.key.startsWith('local:') && !locals.has(r.key)) locals.set(r.key, locals.size + 1);
  const inside = rows.filter((r) => r.start >= a && r.end <= b).sort((x, y) => x.start - y.start || y.end - x.end);
  let out = '';
  let at = a;
  for (const r of inside) {
    if (r.start < at) continue;
    const key = r.key.startsWith('local:') ? `local#${locals.get(r.key)}` : r.key;
    out += `${text.slice(at, r.start)}«${text.slice(r.start, r.end)}»[${r.type} ${key}]`;
    at = r.end;
  }
  return (out + text.slice(at, b)).trim();
}

async function main(): Promise<void> {
  const rows = readRows(positionals[0]);
  const after = opts.after ? readRows(opts.after) : null;
  const r34 = opts.r34 ? round34Articles(opts.r34) : new Set<string>();
  const r37 = opts.r37 ? round37Articles(opts.r37, r34) : new Set<string>();
  const gold = goldArticlePaths();
  const readInFull = new Set(auditReadPositions(gold));
  const articles = entityAuditFolders(200, gold)
    .flat()
    .filter((rel) => !isHeldOutArticle(rel) && !r34.has(rel) && !r37.has(rel) && !readInFull.has(rel));
  const byArticle = (all: Row[]) => {
    const m = new Map<string, Row[]>();
    for (const r of all) m.set(r.article, [...(m.get(r.article) ?? []), r]);
    return m;
  };
  const rowsOf = byArticle(rows);
  const afterOf = after ? byArticle(after) : null;
  const texts = new Map<string, string>();
  const candidates: { rel: string; i: number; a: number; b: number; order: string }[] = [];
  for (const rel of articles) {
    const text = await articleText(rel);
    texts.set(rel, text);
    for (const [i, [a, b]] of paragraphs(text).entries())
      candidates.push({ rel, i, a, b, order: sha1(`entities-round39:${rel}:${i}`) });
  }
  candidates.sort((x, y) => (x.order < y.order ? -1 : 1));
  const n = Number(opts.n);
  const seen = new Set<string>();
  const drawn = [];
  for (const c of candidates) {
    if (drawn.length >= n) break;
    if (seen.has(c.rel)) continue;
    seen.add(c.rel);
    drawn.push(c);
  }
  console.log(
    `articles ${articles.length} (left out: round 34 ${r34.size}, round 37 ${r37.size}, read in full ` +
      `${readInFull.size}); paragraphs ${candidates.length}; drawn ${drawn.length}`,
  );
  for (const [k, { rel, i, a, b }] of drawn.entries()) {
    const text = texts.get(rel) ?? '';
    console.log(`\n#${k + 1}\t${rel}\tparagraph ${i}`);
    console.log(marked(text, a, b, rowsOf.get(rel) ?? []));
    if (afterOf) console.log(`  after: ${marked(text, a, b, afterOf.get(rel) ?? [])}`);
  }
}

main();
