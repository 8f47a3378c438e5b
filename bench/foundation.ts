// Foundation benchmark: reads all of ../shared/data/news (≈12k articles) through the readers, then tokenizes
// and sentence-splits every body on one core. Prints articles/s, MB/s and peak RSS per stage.
// Run: npx tsx bench/foundation.ts  (part of npm run bench)

import { join } from 'node:path';
import { sharedDir } from '../eval/lib/shared.js';
import { splitSentences } from '../src/arabic/sentences.js';
import { scanTokens, tokenize } from '../src/arabic/tokenize.js';
import type { Article } from '../src/doc/types.js';
import { readInputs } from '../src/ingest/index.js';
import { fileBytes, formatRow, peakRss } from './lib/measure.js';

const newsDir = join(sharedDir(), 'data/news');
const inputBytes = fileBytes(newsDir);

const readStarted = performance.now();
const articles: Article[] = [];
let failed = 0;
for await (const result of readInputs([newsDir], {})) {
  if (result.ok) articles.push(result.article);
  else failed++;
}
const readMs = performance.now() - readStarted;
const rssAfterRead = peakRss();

const bodies = articles.map((a) => a.blocks.map((b) => b.text).join('\n\n'));
const bodyBytes = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0);

function timeStage(run: (body: string) => void): number {
  const started = performance.now();
  for (const body of bodies) run(body);
  return performance.now() - started;
}

tokenize(bodies[0] ?? ''); // load the word-frequency data outside the timed loop
const scanMs = timeStage((body) => scanTokens(body));
const tokenizeMs = timeStage((body) => tokenize(body));
const rawTokens = bodies.map((b) => scanTokens(b));
const sentenceStarted = performance.now();
let sentences = 0;
bodies.forEach((body, i) => {
  sentences += splitSentences(body, rawTokens[i]).length;
});
const sentenceMs = performance.now() - sentenceStarted;
const tokenCount = rawTokens.reduce((n, t) => n + t.length, 0);

console.log(`Foundation benchmark: ${articles.length} articles read (${failed} failed) from ${newsDir}`);
console.log(
  `input ${(inputBytes / 1e6).toFixed(1)} MB on disk, ${(bodyBytes / 1e6).toFixed(1)} MB of clean body text, ${tokenCount} tokens, ${sentences} sentences`,
);
console.log(formatRow(['stage', 'seconds', 'articles/s', 'MB/s', 'peak RSS MB'], true));
/** One row: wall time, articles/s and MB/s over `bytes` (on-disk input for reading, clean body text otherwise). */
const row = (label: string, ms: number, bytes: number, rss: number) =>
  formatRow([label, ms / 1000, articles.length / (ms / 1000), bytes / 1e6 / (ms / 1000), rss / 1e6]);
console.log(row('read (all readers)', readMs, inputBytes, rssAfterRead));
console.log(row('scan tokens', scanMs, bodyBytes, peakRss()));
console.log(row('tokenize + clitics', tokenizeMs, bodyBytes, peakRss()));
console.log(row('sentence split', sentenceMs, bodyBytes, peakRss()));
console.log(row('tokens + sentences', scanMs + sentenceMs, bodyBytes, peakRss()));
console.log(row('+ clitics + sentences', tokenizeMs + sentenceMs, bodyBytes, peakRss()));
