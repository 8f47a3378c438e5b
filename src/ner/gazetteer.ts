// Gazetteer membership as tagger features, from the project's shippable gazetteer (data/gazetteer: countries
// with variants, demonyms, capitals and metonyms; cities and regions; officeholders; organizations). Multi-word names are matched as token
// sequences, on normalized forms and on clitic-stripped stems, so "لروسيا" and "والولايات المتحدة" match too.
// (ANERGazet is not used: its licence is unknown and the model would need the lists at run time.)
import { readTsv } from '../arabic/data.js';
import { tokenize } from '../arabic/tokenize.js';

/** What a gazetteer phrase is; a token inside a match gets `B-<kind>` or `I-<kind>`. */
export type GazetteerKind =
  | 'COUNTRY'
  | 'DEMONYM'
  | 'METONYM'
  | 'CAPITAL'
  | 'CITY'
  | 'REGION'
  | 'AMBIGUOUS'
  | 'PERSON'
  | 'ORGANIZATION';

const MAX_PHRASE_TOKENS = 5;

export interface Gazetteer {
  /** Phrase key (token keys joined by a space) → kind. */
  phrases: Map<string, GazetteerKind>;
  /** Every proper prefix of a phrase key, to stop extending a match early. */
  prefixes: Set<string>;
}

/** The keys a phrase or a text is matched on: normalized forms, and clitic-stripped stems. */
function phraseKeys(text: string): string[] {
  const tokens = tokenize(text).filter((t) => t.kind !== 'punct');
  if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) return [];
  const norms = tokens.map((t) => t.norm).join(' ');
  const stems = tokens.map((t) => t.stem).join(' ');
  return norms === stems ? [norms] : [norms, stems];
}

function add(gazetteer: Gazetteer, name: string, kind: GazetteerKind): void {
  if (name.trim() === '') return;
  for (const key of phraseKeys(name)) {
    if (!gazetteer.phrases.has(key)) gazetteer.phrases.set(key, kind);
    const parts = key.split(' ');
    for (let n = 1; n < parts.length; n++) gazetteer.prefixes.add(parts.slice(0, n).join(' '));
  }
}

function splitList(cell: string | undefined): string[] {
  return cell ? cell.split('|').filter((s) => s !== '') : [];
}

let loaded: Gazetteer | null = null;

export function nerGazetteer(): Gazetteer {
  if (loaded) return loaded;
  const gazetteer: Gazetteer = { phrases: new Map(), prefixes: new Set() };
  const countries = readTsv('gazetteer/countries.tsv');
  const countryHeader = countries[0];
  const col = (name: string) => countryHeader.indexOf(name);
  for (const row of countries.slice(1)) {
    for (const name of [row[col('name_ar')], row[col('official_ar')], ...splitList(row[col('variants_ar')])])
      add(gazetteer, name, 'COUNTRY');
    for (const name of splitList(row[col('metonyms_ar')])) add(gazetteer, name, 'METONYM');
    for (const name of splitList(row[col('demonyms_ar')])) add(gazetteer, name, 'DEMONYM');
  }
  const places = readTsv('gazetteer/places.tsv');
  const placeHeader = places[0];
  const pcol = (name: string) => placeHeader.indexOf(name);
  for (const row of places.slice(1)) {
    const kind = row[pcol('ambiguous')]
      ? 'AMBIGUOUS'
      : (({ capital: 'CAPITAL', city: 'CITY', region: 'REGION' } as const)[row[pcol('kind')]] ?? 'CITY');
    for (const name of [row[pcol('name_ar')], ...splitList(row[pcol('variants_ar')])]) add(gazetteer, name, kind);
  }
  addNamed(gazetteer, 'gazetteer/people.tsv', 'PERSON');
  addNamed(gazetteer, 'gazetteer/organizations.tsv', 'ORGANIZATION');
  loaded = gazetteer;
  return gazetteer;
}

/** Every name_ar and variants_ar of a table (people, organizations) as a phrase of one kind. */
function addNamed(gazetteer: Gazetteer, relative: string, kind: GazetteerKind): void {
  const [header, ...rows] = readTsv(relative);
  const nameCol = header.indexOf('name_ar');
  const variantsCol = header.indexOf('variants_ar');
  for (const row of rows) for (const name of [row[nameCol], ...splitList(row[variantsCol])]) add(gazetteer, name, kind);
}

/** Per token: the gazetteer tag ('B-COUNTRY', 'I-CITY', …) of the longest match covering it, or ''. */
export function gazetteerTags(
  norms: readonly string[],
  stems: readonly string[],
  gazetteer = nerGazetteer(),
): string[] {
  const tags = new Array<string>(norms.length).fill('');
  let i = 0;
  while (i < norms.length) {
    const match = longestMatch(norms, i, gazetteer) ?? longestMatch(stems, i, gazetteer);
    if (!match) {
      i++;
      continue;
    }
    for (let k = i; k < i + match.length; k++) tags[k] = `${k === i ? 'B' : 'I'}-${match.kind}`;
    i += match.length;
  }
  return tags;
}

function longestMatch(
  keys: readonly string[],
  start: number,
  gazetteer: Gazetteer,
): { length: number; kind: GazetteerKind } | null {
  let best: { length: number; kind: GazetteerKind } | null = null;
  let key = '';
  for (let n = 1; n <= MAX_PHRASE_TOKENS && start + n <= keys.length; n++) {
    key = n === 1 ? keys[start] : `${key} ${keys[start + n - 1]}`;
    const kind = gazetteer.phrases.get(key);
    if (kind) best = { length: n, kind };
    if (!gazetteer.prefixes.has(key)) break;
  }
  return best;
}
