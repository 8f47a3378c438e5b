// A small window network (Collobert et al. 2011's window approach) over the tagger's word-level features: each
// token is the sum of its hashed feature embeddings, five neighbouring tokens go through one ReLU layer, and a
// softmax gives label probabilities. It shares strength between words the linear tagger cannot (the hidden layer
// learns conjunctions of the neighbours' features). At run time its label scores, times one weight chosen on the
// tune split, join both perceptron passes' emission scores, for the tokens the perceptron's first pass is unsure of.
// Fast at run time because the first layer is linear in each position's token vector: a word's contribution to the
// hidden layer at a window position is computed once and cached (NetScorer).
import { MarsadError } from '../doc/errors.js';
import { copyBytes, deltaDecode, deltaEncode } from './binary.js';
import { fnv1a, mix, NO_GAZETTEER_TAG, WORD_FEATURES, WORD_IDS, type WordEntry } from './features.js';
import { LABEL_COUNT } from './labels.js';
import { seededRandom } from './random.js';

const L = LABEL_COUNT;
/** Positions read around a token: -2 … +2. */
const SPAN = 5;
const HALF = 2;
/** Ids a token's vector sums: the word-only template ids, then its gazetteer tag. */
const IDS_PER_TOKEN = WORD_FEATURES + 1;
const GAZETTEER_TEMPLATE = 65;
const PAD_TEMPLATE = 66;
const PAD_BEFORE_ID = mix(PAD_TEMPLATE, fnv1a('<s>'));
const PAD_AFTER_ID = mix(PAD_TEMPLATE, fnv1a('</s>'));

export interface NetShape {
  /** log2 of the embedding table's rows. */
  bits: number;
  dim: number;
  hidden: number;
}

export interface NetTrainOptions extends NetShape {
  epochs: number;
  seed: number;
  rate: number;
  /** Probability of leaving one token's word features out of its vector while training (0: none). */
  dropout: number;
  /** How much the network's label scores weigh against the perceptron's at run time. */
  weight: number;
  /** NetScorer's gate: tokens whose O score leads by more are not scored by the network. */
  gate: number;
}

/** Chosen on the tune split (models/README.md, v8). */
export const DEFAULT_NET_OPTIONS: NetTrainOptions = {
  bits: 18,
  dim: 16,
  hidden: 32,
  epochs: 6,
  seed: 1,
  rate: 0.05,
  dropout: 0.25,
  weight: 16,
  gate: 0,
};

/** A sentence as the network reads it: IDS_PER_TOKEN unmasked ids per token, and gold labels when training. */
export interface NetSentence {
  ids: Uint32Array;
  n: number;
  gold?: Int32Array;
}

/** The network's input ids for a sentence: each word's cached word-only ids, and its gazetteer tag's id. */
export function netIds(words: readonly WordEntry[], gazetteer: Uint32Array): Uint32Array {
  const ids = new Uint32Array(words.length * IDS_PER_TOKEN);
  words.forEach((word, i) => {
    ids.set(word.attrs.subarray(WORD_IDS, WORD_IDS + WORD_FEATURES), i * IDS_PER_TOKEN);
    ids[i * IDS_PER_TOKEN + WORD_FEATURES] = gazetteerId(gazetteer[i]);
  });
  return ids;
}

function gazetteerId(tagHash: number): number {
  return mix(GAZETTEER_TEMPLATE, tagHash);
}

export class WindowNet {
  /** The embedding table while training, a row per hashed id (a loaded network has `int8Rows` instead). */
  readonly embeddings: Float32Array;
  /**
   * A loaded network's table instead: int8 values with a scale per row, 5 MB where float32 would take 17 MB, so that
   * more of it stays in the processor's cache beside the perceptron's table.
   */
  readonly int8Rows: { values: Int8Array; scales: Float32Array } | null;
  /** First layer, [position][dim][hidden]. */
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  /** Output layer, [hidden][label]. */
  readonly w2: Float32Array;
  readonly b2: Float32Array;
  private readonly mask: number;

  constructor(
    readonly shape: NetShape,
    params?: {
      embeddings: Float32Array | { values: Int8Array; scales: Float32Array };
      w1: Float32Array;
      b1: Float32Array;
      w2: Float32Array;
      b2: Float32Array;
    },
  ) {
    const { bits, dim, hidden } = shape;
    this.mask = (1 << bits) - 1;
    const table = params?.embeddings;
    this.int8Rows = table !== undefined && !(table instanceof Float32Array) ? table : null;
    this.embeddings = table instanceof Float32Array ? table : new Float32Array(this.int8Rows ? 0 : (1 << bits) * dim);
    this.w1 = params?.w1 ?? new Float32Array(SPAN * dim * hidden);
    this.b1 = params?.b1 ?? new Float32Array(hidden);
    this.w2 = params?.w2 ?? new Float32Array(hidden * L);
    this.b2 = params?.b2 ?? new Float32Array(L);
  }

