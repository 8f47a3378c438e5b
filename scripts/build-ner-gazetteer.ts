// Builds data/ner/gazetteer.tsv: the names the NER tagger reads as gazetteer features and name parts, taken from
// the project's reviewed gazetteer (data/gazetteer: countries with variants, metonyms and demonyms; cities and
// regions; officeholders; organizations) in the order the tagger adds them (the first kind given to a phrase wins).
//
// Why a snapshot: the tagger's weights were learned with these exact lists, and the linker's gazetteer keeps
// growing for linking's sake. Reading data/gazetteer directly made every linking edit change the tagger's input
// (and eval:ner's figure) without a retrain. Now the tagger's view changes only when this script is rerun, which
// should be followed by a retrain and eval:ner (see models/README.md).
//
// Run: npx tsx scripts/build-ner-gazetteer.ts
import { writeFileSync } from 'node:fs';
import { dataPath, readTsvTable } from '../src/arabic/data.js';
import type { GazetteerKind } from '../src/ner/gazetteer.js';

function splitList(cell: string | undefined): string[] {
  return cell ? cell.split('|').filter((s) => s.trim() !== '') : [];
}

function* countryNames(): Generator<[string, GazetteerKind]> {
  const { rows, col } = readTsvTable('gazetteer/countries.tsv');
  for (const row of rows) {
    for (const name of [row[col('name_ar')], row[col('official_ar')], ...splitList(row[col('variants_ar')])])
      yield [name, 'COUNTRY'];
    for (const name of splitList(row[col('metonyms_ar')])) yield [name, 'METONYM'];
    for (const name of splitList(row[col('demonyms_ar')])) yield [name, 'DEMONYM'];
  }
}

function* placeNames(): Generator<[string, GazetteerKind]> {
  const { rows, col } = readTsvTable('gazetteer/places.tsv');
  for (const row of rows) {
    const kind: GazetteerKind = row[col('ambiguous')]
      ? 'AMBIGUOUS'
      : (({ capital: 'CAPITAL', city: 'CITY', region: 'REGION' } as const)[row[col('kind')]] ?? 'CITY');
    for (const name of [row[col('name_ar')], ...splitList(row[col('variants_ar')])]) yield [name, kind];
  }
}

function* namedRows(relative: string, kind: GazetteerKind): Generator<[string, GazetteerKind]> {
  const { rows, col } = readTsvTable(relative);
  for (const row of rows)
    for (const name of [row[col('name_ar')], ...splitList(row[col('variants_ar')])]) yield [name, kind];
}

const names = [
  ...countryNames(),
  ...placeNames(),
  ...namedRows('gazetteer/people.tsv', 'PERSON'),
  ...namedRows('gazetteer/organizations.tsv', 'ORGANIZATION'),
].filter(([name]) => name !== undefined && name.trim() !== '');

const header = [
  '# The names the NER tagger reads as gazetteer features (and, for PERSON rows, as given/family name parts), in the',
  '# order the tagger adds them: the first kind a phrase gets wins. Built by scripts/build-ner-gazetteer.ts from',
  "# data/gazetteer (Marsad's reviewed gazetteer; see its headers for sources). This snapshot was built from the",
  '# data/gazetteer of commit 7d06703, the lists the shipped models (ner-v2, now ner-v3) were trained with; rebuild it',
  '# only together with a retrain (models/README.md).',
  '# Columns: name (Arabic, as written in data/gazetteer); kind = COUNTRY | METONYM | DEMONYM | CAPITAL | CITY | REGION',
  '#   | AMBIGUOUS (a place name that is also a common word) | PERSON | ORGANIZATION',
  'name\tkind',
];
writeFileSync(dataPath('ner/gazetteer.tsv'), `${[...header, ...names.map(([n, k]) => `${n}\t${k}`)].join('\n')}\n`);
console.log(`wrote data/ner/gazetteer.tsv: ${names.length} names`);
