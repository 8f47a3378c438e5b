// Selects the articles of entity-linking dev round 10 (eval/gold/entities.jsonl, `"round":10`).
// Run: npx tsx scripts/select-entities-round10.ts  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Two articles per outlet of six: for Al Arabiya, BBC, CNN, France 24 and Sky News Arabia (ant-multisource) the first
// internationalNews/ story and the first middleEast/ story (Al Arabiya has no middleEast/: its first two
// internationalNews/ stories), for Jawhara FM (ant-jawharafm, ANT v1.1) its first two politic/ stories, in the order of
// sha1('entities-round10:' + path) (hex digest; path relative to data/news, as the gold's `file`), among stories
// whose raw <TEXT> has 700–1400 characters, whose path is in no file of eval/gold/ or eval/gold/heldout-additions/
// (the `file` and `article` fields of every .jsonl), and with sha1(path).readUInt32BE(0) % 3 !== 0 (off the events
// held-out side of the hash). The round-10 lines themselves are ignored, so the script prints the same twelve once
// they are in the gold. Reads only the raw files; runs no stage of the pipeline.
import { addedAfter, goldArticlePaths, selectionCandidates } from '../eval/lib/gold.js';

const SALT = 'entities-round10:';
/** Outlet folder under data/news and the folders drawn from, one article each (a folder named twice gives two). */
const OUTLETS: [string, string[]][] = [
  ['ant-multisource/Alarabia', ['internationalNews', 'internationalNews']],
  ['ant-multisource/BBC', ['internationalNews', 'middleEast']],
  ['ant-multisource/CNN', ['internationalNews', 'middleEast']],
  ['ant-multisource/France24', ['internationalNews', 'middleEast']],
  ['ant-multisource/SkyNews', ['internationalNews', 'middleEast']],
  ['ant-jawharafm', ['politic', 'politic']],
];

const taken = goldArticlePaths(addedAfter(9, 8));
for (const [outlet, folders] of OUTLETS) {
  const counts = new Map<string, number>();
  for (const f of folders) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const [folder, n] of counts) {
    const candidates = selectionCandidates({
      outlet,
      folders: [folder],
      salt: SALT,
      minChars: 700,
      maxChars: 1400,
      taken,
      heldOut: false,
    });
    for (const c of candidates.slice(0, n))
      console.log(`${c.rel}\t${c.chars}\t${c.order.slice(0, 12)}\t(${candidates.length} candidates)`);
  }
}
