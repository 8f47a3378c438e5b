// Selects the articles of entity-linking dev round 14 (eval/gold/entities.jsonl, `"round":14`).
// Run: npx tsx scripts/select-entities-round14.ts [--texts]  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like round 13 (and the held-out batches), on the dev side: per ant-multisource outlet (Alarabia, BBC, CNN,
// France24, SkyNews), the first two articles in the order of sha1('entities-round14:' + path) (hex digest; path
// relative to data/news, as the gold's `file`) among internationalNews/ and middleEast/ stories whose raw <TEXT> has
// 700–1800 characters, whose path is in no file of eval/gold/ or eval/gold/heldout-additions/, with
// sha1(path).readUInt32BE(0) % 3 !== 0 (off the events held-out side), and at no position of its folder that an
// audit read in full, in the order of scripts/audit-entities.ts (entityAuditFolders in eval/lib/gold.ts, 0-based):
// not among the first 30, not at positions 75–90, not among the folder's last 6 (the audits of rounds 13, 15 and 17
// read positions 0–27 and 81–85, or a folder's last five, in full). Those audits ran before round 13 was in the gold,
// and the audit order leaves gold articles out, so a position is taken as read in full when it is under the order
// with round 13 excluded or without it (the union of both). The round-14 lines are ignored both for the candidates
// and for the audit order, so the script prints the same ten once they are in the gold. Reads only the raw files;
// runs no stage of the pipeline. --texts prints each drawn article's raw <TEXT> after the list.
import path from 'node:path';
import {
  entityAuditFolders,
  goldArticleBody,
  goldArticlePaths,
  selectionCandidates,
  worldNewsPools,
} from '../eval/lib/gold.js';

/** Whether a 0-based position of a folder of `size` stories was read in full by an audit. */
function readInFull(position: number, size: number): boolean {
  return position < 30 || (position >= 75 && position <= 90) || position >= size - 6;
}

/** Paths at a position read in full of the audit order that leaves out `excluded`. */
function readPositions(excluded: Set<string>): string[] {
  return entityAuditFolders(Number.POSITIVE_INFINITY, excluded).flatMap((folder) =>
    folder.filter((_, i) => readInFull(i, folder.length)),
  );
}

const taken = goldArticlePaths((row) => row.round === 14);
const read = new Set([
  ...readPositions(taken),
  ...readPositions(goldArticlePaths((row) => row.round === 14 || row.round === 13)),
]);
const drawn: string[] = [];
for (const pool of worldNewsPools('entities-round14:', taken, false)) {
  const candidates = selectionCandidates(pool).filter((c) => !read.has(c.rel));
  console.error(`${pool.outlet}: ${candidates.length} candidates off the positions read in full`);
  for (const c of candidates.slice(0, 2)) {
    console.log(`${c.rel}\t${c.chars}\t${c.order.slice(0, 12)}`);
    drawn.push(c.rel);
  }
}
if (process.argv.includes('--texts'))
  for (const rel of drawn) console.log(`\n=== ${path.basename(rel)}\n${goldArticleBody({ file: rel })}`);
