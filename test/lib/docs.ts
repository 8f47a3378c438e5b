// Builders the pipeline tests share: a one-paragraph article, a tokenized Doc with hand-given NER mentions (to test
// linking apart from the tagger), and compact views of linked entities and coded events.
import assert from 'node:assert/strict';
import { sentenceStage, tokenStage } from '../../src/arabic/stage.js';
import { createDoc } from '../../src/doc/doc.js';
import type { Article, Doc, Entity, EntityType } from '../../src/doc/types.js';
import { linkEntities } from '../../src/entities/link.js';
import { emptyArticle } from '../../src/ingest/types.js';
import { analyzeDoc } from '../../src/pipeline/analyze.js';
import { stagesThrough } from '../../src/pipeline/stages.js';

export function paragraphArticle(text: string, published: string | null): Article {
  return { ...emptyArticle({ kind: 'text' }), published, blocks: [{ kind: 'paragraph', text }] };
}

/** A Doc of a one-paragraph article with its tokens and sentences (no later stage). */
export function tokenizedDoc(text: string, published: string | null = null): Doc {
  const doc = createDoc(paragraphArticle(text, published));
  tokenStage.run(doc);
  sentenceStage.run(doc);
  return doc;
}

/**
 * A tokenized Doc of `text` with the given NER mentions: [surface text, type, optionally a word the mention comes
 * after], in order of appearance.
 */
export function docWithMentions(
  text: string,
  mentions: readonly [string, EntityType, string?][],
  published: string | null,
): Doc {
  const doc = tokenizedDoc(text, published);
  let from = 0;
  for (const [surface, type, after] of mentions) {
    if (after) from = doc.text.indexOf(after, from) + after.length;
    const start = doc.text.indexOf(surface, from);
    assert.ok(start >= 0, `mention «${surface}» not in the text`);
    doc.layers.mentions.push({ start, end: start + surface.length, type, text: surface });
    from = start + surface.length;
  }
  return doc;
}

/** The linked entities, after checking that every mention's offsets give its text. */
export function linkChecked(doc: Doc): Entity[] {
  const { entities } = linkEntities(doc);
  for (const e of entities) for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  return entities;
}

export function entityWith(entities: Entity[], mentionText: string): Entity {
  const e = entities.find((x) => x.mentions.some((m) => m.text === mentionText));
  assert.ok(e, `no entity has a mention «${mentionText}»`);
  return e;
}

export function mentionTexts(entities: Entity[]): string[] {
  return entities.flatMap((e) => e.mentions.map((m) => m.text));
}

/** `text` as a one-paragraph article through the pipeline up to the tagger's mentions (with their confidences). */
export function docUpToNer(text: string): Doc {
  return analyzeDoc(paragraphArticle(text, null), { stages: stagesThrough('mentions') });
}

/** `text` as a one-paragraph article through the whole pipeline. */
export function analyzedParagraph(text: string, published: string | null): Doc {
  return analyzeDoc(paragraphArticle(text, published));
}

/** The non-negated events as "SRC>TGT:TYPE" (a missing country as "-" for the target). */
export function eventTriples(doc: Doc): string[] {
  return doc.layers.events
    .filter((e) => !e.negated)
    .map((e) => `${e.sourceCountry}>${e.targetCountry ?? '-'}:${e.type}`);
}
