// Selects the articles of entity-linking dev round 30 (eval/gold/entities.jsonl, `"round":30`).
// Run: npx tsx scripts/select-entities-round30.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like round 29 (raw <TEXT> of 400–3000 characters, off the positions read in full, all five outlets) with the
// salt 'entities-round30:', the gold as it stood after entity round 29 and event batch 20 taken, and the articles of
// blind events batch 21 (eventBatchDraw(21), pinned, annotated in parallel) taken too, as round 28 left out batch 20's;
// at most two an outlet. Reads only the raw files; runs no stage of the pipeline. --texts prints each drawn article's
// raw <TEXT> after the list.
import { addedAfter, eventBatchDraw, goldArticlePaths } from '../eval/lib/gold.js';
import { printOutletDraw } from './entity-round-draws.js';

printOutletDraw(
  goldArticlePaths(addedAfter(29, 20)),
  eventBatchDraw(21).map((c) => c.rel),
  'entities-round30:',
  { minChars: 400, maxChars: 3000, perOutlet: 2 },
);
