// The linear-chain tagger's weights, first-order Viterbi decoding under IOB2 constraints, and the compressed
// artifact format: gzip of magic, JSON header (provenance and, per model, its shape), then per model the
// transitions, the active feature rows and their int16-quantized weights. One file holds every pass of the tagger.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { MarsadError } from '../doc/errors.js';
import { copyBytes, deltaDecode, deltaEncode } from './binary.js';
import { allowedTransition, isBegin, LABEL_COUNT } from './labels.js';
import { decodeNet, encodeNet, type NetHeader, NetScorer, type WindowNet } from './window-net.js';

const L = LABEL_COUNT; // 9: the emission loop below is unrolled for it
const MAGIC = 'MARSAD-NER2';
/** Score that rules a transition out (I-X after anything but B-X/I-X). */
const FORBIDDEN = -1e9;

export interface ModelInfo {
  /** Free-form provenance: command, data hash, dev scores. */
  [key: string]: unknown;
}

export class NerModel {
  /** weights[feature * L + label]. */
  readonly weights: Float32Array;
  /** transitions[(prev + 1) * L + next]; prev = -1 is the sentence start. */
  readonly transitions: Float32Array;
  private readonly allowed: Float32Array;
  private potentials: { temperature: number; values: Float64Array } | undefined;

  constructor(
    readonly bits: number,
    /** How many feature ids each token has. */
    readonly featuresPerToken: number,
    weights?: Float32Array,
    transitions?: Float32Array,
  ) {
    this.weights = weights ?? new Float32Array((1 << bits) * L);
    this.transitions = transitions ?? new Float32Array((L + 1) * L);
    this.allowed = new Float32Array((L + 1) * L);
    for (let prev = -1; prev < L; prev++)
      for (let next = 0; next < L; next++)
        this.allowed[(prev + 1) * L + next] = allowedTransition(prev, next) ? 0 : FORBIDDEN;
  }

