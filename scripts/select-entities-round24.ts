// Selects the articles of entity-linking dev round 24 (eval/gold/entities.jsonl, `"round":24`).
// Run: npx tsx scripts/select-entities-round24.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like rounds 16–23 (docs/entities.md rounds 22, 23, 25, 28, 29, 31, 33 and 35), with the salt
// 'entities-round24:'. Taken: every gold article as the gold stood after entity round 23 and event batch 17. The
// positions read in full are those of round 15's script, as in rounds 16–23. Only BBC and Sky News have candidates
// left, so the first salt gives four articles (two of each outlet); a second salt, 'entities-round24b:', and a third,
// 'entities-round24c:', each drawn with the articles before it also taken, add the first candidate of BBC and of Sky
// News: eight articles, four of each outlet, as round 22 had. Reads only the raw files; runs no stage of the
// pipeline. --texts prints each drawn article's raw <TEXT> after the list.
import { addedAfter, goldArticlePaths } from '../eval/lib/gold.js';
import { printTwoSaltDraw } from './entity-round-draws.js';

printTwoSaltDraw(goldArticlePaths(addedAfter(23, 17)), 'entities-round24:', 'entities-round24b:', 'entities-round24c:');
