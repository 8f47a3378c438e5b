// Selects the articles and sentences of a blind events dev batch (eval/gold/events.jsonl, `"batch": N`; batch 9:
// docs/events.md round 17, batch 10: round 18, batch 11: round 19, batch 12: round 20, batch 14: round 22; batch 15 was drawn
// before entity rounds 16 and 17, which take its articles). Run:
//   MARSAD_SHARED=/work/shared npx tsx scripts/select-events-dev.ts --batch N [--sentences]
// Drawn (eventBatchDraw in eval/lib/gold.ts) like the held-out batches heldout2/heldout3 (eval/gold/heldout-additions/README.md), on the dev side: per
// ant-multisource outlet (Alarabia, BBC, CNN, France24, SkyNews), the first six articles in the order of
// sha1('events-devN:' + path) (hex digest; path relative to data/news) among internationalNews/ and middleEast/
// stories (any length) with isHeldOutArticle false, whose path is in no file of eval/gold/ or
// eval/gold/heldout-additions/, and that are not among the first 600 positions of the events audit
// (scripts/audit-events.ts, whose earlier rounds read them in full). The batch's own lines are ignored both for the
// candidates and for the audit's exclusion list, so the script prints the same thirty once they are in the gold
// (earlier batches count as gold). With --sentences, it prints each article's first four sentences as the tokenizer
// and sentence splitter cut the body (no other stage runs).
import { eventBatchDraw, readGoldDoc } from '../eval/lib/gold.js';
import { sentenceStage, tokenStage } from '../src/arabic/stage.js';

const SENTENCES = 4;
const batchArg = process.argv[process.argv.indexOf('--batch') + 1];
const batch = Number(batchArg);
if (!process.argv.includes('--batch') || !Number.isInteger(batch) || batch < 9) {
  console.error('usage: select-events-dev.ts --batch N [--sentences]   (N ≥ 9: the blind dev batches)');
  process.exit(2);
}
for (const c of eventBatchDraw(batch, true)) {
  console.log(`${c.rel}\t${c.chars}\t${c.order.slice(0, 12)}`);
  if (!process.argv.includes('--sentences')) continue;
  const doc = await readGoldDoc({ file: c.rel }, [tokenStage, sentenceStage]);
  for (const s of doc.layers.sentences.slice(0, SENTENCES)) {
    console.log(`  ${JSON.stringify(doc.text.slice(s.start, s.end))}`);
  }
}