  /** Emission scores: scores[i * L + label] for n tokens with `featuresPerToken` ids each. */
  emissions(features: Uint32Array, n: number): Float32Array {
    const scores = new Float32Array(n * L);
    const w = this.weights;
    const perToken = this.featuresPerToken;
    // Nine accumulators in registers: the label loop unrolled (this is the tagger's hot loop).
    for (let i = 0; i < n; i++) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let s4 = 0;
      let s5 = 0;
      let s6 = 0;
      let s7 = 0;
      let s8 = 0;
      for (let k = i * perToken, end = k + perToken; k < end; k++) {
        const b = features[k] * 9;
        s0 += w[b];
        s1 += w[b + 1];
        s2 += w[b + 2];
        s3 += w[b + 3];
        s4 += w[b + 4];
        s5 += w[b + 5];
        s6 += w[b + 6];
        s7 += w[b + 7];
        s8 += w[b + 8];
      }
      const row = i * L;
      scores[row] = s0;
      scores[row + 1] = s1;
      scores[row + 2] = s2;
      scores[row + 3] = s3;
      scores[row + 4] = s4;
      scores[row + 5] = s5;
      scores[row + 6] = s6;
      scores[row + 7] = s7;
      scores[row + 8] = s8;
    }
    return scores;
  }

  /** The best label sequence (Viterbi). */
  decode(features: Uint32Array, n: number): Int32Array {
    return this.viterbi(this.emissions(features, n), n);
  }

  /** The best label sequence for given emission scores. */
  viterbi(emit: Float32Array, n: number): Int32Array {
    const labels = new Int32Array(n);
    if (n === 0) return labels;
    const best = new Float32Array(n * L);
    const back = new Uint8Array(n * L);
    const trans = new Float32Array(this.transitions.length);
    for (let t = 0; t < trans.length; t++) trans[t] = this.transitions[t] + this.allowed[t];
    for (let y = 0; y < L; y++) best[y] = emit[y] + trans[y];
    for (let i = 1; i < n; i++) {
      const prevRow = (i - 1) * L;
      for (let y = 0; y < L; y++) {
        let bestScore = best[prevRow] + trans[L + y];
        let bestPrev = 0;
        for (let prev = 1; prev < L; prev++) {
          const s = best[prevRow + prev] + trans[(prev + 1) * L + y];
          if (s > bestScore) {
            bestScore = s;
            bestPrev = prev;
          }
        }
        best[i * L + y] = bestScore + emit[i * L + y];
        back[i * L + y] = bestPrev;
      }
    }
    let last = 0;
    for (let y = 1; y < L; y++) if (best[(n - 1) * L + y] > best[(n - 1) * L + last]) last = y;
    labels[n - 1] = last;
    for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i * L + labels[i]];
    return labels;
  }

  /**
   * Per token that opens a mention in `labels` (a B-X), the posterior probability that the chain labels exactly that
   * mention: B-X, then I-X up to where `labels` ends it, and no I-X after it. Forward–backward over the same emission
   * and transition scores Viterbi reads, taken as log-potentials divided by `temperature`, in scaled probabilities
   * (one exp per token and label); NaN at other tokens.
   */
  spanPosteriors(emit: Float32Array, n: number, labels: Int32Array, temperature: number): Float64Array {
    const out = new Float64Array(n).fill(Number.NaN);
    if (!labels.some((y) => isBegin(y))) return out;
    const trans = this.transitionPotentials(temperature);
    const e = emissionPotentials(emit, n, temperature);
    const { alpha, scale } = scaledForward(e, trans, n);
    const beta = scaledBackward(e, trans, scale, n);
    for (let i = 0; i < n; i++) {
      const begin = labels[i];
      if (!isBegin(begin)) continue;
      const inside = begin + 1;
      let p = alpha[i * L + begin];
      let j = i;
      for (; j + 1 < n && labels[j + 1] === inside; j++)
        p *= (trans[(labels[j] + 1) * L + inside] * e[(j + 1) * L + inside]) / scale[j + 1];
      if (j + 1 < n) {
        let after = 0;
        for (let next = 0; next < L; next++)
          if (next !== inside)
            after += trans[(labels[j] + 1) * L + next] * e[(j + 1) * L + next] * beta[(j + 1) * L + next];
        p *= after / scale[j + 1];
      }
      out[i] = Math.min(1, p);
    }
    return out;
  }

  /** exp(transition / temperature), forbidden transitions 0; kept for the last temperature asked. */
  private transitionPotentials(temperature: number): Float64Array {
    if (this.potentials?.temperature !== temperature) {
      const values = new Float64Array(this.transitions.length);
      for (let t = 0; t < values.length; t++)
        values[t] = this.allowed[t] === 0 ? Math.exp(this.transitions[t] / temperature) : 0;
      this.potentials = { temperature, values };
    }
    return this.potentials.values;
  }

  /** The model's shape (for the artifact header) and its binary body: only feature rows with a weight are kept. */
  encode(): { header: ModelHeader; body: Buffer } {
    const rows: number[] = [];
    let maxAbs = 0;
    for (let f = 0; f < 1 << this.bits; f++) {
      let active = false;
      for (let y = 0; y < L; y++) {
        const v = Math.abs(this.weights[f * L + y]);
        if (v > 0) active = true;
        if (v > maxAbs) maxAbs = v;
      }
      if (active) rows.push(f);
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const quantized = new Int16Array(rows.length * L);
    rows.forEach((f, r) => {
      for (let y = 0; y < L; y++) quantized[r * L + y] = Math.round(this.weights[f * L + y] / scale);
    });
    const body = Buffer.concat([
      Buffer.from(new Float32Array(this.transitions).buffer),
      Buffer.from(deltaEncode(Uint32Array.from(rows)).buffer),
      Buffer.from(quantized.buffer),
    ]);
    return { header: { bits: this.bits, features: this.featuresPerToken, rows: rows.length, scale }, body };
  }

  /** The inverse of `encode`, reading at `offset`; returns the model and the offset after it. */
  static decodeFrom(header: ModelHeader, body: Buffer, offset: number): { model: NerModel; next: number } {
    const transitions = new Float32Array(copyBytes(body, offset, (L + 1) * L * 4));
    let at = offset + (L + 1) * L * 4;
    const ids = deltaDecode(new Uint32Array(copyBytes(body, at, header.rows * 4)));
    at += header.rows * 4;
    const quantized = new Int16Array(copyBytes(body, at, header.rows * L * 2));
    at += header.rows * L * 2;
    const weights = new Float32Array((1 << header.bits) * L);
    for (let r = 0; r < ids.length; r++) {
      const base = ids[r] * L;
      for (let y = 0; y < L; y++) weights[base + y] = quantized[r * L + y] * header.scale;
    }
    return { model: new NerModel(header.bits, header.features, weights, transitions), next: at };
  }
}

export interface ModelHeader {
  bits: number;
  features: number;
  rows: number;
  scale: number;
}

/** Writes the models of a tagger's passes, with provenance, as one compressed artifact; returns its size. */
export function saveModels(
  path: string,
  models: readonly NerModel[],
  info: ModelInfo,
  net?: { net: WindowNet; weight: number; gate: number },
): number {
  const encoded = models.map((m) => m.encode());
  const encodedNet = net ? encodeNet(net.net, net.weight, net.gate) : null;
  const header = Buffer.from(
    JSON.stringify({ labels: L, models: encoded.map((e) => e.header), net: encodedNet?.header, info }),
  );
  const prefix = Buffer.alloc(MAGIC.length + 4);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(header.length, MAGIC.length);
  const bodies = [...encoded.map((e) => e.body), ...(encodedNet ? [encodedNet.body] : [])];
  const compressed = gzipSync(Buffer.concat([prefix, header, ...bodies]), { level: 9 });
  writeFileSync(path, compressed);
  return compressed.length;
}

