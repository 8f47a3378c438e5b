// Builds data/ner/neighbours.tsv: for each word of the unlabeled news, its nearest "prototype" words, the most
// frequent stems, by the cosine of their PPMI context vectors (the vectors of scripts/build-clusters.ts).
//
// Why: a name the labelled data never saw still has frequent distributional neighbours that it did see (a rare
// footballer's neighbours are other players' names, a rare club's are other clubs'), so the tagger can share the
// weights learned for those words (prototype features, Guo et al. 2014, "Revisiting Embedding Features for Simple
// Semi-supervised Learning"). Clusters partition the words; neighbours are each word's own soft class.
// Deterministic: files read in sorted order, ties broken by frequency rank.
//
// Sources: the unlabeled news of scripts/lib/news-texts.ts (ANT Corpus v2.1 + v1.1, SaudiNewsNet; not ANERcorp).
// Only word → word keys are kept, no text.
//
// Run: npx tsx scripts/build-neighbours.ts [SHARED_DIR]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTEXT_WORDS, MAX_VOCAB, MIN_COUNT, newsVectors, type SparseRows } from './lib/context-vectors.js';

/** The most frequent words are the prototypes every word is compared with. */
const PROTOTYPES = 3000;
const NEIGHBOURS = 3;

const shared = resolve(process.argv[2] ?? process.env.MARSAD_SHARED ?? '../shared');

/** The prototypes' vectors as a dense dims × prototypes matrix, so a sparse row's similarities are one pass. */
function prototypeMatrix(vectors: SparseRows, count: number): Float32Array {
  const { dims, offsets, columns, values } = vectors;
  const matrix = new Float32Array(dims * count);
  for (let p = 0; p < count; p++) {
    for (let e = offsets[p]; e < offsets[p + 1]; e++) matrix[columns[e] * count + p] = values[e];
  }
  return matrix;
}

/** The rows of the `k` most similar prototypes of row `row` (ties: the more frequent prototype first). */
function nearestPrototypes(vectors: SparseRows, matrix: Float32Array, count: number, row: number, k: number): number[] {
  const { offsets, columns, values } = vectors;
  const sims = new Float32Array(count);
  for (let e = offsets[row]; e < offsets[row + 1]; e++) {
    const base = columns[e] * count;
    const v = values[e];
    for (let p = 0; p < count; p++) sims[p] += v * matrix[base + p];
  }
  const best: number[] = [];
  for (let p = 0; p < count; p++) {
    if (sims[p] <= 0) continue;
    let at = best.length;
    while (at > 0 && sims[best[at - 1]] < sims[p]) at--;
    if (at < k) {
      best.splice(at, 0, p);
      if (best.length > k) best.pop();
    }
  }
  return best;
}

const started = Date.now();
const { corpus, tokenCount, vocab, vectors } = newsVectors(shared);
const prototypes = Math.min(PROTOTYPES, vocab.length);
const matrix = prototypeMatrix(vectors, prototypes);
console.log(`context vectors for ${vocab.length} words (${((Date.now() - started) / 1000).toFixed(0)} s)`);
const lines = vocab.map((id, row) => {
  const nearest = nearestPrototypes(vectors, matrix, prototypes, row, NEIGHBOURS);
  return `${corpus.words[id]}\t${nearest.map((p) => corpus.words[vocab[p]]).join(' ')}`;
});
const header = [
  '# Nearest prototype words, for NER features. Columns: key<TAB>neighbours (space-separated keys, nearest first).',
  "# key = clusterKey(token.kind, token.stem) from src/ner/clusters.ts; neighbours = the word's most similar of the",
  `# ${prototypes} most frequent keys (itself if it is one), by cosine of PPMI context vectors at ±1/±2 over the`,
  `# ${CONTEXT_WORDS} most frequent stems. Built by scripts/build-neighbours.ts from ANT Corpus v2.1 + v1.1`,
  `# (Chouigui et al.) and SaudiNewsNet 2015-08-11: ${corpus.ids.length} texts, ${tokenCount} tokens; words seen at`,
  `# least ${MIN_COUNT} times, at most ${MAX_VOCAB}. Word keys only, no text.`,
];
writeFileSync('data/ner/neighbours.tsv', `${header.join('\n')}\n${lines.join('\n')}\n`);
console.log(`wrote data/ner/neighbours.tsv: ${lines.length} words in ${((Date.now() - started) / 1000).toFixed(0)} s`);
