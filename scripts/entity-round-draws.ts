// What the selection scripts of entity rounds 16–18 (drawn in the same sessions as events dev batches 15 and 16) share.
import { addedAfter, auditReadPositions, eventBatchDraw, goldArticlePaths } from '../eval/lib/gold.js';

/** Gold articles as they stood after round 15 and batch 14, plus events dev batch 15's draw. */
export function round16Taken(): Set<string> {
  const taken = goldArticlePaths(addedAfter(15, 14));
  for (const c of eventBatchDraw(15)) taken.add(c.rel);
  return taken;
}

/** The positions read in full, as round 15's script computes them. */
export function round16Read(): Set<string> {
  return new Set([
    ...auditReadPositions(goldArticlePaths(addedAfter(14, 14))),
    ...auditReadPositions(goldArticlePaths(addedAfter(13, 14))),
    ...auditReadPositions(goldArticlePaths(addedAfter(12, 14))),
  ]);
}