  /** Random initial weights (seeded). */
  initialize(seed: number): void {
    const random = seededRandom(seed);
    const { dim, hidden } = this.shape;
    const uniform = (a: Float32Array, scale: number) => {
      for (let i = 0; i < a.length; i++) a[i] = (random() * 2 - 1) * scale;
    };
    uniform(this.embeddings, 0.1 / Math.sqrt(IDS_PER_TOKEN));
    uniform(this.w1, Math.sqrt(6 / (SPAN * dim + hidden)));
    uniform(this.w2, Math.sqrt(6 / (hidden + L)));
  }

  /** A token's vector: the sum of its ids' embeddings (`skipWord`: its gazetteer tag only). */
  tokenVector(ids: Uint32Array, at: number, out: Float32Array, skipWord = false): void {
    out.fill(0);
    for (let k = skipWord ? WORD_FEATURES : 0; k < IDS_PER_TOKEN; k++) this.addEmbedding(ids[at + k], out);
  }

  /** Adds the embedding of a (hashed, unmasked) id to out[at … at + dim). */
  addEmbedding(id: number, out: Float32Array, at = 0): void {
    const { dim } = this.shape;
    const r = id & this.mask;
    const row = r * dim;
    if (this.int8Rows !== null) {
      const { values, scales } = this.int8Rows;
      const scale = scales[r];
      if (scale === 0) return;
      for (let d = 0; d < dim; d++) out[at + d] += values[row + d] * scale;
      return;
    }
    for (let d = 0; d < dim; d++) out[at + d] += this.embeddings[row + d];
  }

  /** The padding vectors before and after a sentence. */
  padVector(after: boolean, out: Float32Array): void {
    out.fill(0);
    this.addEmbedding(after ? PAD_AFTER_ID : PAD_BEFORE_ID, out);
  }

  /** Log-probabilities of the labels, n × L, for a sentence (unoptimized path, used by training and tests). */
  logProbabilities(sentence: NetSentence): Float32Array {
    const vectors = this.sentenceVectors(sentence, null);
    const out = new Float32Array(sentence.n * L);
    const h = new Float32Array(this.shape.hidden);
    const o = new Float32Array(L);
    for (let i = 0; i < sentence.n; i++) {
      this.forward(vectors, i, h, o);
      logSoftmax(o);
      out.set(o, i * L);
    }
    return out;
  }

  /** (n + 4) token vectors, padding included; `dropped` marks tokens whose word features are left out. */
  sentenceVectors(sentence: NetSentence, dropped: Uint8Array | null): Float32Array[] {
    const { dim } = this.shape;
    const vectors: Float32Array[] = [];
    for (let p = 0; p < HALF; p++) {
      const v = new Float32Array(dim);
      this.padVector(false, v);
      vectors.push(v);
    }
    for (let i = 0; i < sentence.n; i++) {
      const v = new Float32Array(dim);
      this.tokenVector(sentence.ids, i * IDS_PER_TOKEN, v, dropped !== null && dropped[i] === 1);
      vectors.push(v);
    }
    for (let p = 0; p < HALF; p++) {
      const v = new Float32Array(dim);
      this.padVector(true, v);
      vectors.push(v);
    }
    return vectors;
  }

  /** Hidden activations and output scores of token i (vectors[i … i + 4] are its window). */
  forward(vectors: readonly Float32Array[], i: number, h: Float32Array, o: Float32Array): void {
    const { dim, hidden } = this.shape;
    h.set(this.b1);
    for (let p = 0; p < SPAN; p++) {
      const v = vectors[i + p];
      for (let d = 0; d < dim; d++) {
        const x = v[d];
        if (x === 0) continue;
        const row = (p * dim + d) * hidden;
        for (let j = 0; j < hidden; j++) h[j] += x * this.w1[row + j];
      }
    }
    o.set(this.b2);
    for (let j = 0; j < hidden; j++) {
      if (h[j] < 0) h[j] = 0;
      const x = h[j];
      if (x === 0) continue;
      for (let y = 0; y < L; y++) o[y] += x * this.w2[j * L + y];
    }
  }
}

