// Selects the articles of the "heldout3" entity gold (eval/gold/heldout-additions/entities.jsonl, round "heldout3").
// Run: npx tsx scripts/select-heldout3-entities.ts  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Per ant-multisource outlet (Alarabia, BBC, CNN, France24, SkyNews): the first two articles in the order of
// sha1('entities-heldout3:' + path) (hex digest; path relative to data/news, as the gold's `file`) among
// internationalNews/ and middleEast/ stories whose raw <TEXT> has 700–1800 characters, whose path is in no file of
// eval/gold/ or eval/gold/heldout-additions/ (the `file` and `article` fields), and with
// sha1(path).readUInt32BE(0) % 3 === 0 (the events held-out side of the hash, which engineers auditing dev-side news
// never open). The heldout3 lines themselves are ignored, so the script prints the same ten once they are in the gold.
// Reads only the raw files; runs no stage of the pipeline.
import { goldArticlePaths, selectionCandidates, worldNewsPools } from '../eval/lib/gold.js';

const taken = goldArticlePaths((row) => row.round === 'heldout3');
for (const pool of worldNewsPools('entities-heldout3:', taken, true)) {
  const candidates = selectionCandidates(pool);
  for (const c of candidates.slice(0, 2)) console.log(`${c.rel}\t${c.chars}\t${c.order.slice(0, 12)}`);
}
