// Training: an averaged structured perceptron (Collins 2002) over the hashed features, with Viterbi decoding
// under IOB2 constraints, in two passes. The second pass reads document-level features built from the first
// pass's labels (src/ner/document.ts); to train it on first-pass labels as noisy as at run time, those labels come
// from k-fold cross-validation (each block of sentences labelled by a first pass trained without it).
// Deterministic: sentences are shuffled each epoch with a fixed seed.
import { addToScore, emptyScore, type Score, type TaggedSentence } from './conll.js';
import { documentFeatures, PASS_FEATURES, stackFeatures } from './document.js';
import { analyzeWord, FEATURES_PER_TOKEN, FeatureExtractor, type FeatureToken, gazetteerHashes } from './features.js';
import { isInside, LABEL_COUNT, LABELS, labelIndex, typeOf } from './labels.js';
import { NerModel } from './model.js';
import { seededRandom } from './random.js';
import { NerTagger } from './tagger.js';
import {
  DEFAULT_NET_OPTIONS,
  NetScorer,
  type NetSentence,
  type NetTrainOptions,
  netIds,
  trainWindowNet,
  type WindowNet,
} from './window-net.js';

const L = LABEL_COUNT;

export interface TrainOptions {
  epochs: number;
  /** log2 of the number of hashed feature rows. */
  bits: number;
  seed: number;
  /** Sentences either side whose first-pass labels the second pass reads; 0 trains the first pass only. */
  window: number;
  /** Cross-validation blocks for the first-pass labels the second pass trains on. */
  folds: number;
  /** Perceptrons per pass, each over its own shuffling order, whose averaged weights are averaged again. */
  runs: number;
  /** The window network trained beside the passes (two-pass taggers only); null: none. */
  net: NetTrainOptions | null;
  /** Called after each epoch of each run of the final pass with the dev score of that run's averaged weights. */
  onEpoch?: (epoch: number, dev: Score | null, seconds: number, run: number) => void;
  /** Called after each epoch of the window network with its training loss. */
  onNetEpoch?: (epoch: number, loss: number, seconds: number) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 15,
  bits: 18,
  seed: 1,
  window: 20,
  folds: 5,
  runs: 3,
  net: DEFAULT_NET_OPTIONS,
};

interface Encoded {
  tokens: FeatureToken[];
  features: Uint32Array;
  gold: Int32Array;
  n: number;
}

/** Gold labels with conlleval-style repairs: an I-X that continues no X chunk becomes B-X. */
export function repairedLabels(tags: readonly string[]): Int32Array {
  const labels = Int32Array.from(tags, labelIndex);
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    if (isInside(y) && (i === 0 || labels[i - 1] === 0 || typeOf(labels[i - 1]) !== typeOf(y))) labels[i] = y - 1;
  }
  return labels;
}

export function encodeSentences(
  sentences: readonly TaggedSentence[],
  extractor: FeatureExtractor,
  bits: number,
): Encoded[] {
  return sentences.map((s) => {
    const tokens = s.words.map(analyzeWord);
    return { tokens, features: extractor.extract(tokens, bits), gold: repairedLabels(s.tags), n: s.words.length };
  });
}

/** Perceptron state with lazy averaging: averaged = w - u / c (Daumé's trick). */
class AveragedPerceptron {
  readonly model: NerModel;
  private readonly weightSums: Float32Array;
  private readonly transitionSums: Float32Array;
  private c = 1;

  constructor(bits: number, featuresPerToken: number) {
    this.model = new NerModel(bits, featuresPerToken);
    this.weightSums = new Float32Array(this.model.weights.length);
    this.transitionSums = new Float32Array(this.model.transitions.length);
  }

