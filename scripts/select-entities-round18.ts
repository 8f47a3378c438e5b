// Selects the articles of entity-linking dev round 18 (eval/gold/entities.jsonl, `"round":18`).
// Run: npx tsx scripts/select-entities-round18.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like rounds 16 and 17 (docs/entities.md rounds 22–23), with the salt 'entities-round18:'. Taken: every gold
// article as the gold stood after entity round 17 and event batch 15, plus the thirty articles of events dev batch 16,
// drawn first in the same session (eventBatchDraw(16), recomputed). The positions read in full are those of rounds
// 15–17. Al Arabiya has no candidate left (eight articles at most). Reads only the raw files; runs no stage of the
// pipeline. --texts prints each drawn article's raw <TEXT> after the list.
import { addedAfter, eventBatchDraw, goldArticlePaths, printEntityRoundDraw } from '../eval/lib/gold.js';
import { round16Read } from './entity-round-draws.js';

const taken = goldArticlePaths(addedAfter(17, 15));
for (const c of eventBatchDraw(16)) taken.add(c.rel);
printEntityRoundDraw('entities-round18:', taken, round16Read(), process.argv.includes('--texts'));
