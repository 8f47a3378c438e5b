// Feature extraction for the NER tagger. Features are hashed to integer ids: each token's word-level
// attributes (normalized form, clitic-stripped stem, affixes, shape, clusters, frequency) are hashed once per
// distinct word and cached; window and conjunction features are integer mixes of those hashes, so the hot loop
// builds no strings.
import { cliticAnalyzer } from '../arabic/clitics.js';
import { normalizeForMatch } from '../arabic/normalize.js';
import { tokenize } from '../arabic/tokenize.js';
import type { TokenKind } from '../doc/types.js';
import { clusterKey, wordClusters } from './clusters.js';
import { wordContexts } from './contexts.js';
import { gazetteerTags } from './gazetteer.js';
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

/** Combines two hashes (order matters). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const NONE = fnv1a('<none>');
const BOS = fnv1a('<s>');
const EOS = fnv1a('</s>');

/** Attribute hashes of the padding positions before and after the sentence. */
const PAD_BEFORE = new Uint32Array(A.Count).fill(BOS);
const PAD_AFTER = new Uint32Array(A.Count).fill(EOS);

/** Log-scale bucket of a count: 0, 1, 2-3, 4-7, … capped. */
function bucket(count: number, cap = 12): number {
  return count <= 0 ? 0 : Math.min(cap, 1 + Math.floor(Math.log2(count)));
}

function shapeOf(token: FeatureToken): string {
  const length = token.stem.length;
  return `${token.kind}:${length <= 2 ? length : length <= 4 ? 'm' : length <= 7 ? 'l' : 'xl'}`;
}

export class FeatureExtractor {
  private readonly cache = new Map<string, Uint32Array>();
  private readonly analyzer = cliticAnalyzer();
  private readonly clusters = wordClusters();
  private readonly lexicon = nerLexicon();
  private readonly contexts = wordContexts();
  /** One token's template values, before hashing (reused). */
  private readonly values = new Uint32Array(FEATURES_PER_TOKEN);

  /** The hashed word-level attributes of a token (cached per distinct word). */
  attributes(token: FeatureToken): Uint32Array {
    const cacheKey = token.stem === token.norm ? token.norm : `${token.norm}\u0001${token.stem}`;
    let attrs = this.cache.get(cacheKey);
    if (attrs === undefined) {
      attrs = this.computeAttributes(token);
      if (this.cache.size > 300_000) this.cache.clear();
      this.cache.set(cacheKey, attrs);
    }
    return attrs;
  }

  private computeAttributes(token: FeatureToken): Uint32Array {
    const { norm, stem } = token;
    const attrs = new Uint32Array(A.Count);
    attrs[A.Norm] = fnv1a(norm);
    attrs[A.Stem] = fnv1a(stem);
    attrs[A.Pre1] = fnv1a(stem.slice(0, 1));
    attrs[A.Pre2] = fnv1a(stem.slice(0, 2));
    attrs[A.Pre3] = fnv1a(stem.slice(0, 3));
    attrs[A.Suf1] = fnv1a(stem.slice(-1));
    attrs[A.Suf2] = fnv1a(stem.slice(-2));
    attrs[A.Suf3] = fnv1a(stem.slice(-3));
    attrs[A.Shape] = fnv1a(shapeOf(token));
    attrs[A.Proclitics] = fnv1a(token.proclitics.join('+'));
    attrs[A.Enclitic] = fnv1a(token.enclitic);
    const key = clusterKey(token.kind, stem);
    const contexts = this.contexts.get(key);
    attrs[A.Context1] = fnv1a(contexts?.[0] ?? '');
    attrs[A.Context2] = fnv1a(contexts?.[1] ?? '');
    attrs[A.Contexts] = fnv1a(contexts?.join(',') ?? '');
    const path = this.clusters.get(key);
    if (path === undefined) {
      attrs[A.Cluster1] = attrs[A.Cluster2] = attrs[A.Cluster3] = NONE;
    } else {
      const parts = path.split('.');
      attrs[A.Cluster1] = fnv1a(parts[0]);
      attrs[A.Cluster2] = fnv1a(parts.slice(0, 2).join('.'));
      attrs[A.Cluster3] = fnv1a(path);
    }
    const count = this.analyzer.count(stem);
    attrs[A.Frequency] = bucket(count);
    // Proper names rarely take the article: how often the stem occurs with ال, relative to bare.
    const withArticle = token.kind === 'arabic' && !stem.startsWith('ال') ? this.analyzer.count(`ال${stem}`) : 0;
    attrs[A.Article] = count === 0 && withArticle === 0 ? 99 : bucket(withArticle) * 16 + bucket(count);
    attrs[A.Cue] = fnv1a(this.lexicon.cues.get(stem) ?? '');
    attrs[A.NamePart] = fnv1a(this.lexicon.nameParts.get(stem) ?? '');
    return attrs;
  }

