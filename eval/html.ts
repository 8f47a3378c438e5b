// Evaluation of the HTML reader (src/ingest/html.ts) against public gold, next to the published anchors:
//   1. Zyte article-extraction benchmark (181 pages, shingle F1), split dev / held-out by a fixed hash;
//   2. trafilatura's evaluation set (990 pages, with/without segments);
//   3. Arabic pages: CNN Arabic 2013 (gold body), htmldate Media Cloud (gold dates), legacy-encoding samples.
// Reads /work/shared (or $MARSAD_SHARED); run with `npm run eval:html`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Article } from '../src/doc/types.js';
import { decodeBytes } from '../src/ingest/encoding.js';
import { parseHtml } from '../src/ingest/html.js';
import { type PageCounts, type ShingleScore, shingleCounts, shingleScore } from './lib/html-shingles.js';
import { isHeldOut } from './lib/html-split.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.MARSAD_SHARED ?? path.resolve(repoRoot, '../shared');
const htmlData = path.join(shared, 'data/html');

function bodyText(article: Article): string {
  return article.blocks.map((b) => b.text).join('\n\n');
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function fmt(n: number): string {
  return n.toFixed(3);
}

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
}

// ---- 1. Zyte ----

function evalZyte(): void {
  const dir = path.join(htmlData, 'zyte-benchmark');
  const gold = readJson<Record<string, { articleBody: string; url: string }>>(path.join(dir, 'ground-truth.json'));
  const ids = Object.keys(gold);
  const reference = (name: string) => {
    const out = readJson<{ output: Record<string, { articleBody?: string }> }>(
      path.join(dir, 'reference-outputs', `${name}.json`),
    ).output;
    return shingleScore(ids.map((id) => shingleCounts(gold[id].articleBody, out[id]?.articleBody ?? '')));
  };
  const dev: PageCounts[] = [];
  const held: PageCounts[] = [];
  const started = Date.now();
  for (const id of ids) {
    const html = gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8');
    const article = parseHtml(html, { kind: 'html', url: gold[id].url });
    (isHeldOut(id) ? held : dev).push(shingleCounts(gold[id].articleBody, bodyText(article)));
  }
  const seconds = (Date.now() - started) / 1000;
  const widths = [44, 7, 7, 7, 5];
  const line = (name: string, s: ShingleScore) =>
    row([name, fmt(s.f1), fmt(s.precision), fmt(s.recall), s.pages], widths);
  console.log('\n## Zyte article-extraction benchmark (shingle metric, means over pages)');
  console.log(row(['system', 'F1', 'P', 'R', 'pages'], widths));
  console.log(row(['readability_js 0.6.0 (published)', '0.947', '0.914', '0.982', 181], widths));
  console.log(row(['trafilatura 2.0.0 (published)', '0.958', '0.938', '0.978', 181], widths));
  console.log(line('readability_js 0.6.0 (reference output, our scorer)', reference('readability_js')));
  console.log(line('trafilatura 2.0.0 (reference output, our scorer)', reference('trafilatura')));
  console.log(line('marsad parseHtml — dev (tuned on)', shingleScore(dev)));
  console.log(line('marsad parseHtml — held-out (never inspected)', shingleScore(held)));
  console.log(line('marsad parseHtml — all', shingleScore([...dev, ...held])));
  console.log(`(${ids.length} pages in ${seconds.toFixed(1)} s)`);
}

// ---- 2. trafilatura evaluation set ----

interface SegmentEntry {
  file: string;
  with: string[];
  without: string[];
  title?: string;
}

