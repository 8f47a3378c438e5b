// Selects the articles of entity-linking dev round 22 (eval/gold/entities.jsonl, `"round":22`).
// Run: npx tsx scripts/select-entities-round22.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like rounds 16–21 (docs/entities.md rounds 22, 23, 25, 28, 29 and 31), with the salt 'entities-round22:'.
// Taken: every gold article as the gold stood after entity round 21 and event batch 16 (no events dev batch is drawn
// in this session, so no eventBatchDraw is added). The positions read in full are those of round 15's script, as in
// rounds 16–21. Al Arabiya, CNN and France 24 have no candidate left (BBC 213, Sky News 19), so the first salt gives
// four articles (BBC, Sky News two each); a second salt, 'entities-round22b:', and a third, 'entities-round22c:', each
// drawn with the articles before it also taken, add the first candidate of BBC and of Sky News: eight articles, four
// of each outlet, as round 21 had eight. Reads only the raw files; runs no stage of the pipeline. --texts prints each
// drawn article's raw <TEXT> after the list.
import { addedAfter, goldArticlePaths } from '../eval/lib/gold.js';
import { printTwoSaltDraw } from './entity-round-draws.js';

printTwoSaltDraw(goldArticlePaths(addedAfter(21, 16)), 'entities-round22:', 'entities-round22b:', 'entities-round22c:');