/** The passes of a saved tagger, its provenance, and its window network if it has one. */
export function loadModels(path: string): { models: NerModel[]; info: ModelInfo; net: NetScorer | null } {
  let compressed: Buffer;
  try {
    compressed = readFileSync(path);
  } catch {
    throw new MarsadError(`cannot read NER model ${path}`);
  }
  let body: Buffer;
  try {
    body = gunzipSync(compressed);
  } catch {
    throw new MarsadError(`${path} is not a Marsad NER model (not gzip)`);
  }
  if (body.toString('latin1', 0, MAGIC.length - 1) !== MAGIC.slice(0, -1))
    throw new MarsadError(`${path} is not a Marsad NER model`);
  if (body.toString('latin1', 0, MAGIC.length) !== MAGIC)
    throw new MarsadError(`${path} was built for another version of the tagger (retrain it)`);
  const headerLength = body.readUInt32LE(MAGIC.length);
  let offset = MAGIC.length + 4;
  const header = JSON.parse(body.toString('utf8', offset, offset + headerLength));
  offset += headerLength;
  if (header.labels !== L) throw new MarsadError(`${path} was built for another version of the tagger (retrain it)`);
  const models: NerModel[] = [];
  for (const modelHeader of header.models as ModelHeader[]) {
    const { model, next } = NerModel.decodeFrom(modelHeader, body, offset);
    models.push(model);
    offset = next;
  }
  const netHeader = header.net as NetHeader | undefined;
  const net = netHeader
    ? new NetScorer(decodeNet(netHeader, body, offset), netHeader.weight, netHeader.gate ?? Number.POSITIVE_INFINITY)
    : null;
  return { models, info: header.info, net };
}

/**
 * Two passes' weights in one int16 table, a row per feature id holding the first pass's nine label weights then
 * the second's: the base features a token shares between the passes are looked up once, on one cache line, for
 * both. (The artifact's weights are int16 already, so this loses nothing.)
 */
export class FusedWeights {
  private readonly table: Int16Array;
  private readonly scales: [number, number];
  /** One row of sums for `scoresOf`. */
  private readonly scratch = new Int32Array(18);

  constructor(first: NerModel, second: NerModel) {
    if (first.bits !== second.bits) throw new MarsadError('the NER model passes disagree on bits');
    this.table = new Int16Array(2 * first.weights.length);
    this.scales = [quantizeInto(first.weights, this.table, 0), quantizeInto(second.weights, this.table, L)];
  }

  /**
   * Both passes' emission scores for the shared features (n tokens, `perToken` ids each), plus for each token 18
   * integer row sums already made (`sums`, n × 18: features whose rows were added up once for many tokens). The
   * table holds integers, so sums are exact in any order; they are scaled last. The loop is unrolled.
   */
  emissions(features: Uint32Array, n: number, perToken: number, sums: Int32Array): [Float32Array, Float32Array] {
    const first = new Float32Array(n * L);
    const second = new Float32Array(n * L);
    const w = this.table;
    const [s1, s2] = this.scales;
    for (let i = 0; i < n; i++) {
      const s = i * 18;
      let a0 = sums[s];
      let a1 = sums[s + 1];
      let a2 = sums[s + 2];
      let a3 = sums[s + 3];
      let a4 = sums[s + 4];
      let a5 = sums[s + 5];
      let a6 = sums[s + 6];
      let a7 = sums[s + 7];
      let a8 = sums[s + 8];
      let b0 = sums[s + 9];
      let b1 = sums[s + 10];
      let b2 = sums[s + 11];
      let b3 = sums[s + 12];
      let b4 = sums[s + 13];
      let b5 = sums[s + 14];
      let b6 = sums[s + 15];
      let b7 = sums[s + 16];
      let b8 = sums[s + 17];
      for (let k = i * perToken, end = k + perToken; k < end; k++) {
        const r = features[k] * 18;
        a0 += w[r + 0];
        a1 += w[r + 1];
        a2 += w[r + 2];
        a3 += w[r + 3];
        a4 += w[r + 4];
        a5 += w[r + 5];
        a6 += w[r + 6];
        a7 += w[r + 7];
        a8 += w[r + 8];
        b0 += w[r + 9];
        b1 += w[r + 10];
        b2 += w[r + 11];
        b3 += w[r + 12];
        b4 += w[r + 13];
        b5 += w[r + 14];
        b6 += w[r + 15];
        b7 += w[r + 16];
        b8 += w[r + 17];
      }
      const row = i * L;
      first[row + 0] = a0 * s1;
      first[row + 1] = a1 * s1;
      first[row + 2] = a2 * s1;
      first[row + 3] = a3 * s1;
      first[row + 4] = a4 * s1;
      first[row + 5] = a5 * s1;
      first[row + 6] = a6 * s1;
      first[row + 7] = a7 * s1;
      first[row + 8] = a8 * s1;
      second[row + 0] = b0 * s2;
      second[row + 1] = b1 * s2;
      second[row + 2] = b2 * s2;
      second[row + 3] = b3 * s2;
      second[row + 4] = b4 * s2;
      second[row + 5] = b5 * s2;
      second[row + 6] = b6 * s2;
      second[row + 7] = b7 * s2;
      second[row + 8] = b8 * s2;
    }
    return [first, second];
  }

