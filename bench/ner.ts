// NER benchmark: model load time, tagging speed on one core (feature extraction + both Viterbi passes over the
// foundation's tokens of real news bodies, article by article), and peak RSS. The speed run holds every article's
// tokens in memory (so tokenizing is not timed); the peak RSS is measured apart, in a child process that reads,
// tokenizes and tags the same articles one at a time, as `analyze` and `ingest` do.
// Run: npx tsx bench/ner.ts  (part of npm run bench; needs ../shared or MARSAD_SHARED; MARSAD_NER_MODEL=path benches
// another model)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../eval/lib/shared.js';
import { splitSentences } from '../src/arabic/sentences.js';
import { tokenize } from '../src/arabic/tokenize.js';
import type { Token } from '../src/doc/types.js';
import { NerTagger, SHIPPED_MODEL } from '../src/ner/tagger.js';
import { formatRow, peakRss } from './lib/measure.js';

const ARTICLES = 1500;
/** The shipped model, or another one to compare (MARSAD_NER_MODEL, as analyze reads it). */
const MODEL = process.env.MARSAD_NER_MODEL ?? SHIPPED_MODEL;
const newsDir = join(sharedDir(), 'data/news/ant-multisource/BBC');

function* bbcBodies(dir: string): Generator<string> {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!name.endsWith('.txt')) continue;
    const m = readFileSync(join(dir, name), 'utf8').match(/<TEXT>([\s\S]*?)<\/TEXT>/);
    if (m) yield m[1].trim();
  }
}

/** The tokens of each sentence of a body. */
function sentenceRuns(body: string): Token[][] {
  const runs: Token[][] = [];
  const tokens = tokenize(body);
  let k = 0;
  for (const s of splitSentences(body, tokens)) {
    const run: Token[] = [];
    while (k < tokens.length && tokens[k].start < s.end) run.push(tokens[k++]);
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

/** Per article, the tokens of each sentence of the first ARTICLES BBC bodies (tokenizing is not timed). */
function articlesOfNews(): Token[][][] {
  const articles: Token[][][] = [];
  for (const body of bbcBodies(newsDir)) {
    articles.push(sentenceRuns(body));
    if (articles.length >= ARTICLES) break;
  }
  return articles;
}

/** Child mode: tag the articles one at a time and print the process's peak RSS in bytes. */
if (process.argv.includes('--peak-rss')) {
  const tagger = NerTagger.load(MODEL);
  let count = 0;
  for (const body of bbcBodies(newsDir)) {
    tagger.tagSentences(sentenceRuns(body));
    if (++count >= ARTICLES) break;
  }
  console.log(peakRss());
  process.exit(0);
}

const articles = articlesOfNews();
const sentenceCount = articles.reduce((n, a) => n + a.length, 0);
const tokenCount = articles.reduce((n, a) => n + a.reduce((m, s) => m + s.length, 0), 0);

/** Seconds to tag every article, and the number of entities found. */
function tagAll(tagger: NerTagger): { seconds: number; entities: number } {
  const started = performance.now();
  let entities = 0;
  for (const a of articles)
    for (const labels of tagger.tagSentences(a)) for (const y of labels) if (y % 2 === 1) entities++;
  return { seconds: (performance.now() - started) / 1000, entities };
}

// A throw-away tagger on the first articles compiles the hot code. Then, ROUNDS times, a freshly loaded tagger (as a
// long-running process has one) tags everything twice: cold (its per-word caches empty) and warm (filled). Each
// figure is the median of the rounds, with its range: on a shared machine one run can be off by a fifth.
const ROUNDS = 3;
// The first load in a process is what a command pays (its code not compiled yet): that is the load time reported.
const firstLoadStarted = performance.now();
const warmUp = NerTagger.load(MODEL);
const firstLoadMs = performance.now() - firstLoadStarted;
for (const a of articles.slice(0, 100)) warmUp.tagSentences(a);
const loads: number[] = [];
const colds: number[] = [];
const warms: number[] = [];
let entities = 0;
for (let round = 0; round < ROUNDS; round++) {
  const loadStarted = performance.now();
  const tagger = NerTagger.load(MODEL);
  loads.push(performance.now() - loadStarted);
  colds.push(tokenCount / tagAll(tagger).seconds);
  const warm = tagAll(tagger);
  warms.push(tokenCount / warm.seconds);
  entities = warm.entities;
}

/** "median (min–max)" of a measure over the rounds. */
function medianAndRange(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x).toLocaleString('en');
  return `${round(sorted[sorted.length >> 1])} (${round(sorted[0])}–${round(sorted[sorted.length - 1])})`;
}

console.log(`NER on ${sentenceCount} sentences / ${tokenCount} tokens of ${ARTICLES} BBC Arabic bodies (one core)`);
console.log(`median of ${ROUNDS} freshly loaded taggers (range)`);
console.log(formatRow(['measure', 'value'], true));
console.log(formatRow(['model load, first (ms)', firstLoadMs]));
console.log(formatRow(['model load, again (ms)', medianAndRange(loads)]));
console.log(formatRow(['tokens/s (warm cache)', medianAndRange(warms)]));
console.log(formatRow(['tokens/s (cold cache)', medianAndRange(colds)]));
console.log(formatRow(['entities found', entities]));
// This process holds every article's tokens and loads a tagger per round: the article-by-article figure below is
// what tagging costs.
console.log(formatRow(['peak RSS, bench (MB)', peakRss() / 1e6]));
const streamingRss = Number(
  execFileSync(process.execPath, [...process.execArgv, process.argv[1], '--peak-rss'], { encoding: 'utf8' }).trim(),
);
console.log(formatRow(['peak RSS, streaming (MB)', streamingRss / 1e6]));
