// Selects the articles of entity-linking dev round 13 (eval/gold/entities.jsonl, `"round":13`).
// Run: npx tsx scripts/select-entities-round13.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like round 11 (and the held-out batches), on the dev side: per ant-multisource outlet (Alarabia, BBC, CNN,
// France24, SkyNews), the first two articles in the order of sha1('entities-round13:' + path) (hex digest; path
// relative to data/news, as the gold's `file`) among internationalNews/ and middleEast/ stories whose raw <TEXT> has
// 700–1800 characters, whose path is in no file of eval/gold/ or eval/gold/heldout-additions/, with
// sha1(path).readUInt32BE(0) % 3 !== 0 (off the events held-out side), and at no position of its folder that an
// audit read in full, in the order of scripts/audit-entities.ts (entityAuditFolders in eval/lib/gold.ts, 0-based):
// not among the first 30, not at positions 75–90, not among the folder's last 6 (the audits of rounds 13, 15 and 17
// read positions 0–27 and 81–85, or a folder's last five, in full). The audits printed every eligible dev-side story
// of most folders and had their changed rows read, so a story drawn here may have had a changed row printed: the
// annotation is blind, the first score nearly so. The round-13 lines are ignored both for the candidates and for the
// audit order, so the script prints the same ten once they are in the gold. Reads only the raw files; runs no stage
// of the pipeline.
import { addedAfter, auditReadPositions, goldArticlePaths, printEntityRoundDraw } from '../eval/lib/gold.js';

const taken = goldArticlePaths(addedAfter(12, 9));
printEntityRoundDraw('entities-round13:', taken, new Set(auditReadPositions(taken)), process.argv.includes('--texts'));
