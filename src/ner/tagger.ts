// Running the shipped tagger over a document: tokens of each sentence → IOB2 labels → mentions whose offsets
// exclude glued clitics ("لروسيا" → "روسيا", "وبوتين" → "بوتين"), keeping the article of names that have it.
import { join } from 'node:path';
import { REPO_ROOT } from '../arabic/data.js';
import { MarsadError } from '../doc/errors.js';
import type { Doc, Mention, Span, Token } from '../doc/types.js';
import { confidenceSetting } from './confidence.js';
import { DOC_FEATURES_PER_TOKEN, documentFeatures, PASS_FEATURES } from './document.js';
import {
  CONTEXT_FEATURES,
  FeatureExtractor,
  type FeatureToken,
  gazetteerHashes,
  MAX_NEIGHBOUR_IDS,
  NEIGHBOUR_OFFSETS,
  neighbourIds,
  PAD_ATTRS,
  WORD_FEATURES,
  WORD_IDS,
  type WordEntry,
} from './features.js';
import { docEntityType, isBegin, isInside, LABELS, typeOf } from './labels.js';
import { FusedWeights, loadModels, type NerModel } from './model.js';
import { documentWords, nameOffset } from './name-start.js';
import type { NetScorer } from './window-net.js';

/** The shipped model (see models/README.md for how it was built). */
export const SHIPPED_MODEL = join(REPO_ROOT, 'models', 'ner-v9.bin.gz');

export class NerTagger {
  private readonly extractor = new FeatureExtractor();
  readonly bits: number;
  private readonly fused: FusedWeights | null;
  /** Word-only feature scores, 18 per distinct word seen (see `emissions`). */
  private wordScores = new Float32Array(18 * 4096);
  /**
   * Per distinct word seen, at each of NEIGHBOUR_OFFSETS, the integer row sums (18) of the window templates that
   * read only that neighbour: what the word adds to the token that distance away (see `emissions`).
   */
  private neighbourSums = new Int32Array(NEIGHBOUR_SLOT * 4096);
  /** The same for the padding before the sentence (at -1) and after it (at 1). */
  private readonly padSums: Int32Array;
  private readonly idBuffer = new Uint32Array(MAX_NEIGHBOUR_IDS);
  private slotsUsed = 0;
  private slabGeneration = 0;

  /**
   * `models`: the first pass, and optionally the second, which reads document features over `window` sentences
   * either side.
   */
  constructor(
    readonly models: readonly NerModel[],
    readonly window: number,
    /** The window network whose label scores join both passes' (models/README.md, v8). */
    readonly net: NetScorer | null = null,
  ) {
    if (models.length < 1 || models.length > 2 || models.some((m, k) => m.featuresPerToken !== PASS_FEATURES[k]))
      throw new MarsadError('the NER model was built for another version of the tagger (retrain it)');
    if (net && models.length !== 2) throw new MarsadError('the NER window network needs both passes');
    this.bits = models[0].bits;
    this.fused = models.length === 2 ? new FusedWeights(models[0], models[1]) : null;
    this.padSums = new Int32Array(NEIGHBOUR_SLOT);
    if (this.fused) this.addNeighbourSums(PAD_ATTRS[0], PAD_ATTRS[1], this.padSums, 0);
  }

  static load(path: string): NerTagger {
    const { models, info, net } = loadModels(path);
    return new NerTagger(models, Number(info.window ?? 0), net);
  }

  static shipped(): NerTagger {
    shippedTagger ??= NerTagger.load(process.env.MARSAD_NER_MODEL ?? SHIPPED_MODEL);
    return shippedTagger;
  }

  /** Label indices (into LABELS) for the sentences of one document, in order. */
  tagSentences(sentences: readonly (readonly FeatureToken[])[]): Int32Array[] {
    return this.decodeSentences(sentences).labels;
  }

