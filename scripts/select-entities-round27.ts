// Selects the articles of entity-linking dev round 27 (eval/gold/entities.jsonl, `"round":27`).
// Run: npx tsx scripts/select-entities-round27.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like rounds 16–26 (docs/entities.md, round 40 for round 26), with the salt 'entities-round27:'. Taken: every
// gold article as the gold stood after entity round 26 and event batch 18. The positions read in full are those of
// round 15's script, as in rounds 16–26. Only BBC (190 candidates) and Sky News (1) are left, so the first salt gives
// three articles (two BBC, the one Sky News); five more salts, 'entities-round27b:' to 'entities-round27f:', each drawn
// with the articles before it also taken, add the first BBC candidate each: eight articles. Reads only the raw
// files; runs no stage of the pipeline. --texts prints each drawn article's raw <TEXT> after the list.
import { addedAfter, goldArticlePaths } from '../eval/lib/gold.js';
import { printTwoSaltDraw } from './entity-round-draws.js';

printTwoSaltDraw(
  goldArticlePaths(addedAfter(26, 18)),
  'entities-round27:',
  'entities-round27b:',
  'entities-round27c:',
  'entities-round27d:',
  'entities-round27e:',
  'entities-round27f:',
);
