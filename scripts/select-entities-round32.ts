// Selects the articles of entity-linking dev round 32 (eval/gold/entities.jsonl, `"round":32`).
// Run: npx tsx scripts/select-entities-round32.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like round 31 (raw <TEXT> of 400–3000 characters, off the positions read in full, all five outlets) with the
// salt 'entities-round32:', the gold as it stood after entity round 31 and event batch 22 taken, and the articles of
// blind events batch 23 (eventBatchDraw(23), pinned to [31, 22], annotated in parallel) taken too, as round 31 left out
// batch 22's; at most two an outlet. Reads only the raw files; runs no stage of the pipeline. --texts prints each drawn
// article's raw <TEXT> after the list.
import { addedAfter, eventBatchDraw, goldArticlePaths } from '../eval/lib/gold.js';
import { printOutletDraw } from './entity-round-draws.js';

printOutletDraw(
  goldArticlePaths(addedAfter(31, 22)),
  eventBatchDraw(23).map((c) => c.rel),
  'entities-round32:',
  { minChars: 400, maxChars: 3000, perOutlet: 2 },
);
