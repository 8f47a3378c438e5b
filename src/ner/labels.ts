// The tag set (IOB2 over ANERcorp's four types) and the mapping to the document model's entity types.
import type { EntityType } from '../doc/types.js';

export const ENTITY_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
export type CorpusType = (typeof ENTITY_TYPES)[number];

/** Label index 0 is O; then B-X, I-X for each type in ENTITY_TYPES order. */
export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const LABEL_COUNT = LABELS.length;

const LABEL_INDEX = new Map(LABELS.map((label, i) => [label, i]));

export function labelIndex(tag: string): number {
  const index = LABEL_INDEX.get(tag);
  if (index === undefined) throw new Error(`unknown tag ${tag}`);
  return index;
}

export function isInside(label: number): boolean {
  return label > 0 && label % 2 === 0;
}

export function isBegin(label: number): boolean {
  return label > 0 && label % 2 === 1;
}

/** The type index (into ENTITY_TYPES) of a B- or I- label. */
export function typeOf(label: number): number {
  return (label - 1) >> 1;
}

/** Whether label `next` may follow label `prev` in IOB2 (prev = -1 at sentence start): I-X only after B-X or I-X. */
export function allowedTransition(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev > 0 && typeOf(prev) === typeOf(next);
}

const DOC_TYPE: Record<CorpusType, EntityType> = { PERS: 'PER', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };

/** ANERcorp says PERS, the contract says PER. */
export function docEntityType(typeIndex: number): EntityType {
  return DOC_TYPE[ENTITY_TYPES[typeIndex]];
}