  /**
   * Writes both passes' scores for `count` features (a word's own, unmasked, from `ids[from]` on) into
   * `out[at … at + 18)`, scaled: 9 for the first pass, then 9 for the second.
   */
  scoresOf(ids: Uint32Array, from: number, count: number, mask: number, out: Float32Array, at: number): void {
    this.rowSums(ids, from, count, mask, this.scratch, 0);
    for (let y = 0; y < 18; y++) out[at + y] = this.scratch[y] * this.scales[y < 9 ? 0 : 1];
  }

  /**
   * Writes both passes' integer row sums, unscaled, for `count` feature ids (from `ids[from]` on, masked here) into
   * `out[at … at + 18)`: exact, as the table holds integers.
   */
  rowSums(ids: Uint32Array, from: number, count: number, mask: number, out: Int32Array, at: number): void {
    out.fill(0, at, at + 18);
    for (let k = from; k < from + count; k++) {
      const r = (ids[k] & mask) * 18;
      for (let y = 0; y < 18; y++) out[at + y] += this.table[r + y];
    }
  }

  /** Adds the second pass's weights of extra features (its document features) to its emission scores. */
  addSecond(scores: Float32Array, features: Uint32Array, n: number, perToken: number): void {
    const w = this.table;
    for (let i = 0; i < n; i++) {
      for (let y = 0; y < L; y++) {
        let b = 0;
        for (let k = i * perToken, end = k + perToken; k < end; k++) b += w[features[k] * 18 + 9 + y];
        scores[i * L + y] += b * this.scales[1];
      }
    }
  }
}

/** Writes int16 weights (scaled to the largest magnitude) into column `offset` of an 18-wide table; returns the scale. */
function quantizeInto(weights: Float32Array, table: Int16Array, offset: number): number {
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  for (let f = 0; f < weights.length / L; f++)
    for (let y = 0; y < L; y++) table[f * 18 + offset + y] = Math.round(weights[f * L + y] / scale);
  return scale;
}

/** exp((score - the token's best score) / temperature): each token's potentials, its best label's 1. */
function emissionPotentials(emit: Float32Array, n: number, temperature: number): Float64Array {
  const e = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    let max = emit[i * L];
    for (let y = 1; y < L; y++) max = Math.max(max, emit[i * L + y]);
    for (let y = 0; y < L; y++) e[i * L + y] = Math.exp((emit[i * L + y] - max) / temperature);
  }
  return e;
}

/**
 * alpha[i * L + y]: the summed potentials of every labelling of tokens 0 … i that gives token i label y, divided by
 * scale[0] … scale[i] (each token's row sums to 1).
 */
function scaledForward(e: Float64Array, trans: Float64Array, n: number): { alpha: Float64Array; scale: Float64Array } {
  const alpha = new Float64Array(n * L);
  const scale = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let y = 0; y < L; y++) {
      let a = 0;
      if (i === 0) a = trans[y];
      else for (let prev = 0; prev < L; prev++) a += alpha[(i - 1) * L + prev] * trans[(prev + 1) * L + y];
      a *= e[i * L + y];
      alpha[i * L + y] = a;
      sum += a;
    }
    scale[i] = sum;
    for (let y = 0; y < L; y++) alpha[i * L + y] /= sum;
  }
  return { alpha, scale };
}

/** beta[i * L + y]: the summed potentials of tokens i + 1 … n - 1 after label y at i, divided by scale[i + 1] … */
function scaledBackward(e: Float64Array, trans: Float64Array, scale: Float64Array, n: number): Float64Array {
  const beta = new Float64Array(n * L);
  beta.fill(1, (n - 1) * L);
  for (let i = n - 2; i >= 0; i--) {
    for (let y = 0; y < L; y++) {
      let b = 0;
      for (let next = 0; next < L; next++)
        b += trans[(y + 1) * L + next] * e[(i + 1) * L + next] * beta[(i + 1) * L + next];
      beta[i * L + y] = b / scale[i + 1];
    }
  }
  return beta;
}
