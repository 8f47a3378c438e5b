// Running the shipped tagger over a document: tokens of each sentence → IOB2 labels → mentions whose offsets
// exclude glued clitics ("لروسيا" → "روسيا", "وبوتين" → "بوتين"), keeping the article of names that have it.
import { join } from 'node:path';
import { REPO_ROOT } from '../arabic/data.js';
import { foldCodeUnit } from '../arabic/normalize.js';
import type { Doc, Mention, Span, Token } from '../doc/types.js';
import { FeatureExtractor, type FeatureToken } from './features.js';
import { nerGazetteer } from './gazetteer.js';
import { docEntityType, isBegin, isInside, LABELS, typeOf } from './labels.js';
import { NerModel } from './model.js';

/** The shipped model (see models/README.md for how it was built). */
export const SHIPPED_MODEL = join(REPO_ROOT, 'models', 'ner-v1.bin.gz');

export class NerTagger {
  private readonly extractor = new FeatureExtractor();

  constructor(readonly model: NerModel) {}

  static shipped(): NerTagger {
    shippedTagger ??= new NerTagger(NerModel.load(process.env.MARSAD_NER_MODEL ?? SHIPPED_MODEL));
    return shippedTagger;
  }

  /** Label indices (into LABELS) for one sentence's tokens. */
  tagIndices(tokens: readonly FeatureToken[]): Int32Array {
    return this.model.decode(this.extractor.extract(tokens, this.model.bits), tokens.length);
  }

  tag(tokens: readonly FeatureToken[]): string[] {
    return Array.from(this.tagIndices(tokens), (y) => LABELS[y]);
  }

  /** Mentions in a document, sentence by sentence. */
  mentions(doc: Doc): Mention[] {
    const tokens = doc.layers.tokens;
    const norms = new Set(tokens.map((t) => t.norm));
    const mentions: Mention[] = [];
    for (const sentence of tokenRuns(tokens, doc.layers.sentences)) {
      const labels = this.tagIndices(sentence);
      let i = 0;
      while (i < sentence.length) {
        if (labels[i] === 0) {
          i++;
          continue;
        }
        const type = typeOf(labels[i]);
        let j = i + 1;
        while (j < sentence.length && isInside(labels[j]) && typeOf(labels[j]) === type && !isBegin(labels[j])) j++;
        const start = sentence[i].start + nameOffset(sentence[i], norms);
        const end = sentence[j - 1].end;
        if (end > start) mentions.push({ start, end, type: docEntityType(type), text: doc.text.slice(start, end) });
        i = j;
      }
    }
    return mentions;
  }
}

let shippedTagger: NerTagger | undefined;

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

const GLUED_CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/**
 * Where the name starts inside a mention's first token: after a conjunction or preposition glued to it, but
 * keeping the article (والولايات → الولايات). For "لل" (ل + ال with the alef dropped) no substring spells the
 * article, so the name starts after it (للولايات → ولايات). A glued letter the clitic analyzer did not split
 * (an unseen name: وبلينكين) is split off when the bare form occurs elsewhere in the same document or in the
 * gazetteer.
 */
export function nameOffset(token: Token, documentNorms: ReadonlySet<string>): number {
  if (token.kind !== 'arabic') return 0;
  if (token.proclitics.length === 0) {
    const rest = token.norm.slice(1);
    const attested = documentNorms.has(rest) || nerGazetteer().phrases.has(rest);
    return GLUED_CLITIC_LETTERS.has(token.norm[0]) && rest.length >= 3 && attested ? skipLetters(token.text, 1) : 0;
  }
  const hasArticle = token.proclitics.includes('ال');
  if (!hasArticle) return token.stemOffset;
  const clitics = token.proclitics.filter((p) => p !== 'ال').join('');
  if (token.norm.startsWith(`${clitics}ال`)) return skipLetters(token.text, clitics.length);
  return token.stemOffset;
}

/** The surface offset after `letters` normalized letters (diacritics and tatweel after them included). */
function skipLetters(surface: string, letters: number): number {
  let i = 0;
  let counted = 0;
  while (i < surface.length && counted < letters) {
    if (foldCodeUnit(surface.charCodeAt(i)) >= 0) counted++;
    i++;
  }
  while (i < surface.length && foldCodeUnit(surface.charCodeAt(i)) < 0) i++;
  return i;
}
