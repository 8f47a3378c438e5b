// Feature extraction for the NER tagger. Features are hashed to integer ids: each token's word-level
// attributes (normalized form, clitic-stripped stem, affixes, shape, clusters, frequency) are hashed once per
// distinct word and cached; window and conjunction features are integer mixes of those hashes, so the hot loop
// builds no strings.
import { cliticAnalyzer } from '../arabic/clitics.js';
import { normalizeForMatch } from '../arabic/normalize.js';
import { tokenize } from '../arabic/tokenize.js';
import type { TokenKind } from '../doc/types.js';
import { clusterKey, wordClusters, wordNeighbours } from './clusters.js';
import { wordContexts } from './contexts.js';
import { forEachMatch, type GazetteerKind, nerGazetteer, startsName } from './gazetteer.js';
import { nerLexicon } from './lexicon.js';

/** The token fields the features read: a foundation Token has them all. */
export interface FeatureToken {
  kind: TokenKind;
  norm: string;
  stem: string;
  proclitics: string[];
  enclitic: string;
}

// Word-level attributes, in the order of a cached attribute vector.
enum A {
  Norm,
  Stem,
  Pre1,
  Pre2,
  Pre3,
  Suf1,
  Suf2,
  Suf3,
  Shape,
  Proclitics,
  Enclitic,
  Cluster1,
  Cluster2,
  Cluster3,
  Frequency,
  Article,
  Cue,
  NamePart,
  Context1,
  Context2,
  Contexts,
  Neighbour1,
  Neighbour2,
  Neighbour3,
  /** 1 if the word is a gazetteer name or starts one (`startsName`), else 0: not a hash, not a feature. */
  StartsName,
  Count,
}

export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** fnv1a(text.slice(from, to)), without the slice (`from` below 0 counts from 0, as slice(-k) of a short text). */
export function fnv1aRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, from), end = Math.min(to, text.length); i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** fnv1a(parts.join(separator)), without the join. */
export function fnv1aJoined(parts: readonly string[], separator: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < parts.length; k++) h = fnv1a(parts[k], k === 0 ? h : fnv1a(separator, h));
  return h >>> 0;
}

/** Combines two hashes (order matters). */
export function mix(a: number, b: number): number {
  return finishMix(saltOf(a) ^ b) >>> 0;
}

/** The first operand's half of `mix`, which a fixed template number can have computed once. */
function saltOf(a: number): number {
  return Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
}

/** The rest of `mix`, as a signed 32-bit integer (the same bits). */
function finishMix(x: number): number {
  const h = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const NONE = fnv1a('<none>');
const EMPTY = fnv1a('');
/** The gazetteer hash of a token outside every gazetteer name (`gazetteerHashes`). */
export const NO_GAZETTEER_TAG = NONE;
const BOS = fnv1a('<s>');
const EOS = fnv1a('</s>');

/** Attribute hashes of the padding positions before and after the sentence. */
const PAD_BEFORE = new Uint32Array(A.Count).fill(BOS);
const PAD_AFTER = new Uint32Array(A.Count).fill(EOS);

/** Log-scale bucket of a count: 0, 1, 2-3, 4-7, … capped. */
function bucket(count: number, cap = 12): number {
  return count <= 0 ? 0 : Math.min(cap, 1 + Math.floor(Math.log2(count)));
}

const LENGTH_CLASSES = ['0', '1', '2', 'm', 'm', 'l', 'l', 'l'];

/** The hash of a word's shape, "kind:length class" (e.g. "arabic:l"). */
function shapeHash(token: FeatureToken): number {
  const length = token.stem.length;
  return fnv1a(length < LENGTH_CLASSES.length ? LENGTH_CLASSES[length] : 'xl', fnv1a(':', fnv1a(token.kind)));
}

/**
 * The hashes of a cluster path's first level, first two levels and whole path ("a", "a.b", "a.b.c"), read as the
 * path is hashed.
 */
export function clusterPathHashes(path: string): [number, number, number] {
  let h = 0x811c9dc5;
  let dots = 0;
  let first = -1;
  let second = -1;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c === 0x2e) {
      dots++;
      if (dots === 1) first = h >>> 0;
      else if (dots === 2) second = h >>> 0;
    }
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  const whole = h >>> 0;
  return [first < 0 ? whole : first, second < 0 ? whole : second, whole];
}

