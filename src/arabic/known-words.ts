// Name words the clitic analyzer should treat as attested although news counts lack them: the words of the
// gazetteer's Arabic names, as snapshotted in data/arabic/known-names.tsv (scripts/build-known-names.ts). Without
// them a conjunction glued to a name that news of 2015 never wrote ("وزيلينسكي", "وبيلاروسيا") stays glued, and the
// linker and the tagger see an unknown word.
import { readTsv } from './data.js';

let knownNames: ReadonlySet<string> | null = null;

/** Read once per process: the clitic analyzer and the mention builder (src/ner/name-start.ts) share it. */
export function knownNameWords(): ReadonlySet<string> {
  knownNames ??= new Set(readTsv('arabic/known-names.tsv').map((row) => row[0]));
  return knownNames;
}
