// Selects the articles of entity-linking dev round 28 (eval/gold/entities.jsonl, `"round":28`).
// Run: npx tsx scripts/select-entities-round28.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Rounds 16–27 drew 700–1800-character world news and had only BBC left (docs/entities.md, round 43). Round 28 draws
// from the four other outlets (Al Arabiya, CNN, France 24, Sky News Arabia) with a raw <TEXT> of 400–3000 characters:
// per outlet the first two candidates in the order of sha1('entities-round28:' + path), off the positions read in full
// (those of round 15's script, as in rounds 16–27), not in the gold as it stood after entity round 27 and event batch
// 19, and not among the articles of blind events batch 20 (eventBatchDraw(20), pinned, annotated in parallel): eight
// articles, two an outlet. Reads only the raw files; runs no stage of the pipeline. --texts prints each drawn
// article's raw <TEXT> after the list.
import { addedAfter, eventBatchDraw, goldArticlePaths } from '../eval/lib/gold.js';
import { printOutletDraw } from './entity-round-draws.js';

printOutletDraw(
  goldArticlePaths(addedAfter(27, 19)),
  eventBatchDraw(20).map((c) => c.rel),
  'entities-round28:',
  { minChars: 400, maxChars: 3000, perOutlet: 2, outlets: ['Alarabia', 'CNN', 'France24', 'SkyNews'] },
);