/** In place: scores → log-probabilities. */
function logSoftmax(o: Float32Array): void {
  let max = o[0];
  for (let y = 1; y < o.length; y++) if (o[y] > max) max = o[y];
  let sum = 0;
  for (let y = 0; y < o.length; y++) sum += Math.exp(o[y] - max);
  const log = max + Math.log(sum);
  for (let y = 0; y < o.length; y++) o[y] -= log;
}

/** AdaGrad state for one parameter array. */
class AdaGrad {
  readonly squares: Float32Array;
  constructor(
    readonly params: Float32Array,
    readonly rate: number,
  ) {
    this.squares = new Float32Array(params.length);
  }
  step(index: number, gradient: number): void {
    this.squares[index] += gradient * gradient;
    this.params[index] -= (this.rate * gradient) / Math.sqrt(this.squares[index] + 1e-8);
  }
}

/**
 * Trains the network on sentences with gold labels (cross-entropy per token, AdaGrad, one update per sentence).
 * `onEpoch` is called after each epoch (for tuning curves).
 */
export function trainWindowNet(
  sentences: readonly NetSentence[],
  options: NetTrainOptions,
  onEpoch?: (epoch: number, net: WindowNet, loss: number) => void,
): WindowNet {
  const net = new WindowNet({ bits: options.bits, dim: options.dim, hidden: options.hidden });
  net.initialize(options.seed);
  const { dim, hidden } = options;
  const mask = (1 << options.bits) - 1;
  const optE = new AdaGrad(net.embeddings, options.rate);
  const touched = new Uint8Array(1 << options.bits);
  const optW1 = new AdaGrad(net.w1, options.rate);
  const optB1 = new AdaGrad(net.b1, options.rate);
  const optW2 = new AdaGrad(net.w2, options.rate);
  const optB2 = new AdaGrad(net.b2, options.rate);
  const gW1 = new Float32Array(net.w1.length);
  const gB1 = new Float32Array(hidden);
  const gW2 = new Float32Array(net.w2.length);
  const gB2 = new Float32Array(L);
  const h = new Float32Array(hidden);
  const o = new Float32Array(L);
  const dh = new Float32Array(hidden);
  const random = seededRandom(options.seed + 1);
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let loss = 0;
    for (const index of order) {
      const s = sentences[index];
      const gold = s.gold as Int32Array;
      let dropped: Uint8Array | null = null;
      if (options.dropout > 0) {
        dropped = new Uint8Array(s.n);
        for (let i = 0; i < s.n; i++) dropped[i] = random() < options.dropout ? 1 : 0;
      }
      const vectors = net.sentenceVectors(s, dropped);
      const dv = vectors.map(() => new Float32Array(dim));
      gW1.fill(0);
      gB1.fill(0);
      gW2.fill(0);
      gB2.fill(0);
      for (let i = 0; i < s.n; i++) {
        net.forward(vectors, i, h, o);
        logSoftmax(o);
        loss -= o[gold[i]];
        // d loss / d scores = p - onehot(gold)
        for (let y = 0; y < L; y++) o[y] = Math.exp(o[y]) - (y === gold[i] ? 1 : 0);
        for (let y = 0; y < L; y++) gB2[y] += o[y];
        for (let j = 0; j < hidden; j++) {
          const x = h[j];
          let back = 0;
          for (let y = 0; y < L; y++) {
            gW2[j * L + y] += x * o[y];
            back += net.w2[j * L + y] * o[y];
          }
          dh[j] = x > 0 ? back : 0;
          gB1[j] += dh[j];
        }
        for (let p = 0; p < SPAN; p++) {
          const v = vectors[i + p];
          const g = dv[i + p];
          for (let d = 0; d < dim; d++) {
            const row = (p * dim + d) * hidden;
            const x = v[d];
            let back = 0;
            for (let j = 0; j < hidden; j++) {
              gW1[row + j] += x * dh[j];
              back += net.w1[row + j] * dh[j];
            }
            g[d] += back;
          }
        }
      }
      for (let k = 0; k < gW1.length; k++) if (gW1[k] !== 0) optW1.step(k, gW1[k]);
      for (let k = 0; k < hidden; k++) if (gB1[k] !== 0) optB1.step(k, gB1[k]);
      for (let k = 0; k < gW2.length; k++) optW2.step(k, gW2[k]);
      for (let k = 0; k < L; k++) optB2.step(k, gB2[k]);
      // Embedding rows: each id of a token gets the token vector's gradient.
      const stepRow = (id: number, g: Float32Array) => {
        touched[id & mask] = 1;
        const row = (id & mask) * dim;
        for (let d = 0; d < dim; d++) optE.step(row + d, g[d]);
      };
      for (let p = 0; p < HALF; p++) {
        stepRow(PAD_BEFORE_ID, dv[p]);
        stepRow(PAD_AFTER_ID, dv[HALF + s.n + p]);
      }
      for (let i = 0; i < s.n; i++) {
        const from = dropped !== null && dropped[i] === 1 ? WORD_FEATURES : 0;
        for (let k = from; k < IDS_PER_TOKEN; k++) stepRow(s.ids[i * IDS_PER_TOKEN + k], dv[HALF + i]);
      }
    }
    onEpoch?.(epoch, net, loss);
  }
  // Rows no training token reached keep their random start; clear them, so the artifact (which keeps only rows
  // with a weight) loads to the same network.
  for (let r = 0; r < touched.length; r++) if (touched[r] === 0) net.embeddings.fill(0, r * dim, (r + 1) * dim);
  return net;
}

