// NER evaluation on ANERcorp (CAMeL Lab train split, in ../shared; the test split is withheld).
// Run: npm run eval:ner              → trains the shipped configuration on the first 90% of sentences and scores the
//                                      dev split (last 10%; never trained or tuned on). The shipped model itself is
//                                      trained on 100% of the file, so it cannot be scored on dev.
//                                      Like the shipped model, it also trains on the news of the linking gold's dev
//                                      articles (eval/lib/ner-news.ts, repeated NEWS_WEIGHT times); --no-news leaves
//                                      them out (the ANERcorp-only configuration, as in the OpenNLP comparison).
//      npm run eval:ner -- --tune    → trains on the first 80% and scores the "tune" split (80–90%) per epoch:
//                                      this is where features, passes and the number of epochs were chosen.
//      npm run eval:ner -- --news    → NER on today's news: trains on 100% of ANERcorp (+ the news, as shipped;
//                                      --no-news: without) and scores the half of the dev split of
//                                      eval/gold/ner-news.jsonl (news annotated in the ANERcorp scheme) that is never
//                                      trained on (since v9 the other half is; NEWS_WEIGHT was chosen on the whole
//                                      dev split and on the tune split together).
// EPOCHS, BITS, WINDOW, SEED, RUNS, NEWS_WEIGHT override the shipped configuration, and NET_EPOCHS (0: no window
// network), NET_WEIGHT, NET_GATE, NET_DROPOUT, NET_HIDDEN, NET_DIM the window network's (for tuning runs only).
// SAVE_MODEL=path keeps the trained model, so that run-time settings (the network's weight and gate) can be compared
// on the tune split without training again.
// --model FILE scores a saved model (for instance `models/ner-v9.bin.gz`, or a candidate written by `marsad train
// ner --out`) on the chosen split instead of training one: `npm run eval:ner -- --news --model FILE` compares
// shipped and candidate taggers on the unseen news half in a minute. (A model trained on ANERcorp's dev or tune
// sentences cannot be scored on them: the shipped ones are.)
// Every run prints the 95% bootstrap interval of micro F1 over the scored sentences (bootstrapF1 in src/ner/conll.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/arabic/data.js';
import { addToScore, bootstrapF1, emptyScore, formatScore, prf, readConll, splitCorpus } from '../src/ner/conll.js';
import { analyzeWord } from '../src/ner/features.js';
import { saveModels } from '../src/ner/model.js';
import { NerTagger } from '../src/ner/tagger.js';
import { DEFAULT_TRAIN_OPTIONS, trainTagger } from '../src/ner/train.js';
import { DEFAULT_NET_OPTIONS, NetScorer, type NetTrainOptions } from '../src/ner/window-net.js';
import { NEWS_WEIGHT, nerNewsSentences, newsTrainingSentences, unseenNewsDev } from './lib/ner-news.js';

const shared = process.env.MARSAD_SHARED ?? path.resolve(REPO_ROOT, '../shared');
const trainFile = path.join(shared, 'data/ner/anercorp/ANERCorp_CamelLab_train.txt');
if (!existsSync(trainFile)) {
  console.error(`eval:ner needs ${trainFile} (set MARSAD_SHARED to the shared data folder)`);
  process.exit(2);
}
const all = readConll(trainFile);
const split = splitCorpus(all);
const tuning = process.argv.includes('--tune');
const options = {
  ...DEFAULT_TRAIN_OPTIONS,
  epochs: Number(process.env.EPOCHS ?? DEFAULT_TRAIN_OPTIONS.epochs),
  bits: Number(process.env.BITS ?? DEFAULT_TRAIN_OPTIONS.bits),
  window: Number(process.env.WINDOW ?? DEFAULT_TRAIN_OPTIONS.window),
  seed: Number(process.env.SEED ?? DEFAULT_TRAIN_OPTIONS.seed),
  runs: Number(process.env.RUNS ?? DEFAULT_TRAIN_OPTIONS.runs),
  net: netOptions(),
};

