// Distributional word vectors over the unlabeled news, shared by the build scripts that learn word classes from it
// (scripts/build-clusters.ts, scripts/build-neighbours.ts), so that clusters and neighbours describe the same words
// by the same vectors: each text as a sequence of interned cluster keys, and sparse PPMI context vectors over them.
import { tokenize } from '../../src/arabic/tokenize.js';
import { clusterKey } from '../../src/ner/clusters.js';
import { newsTexts } from './news-texts.js';

/** Words seen at least MIN_COUNT times, at most MAX_VOCAB of them, get a vector. */
export const MIN_COUNT = 3;
export const MAX_VOCAB = 60_000;
/** A vector counts the CONTEXT_WORDS most frequent words at each of OFFSETS around the word. */
export const CONTEXT_WORDS = 1000;
export const OFFSETS = [-2, -1, 1, 2];

export interface Corpus {
  ids: Int32Array[];
  words: string[];
  counts: number[];
}

/** Every text as a sequence of word ids (interned cluster keys). */
function readCorpus(shared: string): Corpus {
  const index = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  const ids: Int32Array[] = [];
  for (const text of newsTexts(shared)) {
    const tokens = tokenize(text);
    const seq = new Int32Array(tokens.length);
    tokens.forEach((token, i) => {
      const key = clusterKey(token.kind, token.stem);
      let id = index.get(key);
      if (id === undefined) {
        id = words.length;
        index.set(key, id);
        words.push(key);
        counts.push(0);
      }
      counts[id]++;
      seq[i] = id;
    });
    ids.push(seq);
  }
  return { ids, words, counts };
}

export interface SparseRows {
  /** Row r's entries are offsets[r] .. offsets[r + 1] of columns/values. */
  offsets: Int32Array;
  columns: Int32Array;
  values: Float32Array;
  dims: number;
}

/**
 * PPMI-weighted counts of the CONTEXT_WORDS most frequent vocabulary words at each of OFFSETS, L2-normalized: one
 * sparse row per vocabulary word.
 */
function contextVectors(corpus: Corpus, vocab: number[]): SparseRows {
  const rowOf = new Int32Array(corpus.words.length).fill(-1);
  vocab.forEach((id, row) => {
    rowOf[id] = row;
  });
  const contextOf = new Int32Array(corpus.words.length).fill(-1);
  vocab.slice(0, CONTEXT_WORDS).forEach((id, c) => {
    contextOf[id] = c;
  });
  const dims = OFFSETS.length * CONTEXT_WORDS;
  const rows = vocab.map(() => new Map<number, number>());
  for (const seq of corpus.ids) {
    for (let i = 0; i < seq.length; i++) {
      const row = rowOf[seq[i]];
      if (row < 0) continue;
      OFFSETS.forEach((offset, o) => {
        const j = i + offset;
        if (j < 0 || j >= seq.length) return;
        const c = contextOf[seq[j]];
        if (c >= 0) rows[row].set(o * CONTEXT_WORDS + c, (rows[row].get(o * CONTEXT_WORDS + c) ?? 0) + 1);
      });
    }
  }
  return ppmiRows(rows, dims);
}

function ppmiRows(rows: Map<number, number>[], dims: number): SparseRows {
  const rowSums = rows.map((row) => [...row.values()].reduce((a, b) => a + b, 0));
  const colSums = new Float64Array(dims);
  for (const row of rows) for (const [d, v] of row) colSums[d] += v;
  const total = rowSums.reduce((a, b) => a + b, 0);
  const offsets = new Int32Array(rows.length + 1);
  const columns: number[] = [];
  const values: number[] = [];
  rows.forEach((row, r) => {
    const entries = [...row]
      .map(([d, v]) => [d, Math.log((v * total) / (rowSums[r] * colSums[d]))] as const)
      .filter(([, pmi]) => pmi > 0)
      .sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((a, [, v]) => a + v * v, 0)) || 1;
    for (const [d, v] of entries) {
      columns.push(d);
      values.push(v / norm);
    }
    offsets[r + 1] = columns.length;
  });
  return { offsets, columns: Int32Array.from(columns), values: Float32Array.from(values), dims };
}

/** The ids of the words seen at least MIN_COUNT times, most frequent first (ties by key), at most MAX_VOCAB. */
function frequentVocabulary(corpus: Corpus): number[] {
  return corpus.words
    .map((_, id) => id)
    .filter((id) => corpus.counts[id] >= MIN_COUNT)
    .sort((a, b) => corpus.counts[b] - corpus.counts[a] || (corpus.words[a] < corpus.words[b] ? -1 : 1))
    .slice(0, MAX_VOCAB);
}

export interface NewsVectors {
  corpus: Corpus;
  tokenCount: number;
  /** Word ids (into corpus.words) of the vocabulary, most frequent first; row r of `vectors` is vocab[r]'s. */
  vocab: number[];
  vectors: SparseRows;
}

/** The news of `shared` read and tokenized, its vocabulary, and one PPMI context vector per vocabulary word. */
export function newsVectors(shared: string): NewsVectors {
  const corpus = readCorpus(shared);
  const tokenCount = corpus.ids.reduce((n, seq) => n + seq.length, 0);
  const vocab = frequentVocabulary(corpus);
  return { corpus, tokenCount, vocab, vectors: contextVectors(corpus, vocab) };
}
