// Selects the articles of entity-linking dev round 31 (eval/gold/entities.jsonl, `"round":31`).
// Run: npx tsx scripts/select-entities-round31.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like round 30 (raw <TEXT> of 400–3000 characters, off the positions read in full, all five outlets) with the
// salt 'entities-round31:', the gold as it stood after entity round 30 and event batch 21 taken, and the articles of
// blind events batch 22 (eventBatchDraw(22), pinned to [30, 21], annotated in parallel) taken too, as round 30 left out
// batch 21's; at most two an outlet. Reads only the raw files; runs no stage of the pipeline. --texts prints each drawn
// article's raw <TEXT> after the list.
import { addedAfter, eventBatchDraw, goldArticlePaths } from '../eval/lib/gold.js';
import { printOutletDraw } from './entity-round-draws.js';

printOutletDraw(
  goldArticlePaths(addedAfter(30, 21)),
  eventBatchDraw(22).map((c) => c.rel),
  'entities-round31:',
  { minChars: 400, maxChars: 3000, perOutlet: 2 },
);
