// Word clusters learned from unlabeled news (data/ner/clusters.tsv, built by scripts/build-clusters.ts).
// A word's cluster path "a.b.c" groups it with words used in similar contexts (names of politicians, of
// countries, of ministries …), which is how the tagger generalizes to names it never saw in training.

import { readTsv } from '../arabic/data.js';
import type { TokenKind } from '../doc/types.js';

/** The key a token is clustered under: its clitic-stripped stem; numbers share one key. */
export function clusterKey(kind: TokenKind, stem: string): string {
  if (kind === 'number') return '<num>';
  return stem;
}

let clusters: Map<string, string> | null = null;

/** word key → cluster path, loaded once per process. */
export function wordClusters(): Map<string, string> {
  if (clusters === null) {
    clusters = new Map();
    for (const [key, path] of readTsv('ner/clusters.tsv')) clusters.set(key, path);
  }
  return clusters;
}

let neighbours: Map<string, string[]> | null = null;

/**
 * word key → its nearest frequent words (data/ner/neighbours.tsv, built by scripts/build-neighbours.ts), loaded once
 * per process: a rare name shares the weights of the frequent words used like it.
 */
export function wordNeighbours(): Map<string, string[]> {
  if (neighbours === null) {
    neighbours = new Map();
    for (const [key, list] of readTsv('ner/neighbours.tsv')) neighbours.set(key, list.split(' '));
  }
  return neighbours;
}