function evalTrafilatura(): void {
  const dir = path.join(htmlData, 'trafilatura-eval');
  const data = readJson<Record<string, SegmentEntry>>(path.join(dir, 'evaldata.json'));
  const counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  let failures = 0;
  const started = Date.now();
  for (const [url, entry] of Object.entries(data)) {
    let text = '';
    try {
      const bytes = gunzipSync(readFileSync(path.join(dir, 'html', `${entry.file}.gz`)));
      text = normalizeSegment(bodyText(parseHtml(decodeBytes(bytes).text, { kind: 'html', url })));
    } catch {
      failures++;
    }
    for (const segment of entry.with) text.includes(normalizeSegment(segment)) ? counts.tp++ : counts.fn++;
    for (const segment of entry.without) text.includes(normalizeSegment(segment)) ? counts.fp++ : counts.tn++;
  }
  const precision = counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp / (counts.tp + counts.fn);
  const accuracy = (counts.tp + counts.tn) / (counts.tp + counts.tn + counts.fp + counts.fn);
  const f = (2 * precision * recall) / (precision + recall);
  const widths = [36, 9, 9, 9, 9];
  console.log('\n## trafilatura evaluation set (with/without segments, counts summed over pages)');
  console.log(row(['system', 'P', 'R', 'accuracy', 'F'], widths));
  console.log(row(['trafilatura 2.2.0 standard (published)', '0.906', '0.943', '0.923', '0.924'], widths));
  console.log(row(['readability-lxml 0.8.4.1 (published)', '0.898', '0.764', '0.839', '0.826'], widths));
  console.log(row(['marsad parseHtml (not tuned on)', fmt(precision), fmt(recall), fmt(accuracy), fmt(f)], widths));
  console.log(
    `(${Object.keys(data).length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `TP ${counts.tp} FN ${counts.fn} FP ${counts.fp} TN ${counts.tn}; ${failures} pages threw)`,
  );
}

function normalizeSegment(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ---- 3. Arabic pages ----

function evalArabic(): void {
  const dir = path.join(htmlData, 'arabic-news-pages');
  console.log('\n## Arabic pages');

  const cnnDir = path.join(dir, 'cnn-arabic-2013');
  const cnnGold = readJson<{ title: string; text: string }>(path.join(cnnDir, 'arabic_article.json'));
  const cnn = parseHtml(readFileSync(path.join(cnnDir, 'arabic_article.html'), 'utf8'), {
    kind: 'html',
    url: 'http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html',
  });
  const score = shingleScore([shingleCounts(cnnGold.text, bodyText(cnn))]);
  console.log(
    `CNN Arabic 2013: body shingle F1 ${fmt(score.f1)} (P ${fmt(score.precision)} R ${fmt(score.recall)}), ` +
      `${cnn.blocks.length} blocks; published ${cnn.published} (gold: none in markup); title ${cnn.title === cnnGold.title ? 'exact' : 'DIFFERENT'}: «${cnn.title}»`,
  );

  const assabah = readJson<Record<string, SegmentEntry>>(path.join(htmlData, 'trafilatura-eval/evaldata.json'));
  const [assabahUrl, assabahEntry] = Object.entries(assabah).find(([, e]) => e.file.startsWith('assabah')) ?? [];
  if (assabahUrl && assabahEntry) {
    const bytes = gunzipSync(readFileSync(path.join(htmlData, 'trafilatura-eval/html', `${assabahEntry.file}.gz`)));
    const article = parseHtml(decodeBytes(bytes).text, { kind: 'html', url: assabahUrl });
    const text = normalizeSegment(bodyText(article));
    const found = assabahEntry.with.filter((s) => text.includes(normalizeSegment(s))).length;
    const leaked = assabahEntry.without.filter((s) => text.includes(normalizeSegment(s))).length;
    console.log(
      `Assabah (trafilatura set): with ${found}/${assabahEntry.with.length}, without leaked ${leaked}/${assabahEntry.without.length}; ` +
        `title ${article.title === normalizeSegment(assabahEntry.title ?? '') ? 'exact (whitespace-normalised)' : `«${article.title}» vs gold «${assabahEntry.title}»`}`,
    );
  }

  const datesDir = path.join(dir, 'htmldate-mediacloud');
  const dates = readJson<Record<string, { file: string; date: string }>>(path.join(datesDir, 'dates.json'));
  const right = { ar: 0, fa: 0 };
  const total = { ar: 0, fa: 0 };
  for (const [url, { file, date }] of Object.entries(dates)) {
    const html = gunzipSync(readFileSync(path.join(datesDir, `${file}.gz`))).toString('utf8');
    const article = parseHtml(html, { kind: 'html', url });
    const lang = /\.ir\/|aryanews/.test(url) ? 'fa' : 'ar';
    const ok = article.published?.slice(0, 10) === date;
    total[lang]++;
    if (ok) right[lang]++;
    console.log(`  ${lang} ${file}: published ${article.published ?? 'null'} gold ${date} ${ok ? 'ok' : 'WRONG'}`);
  }
  console.log(
    `htmldate Media Cloud dates: Arabic ${right.ar}/${total.ar}, Persian ${right.fa}/${total.fa} ` +
      '(htmldate fast 0.861 / extensive 0.903 accuracy on its whole 1,000-page set, for context)',
  );

  const encDir = path.join(htmlData, 'arabic-encoding-samples');
  for (const file of ['windows-1256_no-charset.html', 'iso-8859-6_no-charset.html']) {
    const decoded = decodeBytes(readFileSync(path.join(encDir, file)));
    const article = parseHtml(decoded.text, { kind: 'html', path: file });
    console.log(
      `${file}: decoded as ${decoded.encoding}; title «${article.title}»; ${article.blocks.length} blocks, ` +
        `starts «${bodyText(article).slice(0, 40)}»`,
    );
  }
}

function main(): void {
  if (!existsSync(htmlData)) {
    console.error(`eval:html needs the shared data at ${htmlData} (set MARSAD_SHARED to its location)`);
    process.exit(2);
  }
  evalZyte();
  evalTrafilatura();
  evalArabic();
}

main();
