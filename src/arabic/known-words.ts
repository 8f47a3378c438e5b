// Name words the clitic analyzer should treat as attested although news counts lack them: the words of the
// gazetteer's Arabic names, as snapshotted in data/arabic/known-names.tsv (scripts/build-known-names.ts). Without
// them a conjunction glued to a name that news of 2015 never wrote ("وزيلينسكي", "وبيلاروسيا") stays glued, and the
// linker and the tagger see an unknown word.
import { readTsv } from './data.js';

export function knownNameWords(): Set<string> {
  return new Set(readTsv('arabic/known-names.tsv').map((row) => row[0]));
}