/**
 * A distinct word's cached analysis: its attribute hashes, then (from WORD_IDS on) the unmasked ids of the
 * templates that read the word alone (the first WORD_FEATURES of a token's ids). One typed array per word keeps
 * the cache small.
 */
export interface WordEntry {
  attrs: Uint32Array;
  /** The word's stem (its normalized form is the cache key). */
  stem: string;
  /** Where the tagger that owns the extractor keeps this word's scores (-1 until it does). */
  slot: number;
  /** Where it keeps the word's window-network contributions (-1 until a token near it needs them). */
  netSlot: number;
}

/** Offset of the word-only template ids in WordEntry.attrs. */
export const WORD_IDS = A.Count;

export class FeatureExtractor {
  private readonly cache = new Map<string, WordEntry>();
  private readonly otherStems = new Map<string, WordEntry>();
  private readonly analyzer = cliticAnalyzer();
  private readonly clusters = wordClusters();
  private readonly lexicon = nerLexicon();
  private readonly contexts = wordContexts();
  /** Bumped whenever the word cache is emptied (bounded memory in a long-running process). */
  generation = 0;
  /** One token's window template values, before hashing (reused). */
  private readonly values = new Uint32Array(WINDOW_FEATURES);

  /** `neighbours` replaces data/ner/neighbours.tsv (for tests). */
  constructor(private readonly neighbours: ReadonlyMap<string, readonly string[]> = wordNeighbours()) {}

  /**
   * The cached analysis of a token's word. A word is its normalized form and stem; the cache is keyed by the form
   * alone (the string the token already has, so no key is built), and the rare form read with two stems (ه or ة at
   * the end) keeps its other readings in `otherStems`.
   */
  word(token: FeatureToken): WordEntry {
    const entry = this.cache.get(token.norm);
    if (entry !== undefined && entry.stem === token.stem) return entry;
    if (entry === undefined) return this.remember(token, this.cache, token.norm);
    const key = `${token.norm}\u0001${token.stem}`;
    return this.otherStems.get(key) ?? this.remember(token, this.otherStems, key);
  }

  private remember(token: FeatureToken, cache: Map<string, WordEntry>, key: string): WordEntry {
    if (this.cache.size + this.otherStems.size > 300_000) {
      this.cache.clear();
      this.otherStems.clear();
      this.generation++;
    }
    const entry = { attrs: this.computeAttributes(token), stem: token.stem, slot: -1, netSlot: -1 };
    cache.set(key, entry);
    return entry;
  }