export interface NetHeader extends NetShape {
  /** Embedding rows kept (those with a weight). */
  rows: number;
  /** How much the network's label scores weigh against the perceptron's. */
  weight: number;
  /** NetScorer's gate (null: every token, as JSON writes Infinity). */
  gate: number | null;
}

/** The artifact form: rows with a weight, each int8-quantized with its own scale; the small layers as float32. */
export function encodeNet(net: WindowNet, weight: number, gate: number): { header: NetHeader; body: Buffer } {
  const { dim } = net.shape;
  if (net.int8Rows) throw new MarsadError('a loaded NER window network is kept in its artifact, not saved again');
  const rows: number[] = [];
  for (let r = 0; r < net.embeddings.length / dim; r++) {
    for (let d = 0; d < dim; d++) {
      if (net.embeddings[r * dim + d] !== 0) {
        rows.push(r);
        break;
      }
    }
  }
  const scales = new Float32Array(rows.length);
  const values = new Int8Array(rows.length * dim);
  rows.forEach((r, k) => {
    let maxAbs = 0;
    for (let d = 0; d < dim; d++) maxAbs = Math.max(maxAbs, Math.abs(net.embeddings[r * dim + d]));
    scales[k] = maxAbs / 127;
    for (let d = 0; d < dim; d++) values[k * dim + d] = Math.round(net.embeddings[r * dim + d] / scales[k]);
  });
  const body = Buffer.concat([
    Buffer.from(deltaEncode(Uint32Array.from(rows)).buffer),
    Buffer.from(scales.buffer),
    Buffer.from(values.buffer),
    ...[net.w1, net.b1, net.w2, net.b2].map((a) => Buffer.from(new Float32Array(a).buffer)),
  ]);
  return { header: { ...net.shape, rows: rows.length, weight, gate }, body };
}

/** The inverse of `encodeNet`, reading at `offset`. */
export function decodeNet(header: NetHeader, body: Buffer, offset: number): WindowNet {
  const { bits, dim, hidden, rows } = header;
  let at = offset;
  const take = (bytes: number) => {
    const out = copyBytes(body, at, bytes);
    at += bytes;
    return out;
  };
  const ids = deltaDecode(new Uint32Array(take(rows * 4)));
  const scales = new Float32Array(take(rows * 4));
  const values = new Int8Array(take(rows * dim));
  const table = { values: new Int8Array((1 << bits) * dim), scales: new Float32Array(1 << bits) };
  ids.forEach((r, k) => {
    table.values.set(values.subarray(k * dim, (k + 1) * dim), r * dim);
    table.scales[r] = scales[k];
  });
  const w1 = new Float32Array(take(SPAN * dim * hidden * 4));
  const b1 = new Float32Array(take(hidden * 4));
  const w2 = new Float32Array(take(hidden * L * 4));
  const b2 = new Float32Array(take(L * 4));
  return new WindowNet({ bits, dim, hidden }, { embeddings: table, w1, b1, w2, b2 });
}

/**
 * The network at run time. The first layer is linear in each token's vector, so a word's contribution to the
 * hidden layer at each of the five window positions is computed once per distinct word and position, when a token
 * first needs it, and cached; a token then costs five additions of those per hidden unit, and the small output layer.
 * Most tokens are in no gazetteer name, so that tag's contribution is folded into every word's; a token with a tag
 * adds the difference. The label scores are the output layer's, not its log-probabilities: the two differ by one
 * constant per token, which changes no decoding.
 */