  /**
   * Per sentence, the last pass's labels and the emission scores it decoded them from (the scores `mentions`
   * reads each mention's confidence from).
   */
  private decodeSentences(sentences: readonly (readonly FeatureToken[])[]): {
    labels: Int32Array[];
    scores: Float32Array[];
  } {
    const [firstPass, secondPass] = this.models;
    if (!secondPass || !this.fused) {
      const scores = sentences.map((tokens) =>
        firstPass.emissions(this.extractor.extract(tokens, this.bits), tokens.length),
      );
      return { labels: scores.map((s, j) => firstPass.viterbi(s, sentences[j].length)), scores };
    }
    const secondScores: Float32Array[] = [];
    const first = sentences.map((tokens) => {
      const [firstScores, scores] = this.emissions(tokens);
      secondScores.push(scores);
      return firstPass.viterbi(firstScores, tokens.length);
    });
    const doc = documentFeatures(sentences, first, this.window, this.bits);
    const labels = secondScores.map((scores, j) => {
      this.fused?.addSecond(scores, doc[j], sentences[j].length, DOC_FEATURES_PER_TOKEN);
      return secondPass.viterbi(scores, sentences[j].length);
    });
    return { labels, scores: secondScores };
  }

  /**
   * Both passes' emission scores for their shared features: the window features that read a combination looked up
   * per token; those that read a single neighbour, and the word-only features, summed once per distinct word (in
   * slots of two growing slabs); and the window network's label scores when there is one.
   */
  private emissions(tokens: readonly FeatureToken[]): [Float32Array, Float32Array] {
    const fused = this.fused as FusedWeights;
    const mask = (1 << this.bits) - 1;
    const words = tokens.map((t) => this.extractor.word(t));
    if (this.extractor.generation !== this.slabGeneration) {
      // The extractor emptied its cache: start the slabs again (only these words can still hold old slots).
      this.slabGeneration = this.extractor.generation;
      this.slotsUsed = 0;
      this.net?.reset();
      for (const word of words) word.slot = -1;
    }
    for (const word of words) if (word.slot < 0) word.slot = this.newSlot(word, fused, mask);
    const gazetteer = gazetteerHashes(tokens, words);
    const n = tokens.length;
    const [first, second] = fused.emissions(
      this.extractor.contextIds(tokens, words, this.bits, gazetteer),
      n,
      CONTEXT_FEATURES,
      this.neighbourSumsOf(words),
    );
    for (let i = 0; i < n; i++) {
      const at = words[i].slot * 18;
      for (let y = 0; y < 9; y++) {
        first[i * 9 + y] += this.wordScores[at + y];
        second[i * 9 + y] += this.wordScores[at + 9 + y];
      }
    }
    if (this.net) this.addNetScores(this.net, words, gazetteer, first, second);
    return [first, second];
  }

  /**
   * Per token, the row sums the words just before and after it add (the padding's at the sentence's ends): n × 18
   * integers.
   */
  private neighbourSumsOf(words: readonly WordEntry[]): Int32Array {
    const n = words.length;
    const sums = new Int32Array(n * 18);
    const slab = this.neighbourSums;
    const pads = this.padSums;
    for (let i = 0; i < n; i++) {
      const row = i * 18;
      // The word before the token, read at offset -1 (the slot's first 18), and the word after it, at +1.
      const before = i > 0 ? words[i - 1].slot * NEIGHBOUR_SLOT : -1;
      const after = i + 1 < n ? words[i + 1].slot * NEIGHBOUR_SLOT + 18 : -1;
      for (let y = 0; y < 18; y++)
        sums[row + y] = (before < 0 ? pads[y] : slab[before + y]) + (after < 0 ? pads[18 + y] : slab[after + y]);
    }
    return sums;
  }

  /**
   * Writes the row sums a word adds at each neighbour offset into `out[at …]` (NEIGHBOUR_SLOT integers): `before`
   * is read at the offsets before the token, `after` at those after it (the same word, or the two paddings).
   */
  private addNeighbourSums(before: Uint32Array, after: Uint32Array, out: Int32Array, at: number): void {
    const fused = this.fused as FusedWeights;
    const mask = (1 << this.bits) - 1;
    for (let o = 0; o < NEIGHBOUR_OFFSETS.length; o++) {
      const count = neighbourIds(NEIGHBOUR_OFFSETS[o] < 0 ? before : after, o, this.idBuffer);
      fused.rowSums(this.idBuffer, 0, count, mask, out, at + o * 18);
    }
  }

  /**
   * The window network's scores for the tokens the perceptron is unsure of: those whose best name label's first-pass
   * score comes within the network's gate of O's (gate 0: at least as high; chosen on the tune split). Word
   * contributions are computed for the words in those tokens' windows only, at the positions they are needed.
   */
  private addNetScores(
    net: NetScorer,
    words: readonly WordEntry[],
    gazetteer: Uint32Array,
    first: Float32Array,
    second: Float32Array,
  ): void {
    const n = words.length;
    const need = new Uint8Array(n);
    let any = false;
    for (let i = 0; i < n; i++) {
      const row = i * 9;
      let best = first[row + 1];
      for (let y = 2; y < 9; y++) if (first[row + y] > best) best = first[row + y];
      if (first[row] - best < net.gate) {
        need[i] = 1;
        any = true;
      }
    }
    if (any) net.addScores(words, gazetteer, need, first, second);
  }

