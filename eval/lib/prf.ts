// The precision/recall/F1 line the evaluations print, from the project's one definition (src/ner/conll.ts).
import { bootstrapPrf, type Counts, prf } from '../../src/ner/conll.js';

/** "P=… R=… F1=…" (four decimals) of `correct` hits among `predicted`, against `gold`; 0 where undefined. */
export function formatPrf(correct: number, predicted: number, gold: number): string {
  const { p, r, f1 } = prf({ correct, predicted, gold });
  return `P=${p.toFixed(4)} R=${r.toFixed(4)} F1=${f1.toFixed(4)}`;
}

/**
 * "95% interval over N articles: P lo–hi R lo–hi F1 lo–hi": the percentile-bootstrap intervals of the micro figures,
 * resampling whole articles (sentences and mentions of one article are not independent draws).
 */
export function formatArticleIntervals(articles: readonly Counts[]): string {
  const { p, r, f1 } = bootstrapPrf(articles);
  const range = (i: { low: number; high: number }) => `${i.low.toFixed(3)}–${i.high.toFixed(3)}`;
  return `95% interval over ${articles.length} articles: P ${range(p)} R ${range(r)} F1 ${range(f1)}`;
}