  /** One online step: decode, and if wrong, move toward gold and away from the prediction. */
  learn(sentence: Encoded): void {
    const predicted = this.model.decode(sentence.features, sentence.n);
    const { gold, features, n } = sentence;
    const perToken = this.model.featuresPerToken;
    for (let i = 0; i < n; i++) {
      const g = gold[i];
      const p = predicted[i];
      const gPrev = i === 0 ? -1 : gold[i - 1];
      const pPrev = i === 0 ? -1 : predicted[i - 1];
      if (g !== p) {
        for (let k = i * perToken, end = k + perToken; k < end; k++) {
          const base = features[k] * L;
          this.bump(this.model.weights, this.weightSums, base + g, 1);
          this.bump(this.model.weights, this.weightSums, base + p, -1);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.bump(this.model.transitions, this.transitionSums, (gPrev + 1) * L + g, 1);
        this.bump(this.model.transitions, this.transitionSums, (pPrev + 1) * L + p, -1);
      }
    }
    this.c++;
  }

  private bump(w: Float32Array, sums: Float32Array, index: number, delta: number): void {
    w[index] += delta;
    sums[index] += this.c * delta;
  }

  /** A model with the averaged weights (the training state is left as is). */
  averaged(): NerModel {
    const average = (w: Float32Array, sums: Float32Array) => {
      const out = new Float32Array(w.length);
      for (let i = 0; i < w.length; i++) if (w[i] !== 0 || sums[i] !== 0) out[i] = w[i] - sums[i] / this.c;
      return out;
    };
    const m = this.model;
    return new NerModel(
      m.bits,
      m.featuresPerToken,
      average(m.weights, this.weightSums),
      average(m.transitions, this.transitionSums),
    );
  }
}

export function scoreModel(model: NerModel, encoded: readonly Encoded[]): Score {
  return scoreLabels(
    encoded,
    encoded.map((s) => model.decode(s.features, s.n)),
  );
}

/** The score of predicted label indices against the sentences' gold labels. */
function scoreLabels(sentences: readonly Encoded[], predicted: readonly Int32Array[]): Score {
  const score = emptyScore();
  sentences.forEach((s, j) => {
    addToScore(
      score,
      Array.from(s.gold, (y) => LABELS[y]),
      Array.from(predicted[j], (y) => LABELS[y]),
    );
  });
  return score;
}

/**
 * One pass: `runs` averaged perceptrons, each over its own shuffling order, whose weights are averaged again.
 * With a table large enough for the mean to use (2^18 rows), three runs gained on tune, dev and news dev alike
 * (models/README.md, v6).
 * `onEpoch` gets each run's dev score after each of its epochs.
 */
function trainPass(
  train: readonly Encoded[],
  dev: readonly Encoded[] | null,
  perToken: number,
  options: TrainOptions,
  onEpoch?: TrainOptions['onEpoch'],
): { model: NerModel; dev: Score | null } {
  const runs = Array.from({ length: options.runs }, (_, run) =>
    trainRun(
      train,
      dev,
      perToken,
      options,
      options.seed + run * RUN_SEED_STEP,
      onEpoch && ((epoch, score, seconds) => onEpoch(epoch, score, seconds, run)),
    ),
  );
  const model = runs.length === 1 ? runs[0] : meanModel(runs);
  return { model, dev: dev ? scoreModel(model, dev) : null };
}

/** Seeds of the runs of a pass: the pass's seed, then steps of a prime so runs of seeds 1, 2, 3 never share one. */
const RUN_SEED_STEP = 7919;

/** The element-wise mean of models of the same shape. */
function meanModel(models: readonly NerModel[]): NerModel {
  const mean = (pick: (m: NerModel) => Float32Array) => {
    const out = new Float32Array(pick(models[0]).length);
    for (const m of models) {
      const w = pick(m);
      for (let i = 0; i < w.length; i++) out[i] += w[i] / models.length;
    }
    return out;
  };
  const { bits, featuresPerToken } = models[0];
  return new NerModel(
    bits,
    featuresPerToken,
    mean((m) => m.weights),
    mean((m) => m.transitions),
  );
}

/** One averaged perceptron over `epochs` shuffles of the training sentences. */
function trainRun(
  train: readonly Encoded[],
  dev: readonly Encoded[] | null,
  perToken: number,
  options: Pick<TrainOptions, 'bits' | 'epochs'>,
  seed: number,
  onEpoch?: (epoch: number, dev: Score | null, seconds: number) => void,
): NerModel {
  const perceptron = new AveragedPerceptron(options.bits, perToken);
  const random = seededRandom(seed);
  const order = train.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = Date.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) perceptron.learn(train[index]);
    if (onEpoch) onEpoch(epoch, dev ? scoreModel(perceptron.averaged(), dev) : null, (Date.now() - started) / 1000);
  }
  return perceptron.averaged();
}

