// NER evaluation on ANERcorp (CAMeL Lab train split, in ../shared; the test split is withheld).
// Run: npm run eval:ner              → the SHIPPED model on the dev split (last 10% of sentences; never tuned on)
//      npm run eval:ner -- --tune    → trains on the first 80% and scores the "tune" split (80–90%) per epoch:
//                                      this is where features and the number of epochs were chosen.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/arabic/data.js';
import { addToScore, emptyScore, formatScore, prf, readConll, splitCorpus } from '../src/ner/conll.js';
import { analyzeWord } from '../src/ner/features.js';
import { NerTagger } from '../src/ner/tagger.js';
import { DEFAULT_TRAIN_OPTIONS, trainTagger } from '../src/ner/train.js';

const shared = process.env.MARSAD_SHARED ?? path.resolve(REPO_ROOT, '../shared');
const trainFile = path.join(shared, 'data/ner/anercorp/ANERCorp_CamelLab_train.txt');
if (!existsSync(trainFile)) {
  console.error(`eval:ner needs ${trainFile} (set MARSAD_SHARED to the shared data folder)`);
  process.exit(2);
}
const split = splitCorpus(readConll(trainFile));

if (process.argv.includes('--tune')) {
  const epochs = Number(process.env.EPOCHS ?? DEFAULT_TRAIN_OPTIONS.epochs);
  const bits = Number(process.env.BITS ?? DEFAULT_TRAIN_OPTIONS.bits);
  console.log(`fit ${split.fit.length} sentences, tune ${split.tune.length}; ${epochs} epochs, ${bits}-bit features`);
  trainTagger(split.fit, split.tune, {
    ...DEFAULT_TRAIN_OPTIONS,
    epochs,
    bits,
    onEpoch: (epoch, score, seconds) => {
      const { f1 } = prf(score?.micro ?? { gold: 0, predicted: 0, correct: 0 });
      console.log(`epoch ${epoch}: tune F1=${f1.toFixed(4)} (${seconds.toFixed(1)} s)`);
      if (epoch === epochs && score) console.log(formatScore(score));
    },
  });
} else {
  const tagger = NerTagger.shipped();
  const score = emptyScore();
  for (const sentence of split.dev) addToScore(score, sentence.tags, tagger.tag(sentence.words.map(analyzeWord)));
  console.log(
    `dev: last ${split.dev.length} sentences of ${path.basename(trainFile)} (held out from training and tuning)`,
  );
  console.log(formatScore(score));
}