  private newSlot(word: WordEntry, fused: FusedWeights, mask: number): number {
    if ((this.slotsUsed + 1) * 18 > this.wordScores.length) {
      const grown = new Float32Array(this.wordScores.length * 2);
      grown.set(this.wordScores);
      this.wordScores = grown;
      const grownSums = new Int32Array(this.neighbourSums.length * 2);
      grownSums.set(this.neighbourSums);
      this.neighbourSums = grownSums;
    }
    fused.scoresOf(word.attrs, WORD_IDS, WORD_FEATURES, mask, this.wordScores, this.slotsUsed * 18);
    this.addNeighbourSums(word.attrs, word.attrs, this.neighbourSums, this.slotsUsed * NEIGHBOUR_SLOT);
    return this.slotsUsed++;
  }

  /** IOB2 tags for the sentences of one document. */
  tag(sentences: readonly (readonly FeatureToken[])[]): string[][] {
    return this.tagSentences(sentences).map((labels) => Array.from(labels, (y) => LABELS[y]));
  }

  /**
   * Mentions in a document, sentence by sentence, each with its confidence (`score`, see `NerModel.spanPosteriors`)
   * at `temperature`.
   */
  mentions(doc: Doc, temperature = CONFIDENCE_TEMPERATURE): Mention[] {
    const tokens = doc.layers.tokens;
    const words = documentWords(tokens);
    const mentions: Mention[] = [];
    const runs = tokenRuns(tokens, doc.layers.sentences);
    const tagged = this.decodeSentences(runs);
    const lastPass = this.models[this.models.length - 1];
    for (const [r, sentence] of runs.entries()) {
      const labels = tagged.labels[r];
      const confidence = lastPass.spanPosteriors(tagged.scores[r], sentence.length, labels, temperature);
      let i = 0;
      while (i < sentence.length) {
        if (labels[i] === 0) {
          i++;
          continue;
        }
        const type = typeOf(labels[i]);
        let j = i + 1;
        while (j < sentence.length && isInside(labels[j]) && typeOf(labels[j]) === type && !isBegin(labels[j])) j++;
        const start = sentence[i].start + nameOffset(sentence[i], words, sentence[i - 1], sentence[j]);
        const end = sentence[j - 1].end;
        if (end > start)
          mentions.push({
            start,
            end,
            type: docEntityType(type),
            text: doc.text.slice(start, end),
            score: Number.isFinite(confidence[i]) ? confidence[i] : undefined,
          });
        i = j;
      }
    }
    return mentions;
  }
}

let shippedTagger: NerTagger | undefined;

/**
 * The scale that turns the last pass's perceptron scores into log-potentials for a mention's confidence (`score`):
 * the scores are a margin learner's, not log-probabilities (data/ner/confidence.tsv says how it was chosen).
 */
const CONFIDENCE_TEMPERATURE = requiredSetting('temperature');

function requiredSetting(name: string): number {
  const value = confidenceSetting(name);
  if (value === undefined) throw new MarsadError(`data/ner/confidence.tsv has no ${name}`);
  return value;
}

/** Integers per word in the neighbour-sum slab: 18 row sums at each neighbour offset. */
const NEIGHBOUR_SLOT = 18 * NEIGHBOUR_OFFSETS.length;

/** The tokens of each sentence (all tokens as one run when there is no sentence layer). */
function tokenRuns(tokens: readonly Token[], sentences: readonly Span[]): Token[][] {
  if (sentences.length === 0) return tokens.length > 0 ? [tokens.slice()] : [];
  const runs: Token[][] = [];
  let k = 0;
  for (const sentence of sentences) {
    const run: Token[] = [];
    while (k < tokens.length && tokens[k].start < sentence.end) {
      if (tokens[k].start >= sentence.start) run.push(tokens[k]);
      k++;
    }
    if (run.length > 0) runs.push(run);
  }
  if (k < tokens.length) runs.push(tokens.slice(k));
  return runs;
}
