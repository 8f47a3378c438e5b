// Document-level features for the tagger's second pass. The first pass labels every sentence on its own; the
// second sees, for each word, how the first pass labelled the same stem elsewhere in the document (within
// `window` sentences either side) and whether the stem followed a title or an organization or place head noun
// there ("شركة مايكروسوفت" … "مايكروسوفت"), plus the first-pass labels around the word itself. A name that is
// clear in one sentence thus helps where it stands alone.

import { FEATURES_PER_TOKEN, type FeatureToken, fnv1a, mix } from './features.js';
import { isInside, LABEL_COUNT, typeOf } from './labels.js';
import { type CueKind, nerLexicon } from './lexicon.js';

/** How many feature ids `documentFeatures` gives each token. */
export const DOC_FEATURES_PER_TOKEN = 11;

/** Feature ids per token of each pass, to check a loaded artifact against this version of the code. */
export const PASS_FEATURES = [FEATURES_PER_TOKEN, FEATURES_PER_TOKEN + DOC_FEATURES_PER_TOKEN];

/** Count slots per stem: the first-pass labels, then "followed a TITLE / ORG_HEAD / LOC_HEAD cue". */
const CUE_SLOT: Partial<Record<CueKind, number>> = {
  TITLE: LABEL_COUNT,
  ORG_HEAD: LABEL_COUNT + 1,
  LOC_HEAD: LABEL_COUNT + 2,
};
const SLOTS = LABEL_COUNT + 3;

const NOT_A_WORD = fnv1a('<not-a-word>');
const ALONE = fnv1a('<alone>');
const BEFORE = fnv1a('<s>');
const AFTER = fnv1a('</s>');

/**
 * One occurrence of a countable word: its stem (as a number the document gives each distinct stem, or pair of
 * stems: numbers are cheaper map keys than strings), first-pass label and the cue slot before it (-1: none).
 */
interface Occurrence {
  stem: number;
  label: number;
  cue: number;
}

/** The stem a word is counted under, or null for punctuation, numbers and one-letter stems. */
function countedStem(token: FeatureToken): string | null {
  return (token.kind === 'arabic' || token.kind === 'latin') && token.stem.length >= 2 ? token.stem : null;
}

function occurrencesOf(
  tokens: readonly FeatureToken[],
  labels: Int32Array,
  stemNumbers: Map<string, number>,
): (Occurrence | null)[] {
  const cues = nerLexicon().cues;
  return tokens.map((token, i) => {
    const stem = countedStem(token);
    if (stem === null) return null;
    let number = stemNumbers.get(stem);
    if (number === undefined) {
      number = stemNumbers.size;
      stemNumbers.set(stem, number);
    }
    const kind = i > 0 ? cues.get(tokens[i - 1].stem) : undefined;
    return { stem: number, label: labels[i], cue: (kind && CUE_SLOT[kind]) ?? -1 };
  });
}

/**
 * Per pair of adjacent countable words: the pair of stems (one number for both: `stemCount` is the number of
 * distinct stems) and the entity type (1-4) the first pass put both in, or 0.
 */
function pairsOf(occurrences: readonly (Occurrence | null)[], stemCount: number): (Occurrence | null)[] {
  return occurrences.map((o, i) => {
    const next = occurrences[i + 1];
    if (!o || !next) return null;
    const sameChunk = isInside(next.label) && typeOf(next.label) === typeOf(o.label) && o.label > 0;
    return { stem: o.stem * stemCount + next.stem, label: sameChunk ? typeOf(o.label) + 1 : 0, cue: -1 };
  });
}

/** The hashed summary of how the first pass labelled a pair's OTHER occurrences: the most frequent chunk type. */
function pairSummary(slots: Int32Array | undefined, self: Occurrence): number {
  if (!slots) return ALONE;
  let total = 0;
  let best = 0;
  for (let y = 0; y < 5; y++) {
    const c = slots[y] - (y === self.label ? 1 : 0);
    total += c;
    if (y > 0 && c > 0 && (best === 0 || c > slots[best])) best = y;
  }
  return total === 0 ? ALONE : mix(best, 7);
}

function addOccurrences(counts: Map<number, Int32Array>, occurrences: readonly (Occurrence | null)[], sign: number) {
  for (const o of occurrences) {
    if (o === null) continue;
    let slots = counts.get(o.stem);
    if (!slots) {
      slots = new Int32Array(SLOTS);
      counts.set(o.stem, slots);
    }
    slots[o.label] += sign;
    if (o.cue >= 0) slots[o.cue] += sign;
  }
}

