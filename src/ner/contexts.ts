// Distant context evidence (data/ner/contexts.tsv, built by scripts/build-ner-contexts.ts from unlabeled news):
// per word, which name-revealing contexts it appears in across ~4M words of news ("شركة X", "الرئيس X", "X بن").
import { readTsv } from '../arabic/data.js';

export const CONTEXT_KINDS = [
  'AFTER_TITLE',
  'AFTER_ORG_HEAD',
  'AFTER_LOC_HEAD',
  'AFTER_MISC_HEAD',
  'AFTER_SAY',
  'AFTER_NAME_PART',
  'AFTER_GIVEN',
  'BEFORE_NAME_PART',
  'BEFORE_FAMILY',
] as const;
export type ContextKind = (typeof CONTEXT_KINDS)[number];

let contexts: Map<string, string[]> | null = null;

/** word key → its contexts as "KIND:class", strongest first; loaded once per process. */
export function wordContexts(): Map<string, string[]> {
  if (contexts === null) {
    contexts = new Map();
    for (const [key, profile] of readTsv('ner/contexts.tsv')) {
      const parts = profile.split(',');
      parts.sort((a, b) => Number(b.slice(-1)) - Number(a.slice(-1)) || (a < b ? -1 : 1));
      contexts.set(key, parts);
    }
  }
  return contexts;
}