/** Words whose contributions are cached at once (≈46 MB at 16 × 32): past it the cache starts again. */
const MAX_CACHED_WORDS = 65_536;

export class NetScorer {
  /** Hidden-layer contributions of the padding: five positions before the sentence, then five after. */
  private readonly pads: Float32Array;
  /** Per gazetteer tag hash: its contribution at the five positions, less the no-tag contribution. */
  private readonly gazetteerCache = new Map<number, Float32Array>();
  private readonly noTag: Float32Array;
  private readonly h: Float32Array;
  /** The first layer transposed, [position][hidden][dim]: a unit's weights are contiguous. */
  private readonly w1ByUnit: Float32Array;
  /** Floats per hidden-layer contribution at all five positions. */
  private readonly stride: number;
  /** Per cached word (its `netSlot`): its vector (dim floats), then its contribution at each position. */
  private readonly slotSize: number;
  private slab = new Float32Array(0);
  /** Per cached word, a bit per position whose contribution is in the slab. */
  private ready = new Uint8Array(0);
  private readonly owners: WordEntry[] = [];
  private slotsUsed = 0;

  constructor(
    readonly net: WindowNet,
    readonly weight: number,
    /**
     * The tagger asks for a token's scores only when O's first-pass score leads the best name label's by less than
     * this (Infinity: every token).
     */
    readonly gate = Number.POSITIVE_INFINITY,
  ) {
    const { dim, hidden } = net.shape;
    if (dim % 4 !== 0) throw new MarsadError('the NER window network needs a vector size that is a multiple of 4');
    this.h = new Float32Array(hidden);
    this.stride = SPAN * hidden;
    this.slotSize = dim + this.stride;
    this.w1ByUnit = new Float32Array(net.w1.length);
    for (let p = 0; p < SPAN; p++)
      for (let d = 0; d < dim; d++)
        for (let j = 0; j < hidden; j++) this.w1ByUnit[(p * hidden + j) * dim + d] = net.w1[(p * dim + d) * hidden + j];
    this.pads = new Float32Array(2 * this.stride);
    const v = new Float32Array(dim);
    net.padVector(false, v);
    for (let p = 0; p < SPAN; p++) this.project(v, 0, p, this.pads, p * hidden);
    net.padVector(true, v);
    for (let p = 0; p < SPAN; p++) this.project(v, 0, p, this.pads, this.stride + p * hidden);
    this.noTag = this.tagContributions(NO_GAZETTEER_TAG);
  }

  /** Forgets every cached word (a word's `netSlot` counts only while `owners` says the slot is still its). */
  reset(): void {
    this.slotsUsed = 0;
    this.owners.length = 0;
  }

