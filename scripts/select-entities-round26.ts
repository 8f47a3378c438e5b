// Selects the articles of entity-linking dev round 26 (eval/gold/entities.jsonl, `"round":26`).
// Run: npx tsx scripts/select-entities-round26.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like rounds 16–25 (docs/entities.md rounds 22, 23, 25, 28, 29, 31, 33, 35, 36 and 38), with the salt
// 'entities-round26:'. Taken: every gold article as the gold stood after entity round 25 and event batch 18. The
// positions read in full are those of round 15's script, as in rounds 16–25. Only BBC and Sky News have candidates
// left, so the first salt gives four articles (two of each outlet); a second salt, 'entities-round26b:', and a third,
// 'entities-round26c:', each drawn with the articles before it also taken, add the first candidate of BBC and of Sky
// News: eight articles, four of each outlet if Sky News still has four. Reads only the raw files; runs no stage of
// the pipeline. --texts prints each drawn article's raw <TEXT> after the list.
import { addedAfter, goldArticlePaths } from '../eval/lib/gold.js';
import { printTwoSaltDraw } from './entity-round-draws.js';

printTwoSaltDraw(goldArticlePaths(addedAfter(25, 18)), 'entities-round26:', 'entities-round26b:', 'entities-round26c:');
