// The Zyte article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark, evaluate.py):
// tokens are Unicode \w+ runs, shingles are token 4-grams, and per page TP/FP/FN are multiset overlaps
// normalised by their sum so every page weighs the same. Precision and recall are means over pages.

/** Python's `\w` with re.UNICODE: letters, digits and underscore (JavaScript's `\w` is ASCII-only). */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + SHINGLE_SIZE);
    if (gram.length === 0) continue;
    const key = gram.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised TP/FP/FN of one page (they sum to 1 unless both texts are empty). */
export function shingleCounts(gold: string, predicted: string): PageCounts {
  const goldCounts = shingles(gold);
  const predCounts = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...goldCounts.keys(), ...predCounts.keys()])) {
    const g = goldCounts.get(key) ?? 0;
    const p = predCounts.get(key) ?? 0;
    tp += Math.min(g, p);
    fp += Math.max(0, p - g);
    fn += Math.max(0, g - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Macro precision/recall over pages (pages with no predicted resp. no gold shingles skipped), F1 of the means. */
export function shingleScore(pages: PageCounts[]): ShingleScore {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map((p) => p.tp / (p.tp + p.fp)));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map((p) => p.tp / (p.tp + p.fn)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: pages.length };
}