function netOptions(): NetTrainOptions | null {
  const net = DEFAULT_NET_OPTIONS;
  const epochs = Number(process.env.NET_EPOCHS ?? net.epochs);
  if (epochs === 0) return null;
  return {
    ...net,
    epochs,
    seed: Number(process.env.SEED ?? net.seed),
    weight: Number(process.env.NET_WEIGHT ?? net.weight),
    gate: Number(process.env.NET_GATE ?? net.gate),
    dropout: Number(process.env.NET_DROPOUT ?? net.dropout),
    hidden: Number(process.env.NET_HIDDEN ?? net.hidden),
    dim: Number(process.env.NET_DIM ?? net.dim),
  };
}
const newsDev = process.argv.includes('--news');
const [anercorp, held, name, about] = newsDev
  ? [
      all,
      (await nerNewsSentences('dev', unseenNewsDev)).sentences,
      'news dev',
      'the unseen half of eval/gold/ner-news.jsonl dev',
    ]
  : tuning
    ? [split.fit, split.tune, 'tune', 'sentences 80–90%']
    : [split.train, split.dev, 'dev', 'last 10%, held out from training and tuning'];
if (held.length === 0) {
  console.error(`eval:ner: no ${name} sentences to score (is eval/gold/ner-news.jsonl there?)`);
  process.exit(2);
}
const modelAt = process.argv.indexOf('--model');
if (modelAt >= 0) {
  const file = process.argv[modelAt + 1];
  if (!file || !existsSync(file)) {
    console.error(`eval:ner: --model needs a model file (got ${file ?? 'nothing'})`);
    process.exit(2);
  }
  const tagged = NerTagger.load(file).tag(held.map((s) => s.words.map(analyzeWord)));
  const score = emptyScore();
  const perSentence = held.map((s, i) => addToScore(score, s.tags, tagged[i]));
  console.log(`model ${file}, ${name} ${held.length} (${about})`);
  console.log(formatScore(score, bootstrapF1(perSentence)));
  process.exit(0);
}
const news = process.argv.includes('--no-news') ? null : await newsTrainingSentences();
const weight = Number(process.env.NEWS_WEIGHT ?? NEWS_WEIGHT);
const train = news ? [...anercorp, ...Array.from({ length: weight }, () => news.sentences).flat()] : anercorp;
console.log(
  `train ${anercorp.length} ANERcorp sentences` +
    (news ? ` + ${news.sentences.length} news sentences (${news.articles} articles) × ${weight}` : '') +
    `, ${name} ${held.length} (${about}); ` +
    `${options.epochs} epochs × ${options.runs} runs, ${options.bits}-bit features, document window ${options.window}, ` +
    (options.net
      ? `window network ${options.net.epochs} epochs (dim ${options.net.dim}, hidden ${options.net.hidden}, dropout ${options.net.dropout}, weight ${options.net.weight}, gate ${options.net.gate})`
      : 'no window network'),
);
const started = Date.now();
// The held-out sentences are scored after each epoch only while tuning; the final score is the tagger's below.
const { models, net } = trainTagger(train, tuning ? held : null, {
  ...options,
  onEpoch: tuning
    ? (epoch, s, _seconds, run) =>
        console.log(
          `run ${run + 1} epoch ${epoch}: tune F1=${prf(s?.micro ?? { gold: 0, predicted: 0, correct: 0 }).f1.toFixed(4)}`,
        )
    : undefined,
});
// The models as the tagger users get, over the held-out text as one running text (the second pass reads
// neighbouring sentences): one tagging gives the score and, sentence by sentence, its bootstrap interval.
if (process.env.SAVE_MODEL) saveModels(process.env.SAVE_MODEL, models, { window: options.window }, net ?? undefined);
const scorer = net ? new NetScorer(net.net, net.weight, net.gate) : null;
const tagged = new NerTagger(models, options.window, scorer).tag(held.map((s) => s.words.map(analyzeWord)));
const score = emptyScore();
const perSentence = held.map((s, i) => addToScore(score, s.tags, tagged[i]));
console.log(formatScore(score, bootstrapF1(perSentence)));
console.log(`(trained and scored in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
