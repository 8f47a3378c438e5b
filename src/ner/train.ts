// Training: an averaged structured perceptron (Collins 2002) over the hashed features, with Viterbi decoding
// under IOB2 constraints. Deterministic: sentences are shuffled each epoch with a fixed seed.
import { addToScore, emptyScore, prf, type Score, type TaggedSentence } from './conll.js';
import { analyzeWord, FEATURES_PER_TOKEN, FeatureExtractor } from './features.js';
import { isInside, LABEL_COUNT, LABELS, labelIndex, typeOf } from './labels.js';
import { NerModel } from './model.js';

const L = LABEL_COUNT;

export interface TrainOptions {
  epochs: number;
  /** log2 of the number of hashed feature rows. */
  bits: number;
  seed: number;
  /** Called after each epoch with the dev score of the averaged weights (when a dev set is given). */
  onEpoch?: (epoch: number, dev: Score | null, seconds: number) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 10, bits: 18, seed: 1 };

interface Encoded {
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
  return sentences.map((s) => ({
    features: extractor.extract(s.words.map(analyzeWord), bits),
    gold: repairedLabels(s.tags),
    n: s.words.length,
  }));
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Perceptron state with lazy averaging: averaged = w - u / c (Daumé's trick). */
class AveragedPerceptron {
  readonly model: NerModel;
  private readonly weightSums: Float32Array;
  private readonly transitionSums: Float32Array;
  private c = 1;

  constructor(bits: number) {
    this.model = new NerModel(bits);
    this.weightSums = new Float32Array(this.model.weights.length);
    this.transitionSums = new Float32Array(this.model.transitions.length);
  }

  /** One online step: decode, and if wrong, move toward gold and away from the prediction. */
  learn(sentence: Encoded): void {
    const predicted = this.model.decode(sentence.features, sentence.n);
    const { gold, features, n } = sentence;
    for (let i = 0; i < n; i++) {
      const g = gold[i];
      const p = predicted[i];
      const gPrev = i === 0 ? -1 : gold[i - 1];
      const pPrev = i === 0 ? -1 : predicted[i - 1];
      if (g !== p) {
        for (let k = i * FEATURES_PER_TOKEN, end = k + FEATURES_PER_TOKEN; k < end; k++) {
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
  averaged(info: Record<string, unknown> = {}): NerModel {
    const average = (w: Float32Array, sums: Float32Array) => {
      const out = new Float32Array(w.length);
      for (let i = 0; i < w.length; i++) if (w[i] !== 0 || sums[i] !== 0) out[i] = w[i] - sums[i] / this.c;
      return out;
    };
    const m = this.model;
    return new NerModel(m.bits, average(m.weights, this.weightSums), average(m.transitions, this.transitionSums), info);
  }
}

export function scoreModel(model: NerModel, encoded: readonly Encoded[]): Score {
  const score = emptyScore();
  for (const s of encoded) {
    const predicted = model.decode(s.features, s.n);
    addToScore(
      score,
      Array.from(s.gold, (y) => LABELS[y]),
      Array.from(predicted, (y) => LABELS[y]),
    );
  }
  return score;
}

export function trainTagger(
  train: readonly TaggedSentence[],
  dev: readonly TaggedSentence[] | null,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
  info: Record<string, unknown> = {},
): { model: NerModel; dev: Score | null } {
  const extractor = new FeatureExtractor();
  const trainSet = encodeSentences(train, extractor, options.bits);
  const devSet = dev ? encodeSentences(dev, extractor, options.bits) : null;
  const perceptron = new AveragedPerceptron(options.bits);
  const random = mulberry32(options.seed);
  const order = trainSet.map((_, i) => i);
  let devScore: Score | null = null;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = Date.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) perceptron.learn(trainSet[index]);
    devScore = devSet ? scoreModel(perceptron.averaged(), devSet) : null;
    options.onEpoch?.(epoch, devScore, (Date.now() - started) / 1000);
  }
  const devF1 = devScore ? Number(prf(devScore.micro).f1.toFixed(4)) : null;
  return { model: perceptron.averaged({ ...info, devMicroF1: devF1 }), dev: devScore };
}
