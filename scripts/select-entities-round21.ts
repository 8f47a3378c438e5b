// Selects the articles of entity-linking dev round 21 (eval/gold/entities.jsonl, `"round":21`).
// Run: npx tsx scripts/select-entities-round21.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like rounds 16–20 (docs/entities.md rounds 22, 23, 25, 28 and 29), with the salt 'entities-round21:'. Taken:
// every gold article as the gold stood after entity round 20 and event batch 16 (no events dev batch is drawn in this
// session, so no eventBatchDraw is added). The positions read in full are those of round 15's script, as in rounds
// 16–20. Al Arabiya and CNN have no candidate left and France 24 two (BBC 216, Sky News 22), so the first salt gives six
// articles (BBC, France 24, Sky News two each); a second salt, 'entities-round21b:', drawn with those six also taken,
// adds the first candidate of each outlet that has one left (BBC and Sky News; France 24 has none): eight articles.
// A third salt would give ten; eight is near the nine aimed at and round 19 had eight, so the draw stops there.
// Drawn: BB-internationalNews-639, -79 and -74, FR-middleEast-358 and -207, SK-middleEast-193 and -33,
// SK-internationalNews-212. Reads only the raw files; runs no stage of the pipeline. --texts prints each drawn
// article's raw <TEXT> after the list.
import { addedAfter, goldArticlePaths } from '../eval/lib/gold.js';
import { printTwoSaltDraw } from './entity-round-draws.js';

printTwoSaltDraw(goldArticlePaths(addedAfter(20, 16)), 'entities-round21:', 'entities-round21b:');
