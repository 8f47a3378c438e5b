// Selects the articles of entity-linking dev round 11 (eval/gold/entities.jsonl, `"round":11`).
// Run: npx tsx scripts/select-entities-round11.ts  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like the held-out batches, on the dev side, so that the round mirrors the held-out articles: per
// ant-multisource outlet (Alarabia, BBC, CNN, France24, SkyNews), the first two articles in the order of
// sha1('entities-round11:' + path) (hex digest; path relative to data/news, as the gold's `file`) among
// internationalNews/ and middleEast/ stories whose raw <TEXT> has 700–1800 characters, whose path is in no file of
// eval/gold/ or eval/gold/heldout-additions/ (the `file` and `article` fields of every .jsonl), and with
// sha1(path).readUInt32BE(0) % 3 !== 0 (off the events held-out side of the hash). The round-11 lines themselves are
// ignored, so the script prints the same ten once they are in the gold. Reads only the raw files; runs no stage of
// the pipeline.
import { addedAfter, goldArticlePaths, selectionCandidates, worldNewsPools } from '../eval/lib/gold.js';

const taken = goldArticlePaths(addedAfter(10, 8));
for (const pool of worldNewsPools('entities-round11:', taken, false)) {
  const candidates = selectionCandidates(pool);
  for (const c of candidates.slice(0, 2))
    console.log(`${c.rel}\t${c.chars}\t${c.order.slice(0, 12)}\t(${candidates.length} candidates)`);
}
