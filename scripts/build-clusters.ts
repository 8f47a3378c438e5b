// Builds data/ner/clusters.tsv: hierarchical distributional word clusters learned from unlabeled Arabic news,
// used by the NER tagger as features at three granularities (16, 256, 2048 clusters).
//
// Method: each clitic-stripped word (tokenize().stem) seen at least MIN_COUNT times is described by the counts of
// the CONTEXT_WORDS most frequent stems at positions -2, -1, +1, +2; counts are reweighted by positive PMI,
// L2-normalized (sparse), and split by spherical k-means top-down
// (16 ways, then 16, then 8). The cluster path "a.b.c" is the word's class; prefixes are coarser classes.
// Deterministic: fixed seed, files read in sorted order.
//
// Sources: the unlabeled news of scripts/lib/news-texts.ts (ANT Corpus v2.1 + v1.1, SaudiNewsNet; not ANERcorp).
// Only word → cluster ids are kept, no text.
//
// Run: npx tsx scripts/build-clusters.ts [SHARED_DIR]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededRandom } from '../src/ner/random.js';
import { CONTEXT_WORDS, MAX_VOCAB, MIN_COUNT, newsVectors, type SparseRows } from './lib/context-vectors.js';

const SPLITS = [16, 16, 8];
const KMEANS_ITERATIONS = 12;
const SEED = 20240611;

const shared = resolve(process.argv[2] ?? process.env.MARSAD_SHARED ?? '../shared');

function normalize(v: Float32Array): void {
  let norm = 0;
  for (let k = 0; k < v.length; k++) norm += v[k] * v[k];
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < v.length; k++) v[k] /= norm;
}

/** Spherical k-means over the given rows; returns each row's cluster index (0..k-1). */
function sphericalKMeans(vectors: SparseRows, rows: number[], k: number, random: () => number): Int32Array {
  const { dims, offsets, columns, values } = vectors;
  const assign = new Int32Array(rows.length);
  if (rows.length <= k) return assign.map((_, i) => i);
  const centroids = new Float32Array(k * dims);
  const addRow = (row: number, c: number) => {
    for (let e = offsets[row]; e < offsets[row + 1]; e++) centroids[c * dims + columns[e]] += values[e];
  };
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(Math.floor(random() * rows.length));
  [...chosen].forEach((r, c) => {
    addRow(rows[r], c);
  });
  for (let iter = 0; iter < KMEANS_ITERATIONS; iter++) {
    rows.forEach((row, i) => {
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        let sim = 0;
        for (let e = offsets[row]; e < offsets[row + 1]; e++) sim += values[e] * centroids[c * dims + columns[e]];
        if (sim > bestSim) {
          bestSim = sim;
          best = c;
        }
      }
      assign[i] = best;
    });
    centroids.fill(0);
    rows.forEach((row, i) => {
      addRow(row, assign[i]);
    });
    for (let c = 0; c < k; c++) normalize(centroids.subarray(c * dims, (c + 1) * dims));
  }
  return assign;
}

function clusterPaths(vectors: SparseRows, count: number, random: () => number): string[] {
  const paths = new Array<string>(count).fill('');
  let groups: number[][] = [Array.from({ length: count }, (_, i) => i)];
  for (const k of SPLITS) {
    const next: number[][] = [];
    for (const group of groups) {
      const assign = sphericalKMeans(vectors, group, k, random);
      const parts: number[][] = Array.from({ length: k }, () => []);
      group.forEach((row, i) => {
        parts[assign[i]].push(row);
        paths[row] = paths[row] === '' ? `${assign[i]}` : `${paths[row]}.${assign[i]}`;
      });
      next.push(...parts.filter((p) => p.length > 0));
    }
    groups = next;
  }
  return paths;
}

const started = Date.now();
const { corpus, tokenCount, vocab, vectors } = newsVectors(shared);
console.log(`${corpus.ids.length} texts, ${tokenCount} tokens, ${corpus.words.length} distinct keys`);
const random = seededRandom(SEED);
console.log(`context vectors for ${vocab.length} words (${((Date.now() - started) / 1000).toFixed(0)} s)`);
const paths = clusterPaths(vectors, vocab.length, random);
const header = [
  '# Hierarchical distributional word clusters for NER features. Columns: key<TAB>path.',
  '# key = clusterKey(token.kind, token.stem) from src/ner/clusters.ts (clitic-stripped normalized Arabic stem,',
  '# lower-cased Latin word, or a class for numbers); path = cluster ids top-down "a.b.c" (16 × 16 × 8 ways),',
  '# so "a" and "a.b" are coarser classes. Built by scripts/build-clusters.ts (PPMI context vectors at ±1/±2',
  `# over the ${CONTEXT_WORDS} most frequent stems, sparse spherical k-means, seed ${SEED})`,
  `# from ANT Corpus v2.1 + v1.1 (Chouigui et al.) and SaudiNewsNet 2015-08-11: ${corpus.ids.length} texts,`,
  `# ${tokenCount} tokens; words seen at least ${MIN_COUNT} times, at most ${MAX_VOCAB}. Cluster ids only, no text.`,
];
const lines = vocab.map((id, row) => `${corpus.words[id]}\t${paths[row]}`);
writeFileSync('data/ner/clusters.tsv', `${header.join('\n')}\n${lines.join('\n')}\n`);
console.log(`wrote data/ner/clusters.tsv: ${lines.length} words in ${((Date.now() - started) / 1000).toFixed(0)} s`);