  // Hashes are built without the strings they hash (a word's prefixes, suffixes, joined lists): this runs once
  // per distinct word, the cost a new word adds to tagging. `fnv1a(a + b)` is `fnv1a(b, fnv1a(a))`.
  private computeAttributes(token: FeatureToken): Uint32Array {
    const { norm, stem } = token;
    const attrs = new Uint32Array(A.Count + WORD_FEATURES);
    attrs[A.Norm] = fnv1a(norm);
    attrs[A.Stem] = fnv1a(stem);
    attrs[A.Pre1] = fnv1aRange(stem, 0, 1);
    attrs[A.Pre2] = fnv1aRange(stem, 0, 2);
    attrs[A.Pre3] = fnv1aRange(stem, 0, 3);
    attrs[A.Suf1] = fnv1aRange(stem, stem.length - 1, stem.length);
    attrs[A.Suf2] = fnv1aRange(stem, stem.length - 2, stem.length);
    attrs[A.Suf3] = fnv1aRange(stem, stem.length - 3, stem.length);
    attrs[A.Shape] = shapeHash(token);
    attrs[A.Proclitics] = fnv1aJoined(token.proclitics, '+');
    attrs[A.Enclitic] = fnv1a(token.enclitic);
    const key = clusterKey(token.kind, stem);
    const contexts = this.contexts.get(key);
    attrs[A.Context1] = contexts && contexts.length > 0 ? fnv1a(contexts[0]) : EMPTY;
    attrs[A.Context2] = contexts && contexts.length > 1 ? fnv1a(contexts[1]) : EMPTY;
    attrs[A.Contexts] = contexts ? fnv1aJoined(contexts, ',') : EMPTY;
    const neighbours = this.neighbours.get(key);
    attrs[A.Neighbour1] = neighbours && neighbours.length > 0 ? fnv1a(neighbours[0]) : EMPTY;
    attrs[A.Neighbour2] = neighbours && neighbours.length > 1 ? fnv1a(neighbours[1]) : EMPTY;
    attrs[A.Neighbour3] = neighbours && neighbours.length > 2 ? fnv1a(neighbours[2]) : EMPTY;
    const path = this.clusters.get(key);
    if (path === undefined) attrs[A.Cluster1] = attrs[A.Cluster2] = attrs[A.Cluster3] = NONE;
    else [attrs[A.Cluster1], attrs[A.Cluster2], attrs[A.Cluster3]] = clusterPathHashes(path);
    const count = this.analyzer.count(stem);
    attrs[A.Frequency] = bucket(count);
    // Proper names rarely take the article: how often the stem occurs with ال, relative to bare.
    const withArticle = token.kind === 'arabic' && !stem.startsWith('ال') ? this.analyzer.count(`ال${stem}`) : 0;
    attrs[A.Article] = count === 0 && withArticle === 0 ? 99 : bucket(withArticle) * 16 + bucket(count);
    const cue = this.lexicon.cues.get(stem);
    attrs[A.Cue] = cue === undefined ? EMPTY : fnv1a(cue);
    const namePart = this.lexicon.nameParts.get(stem);
    attrs[A.NamePart] = namePart === undefined ? EMPTY : fnv1a(namePart);
    attrs[A.StartsName] = startsName(norm, stem) ? 1 : 0;
    addWordTemplateIds(attrs);
    return attrs;
  }

  /** Feature ids for every token of a sentence: `FEATURES_PER_TOKEN` ids per token, masked to `bits` bits. */
  extract(tokens: readonly FeatureToken[], bits: number): Uint32Array {
    const n = tokens.length;
    const mask = (1 << bits) - 1;
    const words = tokens.map((t) => this.word(t));
    const window = this.windowIds(tokens, words, bits);
    const out = new Uint32Array(n * FEATURES_PER_TOKEN);
    for (let i = 0; i < n; i++) {
      const base = i * FEATURES_PER_TOKEN;
      for (let k = 0; k < WORD_FEATURES; k++) out[base + k] = words[i].attrs[WORD_IDS + k] & mask;
      out.set(window.subarray(i * WINDOW_FEATURES, (i + 1) * WINDOW_FEATURES), base + WORD_FEATURES);
    }
    return out;
  }

  /** The ids of the templates that read a token's neighbours: WINDOW_FEATURES per token, masked to `bits` bits. */
  windowIds(
    tokens: readonly FeatureToken[],
    words: readonly WordEntry[],
    bits: number,
    gaz: Uint32Array = gazetteerHashes(tokens, words),
  ): Uint32Array {
    const n = tokens.length;
    const mask = (1 << bits) - 1;
    const out = new Uint32Array(n * WINDOW_FEATURES);
    const context = this.contextIds(tokens, words, bits, gaz);
    for (let i = 0; i < n; i++) {
      const base = i * WINDOW_FEATURES;
      for (const { k, offset, attr } of NEIGHBOUR_TEMPLATES) {
        const at = i + offset;
        const attrs = at < 0 ? PAD_BEFORE : at >= n ? PAD_AFTER : words[at].attrs;
        out[base + k] = finishMix(WINDOW_SALTS[k] ^ attrs[attr]) & mask;
      }
      for (let c = 0; c < CONTEXT_FEATURES; c++) out[base + CONTEXT_TEMPLATES[c]] = context[i * CONTEXT_FEATURES + c];
    }
    return out;
  }