  /** Writes the contribution at position p of the vector at v[from …] into out[at … at + hidden). */
  private project(v: Float32Array, from: number, p: number, out: Float32Array, at: number): void {
    const { dim, hidden } = this.net.shape;
    const w = this.w1ByUnit;
    // One dot product per hidden unit, summed in a register: far faster in V8 than updating `out` in place for
    // every input dimension.
    // dim is a multiple of 4 (checked by the constructor): four partial sums break the chain of dependent adds.
    for (let j = 0; j < hidden; j++) {
      const row = (p * hidden + j) * dim;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let d = 0; d < dim; d += 4) {
        s0 += v[from + d] * w[row + d];
        s1 += v[from + d + 1] * w[row + d + 1];
        s2 += v[from + d + 2] * w[row + d + 2];
        s3 += v[from + d + 3] * w[row + d + 3];
      }
      out[at + j] = s0 + s1 + s2 + s3;
    }
  }

  private tagContributions(tagHash: number): Float32Array {
    const { dim, hidden } = this.net.shape;
    const v = new Float32Array(dim);
    this.net.addEmbedding(gazetteerId(tagHash), v);
    const out = new Float32Array(this.stride);
    for (let p = 0; p < SPAN; p++) this.project(v, 0, p, out, p * hidden);
    return out;
  }

  private tagDifference(tagHash: number): Float32Array {
    let out = this.gazetteerCache.get(tagHash);
    if (out === undefined) {
      out = this.tagContributions(tagHash);
      for (let k = 0; k < this.stride; k++) out[k] -= this.noTag[k];
      this.gazetteerCache.set(tagHash, out);
    }
    return out;
  }

  /** The word's cache slot, its vector (word-only ids' embeddings) computed on first sight. */
  private slotOf(word: WordEntry): number {
    const cached = word.netSlot;
    if (cached >= 0 && cached < this.slotsUsed && this.owners[cached] === word) return cached;
    if (this.slotsUsed === MAX_CACHED_WORDS) this.reset();
    if (this.slab.length === 0) this.allocateSlab();
    const slot = this.slotsUsed++;
    const at = slot * this.slotSize;
    this.slab.fill(0, at, at + this.net.shape.dim);
    for (let k = WORD_IDS; k < WORD_IDS + WORD_FEATURES; k++) this.net.addEmbedding(word.attrs[k], this.slab, at);
    this.ready[slot] = 0;
    this.owners[slot] = word;
    word.netSlot = slot;
    return slot;
  }

  /**
   * The whole cache at once, on first use: growing it by copies made V8 collect garbage for every new large buffer,
   * and the pages of a zeroed buffer become resident only as words fill them.
   */
  private allocateSlab(): void {
    this.slab = new Float32Array(MAX_CACHED_WORDS * this.slotSize);
    this.ready = new Uint8Array(MAX_CACHED_WORDS);
  }

  /** Where the slab holds the word's contribution at position p (computed on first use). */
  private contribution(word: WordEntry, p: number): number {
    const slot = this.slotOf(word);
    const { dim, hidden } = this.net.shape;
    const base = slot * this.slotSize;
    const at = base + dim + p * hidden;
    if ((this.ready[slot] & (1 << p)) === 0) {
      this.project(this.slab, base, p, this.slab, at);
      for (let j = 0; j < hidden; j++) this.slab[at + j] += this.noTag[p * hidden + j];
      this.ready[slot] |= 1 << p;
    }
    return at;
  }

  /**
   * Adds weight × the network's label scores for each token of a sentence (those with `need[i]` set, or all) to
   * both passes' scores (n × L each).
   */
  addScores(
    words: readonly WordEntry[],
    gazetteer: Uint32Array,
    need: Uint8Array | null,
    first: Float32Array,
    second: Float32Array,
  ): void {
    const { hidden } = this.net.shape;
    const { b1, w2, b2 } = this.net;
    const { h, pads, stride, weight } = this;
    const n = words.length;
    for (let i = 0; i < n; i++) {
      if (need !== null && need[i] === 0) continue;
      h.set(b1);
      for (let p = 0; p < SPAN; p++) {
        const t = i - HALF + p;
        const at = p * hidden;
        if (t < 0 || t >= n) {
          const pad = (t < 0 ? 0 : stride) + at;
          for (let j = 0; j < hidden; j++) h[j] += pads[pad + j];
          continue;
        }
        const word = this.contribution(words[t], p);
        const slab = this.slab;
        for (let j = 0; j < hidden; j++) h[j] += slab[word + j];
        if (gazetteer[t] !== NO_GAZETTEER_TAG) {
          const g = this.tagDifference(gazetteer[t]);
          for (let j = 0; j < hidden; j++) h[j] += g[at + j];
        }
      }
      // The output layer over the units the ReLU keeps, nine accumulators unrolled (L is 9).
      let o0 = b2[0];
      let o1 = b2[1];
      let o2 = b2[2];
      let o3 = b2[3];
      let o4 = b2[4];
      let o5 = b2[5];
      let o6 = b2[6];
      let o7 = b2[7];
      let o8 = b2[8];
      for (let j = 0; j < hidden; j++) {
        const x = h[j];
        if (x <= 0) continue;
        const r = j * 9;
        o0 += x * w2[r];
        o1 += x * w2[r + 1];
        o2 += x * w2[r + 2];
        o3 += x * w2[r + 3];
        o4 += x * w2[r + 4];
        o5 += x * w2[r + 5];
        o6 += x * w2[r + 6];
        o7 += x * w2[r + 7];
        o8 += x * w2[r + 8];
      }
      const row = i * 9;
      addTo(first, second, row, weight * o0);
      addTo(first, second, row + 1, weight * o1);
      addTo(first, second, row + 2, weight * o2);
      addTo(first, second, row + 3, weight * o3);
      addTo(first, second, row + 4, weight * o4);
      addTo(first, second, row + 5, weight * o5);
      addTo(first, second, row + 6, weight * o6);
      addTo(first, second, row + 7, weight * o7);
      addTo(first, second, row + 8, weight * o8);
    }
  }
}

function addTo(first: Float32Array, second: Float32Array, k: number, score: number): void {
  first[k] += score;
  second[k] += score;
}
