// Selects the articles of entity-linking dev round 15 (eval/gold/entities.jsonl, `"round":15`).
// Run: npx tsx scripts/select-entities-round15.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like round 14 (and the held-out batches), on the dev side: per ant-multisource outlet (Alarabia, BBC, CNN,
// France24, SkyNews), the first two articles in the order of sha1('entities-round15:' + path) (hex digest; path
// relative to data/news, as the gold's `file`) among internationalNews/ and middleEast/ stories whose raw <TEXT> has
// 700–1800 characters, whose path is in no file of eval/gold/ or eval/gold/heldout-additions/ (the round-14 articles
// are taken), with sha1(path).readUInt32BE(0) % 3 !== 0 (off the events held-out side), and at no position of its
// folder that an audit read in full, in the order of scripts/audit-entities.ts (entityAuditFolders in
// eval/lib/gold.ts, 0-based): not among the first 30, not at positions 75–90, not among the folder's last 6. The
// audits that read those positions ran before rounds 13 and 14 were in the gold, and the audit order leaves gold
// articles out, so a position is taken as read in full when it is under the order with rounds 13 and 14 excluded, with
// round 13 only, or with both (the union). The lines of round 15 and any later round are ignored both for the candidates
// and for the audit order, so the script prints the same ten once they are in the gold. Reads only the raw files; runs no stage of the
// pipeline. --texts prints each drawn article's raw <TEXT> after the list.
import { addedAfter, auditReadPositions, goldArticlePaths, printEntityRoundDraw } from '../eval/lib/gold.js';

const taken = goldArticlePaths(addedAfter(14, 14));
const read = new Set([
  ...auditReadPositions(taken),
  ...auditReadPositions(goldArticlePaths(addedAfter(13, 14))),
  ...auditReadPositions(goldArticlePaths(addedAfter(12, 14))),
]);
printEntityRoundDraw('entities-round15:', taken, read, process.argv.includes('--texts'));
