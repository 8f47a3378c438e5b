// Selects the articles of entity-linking dev round 12 (eval/gold/entities.jsonl, `"round":12`).
// Run: npx tsx scripts/select-entities-round12.ts  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Drawn like round 11 (and the held-out batches), on the dev side, and off every position the linking audits have
// printed: per ant-multisource outlet (Alarabia, BBC, CNN, France24, SkyNews), the first two articles in the order of
// sha1('entities-round12:' + path) (hex digest; path relative to data/news, as the gold's `file`) among
// internationalNews/ and middleEast/ stories whose raw <TEXT> has 700–1800 characters, whose path is in no file of
// eval/gold/ or eval/gold/heldout-additions/, with sha1(path).readUInt32BE(0) % 3 !== 0 (off the events held-out side),
// and not among the first AUDITED eligible articles of its folder in the order of scripts/audit-entities.ts
// (entityAuditFolders in eval/lib/gold.ts; audits have printed up to 200 a folder). The round-12 lines are ignored
// both for the candidates and for the audit's exclusion list, so the script prints the same ten once they are in the
// gold. The audits' 200 a folder cover every eligible dev-side story of the Al Arabiya, CNN, France 24 and Sky News
// folders (each has fewer), so those outlets have no candidate: when the outlets give fewer than ten, the remaining
// places go to the next candidates of all outlets together in the hash order (all BBC today). Reads only the raw
// files; runs no stage of the pipeline.
import {
  addedAfter,
  entityAuditFolders,
  goldArticlePaths,
  selectionCandidates,
  worldNewsPools,
} from '../eval/lib/gold.js';

const AUDITED = 200;
const ROUND_SIZE = 10;
const taken = goldArticlePaths(addedAfter(11, 8));
const audited = new Set(entityAuditFolders(AUDITED, taken).flat());
const pools = worldNewsPools('entities-round12:', taken, false).map((pool) => ({
  outlet: pool.outlet,
  candidates: selectionCandidates(pool).filter((c) => !audited.has(c.rel)),
}));
const drawn = pools.flatMap(({ candidates }) => candidates.slice(0, 2));
// An outlet whose dev-side world news the audits printed whole leaves places: they go to the next unaudited
// candidates of all outlets together, in the hash order.
const rest = pools
  .flatMap(({ candidates }) => candidates.slice(2))
  .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
drawn.push(...rest.slice(0, ROUND_SIZE - drawn.length));
for (const { outlet, candidates } of pools) console.error(`${outlet}: ${candidates.length} unaudited candidates`);
for (const c of drawn) console.log(`${c.rel}\t${c.chars}\t${c.order.slice(0, 12)}`);
