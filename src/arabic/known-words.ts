// Name words the clitic analyzer should treat as attested although news counts lack them: every word of the
// gazetteer's Arabic names and variants (countries, places, organizations, people). Without them a clitic glued to
// a name that news of 2015 never wrote ("وبيلاروسيا", "لبيلاروسيا") stays glued, and the linker and the tagger see
// an unknown word. Only words of four letters or more: short place names (لان, بار, كاو) are too often a clitic
// plus a common word to count as evidence.
import { readTsv } from './data.js';
import { normalizeForMatch } from './normalize.js';

/** The name columns of each gazetteer file (by header name; variants are '|'-separated). */
const NAME_COLUMNS: Record<string, readonly string[]> = {
  'gazetteer/countries.tsv': ['name_ar', 'official_ar', 'variants_ar', 'capital_ar'],
  'gazetteer/places.tsv': ['name_ar', 'variants_ar'],
  'gazetteer/organizations.tsv': ['name_ar', 'variants_ar'],
  'gazetteer/people.tsv': ['name_ar', 'variants_ar'],
};

const MIN_LETTERS = 4;
const ARABIC_WORD = /^[\u0621-\u064a]+$/u;

/** Normalized words (normalizeForMatch) of the gazetteer's Arabic names. */
export function gazetteerNameWords(): Set<string> {
  const words = new Set<string>();
  for (const [file, columns] of Object.entries(NAME_COLUMNS)) {
    const [header, ...rows] = readTsv(file);
    const indices = columns.map((column) => header.indexOf(column)).filter((i) => i >= 0);
    for (const row of rows)
      for (const i of indices)
        for (const word of normalizeForMatch(row[i] ?? '').split(/[\s|]+/u))
          if (word.length >= MIN_LETTERS && ARABIC_WORD.test(word)) words.add(word);
  }
  return words;
}
