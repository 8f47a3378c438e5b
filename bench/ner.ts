// NER benchmark: model load time, tagging speed on one core (feature extraction + Viterbi over the foundation's
// tokens of real news bodies, sentence by sentence), and peak RSS.
// Run: npx tsx bench/ner.ts  (part of npm run bench; needs ../shared or MARSAD_SHARED)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../eval/lib/shared.js';
import { splitSentences } from '../src/arabic/sentences.js';
import { tokenize } from '../src/arabic/tokenize.js';
import type { Token } from '../src/doc/types.js';
import { NerModel } from '../src/ner/model.js';
import { NerTagger, SHIPPED_MODEL } from '../src/ner/tagger.js';
import { formatRow, peakRss } from './lib/measure.js';

const ARTICLES = 1500;
const newsDir = join(sharedDir(), 'data/news/ant-multisource/BBC');

function* bbcBodies(dir: string): Generator<string> {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!name.endsWith('.txt')) continue;
    const m = readFileSync(join(dir, name), 'utf8').match(/<TEXT>([\s\S]*?)<\/TEXT>/);
    if (m) yield m[1].trim();
  }
}

/** Tokens of each sentence of the first ARTICLES BBC bodies (tokenizing is the foundation's cost, not timed). */
function sentencesOfNews(): Token[][] {
  const runs: Token[][] = [];
  let articles = 0;
  for (const body of bbcBodies(newsDir)) {
    const tokens = tokenize(body);
    let k = 0;
    for (const s of splitSentences(body, tokens)) {
      const run: Token[] = [];
      while (k < tokens.length && tokens[k].start < s.end) run.push(tokens[k++]);
      if (run.length > 0) runs.push(run);
    }
    if (++articles >= ARTICLES) break;
  }
  return runs;
}

const loadStarted = performance.now();
const model = NerModel.load(SHIPPED_MODEL);
const loadMs = performance.now() - loadStarted;
const sentences = sentencesOfNews();
const tokenCount = sentences.reduce((n, s) => n + s.length, 0);
const tagger = new NerTagger(model);

// First pass fills the per-word feature cache (as a long-running process would); the second is timed.
for (const s of sentences) tagger.tagIndices(s);
const started = performance.now();
let entities = 0;
for (const s of sentences) for (const y of tagger.tagIndices(s)) if (y % 2 === 1) entities++;
const seconds = (performance.now() - started) / 1000;
const coldStarted = performance.now();
const coldTagger = new NerTagger(model);
for (const s of sentences) coldTagger.tagIndices(s);
const coldSeconds = (performance.now() - coldStarted) / 1000;

console.log(`NER on ${sentences.length} sentences / ${tokenCount} tokens of ${ARTICLES} BBC Arabic bodies (one core)`);
console.log(formatRow(['measure', 'value'], true));
console.log(formatRow(['model load (ms)', loadMs]));
console.log(formatRow(['tokens/s (warm cache)', tokenCount / seconds]));
console.log(formatRow(['tokens/s (cold cache)', tokenCount / coldSeconds]));
console.log(formatRow(['entities found', entities]));
console.log(formatRow(['peak RSS (MB)', peakRss() / 1e6]));
