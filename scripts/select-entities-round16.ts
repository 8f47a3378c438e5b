// Selects the articles of entity-linking dev round 16 (eval/gold/entities.jsonl, `"round":16`).
// Run: npx tsx scripts/select-entities-round16.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like round 15 (docs/entities.md round 20), with the salt 'entities-round16:'. Taken: every gold article as the
// gold stood after entity round 15 and event batch 14, plus the thirty articles of events dev batch 15, which was drawn
// first in the same session (eventBatchDraw(15): recomputed, so the draw does not depend on whether batch 15 is in the
// gold yet). The positions read in full are those of round 15's script. Reads only the raw files; runs no stage of the
// pipeline. --texts prints each drawn article's raw <TEXT> after the list.
import { printEntityRoundDraw } from '../eval/lib/gold.js';
import { round16Read, round16Taken } from './entity-round-draws.js';

printEntityRoundDraw('entities-round16:', round16Taken(), round16Read(), process.argv.includes('--texts'));