  /** Feature ids for every token of a sentence: `FEATURES_PER_TOKEN` ids per token, masked to `bits` bits. */
  extract(tokens: readonly FeatureToken[], bits: number): Uint32Array {
    const n = tokens.length;
    const mask = (1 << bits) - 1;
    const attrs = tokens.map((t) => this.attributes(t));
    const gaz = gazetteerTags(
      tokens.map((t) => t.norm),
      tokens.map((t) => t.stem),
    ).map((tag) => (tag === '' ? NONE : fnv1a(tag)));
    const at = (i: number) => (i < 0 ? PAD_BEFORE : i >= n ? PAD_AFTER : attrs[i]);
    const gazAt = (i: number) => (i < 0 ? BOS : i >= n ? EOS : gaz[i]);
    const out = new Uint32Array(n * FEATURES_PER_TOKEN);
    for (let i = 0; i < n; i++) {
      const p2 = at(i - 2);
      const p1 = at(i - 1);
      const w = at(i);
      const n1 = at(i + 1);
      const n2 = at(i + 2);
      const v = this.values;
      let t = 0;
      v[t++] = 1;
      v[t++] = p2[A.Norm];
      v[t++] = p1[A.Norm];
      v[t++] = w[A.Norm];
      v[t++] = n1[A.Norm];
      v[t++] = n2[A.Norm];
      v[t++] = p1[A.Stem];
      v[t++] = w[A.Stem];
      v[t++] = n1[A.Stem];
      v[t++] = w[A.Pre1];
      v[t++] = w[A.Pre2];
      v[t++] = w[A.Pre3];
      v[t++] = w[A.Suf1];
      v[t++] = w[A.Suf2];
      v[t++] = w[A.Suf3];
      v[t++] = p1[A.Suf2];
      v[t++] = n1[A.Suf2];
      v[t++] = p1[A.Shape];
      v[t++] = w[A.Shape];
      v[t++] = n1[A.Shape];
      v[t++] = w[A.Proclitics];
      v[t++] = w[A.Enclitic];
      v[t++] = p1[A.Proclitics];
      v[t++] = n1[A.Proclitics];
      v[t++] = w[A.Cluster1];
      v[t++] = w[A.Cluster2];
      v[t++] = w[A.Cluster3];
      v[t++] = p1[A.Cluster2];
      v[t++] = p1[A.Cluster3];
      v[t++] = n1[A.Cluster2];
      v[t++] = n1[A.Cluster3];
      v[t++] = p2[A.Cluster2];
      v[t++] = n2[A.Cluster2];
      v[t++] = w[A.Frequency];
      v[t++] = w[A.Article];
      v[t++] = gazAt(i - 1);
      v[t++] = gaz[i];
      v[t++] = gazAt(i + 1);
      v[t++] = mix(p1[A.Norm], w[A.Norm]);
      v[t++] = mix(w[A.Norm], n1[A.Norm]);
      v[t++] = mix(p1[A.Stem], w[A.Stem]);
      v[t++] = mix(p1[A.Cluster2], w[A.Cluster2]);
      v[t++] = mix(w[A.Cluster2], n1[A.Cluster2]);
      v[t++] = mix(p1[A.Norm], w[A.Cluster2]);
      v[t++] = mix(w[A.Cluster2], n1[A.Norm]);
      v[t++] = i === 0 ? 1 : i === n - 1 ? 2 : 3;
      v[t++] = p2[A.Cue];
      v[t++] = p1[A.Cue];
      v[t++] = w[A.Cue];
      v[t++] = n1[A.Cue];
      v[t++] = p1[A.NamePart];
      v[t++] = w[A.NamePart];
      v[t++] = n1[A.NamePart];
      v[t++] = mix(p1[A.Cue], w[A.NamePart]);
      v[t++] = mix(w[A.NamePart], n1[A.NamePart]);
      v[t++] = w[A.Context1];
      v[t++] = w[A.Context2];
      v[t++] = w[A.Contexts];
      v[t++] = p1[A.Context1];
      v[t++] = n1[A.Context1];
      v[t++] = mix(p1[A.Cue], w[A.Cluster2]);
      v[t++] = mix(w[A.Cluster2], n1[A.Cue]);
      v[t++] = mix(p1[A.Norm], n1[A.Norm]);
      // Template k's id mixes k + 1 with its value, so equal values of different templates get different ids.
      const base = i * FEATURES_PER_TOKEN;
      for (let k = 0; k < FEATURES_PER_TOKEN; k++) out[base + k] = mix(k + 1, v[k]) & mask;
    }
    return out;
  }
}

/** How many feature ids `extract` gives each token (one per template above). */
export const FEATURES_PER_TOKEN = 63;

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
