// Selects the articles of entity-linking dev round 29 (eval/gold/entities.jsonl, `"round":29`).
// Run: npx tsx scripts/select-entities-round29.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like round 28 (raw <TEXT> of 400–3000 characters, off the positions read in full), now from all five outlets
// with the salt 'entities-round29:', the gold as it stood after entity round 28 and event batch 20 taken, at most two
// an outlet (Al Arabiya has one candidate left): AL-internationalNews-35, BB-middleEast-1023 and -1089,
// CN-middleEast-182 and -233, FR-middleEast-226, FR-internationalNews-403, SK-middleEast-141,
// SK-internationalNews-230 (nine; none held out). Reads only the raw files; runs no stage of the pipeline. --texts
// prints each drawn article's raw <TEXT> after the list.
import { addedAfter, goldArticlePaths } from '../eval/lib/gold.js';
import { printOutletDraw } from './entity-round-draws.js';

printOutletDraw(goldArticlePaths(addedAfter(28, 20)), [], 'entities-round29:', {
  minChars: 400,
  maxChars: 3000,
  perOutlet: 2,
});
