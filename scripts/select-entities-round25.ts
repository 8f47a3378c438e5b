// Selects the articles of entity-linking dev round 25 (eval/gold/entities.jsonl, `"round":25`).
// Run: npx tsx scripts/select-entities-round25.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like rounds 16–24 (docs/entities.md rounds 22, 23, 25, 28, 29, 31, 33, 35 and 36), with the salt
// 'entities-round25:'. Taken: every gold article as the gold stood after entity round 24 and event batch 17. The
// positions read in full are those of round 15's script, as in rounds 16–24. Only BBC and Sky News have candidates
// left, so the first salt gives four articles (two of each outlet); a second salt, 'entities-round25b:', and a third,
// 'entities-round25c:', each drawn with the articles before it also taken, add the first candidate of BBC and of Sky
// News: eight articles, four of each outlet, as round 24 had. Reads only the raw files; runs no stage of the
// pipeline. --texts prints each drawn article's raw <TEXT> after the list.
import { addedAfter, goldArticlePaths } from '../eval/lib/gold.js';
import { printTwoSaltDraw } from './entity-round-draws.js';

printTwoSaltDraw(goldArticlePaths(addedAfter(24, 17)), 'entities-round25:', 'entities-round25b:', 'entities-round25c:');
