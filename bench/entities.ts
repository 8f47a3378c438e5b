// Linking benchmark: what the entities (linking) stage adds to `analyze` per article, and the gazetteer load time.
// Articles: the articles of eval/gold/entities.jsonl from ../shared/data/news plus the repo's sample page dump.
// Each article runs the whole pipeline several times with and without the linking stage (without it, the later
// stages see no entities); also the stage's own wall time from analyzeDoc's per-stage timings. Then the same
// comparison interleaved by blocks of articles (both ways back to back) in CPU and wall time, steadier on a shared
// machine.
// Asserts nothing.
// Run: npx tsx bench/entities.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../eval/lib/shared.js';
import type { Article } from '../src/doc/types.js';
import { buildGazetteer, loadGazetteer } from '../src/entities/gazetteer.js';
import { readArticle } from '../src/ingest/index.js';
import { analyzeDoc } from '../src/pipeline/analyze.js';
import { measurePairedStageCost, measureStageCost, printPairedStageCost, printStageCost } from './lib/measure.js';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ROUNDS = 15;

function gazetteerLoad(): void {
  const started = performance.now();
  loadGazetteer();
  const cold = performance.now() - started;
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    buildGazetteer();
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  console.log(`gazetteer load: first in process ${cold.toFixed(0)} ms; rebuild median of 3 ${warm[1].toFixed(0)} ms`);
}

async function articles(): Promise<Article[]> {
  const newsDir = path.join(sharedDir(), 'data', 'news');
  const files = readFileSync(path.join(repoRoot, 'eval/gold/entities.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => path.join(newsDir, (JSON.parse(l) as { file: string }).file));
  files.push(path.join(repoRoot, 'test/fixtures/pagedump/bbc-putin-north-korea/input.txt'));
  return Promise.all(files.map((f) => readArticle(f, { published: '2023-08-15' })));
}

async function main(): Promise<void> {
  gazetteerLoad();
  const docs = await articles();
  // Warm-up: loads the NER model, clusters and every lexicon once.
  for (const a of docs) analyzeDoc(a);
  const chars = docs.reduce((n, a) => n + a.blocks.reduce((m, b) => m + b.text.length, 0), 0);
  console.log(`articles: ${docs.length} (${chars} characters of body), ${ROUNDS} rounds each way, alternated`);
  printStageCost('linking stage', measureStageCost(docs, 'entities', ROUNDS), '≤ 20%');
  printPairedStageCost('linking stage', measurePairedStageCost(docs, 'entities', ROUNDS), '≤ 20%');
}

await main();
