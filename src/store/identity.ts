// How the store recognizes the same article and the same entity across inputs.
import { createHash } from 'node:crypto';
import { normalizeForMatch } from '../arabic/index.js';
import type { Entity } from '../doc/types.js';

/**
 * The hash of the body alone. Analysis.id hashes source + body, so the same article read from two paths (or
 * two feeds) has two ids but one body hash: the store keeps the first and counts the second as a duplicate.
 */
export function bodyHash(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 20);
}

/**
 * The key that merges an entity across articles: its Wikidata id when linked, else the canonical key the
 * linker gave (e.g. "country:RU"), else its type and normalized name ("PER:بوتين").
 */
export function entityKey(entity: Pick<Entity, 'type' | 'name' | 'key' | 'wikidata'>): string {
  if (entity.wikidata) return `wd:${entity.wikidata}`;
  if (entity.key) return entity.key;
  return `${entity.type}:${normalizeForMatch(entity.name.trim()).replace(/\s+/g, ' ')}`;
}
