// Selects the articles of entity-linking dev round 20 (eval/gold/entities.jsonl, `"round":20`).
// Run: npx tsx scripts/select-entities-round20.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like rounds 16–19 (docs/entities.md rounds 22, 23, 25 and 28), with the salt 'entities-round20:'. Taken: every
// gold article as the gold stood after entity round 19 and event batch 16 (no events dev batch is drawn in this
// session, so no eventBatchDraw is added). The positions read in full are those of round 15's script, as in rounds
// 16–19. Al Arabiya and CNN have no candidate left, so the first salt gives six articles (BBC, France 24, Sky News two
// each); a second salt, 'entities-round20b:', drawn with those six also taken, adds the first candidate of each of the
// three outlets: nine articles. Reads only the raw files; runs no stage of the pipeline. --texts prints each drawn
// article's raw <TEXT> after the list.
import { addedAfter, goldArticlePaths } from '../eval/lib/gold.js';
import { printTwoSaltDraw } from './entity-round-draws.js';

printTwoSaltDraw(goldArticlePaths(addedAfter(19, 16)), 'entities-round20:', 'entities-round20b:');
