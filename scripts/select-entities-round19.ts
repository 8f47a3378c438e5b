// Selects the articles of entity-linking dev round 19 (eval/gold/entities.jsonl, `"round":19`).
// Run: npx tsx scripts/select-entities-round19.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like rounds 16–18 (docs/entities.md rounds 22, 23 and 25), with the salt 'entities-round19:'. Taken: every gold
// article as the gold stood after entity round 18 and event batch 16 (no events dev batch is drawn in this session, so
// no eventBatchDraw is added). The positions read in full are those of rounds 15–18 (round 15's script). Al Arabiya has
// no candidate left. Reads only the raw files; runs no stage of the pipeline. --texts prints each drawn article's raw
// <TEXT> after the list.
import { addedAfter, goldArticlePaths, printEntityRoundDraw } from '../eval/lib/gold.js';
import { round16Read } from './entity-round-draws.js';

printEntityRoundDraw(
  'entities-round19:',
  goldArticlePaths(addedAfter(18, 16)),
  round16Read(),
  process.argv.includes('--texts'),
);
