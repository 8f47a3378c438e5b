// Selects the articles and sentences of a blind events dev batch (eval/gold/events.jsonl, `"batch": N`; batch 9:
// docs/events.md round 17, batch 10: round 18, batch 11: round 19, batch 12: round 20, batch 14: round 22). Run:
//   MARSAD_SHARED=/work/shared npx tsx scripts/select-events-dev.ts --batch N [--sentences]
// Drawn like the held-out batches heldout2/heldout3 (eval/gold/heldout-additions/README.md), on the dev side: per
// ant-multisource outlet (Alarabia, BBC, CNN, France24, SkyNews), the first six articles in the order of
// sha1('events-devN:' + path) (hex digest; path relative to data/news) among internationalNews/ and middleEast/
// stories (any length) with isHeldOutArticle false, whose path is in no file of eval/gold/ or
// eval/gold/heldout-additions/, and that are not among the first AUDITED positions of the events audit
// (scripts/audit-events.ts, whose earlier rounds read them in full). The batch's own lines are ignored both for the
// candidates and for the audit's exclusion list, so the script prints the same thirty once they are in the gold
// (earlier batches count as gold). With --sentences, it prints each article's first four sentences as the tokenizer
// and sentence splitter cut the body (no other stage runs).
import {
  addedAfter,
  eventAuditGold,
  eventAuditSample,
  goldArticlePaths,
  readGoldDoc,
  selectionCandidates,
  worldNewsPools,
} from '../eval/lib/gold.js';
import { sentenceStage, tokenStage } from '../src/arabic/stage.js';

const AUDITED = 600;
const PER_OUTLET = 6;
const SENTENCES = 4;
const batchArg = process.argv[process.argv.indexOf('--batch') + 1];
const batch = Number(batchArg);
if (!process.argv.includes('--batch') || !Number.isInteger(batch) || batch < 9) {
  console.error('usage: select-events-dev.ts --batch N [--sentences]   (N ≥ 9: the blind dev batches)');
  process.exit(2);
}
// The gold as it stood at each batch's draw (the last entity round and event batch then in it; batch 14 was drawn with
// batch 13's thirty taken, as if that batch were in), so that a draw stays the same however either gold grows.
const GOLD_AT_DRAW: Record<number, [round: number, batch: number]> = {
  9: [12, 8],
  10: [12, 9],
  11: [12, 10],
  12: [13, 11],
  13: [13, 12],
  14: [13, 13],
};
const [round, before] = GOLD_AT_DRAW[batch] ?? [Number.POSITIVE_INFINITY, batch - 1];
const later = addedAfter(round, before);
const taken = goldArticlePaths(later);
const audited = new Set(eventAuditSample(0, AUDITED, eventAuditGold(later)));
const drawn = worldNewsPools(`events-dev${batch}:`, taken, false).flatMap((pool) => {
  const candidates = selectionCandidates({ ...pool, minChars: 1, maxChars: Number.POSITIVE_INFINITY }).filter(
    (c) => !audited.has(c.rel),
  );
  console.error(`${pool.outlet}: ${candidates.length} candidates`);
  return candidates.slice(0, PER_OUTLET);
});
for (const c of drawn) {
  console.log(`${c.rel}\t${c.chars}\t${c.order.slice(0, 12)}`);
  if (!process.argv.includes('--sentences')) continue;
  const doc = await readGoldDoc({ file: c.rel }, [tokenStage, sentenceStage]);
  for (const s of doc.layers.sentences.slice(0, SENTENCES)) {
    console.log(`  ${JSON.stringify(doc.text.slice(s.start, s.end))}`);
  }
}
