// The precision/recall/F1 line the evaluations print, from the project's one definition (src/ner/conll.ts).
import { prf } from '../../src/ner/conll.js';

/** "P=… R=… F1=…" (four decimals) of `correct` hits among `predicted`, against `gold`; 0 where undefined. */
export function formatPrf(correct: number, predicted: number, gold: number): string {
  const { p, r, f1 } = prf({ correct, predicted, gold });
  return `P=${p.toFixed(4)} R=${r.toFixed(4)} F1=${f1.toFixed(4)}`;
}
