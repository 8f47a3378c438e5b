// Builds data/arabic/known-names.tsv: the name words the clitic analyzer takes as attested although the news counts
// (data/arabic/wordfreq.tsv) lack them — every word of four letters or more of the Arabic names and variants in
// data/gazetteer (countries with their capitals, places, organizations, people). See src/arabic/known-words.ts.
//
// Why a snapshot and not the gazetteer itself: the analyzer's splits are the NER tagger's features, so reading the
// growing gazetteer directly would make every linking edit change the tagger's input without a retrain (as
// data/ner/gazetteer.tsv prevents for the tagger's own gazetteer features). Rerun this script when the tokenizer
// should learn the gazetteer's new names, then retrain the tagger and compare (models/README.md).
//
// Run: npx tsx scripts/build-known-names.ts
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dataPath, readTsvTable } from '../src/arabic/data.js';
import { normalizeForMatch } from '../src/arabic/normalize.js';

/** The name columns of each gazetteer file (by header name; variants are '|'-separated). */
const NAME_COLUMNS: Record<string, readonly string[]> = {
  'gazetteer/countries.tsv': ['name_ar', 'official_ar', 'variants_ar', 'capital_ar'],
  'gazetteer/places.tsv': ['name_ar', 'variants_ar'],
  'gazetteer/organizations.tsv': ['name_ar', 'variants_ar'],
  'gazetteer/people.tsv': ['name_ar', 'variants_ar'],
};

// Short place names (لان, بار, كاو) are too often a clitic plus a common word to count as evidence.
const MIN_LETTERS = 4;
const ARABIC_WORD = /^[\u0621-\u064a]+$/u;

function gazetteerNameWords(): string[] {
  const words = new Set<string>();
  for (const [file, columns] of Object.entries(NAME_COLUMNS)) {
    const { rows, col } = readTsvTable(file);
    const indices = columns.map(col).filter((i) => i >= 0);
    for (const row of rows)
      for (const i of indices)
        for (const word of normalizeForMatch(row[i] ?? '').split(/[\s|]+/u))
          if (word.length >= MIN_LETTERS && ARABIC_WORD.test(word)) words.add(word);
  }
  return [...words].sort();
}

const commit = execSync('git log -1 --format=%h -- data/gazetteer', { encoding: 'utf8' }).trim();
const words = gazetteerNameWords();
const header = [
  '# Name words the clitic analyzer takes as attested after a conjunction although news never wrote them',
  '# (src/arabic/known-words.ts). Normalized forms (normalizeForMatch keys), one per line; column: form.',
  `# Built by scripts/build-known-names.ts from the Arabic names and variants of data/gazetteer as of commit ${commit}`,
  `# (countries and capitals, places, organizations, people; words of ${MIN_LETTERS} letters or more): ${words.length} words.`,
  "# A snapshot on purpose: rebuilding it changes the NER tagger's features, so retrain after (models/README.md).",
];
writeFileSync(dataPath('arabic/known-names.tsv'), `${[...header, ...words].join('\n')}\n`);
console.log(`wrote data/arabic/known-names.tsv: ${words.length} words (gazetteer at ${commit})`);