  /**
   * The ids of the window templates the tagger looks up per token: all but those reading only the word just before
   * or after it (see `neighbourIds`). CONTEXT_FEATURES per token, in CONTEXT_TEMPLATES order, masked.
   */
  contextIds(
    tokens: readonly FeatureToken[],
    words: readonly WordEntry[],
    bits: number,
    gaz: Uint32Array = gazetteerHashes(tokens, words),
  ): Uint32Array {
    const n = tokens.length;
    const mask = (1 << bits) - 1;
    const out = new Uint32Array(n * CONTEXT_FEATURES);
    const v = this.values;
    for (let i = 0; i < n; i++) {
      const p2 = i >= 2 ? words[i - 2].attrs : PAD_BEFORE;
      const p1 = i >= 1 ? words[i - 1].attrs : PAD_BEFORE;
      const w = words[i].attrs;
      const n1 = i + 1 < n ? words[i + 1].attrs : PAD_AFTER;
      const n2 = i + 2 < n ? words[i + 2].attrs : PAD_AFTER;
      let t = 0;
      v[t++] = p2[A.Norm];
      v[t++] = n2[A.Norm];
      v[t++] = p2[A.Cluster2];
      v[t++] = n2[A.Cluster2];
      v[t++] = p2[A.Cue];
      v[t++] = i >= 1 ? gaz[i - 1] : BOS;
      v[t++] = gaz[i];
      v[t++] = i + 1 < n ? gaz[i + 1] : EOS;
      v[t++] = mix(p1[A.Norm], w[A.Norm]);
      v[t++] = mix(w[A.Norm], n1[A.Norm]);
      v[t++] = mix(p1[A.Stem], w[A.Stem]);
      v[t++] = mix(p1[A.Cluster2], w[A.Cluster2]);
      v[t++] = mix(w[A.Cluster2], n1[A.Cluster2]);
      v[t++] = mix(p1[A.Norm], w[A.Cluster2]);
      v[t++] = mix(w[A.Cluster2], n1[A.Norm]);
      v[t++] = i === 0 ? 1 : i === n - 1 ? 2 : 3;
      v[t++] = mix(p1[A.Cue], w[A.NamePart]);
      v[t++] = mix(w[A.NamePart], n1[A.NamePart]);
      v[t++] = mix(p1[A.Cue], w[A.Cluster2]);
      v[t++] = mix(w[A.Cluster2], n1[A.Cue]);
      v[t++] = mix(p1[A.Norm], n1[A.Norm]);
      // A feature's id mixes its template's number with its value, so templates never share ids on purpose: the
      // template's half of the mix is computed once (WINDOW_SALTS).
      const base = i * CONTEXT_FEATURES;
      for (let c = 0; c < CONTEXT_FEATURES; c++)
        out[base + c] = finishMix(WINDOW_SALTS[CONTEXT_TEMPLATES[c]] ^ v[c]) & mask;
    }
    return out;
  }
}

/**
 * Writes into `out` the ids (unmasked) of the window templates that read only the word at NEIGHBOUR_OFFSETS[o] from
 * the token, and returns how many: what the word adds to the scores of the token on that side of it, wherever it
 * occurs. `attrs` is a cached word's, or PAD_ATTRS[…] for the padding.
 */
export function neighbourIds(attrs: Uint32Array, o: number, out: Uint32Array): number {
  const { salts, attrs: read } = NEIGHBOUR_GROUPS[o];
  for (let t = 0; t < salts.length; t++) out[t] = finishMix(salts[t] ^ attrs[read[t]]);
  return salts.length;
}