/** First-pass labels of every training sentence from models trained without its block (k-fold). */
function crossValidatedLabels(train: readonly Encoded[], options: TrainOptions): Int32Array[] {
  const out: Int32Array[] = new Array(train.length);
  for (let k = 0; k < options.folds; k++) {
    const from = Math.floor((k * train.length) / options.folds);
    const to = Math.floor(((k + 1) * train.length) / options.folds);
    const { model } = trainPass([...train.slice(0, from), ...train.slice(to)], null, FEATURES_PER_TOKEN, options);
    for (let i = from; i < to; i++) out[i] = model.decode(train[i].features, train[i].n);
  }
  return out;
}

/** The sentences with document features from the given first-pass labels appended to their base features. */
function withDocumentFeatures(sentences: readonly Encoded[], firstPass: readonly Int32Array[], options: TrainOptions) {
  const doc = documentFeatures(
    sentences.map((s) => s.tokens),
    firstPass,
    options.window,
    options.bits,
  );
  return sentences.map((s, j) => ({
    ...s,
    features: stackFeatures(s.features, doc[j], s.n, FEATURES_PER_TOKEN),
  }));
}

/**
 * Trains the tagger's passes on `train` (sentences in document order) and scores `dev` after each epoch of the
 * last pass. Returns the models to save in order (the first pass, then, when options.window > 0, the second), the
 * window network when options.net is set, and the dev score of the whole tagger.
 */
export function trainTagger(
  train: readonly TaggedSentence[],
  dev: readonly TaggedSentence[] | null,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): { models: NerModel[]; net: TrainedNet | null; dev: Score | null } {
  const extractor = new FeatureExtractor();
  const trainSet = encodeSentences(train, extractor, options.bits);
  const devSet = dev ? encodeSentences(dev, extractor, options.bits) : null;
  if (options.window === 0) {
    const { model, dev: devScore } = trainPass(trainSet, devSet, FEATURES_PER_TOKEN, options, options.onEpoch);
    return { models: [model], net: null, dev: devScore };
  }
  const first = trainPass(trainSet, null, FEATURES_PER_TOKEN, options).model;
  const stackedTrain = withDocumentFeatures(trainSet, crossValidatedLabels(trainSet, options), options);
  const stackedDev = devSet
    ? withDocumentFeatures(
        devSet,
        devSet.map((s) => first.decode(s.features, s.n)),
        options,
      )
    : null;
  const second = trainPass(stackedTrain, stackedDev, PASS_FEATURES[1], options, options.onEpoch);
  const models = [first, second.model];
  if (!options.net) return { models, net: null, dev: second.dev };
  const net: TrainedNet = {
    net: trainNet(trainSet, extractor, options.net, options.onNetEpoch),
    weight: options.net.weight,
    gate: options.net.gate,
  };
  // The whole tagger over the dev sentences as one running text, as eval:ner and analyze read them.
  const tagger = new NerTagger(models, options.window, new NetScorer(net.net, net.weight, net.gate));
  return { models, net, dev: devSet ? scoreLabels(devSet, tagger.tagSentences(devSet.map((s) => s.tokens))) : null };
}

/** A trained window network with its run-time settings (as saveModels takes it). */
export interface TrainedNet {
  net: WindowNet;
  weight: number;
  gate: number;
}

/** The window network, trained on the same sentences (their cached word analyses and gazetteer tags). */
function trainNet(
  train: readonly Encoded[],
  extractor: FeatureExtractor,
  options: NetTrainOptions,
  onEpoch?: TrainOptions['onNetEpoch'],
): WindowNet {
  const sentences: NetSentence[] = train.map((s) => ({
    ids: netIds(
      s.tokens.map((t) => extractor.word(t)),
      gazetteerHashes(s.tokens),
    ),
    n: s.n,
    gold: s.gold,
  }));
  let started = Date.now();
  return trainWindowNet(sentences, options, (epoch, _net, loss) => {
    onEpoch?.(epoch, loss, (Date.now() - started) / 1000);
    started = Date.now();
  });
}