/** The hashed summary of how the first pass labelled a stem's OTHER occurrences in the window. */
function labelSummary(slots: Int32Array, self: Occurrence): number {
  let total = 0;
  let best = 0;
  let bestCount = 0;
  for (let y = 0; y < LABEL_COUNT; y++) {
    const c = slots[y] - (y === self.label ? 1 : 0);
    total += c;
    if (y > 0 && c > bestCount) {
      best = y;
      bestCount = c;
    }
  }
  if (total === 0) return ALONE;
  // Share of the other occurrences with the most frequent entity label: none, some, half or more, all.
  const share = bestCount === 0 ? 0 : bestCount === total ? 3 : bestCount * 2 >= total ? 2 : 1;
  return mix(best, share);
}

function cueSummary(slots: Int32Array, self: Occurrence): number {
  let bits = 0;
  for (let k = 0; k < 3; k++) if (slots[LABEL_COUNT + k] - (self.cue === LABEL_COUNT + k ? 1 : 0) > 0) bits |= 1 << k;
  return bits + 1;
}

/**
 * Feature ids (DOC_FEATURES_PER_TOKEN per token, masked to `bits` bits) for each sentence of a document, given
 * the first pass's labels of every sentence.
 */
export function documentFeatures(
  sentences: readonly (readonly FeatureToken[])[],
  firstPass: readonly Int32Array[],
  window: number,
  bits: number,
): Uint32Array[] {
  const mask = (1 << bits) - 1;
  const stemNumbers = new Map<string, number>();
  const occurrences = sentences.map((tokens, j) => occurrencesOf(tokens, firstPass[j], stemNumbers));
  const pairs = occurrences.map((o) => pairsOf(o, stemNumbers.size));
  const counts = new Map<number, Int32Array>();
  const pairCounts = new Map<number, Int32Array>();
  const add = (j: number, sign: number) => {
    addOccurrences(counts, occurrences[j], sign);
    addOccurrences(pairCounts, pairs[j], sign);
  };
  for (let j = 0; j <= Math.min(window, sentences.length - 1); j++) add(j, 1);
  return sentences.map((tokens, j) => {
    if (j > 0) {
      if (j + window < sentences.length) add(j + window, 1);
      if (j - window - 1 >= 0) add(j - window - 1, -1);
    }
    const pairSummaries = pairs[j].map((p) => (p === null ? NOT_A_WORD : pairSummary(pairCounts.get(p.stem), p)));
    return sentenceFeatures(tokens.length, occurrences[j], pairSummaries, firstPass[j], counts, mask);
  });
}

function sentenceFeatures(
  n: number,
  occurrences: readonly (Occurrence | null)[],
  pairSummaries: readonly number[],
  labels: Int32Array,
  counts: Map<number, Int32Array>,
  mask: number,
): Uint32Array {
  const summaries = occurrences.map((o) =>
    o === null ? NOT_A_WORD : labelSummary(counts.get(o.stem) as Int32Array, o),
  );
  const out = new Uint32Array(n * DOC_FEATURES_PER_TOKEN);
  for (let i = 0; i < n; i++) {
    const o = occurrences[i];
    const cues = o === null ? 0 : cueSummary(counts.get(o.stem) as Int32Array, o);
    const label = labels[i];
    const before = i > 0 ? labels[i - 1] : BEFORE;
    const after = i + 1 < n ? labels[i + 1] : AFTER;
    const summary = summaries[i];
    const at = i * DOC_FEATURES_PER_TOKEN;
    out[at] = docId(0, label, mask);
    out[at + 1] = docId(1, mix(before, label), mask);
    out[at + 2] = docId(2, mix(label, after), mask);
    out[at + 3] = docId(3, summary, mask);
    out[at + 4] = docId(4, mix(summary, label), mask);
    out[at + 5] = docId(5, i > 0 ? summaries[i - 1] : BEFORE, mask);
    out[at + 6] = docId(6, i + 1 < n ? summaries[i + 1] : AFTER, mask);
    out[at + 7] = docId(7, cues, mask);
    out[at + 8] = docId(8, mix(cues, label), mask);
    out[at + 9] = docId(9, i > 0 ? pairSummaries[i - 1] : BEFORE, mask);
    out[at + 10] = docId(10, pairSummaries[i], mask);
  }
  return out;
}

/** The id of document template t's feature with a value (template numbers 1000 on keep them apart from the rest). */
function docId(t: number, value: number, mask: number): number {
  return mix(1000 + t, value) & mask;
}

/** Base and document feature ids interleaved per token, as the second pass reads them. */
export function stackFeatures(base: Uint32Array, doc: Uint32Array, n: number, basePerToken: number): Uint32Array {
  const perToken = basePerToken + DOC_FEATURES_PER_TOKEN;
  const out = new Uint32Array(n * perToken);
  for (let i = 0; i < n; i++) {
    out.set(base.subarray(i * basePerToken, (i + 1) * basePerToken), i * perToken);
    out.set(doc.subarray(i * DOC_FEATURES_PER_TOKEN, (i + 1) * DOC_FEATURES_PER_TOKEN), i * perToken + basePerToken);
  }
  return out;
}