/** The attributes of the padding before and after a sentence. */
export const PAD_ATTRS: readonly Uint32Array[] = [PAD_BEFORE, PAD_AFTER];

/**
 * Per token, the hash of its gazetteer tag (`gazetteerTags`; NONE outside any gazetteer name). With the tokens'
 * cached words, tokens that start no name are skipped without a lookup.
 */
export function gazetteerHashes(tokens: readonly FeatureToken[], words?: readonly WordEntry[]): Uint32Array {
  const n = tokens.length;
  const norms = new Array<string>(n);
  const stems = new Array<string>(n);
  const starts = words ? new Uint8Array(n) : undefined;
  for (let i = 0; i < n; i++) {
    norms[i] = tokens[i].norm;
    stems[i] = tokens[i].stem;
    if (starts && words) starts[i] = words[i].attrs[A.StartsName];
  }
  const hashes = new Uint32Array(n).fill(NONE);
  const found = (start: number, length: number, kind: GazetteerKind) => {
    const [begin, inside] = tagHashesOf(kind);
    hashes[start] = begin;
    for (let k = start + 1; k < start + length; k++) hashes[k] = inside;
  };
  forEachMatch(norms, stems, nerGazetteer(), found, starts);
  return hashes;
}

const TAG_HASHES = new Map<GazetteerKind, [number, number]>();

/** The hashes of the tags B-<kind> and I-<kind>. */
function tagHashesOf(kind: GazetteerKind): [number, number] {
  let hashes = TAG_HASHES.get(kind);
  if (hashes === undefined) {
    hashes = [fnv1a(`B-${kind}`), fnv1a(`I-${kind}`)];
    TAG_HASHES.set(kind, hashes);
  }
  return hashes;
}

/** Fills in the word-only template ids, unmasked: a bias, then the word's own attributes. */
function addWordTemplateIds(w: Uint32Array): void {
  const values = [
    1,
    w[A.Norm],
    w[A.Stem],
    w[A.Pre1],
    w[A.Pre2],
    w[A.Pre3],
    w[A.Suf1],
    w[A.Suf2],
    w[A.Suf3],
    w[A.Shape],
    w[A.Proclitics],
    w[A.Enclitic],
    w[A.Cluster1],
    w[A.Cluster2],
    w[A.Cluster3],
    w[A.Frequency],
    w[A.Article],
    w[A.Cue],
    w[A.NamePart],
    w[A.Context1],
    w[A.Context2],
    w[A.Contexts],
    w[A.Neighbour1],
    w[A.Neighbour2],
    w[A.Neighbour3],
  ];
  values.forEach((value, k) => {
    w[WORD_IDS + k] = mix(WORD_TEMPLATE_NUMBERS[k], value);
  });
}

/**
 * Each template's number, which salts its features' hashes: the order templates were introduced in. Renumbering
 * re-hashes every feature, so the shipped model would have to be retrained; and with many more distinct features
 * than table rows, collisions move tune F1 by about a point from one numbering to another (see models/README.md).
 */
// The three neighbours share template 64: a bag, whatever the rank.
const WORD_TEMPLATE_NUMBERS = [
  1, 4, 8, 10, 11, 12, 13, 14, 15, 19, 21, 22, 25, 26, 27, 34, 35, 49, 52, 56, 57, 58, 64, 64, 64,
];
const WINDOW_TEMPLATE_NUMBERS = [
  2, 3, 5, 6, 7, 9, 16, 17, 18, 20, 23, 24, 28, 29, 30, 31, 32, 33, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48,
  50, 51, 53, 54, 55, 59, 60, 61, 62, 63,
];

/** How many of a token's feature ids read the word alone (they come first), and how many read its window. */
export const WORD_FEATURES = WORD_TEMPLATE_NUMBERS.length;
export const WINDOW_FEATURES = WINDOW_TEMPLATE_NUMBERS.length;
const WINDOW_SALTS = Int32Array.from(WINDOW_TEMPLATE_NUMBERS, saltOf);

