import { createHash } from 'node:crypto';
import type { Analysis, Article, Block, Doc, Layers } from './types.js';

/** The separator between blocks in the body text (the contract: blocks joined by "\n\n"). */
export const BLOCK_SEPARATOR = '\n\n';

export function emptyLayers(): Layers {
  return { blocks: [], tokens: [], sentences: [], mentions: [], entities: [], quotes: [], times: [], events: [] };
}

/** Builds the Doc from a reader's Article: joins the blocks into the body and records their spans. */
export function createDoc(article: Article, defaults: { published?: string | null } = {}): Doc {
  const blocks: Block[] = [];
  let text = '';
  for (const block of article.blocks) {
    const blockText = block.text.trim();
    if (blockText === '') continue;
    if (text !== '') text += BLOCK_SEPARATOR;
    blocks.push({ kind: block.kind, start: text.length, end: text.length + blockText.length });
    text += blockText;
  }
  const layers = emptyLayers();
  layers.blocks = blocks;
  return {
    text,
    meta: {
      source: article.source,
      title: article.title.trim(),
      published: article.published ?? defaults.published ?? null,
      lang: article.lang ?? guessLang(text || article.title),
      author: article.author,
      section: article.section,
      canonicalUrl: article.canonicalUrl,
      encoding: article.encoding,
      captions: article.captions,
      credits: article.credits,
      related: article.related,
      removed: article.removed,
      warnings: [...article.warnings],
    },
    layers,
  };
}

const ARABIC_LETTER = /\p{Script=Arabic}/gu;
const ANY_LETTER = /\p{L}/gu;

/** 'ar' when most letters are Arabic script, else 'und' (the readers set a declared language when they know it). */
export function guessLang(text: string): string {
  const sample = text.slice(0, 5000);
  const letters = sample.match(ANY_LETTER)?.length ?? 0;
  if (letters === 0) return 'und';
  const arabic = sample.match(ARABIC_LETTER)?.length ?? 0;
  return arabic / letters >= 0.5 ? 'ar' : 'und';
}

/** Stable id: a hash of the source identity (URL or path) and the body. */
export function documentId(doc: Doc): string {
  const source = doc.meta.source.url ?? doc.meta.canonicalUrl ?? doc.meta.source.path ?? '';
  return createHash('sha256').update(source).update('\u0000').update(doc.text).digest('hex').slice(0, 16);
}

/** The contract's analysis JSON for a Doc. */
export function toAnalysis(doc: Doc): Analysis {
  const { meta, layers } = doc;
  const analysis: Analysis = {
    id: documentId(doc),
    source: meta.source,
    title: meta.title,
    published: meta.published,
    lang: meta.lang,
    body: doc.text,
    blocks: layers.blocks,
    captions: meta.captions,
    credits: meta.credits,
    related: meta.related,
    removed: meta.removed,
    entities: layers.entities,
    quotes: layers.quotes,
    times: layers.times,
    events: layers.events,
  };
  if (meta.warnings.length > 0) analysis.warnings = meta.warnings;
  return analysis;
}
