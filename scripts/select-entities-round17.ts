// Selects the articles of entity-linking dev round 17 (eval/gold/entities.jsonl, `"round":17`).
// Run: npx tsx scripts/select-entities-round17.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like round 16 in the same session, with the salt 'entities-round17:': round 16's taken articles and its ten
// drawn articles (recomputed) are taken, the positions read in full are the same. Al Arabiya has no candidate left
// (its dev-side world news of 700–1800 characters are all taken or read), so the round has eight articles. Reads only the raw files; runs no
// stage of the pipeline. --texts prints each drawn article's raw <TEXT> after the list.
import { entityRoundDraw, printEntityRoundDraw } from '../eval/lib/gold.js';
import { round16Read, round16Taken } from './entity-round-draws.js';

const taken = round16Taken();
const read = round16Read();
for (const c of entityRoundDraw('entities-round16:', taken, read)) taken.add(c.rel);
printEntityRoundDraw('entities-round17:', taken, read, process.argv.includes('--texts'));
