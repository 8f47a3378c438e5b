// Event-coding benchmark: what the events stage adds to `analyze` per article.
// Articles: the first ARTICLES international and Middle East articles of ../shared/data/news/ant-multisource (all five
// outlets, in a fixed order). Each article runs the whole pipeline ROUNDS times with and without the events stage
// (no later stage reads events, so the rest of the work is the same); also the stage's own wall time from
// analyzeDoc's per-stage timings. Asserts nothing.
// Run: npx tsx bench/events.ts   (needs the shared data: MARSAD_SHARED or ../shared next to the repo)
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../eval/lib/shared.js';
import { readArticle } from '../src/ingest/index.js';
import { analyzeDoc } from '../src/pipeline/analyze.js';
import { measureStageCost, printStageCost } from './lib/measure.js';

const ARTICLES = 200;
const ROUNDS = 7;
const OUTLETS = ['Alarabia', 'BBC', 'CNN', 'France24', 'SkyNews'];
const SECTIONS = ['internationalNews', 'middleEast'];

/** ARTICLES files taken round-robin over outlet sections, each section in file-name order. */
function articleFiles(): string[] {
  const root = path.join(sharedDir(), 'data', 'news', 'ant-multisource');
  const sections: string[][] = [];
  for (const outlet of OUTLETS) {
    for (const section of SECTIONS) {
      const dir = path.join(root, outlet, section);
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((n) => n.endsWith('.txt'));
      } catch {
        continue; // not every outlet has every section
      }
      sections.push(names.sort().map((n) => path.join(dir, n)));
    }
  }
  const files: string[] = [];
  for (let i = 0; files.length < ARTICLES && sections.some((s) => i < s.length); i++) {
    for (const s of sections) if (i < s.length && files.length < ARTICLES) files.push(s[i]);
  }
  return files;
}

async function main(): Promise<void> {
  const docs = await Promise.all(articleFiles().map((f) => readArticle(f)));
  // Warm-up: loads the NER model, gazetteer and every lexicon once.
  for (const a of docs) analyzeDoc(a);
  const chars = docs.reduce((n, a) => n + a.blocks.reduce((m, b) => m + b.text.length, 0), 0);
  console.log(`articles: ${docs.length} (${chars} characters of body), ${ROUNDS} rounds each way, alternated`);
  printStageCost('events stage', measureStageCost(docs, 'events', ROUNDS), '≤ 30%');
}

await main();