/**
 * The window templates (by index into WINDOW_TEMPLATE_NUMBERS) that read one attribute of the word just before or
 * just after the token: 20 of the 41. A word's contribution through them depends only on the word and its side, so
 * the tagger sums it once per distinct word (see NerTagger); the others (CONTEXT_TEMPLATES, among them the five
 * that read a word two away: too few to be worth a sum) are looked up per token.
 */
const NEIGHBOUR_TEMPLATES: readonly { k: number; offset: number; attr: A }[] = [
  { k: 1, offset: -1, attr: A.Norm },
  { k: 2, offset: 1, attr: A.Norm },
  { k: 4, offset: -1, attr: A.Stem },
  { k: 5, offset: 1, attr: A.Stem },
  { k: 6, offset: -1, attr: A.Suf2 },
  { k: 7, offset: 1, attr: A.Suf2 },
  { k: 8, offset: -1, attr: A.Shape },
  { k: 9, offset: 1, attr: A.Shape },
  { k: 10, offset: -1, attr: A.Proclitics },
  { k: 11, offset: 1, attr: A.Proclitics },
  { k: 12, offset: -1, attr: A.Cluster2 },
  { k: 13, offset: -1, attr: A.Cluster3 },
  { k: 14, offset: 1, attr: A.Cluster2 },
  { k: 15, offset: 1, attr: A.Cluster3 },
  { k: 30, offset: -1, attr: A.Cue },
  { k: 31, offset: 1, attr: A.Cue },
  { k: 32, offset: -1, attr: A.NamePart },
  { k: 33, offset: 1, attr: A.NamePart },
  { k: 36, offset: -1, attr: A.Context1 },
  { k: 37, offset: 1, attr: A.Context1 },
];
/** The other window templates, in the order `contextIds` gives their ids. */
const CONTEXT_TEMPLATES = [0, 3, 16, 17, 29, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 34, 35, 38, 39, 40];
/** How many window ids per token `contextIds` gives. */
export const CONTEXT_FEATURES = CONTEXT_TEMPLATES.length;
/** The distances at which a word's neighbour templates are summed: just before and just after the token. */
export const NEIGHBOUR_OFFSETS = [-1, 1] as const;
/** Per NEIGHBOUR_OFFSETS entry, its templates' salts and the attributes they read. */
const NEIGHBOUR_GROUPS = NEIGHBOUR_OFFSETS.map((offset) => {
  const templates = NEIGHBOUR_TEMPLATES.filter((t) => t.offset === offset);
  return {
    salts: Int32Array.from(templates, (t) => WINDOW_SALTS[t.k]),
    attrs: Int32Array.from(templates, (t) => t.attr),
  };
});
/** The most templates any neighbour offset has (the size of a buffer for `neighbourIds`). */
export const MAX_NEIGHBOUR_IDS = Math.max(...NEIGHBOUR_GROUPS.map((g) => g.salts.length));

/** How many feature ids `extract` gives each token (one per template above). */
export const FEATURES_PER_TOKEN = WORD_FEATURES + WINDOW_FEATURES;

const TA_MARBUTA = /\u0629[\u064b-\u065f\u0670]*$/u;

/**
 * A gold token (whitespace-tokenized, as in ANERcorp) as the tagger sees it. The foundation tokenizer may split it
 * (e.g. "(د" → "(", "د"); the word keeps the kind and clitics of its longest piece.
 */
export function analyzeWord(word: string): FeatureToken {
  const pieces = tokenize(word);
  if (pieces.length === 1) return pieces[0];
  const norm = normalizeForMatch(word);
  if (pieces.length === 0) return { kind: 'symbol', norm, stem: norm, proclitics: [], enclitic: '' };
  const longest = pieces.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  if (longest.kind !== 'arabic') return { ...longest, norm, stem: norm };
  const split = cliticAnalyzer().analyze(norm, TA_MARBUTA.test(word));
  return { kind: longest.kind, norm, stem: split.stem, proclitics: split.proclitics, enclitic: split.enclitic };
}
