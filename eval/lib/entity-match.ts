// How the entity evaluation matches predicted entities with gold ones (eval/entities.ts, and scripts that label each
// predicted entity right or wrong the same way): an entity is its canonical gazetteer key, or, with none, the set of
// its mention spans.
import type { Doc, Entity } from '../../src/doc/types.js';
import { nthOccurrence } from './gold.js';

export interface GoldMention {
  text: string;
  occurrence: number;
}

export interface GoldEntity {
  key: string | null;
  type: string;
  mentions: GoldMention[];
}

/** The types the evaluation scores (MISC is not annotated). */
export const SCORED_TYPES = new Set(['PER', 'LOC', 'ORG']);

/** The canonical key of a system entity, or null for a document-local one. */
export function canonicalKey(entity: Entity): string | null {
  return entity.key && !entity.key.startsWith('local:') ? entity.key : null;
}

export function entityId(key: string | null, spans: string[]): string {
  return key ?? `local:${[...spans].sort().join(',')}`;
}

/** "start:end" of each mention. */
export function mentionSpans(entity: Entity): string[] {
  return entity.mentions.map((m) => `${m.start}:${m.end}`);
}

/** The gold entities' ids in an article, and each gold mention span with its entity (throws on a span not found). */
export function goldSpans(
  entities: readonly GoldEntity[],
  doc: Doc,
  file: string,
): { ids: Set<string>; spans: Map<string, { type: string; key: string | null; text: string }> } {
  const spans = new Map<string, { type: string; key: string | null; text: string }>();
  const ids = new Set<string>();
  for (const e of entities) {
    const own: string[] = [];
    for (const m of e.mentions) {
      const start = nthOccurrence(doc.text, m.text, m.occurrence);
      if (start < 0) throw new Error(`gold «${m.text}» #${m.occurrence} not found in ${file}`);
      const span = `${start}:${start + m.text.length}`;
      own.push(span);
      spans.set(span, { type: e.type, key: e.key, text: m.text });
    }
    ids.add(entityId(e.key, own));
  }
  return { ids, spans };
}
