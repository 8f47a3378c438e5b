// Selects the articles of entity-linking dev round 23 (eval/gold/entities.jsonl, `"round":23`).
// Run: npx tsx scripts/select-entities-round23.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like rounds 16–22 (docs/entities.md rounds 22, 23, 25, 28, 29, 31 and 33), with the salt 'entities-round23:'.
// Taken: every gold article as the gold stood after entity round 22 and event batch 17. The positions read in full are
// those of round 15's script, as in rounds 16–22. Only BBC and Sky News have candidates left; this round is short, so
// the first salt's draw alone (two articles of each outlet, four in all) is taken. Reads only the raw files; runs no
// stage of the pipeline. --texts prints each drawn article's raw <TEXT> after the list.
import { addedAfter, goldArticlePaths } from '../eval/lib/gold.js';
import { printTwoSaltDraw } from './entity-round-draws.js';

printTwoSaltDraw(goldArticlePaths(addedAfter(22, 17)), 'entities-round23:');
