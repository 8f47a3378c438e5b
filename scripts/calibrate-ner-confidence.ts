// Round 42: the temperature of the tagger's mention confidence (src/ner/tagger.ts CONFIDENCE_TEMPERATURE), chosen
// without the linking gold: on the half of eval/gold/ner-news.jsonl's dev split that no tagger since v9 trains on
// (`unseenNewsDev`), each mention the shipped tagger predicts is right when the gold has a name of the same type at
// the same characters; the temperature is the one whose confidences have the lowest log loss against that (temperature
// scaling, Guo et al. 2017). Prints log loss, mean confidence and precision per temperature.
//
// Run: MARSAD_SHARED=/work/shared npx tsx scripts/calibrate-ner-confidence.ts

import { nthOccurrence, readGold, readGoldDoc } from '../eval/lib/gold.js';
import { unseenNewsDev } from '../eval/lib/ner-news.js';
import { sentenceStage, tokenStage } from '../src/arabic/stage.js';
import type { Doc } from '../src/doc/types.js';
import { NerTagger } from '../src/ner/tagger.js';

interface NerNewsArticle {
  file: string;
  record?: number;
  split: 'train' | 'dev';
  mentions: { text: string; occurrence: number; type: string }[];
}

const TEMPERATURES = [10, 20, 30, 40, 50, 55, 60, 65, 70, 75, 80, 100];
const DOC_TYPE: Record<string, string> = { PERS: 'PER', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };

/** "start:end:TYPE" of each gold name. */
function goldKeys(article: NerNewsArticle, doc: Doc): Set<string> {
  const keys = new Set<string>();
  for (const m of article.mentions) {
    const start = nthOccurrence(doc.text, m.text, m.occurrence);
    if (start >= 0) keys.add(`${start}:${start + m.text.length}:${DOC_TYPE[m.type] ?? m.type}`);
  }
  return keys;
}

async function main(): Promise<void> {
  const tagger = NerTagger.shipped();
  const articles = readGold<NerNewsArticle>('ner-news').filter((a) => a.split === 'dev' && unseenNewsDev(a));
  const docs: [Doc, Set<string>][] = [];
  for (const a of articles) {
    const doc = await readGoldDoc(a, [tokenStage, sentenceStage]);
    docs.push([doc, goldKeys(a, doc)]);
  }
  console.log(`${articles.length} articles of the unseen ner-news dev half`);
  console.log('temperature | mentions | log loss | mean confidence | precision');
  for (const t of TEMPERATURES) {
    let loss = 0;
    let sum = 0;
    let right = 0;
    let n = 0;
    for (const [doc, gold] of docs) {
      for (const m of tagger.mentions(doc, t)) {
        const p = Math.min(1 - 1e-9, Math.max(1e-9, m.score ?? 1));
        const ok = gold.has(`${m.start}:${m.end}:${m.type}`);
        loss -= ok ? Math.log(p) : Math.log(1 - p);
        sum += p;
        if (ok) right++;
        n++;
      }
    }
    console.log(`${t} | ${n} | ${(loss / n).toFixed(4)} | ${(sum / n).toFixed(4)} | ${(right / n).toFixed(4)}`);
  }
}

await main();
